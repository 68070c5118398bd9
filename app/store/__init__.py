"""Storage adapters: the encrypted company file, SQLAlchemy rows, migrations, backups.

The ORM never leaves this package.
"""
