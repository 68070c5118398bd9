"""The SMTP server fixture of tests/smtp_server.py for the email tests."""

from tests.smtp_server import server  # noqa: F401  (a pytest fixture)
