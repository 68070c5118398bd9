"""invoice new|edit|delete|check|issue|show|list, credit-note new, debit-note new, audit."""

from __future__ import annotations

import argparse
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from app.cli import shapes, shapes_documents
from app.cli.choices import Choices
from app.cli.output import emit, table
from app.cli.receivables_commands import register_dispute
from app.cli.session import company_context, read_json_input
from app.services.errors import DamagedFile

if TYPE_CHECKING:
    from app.services.ports import DocumentSummary


def register(commands: Any, common: argparse.ArgumentParser) -> None:
    invoice = commands.add_parser("invoice", help="invoices and other documents").add_subparsers(
        dest="action", metavar="ACTION", required=True
    )
    new = invoice.add_parser("new", parents=[common], help="a new draft from JSON")
    new.add_argument("--json-file", required=True, help="draft JSON file, or - for stdin")
    new.add_argument("--json", action="store_true")
    new.set_defaults(handler=cmd_new)
    edit = invoice.add_parser("edit", parents=[common], help="replace a draft's content")
    edit.add_argument("id", type=int)
    edit.add_argument("--json-file", required=True)
    edit.set_defaults(handler=cmd_edit)
    delete = invoice.add_parser("delete", parents=[common], help="delete a draft")
    delete.add_argument("id", type=int)
    delete.set_defaults(handler=cmd_delete)
    check = invoice.add_parser("check", parents=[common], help="what stops a draft from issuing")
    check.add_argument("id", type=int)
    check.add_argument("--json", action="store_true")
    check.set_defaults(handler=cmd_check)
    issue = invoice.add_parser("issue", parents=[common], help="issue a draft (takes its number)")
    issue.add_argument("id", type=int)
    issue.add_argument("--idempotency-key")
    issue.add_argument("--json", action="store_true")
    issue.set_defaults(handler=cmd_issue)
    show = invoice.add_parser("show", parents=[common], help="one document")
    show.add_argument("reference", metavar="NUMBER|ID")
    show.add_argument("--json", action="store_true")
    show.set_defaults(handler=cmd_show)
    listing = invoice.add_parser("list", parents=[common], help="list documents")
    listing.add_argument("--status", choices=Choices("app.domain.documents", "Status"))
    listing.add_argument(
        "--type", dest="doc_type", choices=Choices("app.domain.documents", "DocumentType")
    )
    listing.add_argument("--customer", type=int)
    listing.add_argument("--search", help="words matched in number, customer, references, text")
    listing.add_argument(
        "--filter",
        choices=Choices("app.services.ports", "LIST_FILTERS"),
        help="unpaid, overdue, disputed...",
    )
    listing.add_argument("--limit", type=int, help="at most this many, newest first")
    listing.add_argument(
        "--sort",
        choices=Choices("app.services.ports", "LIST_SORTS"),
        help="order by this column (default: date, newest first)",
    )
    listing.add_argument(
        "--ascending", action="store_true", help="smallest first (with --sort; default largest)"
    )
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(handler=cmd_list)

    register_dispute(invoice, common)

    credit = commands.add_parser("credit-note", help="credit notes").add_subparsers(
        dest="action", metavar="ACTION", required=True
    )
    cnew = credit.add_parser("new", parents=[common], help="credit note draft for an invoice")
    cnew.add_argument("--for", dest="reference", required=True, metavar="NUMBER")
    cnew.add_argument("--json-file", help="partial credit (lines JSON); none = full credit")
    cnew.add_argument("--json", action="store_true")
    cnew.set_defaults(handler=cmd_credit_new)
    debit = commands.add_parser("debit-note", help="debit notes").add_subparsers(
        dest="action", metavar="ACTION", required=True
    )
    dnew = debit.add_parser("new", parents=[common], help="debit note draft for an invoice")
    dnew.add_argument("--for", dest="reference", required=True, metavar="NUMBER")
    dnew.add_argument("--json-file", required=True)
    dnew.add_argument("--json", action="store_true")
    dnew.set_defaults(handler=cmd_debit_new)

    _register_audit(commands, common)


def _register_audit(commands: Any, common: argparse.ArgumentParser) -> None:
    audit = commands.add_parser("audit", help="the audit chain").add_subparsers(
        dest="action", metavar="ACTION", required=True
    )
    verify = audit.add_parser("verify", parents=[common], help="recompute the chain")
    verify.add_argument("--json", action="store_true")
    verify.set_defaults(handler=cmd_audit_verify)
    head = audit.add_parser("head", parents=[common], help="latest sequence and hash")
    head.add_argument("--json", action="store_true")
    head.set_defaults(handler=cmd_audit_head)


def cmd_new(args: argparse.Namespace) -> int:
    from app.services.documents import drafts

    data = read_json_input(args.json_file)
    with company_context(args) as ctx:
        document_id = drafts.create_draft(ctx, data)
    emit(args, {"id": document_id}, str(document_id))
    return 0


def cmd_edit(args: argparse.Namespace) -> int:
    from app.services.documents import drafts

    data = read_json_input(args.json_file)
    with company_context(args) as ctx:
        drafts.edit_draft(ctx, args.id, data)
    print(f"draft {args.id} saved")
    return 0


def cmd_delete(args: argparse.Namespace) -> int:
    from app.services.documents import drafts

    with company_context(args) as ctx:
        drafts.delete_draft(ctx, args.id)
    print(f"draft {args.id} deleted")
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    from app.services.documents import drafts

    with company_context(args, readonly=True) as ctx:
        problems = drafts.check_draft(ctx, args.id)
    data = [{"field": p.field, "message": p.message} for p in problems]
    emit(args, data, "\n".join(str(p) for p in problems) or "ready to issue")
    return 2 if problems else 0


def cmd_issue(args: argparse.Namespace) -> int:
    from app.services.documents import issuing

    with company_context(args) as ctx:
        result = issuing.issue_document(ctx, args.id, args.idempotency_key)
    emit(args, shapes.issued(result), result.number)
    return 0


def _plain_document(doc: dict[str, Any]) -> str:
    """``invoice show`` for people, from its JSON shape (the same text values)."""
    totals = doc["totals"]
    lines = [
        f"{doc['type'].replace('_', ' ')} {doc['number'] or '(draft ' + str(doc['id']) + ')'}"
        f"  {doc['status']}",
        f"customer: {(doc['buyer'] or {}).get('name', '-')}",
        f"issue date: {doc['issue_date'] or '-'}   due: {doc['due_date'] or '-'}",
    ]
    if doc["corrects"]:
        lines.append(f"corrects: {doc['corrects']}")
    for line in doc["document"].get("lines", []):
        lines.append(
            f"  {line['quantity']} {line['unit']} {line['description']} @ {line['unit_price']}"
            f"  [{line['tax_category']} {line.get('tax_rate', '-')}]"
        )
    for b in totals["vat_breakdown"]:
        lines.append(f"  VAT {b['category']} {b['rate'] or '-'}%: {b['tax']} on {b['taxable']}")
    lines.append(
        f"total without VAT {totals['tax_exclusive']}, VAT {totals['tax_total']},"
        f" total {totals['tax_inclusive']}, payable {totals['payable']} {doc['currency']}"
    )
    lines += [f"problem: {p['field']}: {p['message']}" for p in doc["problems"]]
    return "\n".join(lines)


def cmd_show(args: argparse.Namespace) -> int:
    from app.services.documents import queries

    with company_context(args, readonly=True) as ctx:
        shown = shapes_documents.shown_document(queries.show_document(ctx, args.reference))
    emit(args, shown, _plain_document(shown))
    return 0


def _search(ctx: Any, args: argparse.Namespace) -> list[DocumentSummary]:
    """Through the keyset pages of the document list, newest first or in the order asked."""
    from app.services.documents import queries
    from app.services.ports import DocumentQuery

    wanted = args.limit or 10**9
    query = DocumentQuery(
        search=args.search,
        filter=args.filter or "all",
        customer_id=args.customer,
        sort=args.sort or "date",
        ascending=args.ascending,
        limit=min(wanted, 500),
    )
    rows: list[DocumentSummary] = []
    while len(rows) < wanted:
        page = queries.document_page(ctx, query)
        rows += page.rows
        if page.next is None:
            break
        query = replace(query, after=page.next)
    rows = [
        r
        for r in rows
        if (not args.status or r.status == args.status)
        and (not args.doc_type or r.type == args.doc_type)
    ]
    return rows[:wanted]


def cmd_list(args: argparse.Namespace) -> int:
    from app.domain.documents import DocumentType, Status
    from app.services.documents import queries

    status = Status(args.status) if args.status else None
    doc_type = DocumentType(args.doc_type) if args.doc_type else None
    with company_context(args, readonly=True) as ctx:
        if args.search or args.filter or args.limit or args.sort or args.ascending:
            found = _search(ctx, args)
        else:
            found = queries.list_documents(ctx, status, args.customer, doc_type)
    rows = [shapes.document_row(r) for r in found]
    plain = table(
        [
            [
                r["id"],
                r["number"] or "-",
                r["type"],
                r["status"],
                r["customer_name"] or "-",
                r["issue_date"] or "-",
                r["tax_inclusive"] or "-",
                r["currency"],
            ]
            for r in rows
        ],
        ["id", "number", "type", "status", "customer", "issued", "total", "cur"],
    )
    emit(args, rows, plain)
    return 0


def cmd_credit_new(args: argparse.Namespace) -> int:
    from app.services.documents import corrections

    data = read_json_input(args.json_file) if args.json_file else None
    with company_context(args) as ctx:
        document_id = corrections.new_credit_note(ctx, args.reference, data).value
    emit(args, {"id": document_id}, str(document_id))
    return 0


def cmd_debit_new(args: argparse.Namespace) -> int:
    from app.services.documents import corrections

    data = read_json_input(args.json_file)
    with company_context(args) as ctx:
        document_id = corrections.new_debit_note(ctx, args.reference, data)
    emit(args, {"id": document_id}, str(document_id))
    return 0


def cmd_audit_verify(args: argparse.Namespace) -> int:
    from app.services.audit_log import verify_audit

    with company_context(args, readonly=True) as ctx:
        result = verify_audit(ctx)
    broken = result.first_break
    plain = (
        f"audit chain ok: {result.entries} entries"
        if broken is None
        else f"audit chain broken at entry {broken.seq}: {broken.reason}"
    )
    emit(args, shapes.audit_check(result), plain)
    return 0 if broken is None else DamagedFile.exit_code


def cmd_audit_head(args: argparse.Namespace) -> int:
    from app.services.audit_log import audit_head

    with company_context(args, readonly=True) as ctx:
        head = audit_head(ctx)
    emit(args, shapes.audit_head(head), f"{head.seq} {head.hash}")
    return 0
