"""Invoice Desk: the application core (domain, services, storage, command line)."""

__version__ = "0.1.0"
