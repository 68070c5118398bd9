"""Alembic, driven from code on the keyed connection.

Alembic is imported only to migrate: knowing the head and a file's revision needs neither it
nor its start-up cost (about 0.3 s), which opening a company file should not pay.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # head_revision (for info) reads files; the rest loads SQLAlchemy
    from alembic.config import Config
    from sqlalchemy import Connection, Engine

MIGRATIONS = Path(__file__).parent / "migrations"
_REVISION = re.compile(r'^revision\s*=\s*"([^"]+)"', re.MULTILINE)
_DOWN = re.compile(r'^down_revision\s*=\s*(?:"([^"]+)"|None)', re.MULTILINE)


def _config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


@cache
def head_revision() -> str:
    """The newest revision: the one no other migration builds on (one line of history)."""
    revisions, parents = set(), set()
    for script in (MIGRATIONS / "versions").glob("*.py"):
        source = script.read_text("utf-8")
        found, down = _REVISION.search(source), _DOWN.search(source)
        if found:
            revisions.add(found[1])
        if down and down[1]:
            parents.add(down[1])
    heads = revisions - parents
    if len(heads) != 1:
        raise RuntimeError(f"the migrations must form one line, heads: {sorted(heads)}")
    return heads.pop()


def current_revision(connection: Connection) -> str | None:
    from sqlalchemy import text

    exists = connection.execute(
        text("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'")
    ).first()
    if exists is None:
        return None
    row = connection.execute(text("SELECT version_num FROM alembic_version")).first()
    return None if row is None else str(row[0])


def upgrade(engine: Engine, target: str = "head") -> None:
    """Apply migrations up to ``target`` in one transaction."""
    from alembic import command

    config = _config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, target)
