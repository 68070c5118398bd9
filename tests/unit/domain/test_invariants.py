"""Production code checks what it rules out explicitly: ``python -O`` drops ``assert``."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from app.domain.invariants import BrokenInvariant, broken

ROOT = Path(__file__).parents[3]


def test_no_assert_statement_in_the_program() -> None:
    found = []
    for folder in ("app", "ui", "sync"):
        for path in sorted((ROOT / folder).rglob("*.py")):
            tree = ast.parse(path.read_text(encoding="utf-8"))
            found += [
                f"{path.relative_to(ROOT)}:{node.lineno}"
                for node in ast.walk(tree)
                if isinstance(node, ast.Assert)
            ]
    assert found == []


def test_a_broken_invariant_says_it_is_the_program_s_fault() -> None:
    with pytest.raises(BrokenInvariant, match="a fault in the program: draft without a number"):
        raise broken("draft without a number")
