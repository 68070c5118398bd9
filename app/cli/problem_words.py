"""The command line's English for problems: service field names become the command's flags.

A service names its fields as its parameters (``idempotency_key``, ``amount_for``, ``end``);
the command that ran knows which of them are its options (``--idempotency-key``, ``--to``).
Positional arguments are named by their metavar (``value`` -> ``VALUE``, ``image`` -> ``FILE``).
Fields that are neither (a path into a draft, ``lines[2].quantity``) stay as they are.
"""

from __future__ import annotations

import argparse
from collections.abc import Iterator

from app.domain.problems import english_line
from app.services.errors import InvalidInput, Rejected


def _chosen(
    parser: argparse.ArgumentParser, args: argparse.Namespace
) -> Iterator[argparse.ArgumentParser]:
    """The parser and the sub-parsers the command line went through."""
    current: argparse.ArgumentParser | None = parser
    while current is not None:
        yield current
        following: argparse.ArgumentParser | None = None
        for action in current._actions:
            if isinstance(action, argparse._SubParsersAction):
                following = _choice(action, args)
        current = following


def _choice(
    action: argparse._SubParsersAction[argparse.ArgumentParser], args: argparse.Namespace
) -> argparse.ArgumentParser | None:
    name = getattr(args, action.dest, None) if action.dest != argparse.SUPPRESS else None
    if isinstance(name, str) and name in action.choices:
        chosen: argparse.ArgumentParser = action.choices[name]
        return chosen
    handler = getattr(args, "handler", None)
    for sub in action.choices.values():
        if handler is not None and _leads_to(sub, handler):
            found: argparse.ArgumentParser = sub
            return found
    return None


def _leads_to(parser: argparse.ArgumentParser, handler: object) -> bool:
    if parser.get_default("handler") is handler:
        return True
    return any(
        _leads_to(sub, handler)
        for action in parser._actions
        if isinstance(action, argparse._SubParsersAction)
        for sub in action.choices.values()
    )


# Service fields that the commands take as positional words without a destination of that name
WORDS = {"bundle": "BUNDLE", "destination": "DESTINATION", "secret": "SECRET"}


def _positional(action: argparse.Action, flags: dict[str, str]) -> None:
    """A positional argument is worded by its metavar (``FILE``) or its upper-cased name."""
    words = [w for w in str(action.metavar or "").split("|") if w.isupper()]
    flags.setdefault(action.dest, words[0] if words else action.dest.upper())
    for word in words:  # "NUMBER|ID": a service's "number" and "id" are this argument too
        flags.setdefault(word.lower(), word)


def command_flags(parser: argparse.ArgumentParser, args: argparse.Namespace) -> dict[str, str]:
    """Each option's destination (a service's field name) -> its long flag, for the command run;
    positional arguments -> their metavar (``value`` -> ``VALUE``)."""
    flags: dict[str, str] = {}
    chosen = list(_chosen(parser, args))
    for current in chosen:
        for action in current._actions:
            longs = [o for o in action.option_strings if o.startswith("--")]
            if longs:
                flags.setdefault(action.dest, longs[0])
    for current in chosen:
        for action in current._actions:
            if not action.option_strings and not isinstance(action, argparse._SubParsersAction):
                _positional(action, flags)
    for field, word in WORDS.items():
        flags.setdefault(field, word)
    return flags


def error_text(error: BaseException, flags: dict[str, str]) -> str:
    """What ``invoice-desk: error:`` is followed by for ``error``."""

    def name(field: str) -> str:
        return flags.get(field, field)

    if isinstance(error, InvalidInput):
        return english_line(error.problem, name)
    if isinstance(error, Rejected):
        return "\n".join(english_line(found, name) for found in error.problems)
    return str(error)
