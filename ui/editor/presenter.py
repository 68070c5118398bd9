"""The invoice editor's logic without a GUI (moneyguru's core/gui split): the draft as typed
values, undo/redo, evaluation, problems by field, whether it can be issued, the totals as values
and whether closing must ask to save. The window and the line grid only bind widgets to it.

Evaluation is ``app.services.documents.editing.evaluate``: the same domain functions issuing
calls, so the window never disagrees with the issue. No Qt here:
tests/unit/ui/test_editor_presenter.py runs it as plain Python.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal, InvalidOperation
from enum import StrEnum

from app.domain.documents import DocumentType, Status
from app.domain.lifecycle import Action, allowed
from app.domain.parties import Customer
from app.domain.problems import Problem
from app.domain.totals import canonical_rate
from app.services.documents.editing import EditorSetup, Evaluation, ProductChoice, evaluate
from app.services.formatting import read_number
from ui.editor.draft import (
    DraftState,
    ExchangeRateEntry,
    Json,
    LineDraft,
    Number,
    Unread,
    from_data,
    number_from,
    number_text,
    tax_of,
    to_data,
)
from ui.editor.history import History
from ui.editor.problems import (
    DESCRIPTION,
    DISCOUNT,
    NET,
    PRICE,
    QUANTITY,
    TAX,
    UNIT,
    route,
)


class EditKind(StrEnum):
    CHANGE_LINE = "change_line"
    ADD_LINE = "add_line"
    REMOVE_LINE = "remove_line"
    CUSTOMER = "customer"
    NEW_CUSTOMER = "new_customer"
    CURRENCY = "currency"
    RATE = "rate"
    REMOVE_RATE = "remove_rate"
    DATE = "date"
    TEXT = "text"
    NOTE = "note"


@dataclass(frozen=True)
class EditLabel:
    """What one undo step did, for the window to word ("Change Quantity of line 2")."""

    kind: EditKind
    row: int | None = None
    column: int | None = None


@dataclass(frozen=True)
class Wording:
    """The texts the draft itself stores, in the window's language."""

    discount: str = "Discount"  # the reason of a discount typed in the grid
    entered: str = "entered"  # the source of an exchange rate typed in


class TotalKind(StrEnum):
    LINES = "lines"
    ALLOWANCES = "allowances"
    CHARGES = "charges"
    VAT = "vat"
    TOTAL = "total"
    DUE = "due"


@dataclass(frozen=True)
class TotalRow:
    kind: TotalKind
    amount: Decimal
    rate: Decimal | None = None  # VAT rows: the rate (None: a category without one)
    base: Decimal | None = None  # VAT rows: the taxable amount
    category: str | None = None  # VAT rows: the category code


class Closing(StrEnum):
    CLOSE = "close"
    ASK = "ask"  # unsaved changes: save, discard or cancel?


def new_line(setup: EditorSetup) -> LineDraft:
    """A new line: one piece at the company's standard rate, until the user says otherwise."""
    rate = next((r for r in setup.tax_rates if r.name == "standard"), None)
    line = LineDraft(quantity=Decimal(1), unit="C62")
    return line if rate is None else replace(line, tax=tax_of(rate))


def total_rows(evaluation: Evaluation) -> tuple[TotalRow, ...] | None:
    """The rows of the totals box; None while the lines cannot be computed."""
    totals = evaluation.totals
    if totals is None:
        return None
    rows = [TotalRow(TotalKind.LINES, totals.line_total)]
    if totals.allowance_total:
        rows.append(TotalRow(TotalKind.ALLOWANCES, -totals.allowance_total))
    if totals.charge_total:
        rows.append(TotalRow(TotalKind.CHARGES, totals.charge_total))
    for group in totals.vat_breakdown:
        rows.append(
            TotalRow(TotalKind.VAT, group.tax, group.rate, group.taxable, group.category.value)
        )
    rows.append(TotalRow(TotalKind.TOTAL, totals.tax_inclusive))
    if totals.prepaid or totals.rounding:
        rows.append(TotalRow(TotalKind.DUE, totals.payable))
    return tuple(rows)


class EditorPresenter:
    """One draft being edited: its history of states and the evaluation of the one shown."""

    def __init__(
        self,
        setup: EditorSetup,
        doc_type: DocumentType = DocumentType.INVOICE,
        *,
        document_id: int | None = None,
        data: Json | None = None,
        language: str = "en",
        wording: Wording = Wording(),
    ) -> None:
        self.setup, self.doc_type, self.document_id = setup, doc_type, document_id
        self.language, self.wording = language, wording
        self.customers: dict[int, Customer] = {c.id: c for c in setup.customers if c.id}
        first = (
            from_data(data)
            if data is not None
            else DraftState(currency=setup.accounting_currency, lines=(new_line(setup),))
        )
        self.history: History[DraftState, EditLabel] = History(first)
        self.closing_after_save = False
        self._evaluate()

    # -- what the window shows ----------------------------------------------------------------
    @property
    def state(self) -> DraftState:
        return self.history.state

    def data(self) -> Json:
        """The draft JSON of the state shown (what evaluation and the preview take)."""
        return to_data(self.state)

    def for_saving(self) -> Json:
        """The draft JSON to store: lines nothing was typed into yet are left out."""
        return to_data(self.state, blank_lines=False)

    @property
    def customer(self) -> Customer | None:
        chosen = self.state.customer
        return self.customers.get(chosen) if isinstance(chosen, int) else None

    @property
    def can_issue(self) -> bool:
        """Nothing stops the issue, and a draft of this type may be issued."""
        return not self.problems.count and allowed(Status.DRAFT, self.doc_type, Action.ISSUE)

    @property
    def due_hint(self) -> date | None:
        """The due date issuing would print while none is typed (the customer's terms)."""
        return None if self.state.day_of("due_date") else self.evaluation.due_date

    @property
    def rate_enabled(self) -> bool:
        """An exchange rate is asked for in a foreign currency (or while one is set)."""
        state = self.state
        return state.currency != self.setup.accounting_currency or state.exchange_rate is not None

    @property
    def can_preview(self) -> bool:
        return self.state.customer is not None and self.evaluation.totals is not None

    def total_rows(self) -> tuple[TotalRow, ...] | None:
        return total_rows(self.evaluation)

    def cell_problem(self, row: int, column: int) -> Problem | None:
        return self.problems.cells.get((row, column))

    def editable(self, row: int, column: int) -> bool:
        """Computed cells and allowances the grid cannot show as one percent are not."""
        if column == NET:
            return False
        return not (column == DISCOUNT and self.state.lines[row].several_allowances)

    def rate_name(self, line: LineDraft) -> str:
        """The company's name for the line's tax, or its category and rate."""
        category, rate = line.tax.category, line.tax.rate
        for known in self.setup.tax_rates:
            if known.category.value != category:
                continue
            if (known.rate is None and rate in (None, Unread(""))) or (
                known.rate is not None and rate is not None and _same_rate(known.rate, rate)
            ):
                return known.name
        if category is None:
            return ""
        text = "" if rate is None else number_text(rate)
        return f"{category} {text} %" if text else str(category)

    def product_named(self, text: str) -> ProductChoice | None:
        wanted = text.casefold()
        return next((p for p in self.setup.products if p.name.casefold() == wanted), None)

    # -- history ------------------------------------------------------------------------------
    @property
    def unsaved(self) -> bool:
        """Changes since the draft was last saved (or opened)."""
        return not self.history.clean

    @property
    def title_dirty(self) -> bool:
        """The title's "*": unsaved changes, or a draft that was never saved."""
        return self.unsaved or self.document_id is None

    def closing(self) -> Closing:
        """What closing the window does now: close, or ask whether to save first."""
        return Closing.CLOSE if not self.unsaved or self.closing_after_save else Closing.ASK

    def mark_clean(self) -> None:
        """The state shown counts as saved (after an issue, or "discard")."""
        self.history.mark_clean()

    def saved(self, document_id: int, state: DraftState) -> None:
        """``state`` (taken when the save started) is stored as draft ``document_id``; what
        was typed while it was being saved stays unsaved."""
        self.document_id = document_id
        self.history.mark_clean(state)

    def undo(self) -> bool:
        return self._moved(self.history.undo())

    def redo(self) -> bool:
        return self._moved(self.history.redo())

    def _moved(self, moved: bool) -> bool:
        if moved:
            self._evaluate()
        return moved

    def _push(self, state: DraftState, label: EditLabel) -> bool:
        return self._moved(self.history.push(state, label))

    def _evaluate(self) -> None:
        self.evaluation = evaluate(self.data(), self.doc_type, self.setup, self.customer)
        self.problems = route(self.evaluation.problems)

    # -- edits (each returns whether it changed the draft) ------------------------------------
    def set_customer(self, customer_id: int | None) -> bool:
        return self._push(replace(self.state, customer=customer_id), EditLabel(EditKind.CUSTOMER))

    def customer_created(self, customer: Customer) -> bool:
        """A customer added from the editor: known from now on, and chosen."""
        if customer.id is None:
            raise ValueError("the new customer has no id: it was not stored")
        self.customers[customer.id] = customer
        return self._push(
            replace(self.state, customer=customer.id), EditLabel(EditKind.NEW_CUSTOMER)
        )

    def set_currency(self, code: str) -> bool:
        code = code.strip().upper()
        return self._push(replace(self.state, currency=code), EditLabel(EditKind.CURRENCY))

    def set_rate(self, text: str) -> bool:
        """An exchange rate typed the user's way, dated today; kept as typed if unreadable."""
        text = text.strip()
        if not text:
            state = replace(self.state, exchange_rate=None)
            return self._push(state, EditLabel(EditKind.REMOVE_RATE))
        rate = ExchangeRateEntry(self._read(text), self.setup.today, self.wording.entered)
        return self._push(replace(self.state, exchange_rate=rate), EditLabel(EditKind.RATE))

    def set_date(self, key: str, value: date | None) -> bool:
        return self._push(self.state.with_date(key, value), EditLabel(EditKind.DATE))

    def set_text(self, key: str, text: str) -> bool:
        label = EditLabel(EditKind.NOTE if key == "note" else EditKind.TEXT)
        return self._push(self.state.with_text(key, text.strip()), label)

    def add_line(self) -> bool:
        lines = (*self.state.lines, new_line(self.setup))
        return self._push(replace(self.state, lines=lines), EditLabel(EditKind.ADD_LINE))

    def remove_line(self, row: int) -> bool:
        lines = self.state.lines
        if not 0 <= row < len(lines):
            return False
        state = replace(self.state, lines=(*lines[:row], *lines[row + 1 :]))
        return self._push(state, EditLabel(EditKind.REMOVE_LINE, row))

    def set_cell(self, row: int, column: int, text: str) -> bool:
        """A cell's text as typed: a product's name fills the line, numbers are read the user's
        way (kept as typed when they cannot be), a tax rate is one of the company's names."""
        line = self._changed_line(self.state.lines[row], column, text.strip())
        if line is None:
            return False
        label = EditLabel(EditKind.CHANGE_LINE, row, column)
        return self._push(self.state.with_line(row, line), label)

    def _changed_line(self, line: LineDraft, column: int, text: str) -> LineDraft | None:
        if column == DESCRIPTION:
            product = self.product_named(text)
            if product is not None and line.description != text:
                return _with_product(line, product)
            return replace(line, description=text)
        if column == QUANTITY:
            return replace(line, quantity=self._read(text) if text else None)
        if column == PRICE:
            return replace(line, unit_price=self._read(text) if text else None)
        if column == UNIT:
            return replace(line, unit=text.split(" ", maxsplit=1)[0].upper() or None)
        if column == DISCOUNT:
            return self._with_discount(line, text)
        if column == TAX:
            rate = next((r for r in self.setup.tax_rates if r.name == text), None)
            return None if rate is None else replace(line, tax=tax_of(rate))
        return None

    def _with_discount(self, line: LineDraft, text: str) -> LineDraft:
        other = tuple((k, v) for k, v in line.other if k != "allowances")
        if text in ("", "0"):
            return replace(line, discount=None, discount_fields=(), other=other)
        fields = (("reason", self.wording.discount),)
        return replace(line, discount=self._read(text), discount_fields=fields, other=other)

    def _read(self, text: str) -> Number:
        """A number typed the user's way; what cannot be read is kept as typed, so the cell
        shows the problem the domain reports for it."""
        try:
            value = number_from(read_number(text, self.language))
        except ValueError:
            return Unread(text)
        return Unread(text) if value is None else value


def _with_product(line: LineDraft, product: ProductChoice) -> LineDraft:
    """A chosen product fills the line in; a quantity already typed stays (else 1)."""
    quantity = line.quantity if line.quantity not in (None, Unread("")) else Decimal(1)
    filled = replace(
        line,
        quantity=quantity,
        description=product.description or product.name,
        unit=product.unit,
        unit_price=product.unit_price,
    )
    return filled if product.rate is None else replace(filled, tax=tax_of(product.rate))


def _same_rate(known: Decimal, typed: Number) -> bool:
    try:
        return canonical_rate(known) == canonical_rate(Decimal(number_text(typed)))
    except InvalidOperation:
        return False
