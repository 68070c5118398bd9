"""The command line words problems in English and names the fields by its flags."""

from __future__ import annotations

from app.cli.main import build_parser
from app.cli.problem_words import command_flags, error_text
from app.domain.problems import problem
from app.services.errors import InvalidInput, Rejected


def test_service_fields_become_the_flags_of_the_command_that_ran() -> None:
    parser = build_parser()
    args = parser.parse_args(
        ["statement", "--customer", "1", "--from", "2026-01-01", "--to", "2026-01-31"]
    )
    flags = command_flags(parser, args)
    assert flags["end"] == "--to" and flags["start"] == "--from"
    error = InvalidInput.of("period.ends_before_start", "end")
    assert error_text(error, flags) == "--to: the period ends before it starts"


def test_paths_into_a_document_and_values_naming_fields_are_worded_too() -> None:
    parser = build_parser()
    args = parser.parse_args(["customer", "add", "--name", "X", "--country", "DE"])
    flags = command_flags(parser, args)
    refused = Rejected(
        [
            problem("discount.both", "discount_percent", other_field="discount_days"),
            problem("value.zero", "lines[0].quantity"),
        ]
    )
    assert error_text(refused, flags) == (
        "--discount-percent: give both --discount-percent and --discount-days\n"
        "lines[0].quantity: must not be zero"
    )


def test_positional_arguments_are_worded_by_their_metavar() -> None:
    parser = build_parser()
    args = parser.parse_args(["settings", "set", "no.such", "1"])
    flags = command_flags(parser, args)
    error = InvalidInput.of("setting.unknown", "key", key="no.such", known="a, b")
    assert error_text(error, flags) == "KEY: unknown setting 'no.such'; known: a, b"
    args = parser.parse_args(["company", "logo"])
    logo = InvalidInput.of("logo.which", "image", remove_field="remove")
    assert error_text(logo, command_flags(parser, args)) == (
        "FILE: give the image FILE, or --remove"
    )
    args = parser.parse_args(["pdf", "--out", "x.pdf"])
    which = InvalidInput.of("pdf.which", "number", draft_field="draft")
    assert error_text(which, command_flags(parser, args)) == (
        "NUMBER: name an issued document's NUMBER or a --draft ID"
    )
