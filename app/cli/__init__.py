"""The ``invoice-desk`` command: a thin shell over the services, JSON in and out."""

from app.cli.main import main

__all__ = ["main"]
