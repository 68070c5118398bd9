"""Checks of what the code itself rules out: a failure is a fault in the program, never in
the user's input (which gets a Problem). Explicit, unlike ``assert``, which ``python -O``
removes."""

from __future__ import annotations


class BrokenInvariant(RuntimeError):
    """A state that the code rules out was reached."""


def broken(what: str) -> BrokenInvariant:
    """The error for ``what`` should have been impossible (e.g. "an issued document without a
    number")."""
    return BrokenInvariant(f"a fault in the program: {what}")
