"""Alembic environment: always run on the connection the store hands over (keyed SQLCipher)."""

from __future__ import annotations

from alembic import context

from app.store.rows import Base

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
