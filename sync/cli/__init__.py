"""``invoice-desk`` with the commands of sync/: bundle, sync, destination."""

from __future__ import annotations

from collections.abc import Sequence

from app.cli.main import main as app_main
from sync.cli import bundle_commands, destination_commands, sync_commands

REGISTRARS = (bundle_commands.register, sync_commands.register, destination_commands.register)


def main(argv: Sequence[str] | None = None) -> int:
    return app_main(argv, REGISTRARS)


__all__ = ["main"]
