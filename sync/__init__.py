"""Exporters (pure: data to file name and bytes) and transports for the accountant's bundle."""
