"""The command line starts without the stack: the parser and the help of every command load no
ORM, Qt, PDF or e-invoice library, and ``info`` reads the file with the driver alone."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests.conftest import REPO, run_cli

HEAVY = ("sqlalchemy", "alembic", "PySide6", "facturx", "pypdf", "lxml", "reportlab", "saxonche")
# Ask every parser for its help (the choices read from the domain and services included), then
# say which heavy packages were imported.
EVERY_HELP = """
import argparse, json, sys
from app.cli.main import build_parser
from sync.cli import REGISTRARS

def walk(parser):
    parser.format_help()
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for sub in action.choices.values():
                walk(sub)

walk(build_parser(REGISTRARS))
print(json.dumps(sorted({m.split(".")[0] for m in sys.modules} & set(sys.argv[1:]))))
"""


def _loaded_by(code: str) -> list[str]:
    out = subprocess.run(
        [sys.executable, "-c", code, *HEAVY],
        capture_output=True,
        text=True,
        cwd=REPO,
        check=True,
    )
    loaded: list[str] = json.loads(out.stdout.splitlines()[-1])
    return loaded


def test_the_help_of_every_command_loads_no_heavy_library() -> None:
    assert _loaded_by(EVERY_HELP) == []


def test_help_runs_and_lists_the_commands_of_every_layer() -> None:
    result = run_cli("--help")
    assert result.code == 0
    for command in ("init", "info", "invoice", "payment", "einvoice", "bundle", "destination"):
        assert f"    {command} " in result.out


def test_info_reads_the_file_without_the_orm(company: Path, passphrase_file: Path) -> None:
    code = f"""
import contextlib, io, json, sys
from ui.launcher import main
with contextlib.redirect_stdout(io.StringIO()) as out:
    code = main(["--file", {str(company)!r}, "--passphrase-file", {str(passphrase_file)!r},
                 "info", "--json"])
assert code == 0 and json.loads(out.getvalue())["company"]["name"] == "Acme Müller GmbH"
print(json.dumps(sorted({{m.split(".")[0] for m in sys.modules}} & set(sys.argv[1:]))))
"""
    assert _loaded_by(code) == []


def test_choices_come_from_the_domain_and_services() -> None:
    from app.cli.choices import Choices
    from app.domain.documents import DocumentType
    from app.services.ports import LIST_FILTERS

    assert list(Choices("app.domain.documents", "DocumentType")) == [t.value for t in DocumentType]
    filters = Choices("app.services.ports", "LIST_FILTERS")
    assert tuple(filters) == LIST_FILTERS and "overdue" in filters and "bogus" not in filters


def test_a_bad_choice_is_refused_naming_the_choices(company: Path) -> None:
    result = run_cli("--file", company, "invoice", "list", "--filter", "bogus")
    assert result.code == 1
    assert "invalid choice: 'bogus'" in result.err and "'overdue'" in result.err


def test_company_edit_offers_every_editable_detail() -> None:
    from app.cli.company_commands import EDITABLE
    from app.services.company.company_details import EDITABLE as SERVICE_EDITABLE

    assert EDITABLE == SERVICE_EDITABLE
