"""payment, refund, writeoff, invoice dispute, report aging, statement, reminders."""

from __future__ import annotations

import argparse
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from app.cli import shapes_receivables
from app.cli.choices import Choices
from app.cli.output import emit, table
from app.cli.session import company_context
from app.services.errors import InvalidInput

METHODS = Choices("app.domain.receivables", "PaymentMethod")


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date like 2026-11-24") from None


def _amount(text: str) -> Decimal:
    from app.domain.errors import InvalidDocument
    from app.domain.money import parse_decimal

    try:
        return parse_decimal(text, "amount")
    except InvalidDocument as exc:
        raise argparse.ArgumentTypeError(exc.problems[0].message) from None


def _buckets(text: str) -> tuple[int, ...]:
    try:
        return tuple(int(part) for part in text.split(","))
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a list of days like 30,60,90") from None


def register(commands: Any, common: argparse.ArgumentParser) -> None:
    pay = commands.add_parser("payment", help="payments received").add_subparsers(
        dest="action", metavar="ACTION", required=True
    )
    rec = pay.add_parser("record", parents=[common], help="record a payment and allocate it")
    rec.add_argument("--invoice", action="append", default=[], metavar="NUMBER")
    rec.add_argument(
        "--amount-for",
        action="append",
        default=[],
        type=_amount,
        help="amount for the --invoice at the same position",
    )
    rec.add_argument("--customer", type=int, help="allocate to this customer's oldest dues")
    rec.add_argument("--amount", required=True, type=_amount)
    rec.add_argument("--currency")
    rec.add_argument("--date", required=True, type=_day)
    rec.add_argument("--method", default="bank_transfer", choices=METHODS)
    rec.add_argument("--reference")
    rec.add_argument("--note")
    rec.add_argument(
        "--exchange-rate",
        type=_amount,
        help="units of the invoice currency per unit of the payment currency",
    )
    rec.add_argument(
        "--write-off-rest",
        action="store_true",
        help="write off a rest within the company's tolerance",
    )
    rec.add_argument("--json", action="store_true")
    rec.set_defaults(handler=cmd_payment_record)
    lst = pay.add_parser("list", parents=[common], help="payments and where they went")
    lst.add_argument("--customer", type=int)
    lst.add_argument("--json", action="store_true")
    lst.set_defaults(handler=cmd_payment_list)
    rev = pay.add_parser("reverse", parents=[common], help="reverse a ledger entry (bounced...)")
    rev.add_argument("id", type=int)
    rev.add_argument("--reason", required=True)
    rev.add_argument("--date", type=_day)
    rev.add_argument("--json", action="store_true")
    rev.set_defaults(handler=cmd_payment_reverse)
    app_ = pay.add_parser("apply", parents=[common], help="apply the customer's credit")
    app_.add_argument("--invoice", required=True)
    app_.add_argument("--amount", type=_amount)
    app_.add_argument("--date", type=_day)
    app_.add_argument("--json", action="store_true")
    app_.set_defaults(handler=cmd_payment_apply)

    refund = commands.add_parser("refund", help="money paid back").add_subparsers(
        dest="action", metavar="ACTION", required=True
    )
    rr = refund.add_parser("record", parents=[common], help="record a refund")
    rr.add_argument("--customer", type=int, required=True)
    rr.add_argument("--amount", required=True, type=_amount)
    rr.add_argument("--currency")
    rr.add_argument("--date", required=True, type=_day)
    rr.add_argument("--invoice", help="refund the overpayment of this invoice")
    rr.add_argument("--method", default="bank_transfer", choices=METHODS)
    rr.add_argument("--reference")
    rr.add_argument("--json", action="store_true")
    rr.set_defaults(handler=cmd_refund)

    _register_reports(commands, common)


def _register_reports(commands: Any, common: argparse.ArgumentParser) -> None:
    wo = commands.add_parser("writeoff", parents=[common], help="write off what is left")
    wo.add_argument("--invoice", required=True)
    wo.add_argument("--amount", type=_amount)
    wo.add_argument("--reason", required=True)
    wo.add_argument("--bad-debt", action="store_true")
    wo.add_argument("--date", type=_day)
    wo.add_argument("--json", action="store_true")
    wo.set_defaults(handler=cmd_writeoff)

    report = commands.add_parser("report", help="reports").add_subparsers(
        dest="action", metavar="ACTION", required=True
    )
    ag = report.add_parser("aging", parents=[common], help="receivables by days past due")
    ag.add_argument("--as-of", type=_day)
    ag.add_argument("--buckets", type=_buckets, default=(30, 60, 90))
    ag.add_argument("--json", action="store_true")
    ag.add_argument("--csv", type=Path, metavar="FILE")
    ag.add_argument("--pdf", type=Path, metavar="FILE", help="also write the report as PDF")
    ag.set_defaults(handler=cmd_aging)

    st = commands.add_parser("statement", parents=[common], help="a customer's statement")
    st.add_argument("--customer", type=int, required=True)
    st.add_argument("--from", dest="start", type=_day, required=True)
    st.add_argument("--to", dest="end", type=_day, required=True)
    st.add_argument("--json", action="store_true")
    st.add_argument("--pdf", type=Path, metavar="FILE", help="also write the statement as PDF")
    st.set_defaults(handler=cmd_statement)

    rem = commands.add_parser("reminders", help="dunning").add_subparsers(
        dest="action", metavar="ACTION", required=True
    )
    due = rem.add_parser("due", parents=[common], help="reminders that should go out")
    due.add_argument("--as-of", type=_day)
    due.add_argument("--json", action="store_true")
    due.set_defaults(handler=cmd_reminders_due)
    iss = rem.add_parser("issue", parents=[common], help="record the reminders due (and fees)")
    iss.add_argument("--as-of", type=_day)
    iss.add_argument("--invoice", action="append", default=[])
    iss.add_argument("--json", action="store_true")
    iss.add_argument(
        "--pdf-dir", type=Path, metavar="DIR", help="write one reminder letter per customer"
    )
    iss.add_argument("--email", action="store_true", help="send each customer its letter by email")
    iss.set_defaults(handler=cmd_reminders_issue)


def cmd_payment_record(args: argparse.Namespace) -> int:
    from app.domain.receivables import PaymentMethod
    from app.services.receivables import payments

    data = payments.PaymentInput(
        amount=args.amount,
        day=args.date,
        invoices=tuple(args.invoice),
        amounts_for=tuple(args.amount_for),
        customer_id=args.customer,
        currency=args.currency.upper() if args.currency else None,
        method=PaymentMethod(args.method),
        reference=args.reference,
        note=args.note,
        exchange_rate=args.exchange_rate,
        write_off_rest=args.write_off_rest,
    )
    with company_context(args) as ctx:
        plan = payments.record_payment(ctx, data).value
    applied = ", ".join(f"{a.invoice} {a.amount}" for a in plan.allocations) or "nothing"
    emit(
        args,
        shapes_receivables.payment_plan(plan),
        f"payment {plan.payment}: applied to {applied}; unapplied {plan.unapplied} {plan.currency}",
    )
    return 0


def cmd_payment_list(args: argparse.Namespace) -> int:
    from app.services.receivables import adjustments

    with company_context(args, readonly=True) as ctx:
        rows = adjustments.list_payments(ctx, args.customer)
    plain = table(
        [
            [
                r.entry.id,
                r.entry.date.isoformat(),
                r.entry.customer_id,
                r.entry.amount,
                r.entry.currency,
                r.entry.method,
                r.entry.reference or "",
                r.unapplied,
                "reversed" if r.reversed else "",
            ]
            for r in rows
        ],
        ["id", "date", "customer", "amount", "cur", "method", "reference", "unapplied", ""],
    )
    emit(args, [shapes_receivables.payment_row(r) for r in rows], plain)
    return 0


def cmd_payment_reverse(args: argparse.Namespace) -> int:
    from app.services.clock import today
    from app.services.receivables import adjustments

    with company_context(args) as ctx:
        entry = adjustments.reverse_entry(ctx, args.id, args.reason, args.date or today(ctx)).value
    emit(
        args, shapes_receivables.ledger_entry(entry), f"entry {args.id} reversed (entry {entry.id})"
    )
    return 0


def cmd_payment_apply(args: argparse.Namespace) -> int:
    from app.services.clock import today
    from app.services.receivables import adjustments

    with company_context(args) as ctx:
        day = args.date or today(ctx)
        moved = adjustments.apply_credit(ctx, args.invoice, day, args.amount).value
    emit(
        args,
        [shapes_receivables.credit_move(m) for m in moved],
        "; ".join(f"{m.amount} applied" for m in moved),
    )
    return 0


def cmd_refund(args: argparse.Namespace) -> int:
    from app.domain.receivables import PaymentMethod
    from app.services.receivables import adjustments

    with company_context(args) as ctx:
        currency = (args.currency or ctx_currency(ctx)).upper()
        rows = adjustments.record_refund(
            ctx,
            args.customer,
            args.amount,
            args.date,
            currency=currency,
            method=PaymentMethod(args.method),
            reference=args.reference,
            from_invoice=args.invoice,
        ).value
    total = sum((r.amount for r in rows), Decimal(0))
    emit(
        args,
        [shapes_receivables.ledger_entry(r) for r in rows],
        f"refund of {total} {currency} recorded",
    )
    return 0


def ctx_currency(ctx: Any) -> str:
    with ctx.uow() as uow:
        return str(uow.company.profile().accounting_currency)


def cmd_writeoff(args: argparse.Namespace) -> int:
    from app.services.clock import today
    from app.services.receivables import adjustments

    with company_context(args) as ctx:
        result = adjustments.write_off(
            ctx,
            args.invoice,
            args.reason,
            args.date or today(ctx),
            amount=args.amount,
            bad_debt=args.bad_debt,
        ).value
    emit(
        args,
        shapes_receivables.ledger_entry(result),
        f"{result.amount} {result.currency} written off on {args.invoice}",
    )
    return 0


def cmd_dispute(args: argparse.Namespace) -> int:
    from app.services.clock import today
    from app.services.receivables import adjustments

    with company_context(args) as ctx:
        adjustments.set_dispute(
            ctx, args.number, args.date or today(ctx), args.note, clear=args.clear
        )
    print(f"{args.number}: dispute {'cleared' if args.clear else 'recorded'}")
    return 0


def cmd_aging(args: argparse.Namespace) -> int:
    from app.services.clock import today
    from app.services.files import write_atomically
    from app.services.receivables import receivables_reports, report_pdfs

    with company_context(args, readonly=True) as ctx:
        try:
            report = receivables_reports.aging_report(ctx, args.as_of or today(ctx), args.buckets)
            if args.pdf:
                write_atomically(args.pdf, report_pdfs.aging_pdf(ctx, report.as_of, args.buckets))
        except ValueError:
            raise InvalidInput.of("aging.buckets", "buckets") from None
    if args.csv:
        args.csv.write_text(receivables_reports.aging_csv(report), encoding="utf-8", newline="")
    plain = table(
        [[r.name, r.currency, *r.amounts, r.total] for r in report.customers]
        + [["total", report.currency, *report.totals, report.total]],
        ["customer", "cur", *report.buckets, "total"],
    )
    emit(args, shapes_receivables.aging(report), f"aging as of {report.as_of}\n{plain}")
    return 0


def cmd_statement(args: argparse.Namespace) -> int:
    from app.services.files import write_atomically
    from app.services.receivables import receivables_reports, report_pdfs

    with company_context(args, readonly=True) as ctx:
        result = receivables_reports.statement(ctx, args.customer, args.start, args.end)
        if args.pdf:
            pdf = report_pdfs.statement_pdf(ctx, args.customer, args.start, args.end)
            write_atomically(args.pdf, pdf)
    parts = [f"statement for {result.name}, {result.start} to {result.end}"]
    for section in result.currencies:
        parts.append(f"{section.currency}: opening balance {section.opening_balance}")
        parts += [
            f"  {ln.day} {ln.kind.value:<12} {ln.number or '':<16} {ln.amount!s:>12}"
            f" {ln.balance!s:>12}"
            for ln in section.lines
        ]
        parts.append(f"{section.currency}: closing balance {section.closing_balance}")
    emit(args, shapes_receivables.statement(result), "\n".join(parts))
    return 0


def cmd_reminders_due(args: argparse.Namespace) -> int:
    from app.services.clock import today
    from app.services.receivables import receivables_reports

    with company_context(args, readonly=True) as ctx:
        rows = receivables_reports.list_reminders_due(ctx, args.as_of or today(ctx))
    emit(
        args,
        [shapes_receivables.reminder(r) for r in rows],
        table(
            [
                [
                    r.invoice,
                    r.customer_id,
                    r.amount_due,
                    r.currency,
                    r.days_overdue,
                    r.level,
                    r.title,
                    r.fee,
                    r.interest,
                ]
                for r in rows
            ],
            ["invoice", "customer", "due", "cur", "days", "level", "title", "fee", "interest"],
        ),
    )
    return 0


def cmd_reminders_issue(args: argparse.Namespace) -> int:
    from app.services.clock import today
    from app.services.files import write_atomically
    from app.services.receivables import receivables_reports, report_pdfs
    from app.services.receivables.reminder_mail import send_reminder_letters

    if args.pdf_dir is not None and not args.pdf_dir.is_dir():
        raise InvalidInput.of("folder.not_folder", "pdf_dir", path=args.pdf_dir)
    with company_context(args) as ctx:
        as_of = args.as_of or today(ctx)
        rows = receivables_reports.issue_reminders(ctx, as_of, tuple(args.invoice)).value
        letters = report_pdfs.reminder_letters(ctx, rows, as_of) if args.pdf_dir else []
        sent = send_reminder_letters(ctx, rows, as_of) if args.email and rows else []
    for name, pdf in letters:
        write_atomically(args.pdf_dir / name, pdf)
    lines = [f"{len(rows)} reminder(s) recorded"] + [
        f"wrote {args.pdf_dir / n}" for n, _ in letters
    ]
    lines += [
        f"{r.status.value}: {r.name} ({', '.join(r.invoices)})"
        + (f": {r.error}" if r.error else "")
        for r in sent
    ]
    shaped = [shapes_receivables.reminder(r) for r in rows]
    emails = [shapes_receivables.letter_sent(r) for r in sent]
    emit(args, {"reminders": shaped, "emails": emails} if args.email else shaped, "\n".join(lines))
    return 6 if any(r.status == "failed" for r in sent) else 0


def register_dispute(invoice: Any, common: argparse.ArgumentParser) -> None:
    """``invoice dispute NUMBER --note TEXT | --clear``."""
    dispute = invoice.add_parser("dispute", parents=[common], help="hold out of reminders")
    dispute.add_argument("number", metavar="NUMBER")
    group = dispute.add_mutually_exclusive_group(required=True)
    group.add_argument("--note")
    group.add_argument("--clear", action="store_true")
    dispute.add_argument("--date", type=_day)
    dispute.set_defaults(handler=cmd_dispute)
