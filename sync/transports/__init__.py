"""Transports that deliver a bundle: a local folder, SFTP, an HTTP API."""
