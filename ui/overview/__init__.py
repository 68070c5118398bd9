"""The dashboard and the audit log."""
