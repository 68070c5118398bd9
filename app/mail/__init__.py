"""Sending mail (SMTP)."""
