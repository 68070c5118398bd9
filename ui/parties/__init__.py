"""Customers and products."""
