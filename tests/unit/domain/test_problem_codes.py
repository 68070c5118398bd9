"""The catalogue is the only source of problem codes: every code the program raises is in it,
every code in it is raised somewhere, and no sentence travels without a code."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from app.domain.errors import DomainError, InvalidDocument, as_problem
from app.domain.problem_catalogue import ENGLISH
from app.domain.problems import Problem, problem
from app.services.errors import InvalidInput, NotFound, Rejected

ROOT = Path(__file__).resolve().parents[3]
# a code is the first argument of .of(...), problem(...), refuse(...) or Problem(...)
CALL = re.compile(
    r"""(?:\.of|\bproblem|\brefuse|\bProblem)\(\s*["']([a-z_0-9]+\.[a-z_0-9.]+)["']"""
)


def _sources() -> list[Path]:
    return [p for top in ("app", "sync", "ui") for p in (ROOT / top).rglob("*.py")]


def _raised_codes() -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for path in _sources():
        for code in CALL.findall(path.read_text(encoding="utf-8")):
            found.setdefault(code, []).append(str(path.relative_to(ROOT)))
    return found


def test_every_code_the_program_raises_is_in_the_catalogue() -> None:
    raised = _raised_codes()
    unknown = {code: where for code, where in raised.items() if code not in ENGLISH}
    assert not unknown
    assert len(raised) > 150  # the pattern finds the raise sites (not an empty walk)


def test_every_code_of_the_catalogue_is_raised_somewhere() -> None:
    assert sorted(set(ENGLISH) - set(_raised_codes())) == []


def test_no_sentence_travels_without_a_code() -> None:
    assert "plain" not in ENGLISH and "document.rule" not in ENGLISH  # "{text}": a sentence
    for path in _sources():
        assert '"plain"' not in path.read_text(encoding="utf-8"), path
    with pytest.raises(TypeError):
        InvalidInput("--amount", "a refund is a positive amount")  # type: ignore[call-arg,arg-type]
    with pytest.raises(KeyError):
        problem("plain", "amount", text="a refund is a positive amount")


def test_errors_carry_their_problem_and_keep_the_english_sentence() -> None:
    error = NotFound.of("customer.unknown", "customer", id=7)
    assert isinstance(error, NotFound)
    assert error.problem == Problem("customer.unknown", "customer", {"id": "7"})
    assert str(error) == "customer: there is no customer with id 7"
    refused = Rejected.of("write_off.due", "amount", number="INV-1", due="5.00")
    assert [str(p) for p in refused.problems] == ["amount: INV-1 has 5.00 due"]


def test_fields_are_service_names_not_command_line_flags() -> None:
    flag_field = re.compile(r"""(?:\.of|\bproblem)\(\s*["'][a-z_.]+["'],\s*["'](--|[A-Z]+["'])""")
    for path in _sources():
        assert not flag_field.search(path.read_text(encoding="utf-8")), path


def test_domain_errors_are_raised_with_their_code() -> None:
    bare = re.compile(r"raise (DomainError|CurrencyMismatch|TransitionNotAllowed)\(")
    for path in _sources():
        assert not bare.search(path.read_text(encoding="utf-8")), path


def test_a_domain_error_gives_its_problem_to_the_field_that_asks() -> None:
    error = DomainError.of("aging.buckets", "buckets")
    assert as_problem(error, "--buckets") == Problem("aging.buckets", "--buckets")
    assert as_problem(InvalidDocument([problem("lines.none", "lines")]), "x").code == "lines.none"
    with pytest.raises(TypeError):
        as_problem(DomainError("a sentence without a code"), "x")
