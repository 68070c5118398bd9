"""Every problem code has an English text (command line), a window text with the same values and
a German translation; the German window shows problems in German."""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLocale

from app.domain.problem_catalogue import ENGLISH
from app.domain.problems import problem
from ui.common.problem_texts import TEXTS, field_words, placeholders, problem_line, problem_text
from ui.common.translation import install_translators, remove_translators
from ui.parties.customers_page import CustomersPage

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "packaging"))
from translations_de import GERMAN


@pytest.fixture
def german(qapp: Any) -> Iterator[None]:
    install_translators(qapp, "de")
    yield
    remove_translators(qapp)
    QLocale.setDefault(QLocale.c())


def test_every_code_has_an_english_a_window_and_a_german_text_with_the_same_values() -> None:
    assert set(TEXTS) == set(ENGLISH)
    for code, english in ENGLISH.items():
        window = str(TEXTS[code])
        german = GERMAN.get(window)
        assert isinstance(german, str), f"{code}: no German text for {window!r}"
        assert placeholders(window) == placeholders(english), code
        assert placeholders(german) <= placeholders(english), code


def test_a_problem_is_english_on_the_command_line_and_keeps_its_sentence() -> None:
    found = problem("value.email", "email", value="not-an-address")
    assert str(found) == "email: 'not-an-address' is not an email address"
    assert found.message == "'not-an-address' is not an email address"
    with pytest.raises(KeyError):
        problem("no.such.code", "email")


def test_the_german_window_words_problems_and_fields_in_german(german: None) -> None:
    assert problem_text(problem("customer.name_empty", "name")) == (
        "der Name des Kunden darf nicht leer sein"
    )
    assert field_words("lines[1].quantity") == "Position 2, Menge"
    both = problem("discount.both", "discount_percent", other_field="discount_days")
    assert problem_line(both) == (
        "Skonto in Prozent: Geben Sie Skonto in Prozent und Skontotage an"
    )


def test_the_english_window_words_fields_for_people(qapp: Any) -> None:
    assert field_words("lines[0].unit_price") == "line 1, unit price"
    assert problem_line(problem("value.zero", "lines[2].quantity")) == (
        "line 3, quantity: must not be zero"
    )


def test_a_bad_customer_form_shows_german_problems_in_the_german_window(
    qtbot: Any, store: Any, session: Any, german: None
) -> None:
    page = CustomersPage(store, session)
    qtbot.addWidget(page)
    page.new_customer()
    page.inputs["country"].setText("DE")
    page.inputs["email"].setText("kein-adresse")
    page.save()
    errors = page.form.errors
    qtbot.waitUntil(lambda: errors["email"].isVisibleTo(page), timeout=10_000)
    assert errors["email"].text() == "'kein-adresse' ist keine E-Mail-Adresse"
    assert errors["name"].text() == "der Name des Kunden darf nicht leer sein"


def test_the_window_texts_name_no_command_line_flags() -> None:
    flag = re.compile(r"--[a-z]|\b(FILE|NUMBER|ADDRESS|VALUE|KEY|DIR|JOB|BUNDLE)\b")
    for code, text in TEXTS.items():
        assert not flag.search(str(text)), code


def test_a_refusal_of_the_command_line_reads_the_same_in_the_window_without_flags(
    qapp: Any,
) -> None:
    found = problem("payment.whose", "invoice", customer_field="customer")
    assert problem_line(found) == (
        "invoice: choose the invoice(s) paid, or the customer who paid (customer)"
    )
