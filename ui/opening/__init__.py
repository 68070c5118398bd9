"""Opening a company file: unlock, create, change passphrase, the setup wizard."""
