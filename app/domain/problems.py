"""Problems and refusals as data: a code, the field at fault and the values, worded elsewhere.

A ``Problem`` says *what* is wrong (``code``), *where* (``field``: a service's field name or a
path into a document such as ``lines[2].quantity``) and *with which values* (``params``). It
carries no sentence: the command line words it in English through ``english`` (mapping field
names to its flags), the window through its own translated texts of every code (ui/).

Parameters whose name ends in ``_field`` name another field (e.g. "give both {field} and
{other_field}"): whoever words a problem words those names too.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from dataclasses import field as dataclass_field
from types import MappingProxyType

from app.domain.problem_catalogue import ENGLISH

FieldNamer = Callable[[str], str]


def _same(name: str) -> str:
    return name


@dataclass(frozen=True)
class Problem:
    """One thing wrong: ``code`` (a key of ``ENGLISH``), the ``field`` and the ``params``."""

    code: str
    field: str
    params: Mapping[str, str] = dataclass_field(default_factory=lambda: MappingProxyType({}))

    def __post_init__(self) -> None:
        if self.code not in ENGLISH:
            raise KeyError(f"unknown problem code {self.code!r}")
        object.__setattr__(self, "params", MappingProxyType(dict(self.params)))

    def __hash__(self) -> int:
        return hash((self.code, self.field, tuple(sorted(self.params.items()))))

    @property
    def message(self) -> str:
        """The English wording without the field (what the sentence-era ``message`` was)."""
        return english(self)

    def __str__(self) -> str:
        return f"{self.field}: {english(self)}"


def problem(code: str, field: str, **params: object) -> Problem:
    """A Problem whose values are turned into text (Decimal, int, dates: ``str()``)."""
    return Problem(code, field, {key: str(value) for key, value in params.items()})


def fill(template: str, found: Problem, name: FieldNamer = _same) -> str:
    """``template`` with the problem's values; ``{field}`` and ``*_field`` values are field
    names, worded by ``name``."""
    values = {"field": name(found.field)}  # "give both {field} and {other_field}"
    for key, value in found.params.items():
        values[key] = name(value) if key.endswith("_field") else value
    return template.format(**values)


def english(found: Problem, name: FieldNamer = _same) -> str:
    """The English sentence of ``found`` (without its field)."""
    return fill(ENGLISH[found.code], found, name)


def english_line(found: Problem, name: FieldNamer = _same) -> str:
    """``field: sentence`` in English, the field worded by ``name`` (the CLI passes its flags)."""
    return f"{name(found.field)}: {english(found, name)}"
