"""Sending documents by email: the messages and their log."""
