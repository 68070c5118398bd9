"""Payments, refunds, reversals, the aging report and reminders."""
