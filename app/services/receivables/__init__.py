"""Payments, adjustments, aging, statements, reminders, the dashboard."""
