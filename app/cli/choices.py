"""Option choices that come from a module which the parser itself does not load.

Registering a command builds its options; when their choices live in the domain or a service
(document types, list filters, payment methods), importing those modules for every command,
``--help`` included, is what made the command line slow to start. ``Choices`` reads them the
first time argparse asks: when that option is given, or when its command's help is printed.

argparse formats every new option once, to check its metavar, which would read the choices
while the parser is built: ``main.Parser.add_argument`` adds such options inside
``Choices.unread()``, where they answer with no values (the check passes on an empty set).
"""

from __future__ import annotations

import importlib
from collections.abc import Iterator
from contextlib import contextmanager


class Choices:
    """The values (``str`` of each item, so a ``StrEnum``'s values) of ``module.name``."""

    def __init__(self, module: str, name: str, *, leave_out: tuple[str, ...] = ()) -> None:
        self.module = module
        self.name = name
        self.leave_out = leave_out
        self._values: tuple[str, ...] | None = None

    _unread = False  # while an option is being added

    @classmethod
    @contextmanager
    def unread(cls) -> Iterator[None]:
        """Choices are not read in here (argparse's metavar check while adding an option)."""
        cls._unread = True
        try:
            yield
        finally:
            cls._unread = False

    def values(self) -> tuple[str, ...]:
        if self._values is None:
            source = getattr(importlib.import_module(self.module), self.name)
            self._values = tuple(str(v) for v in source if str(v) not in self.leave_out)
        return self._values

    def __iter__(self) -> Iterator[str]:
        return iter(() if Choices._unread else self.values())

    def __contains__(self, value: object) -> bool:
        return value in self.values()

    def __len__(self) -> int:
        return len(self.values())

    def __repr__(self) -> str:
        return f"Choices({self.module}.{self.name})"
