"""email NUMBER [--to ADDR], email --unsent [--list], email NUMBER --history, email password."""

from __future__ import annotations

import argparse
import getpass
import sys
from typing import TYPE_CHECKING, Any

from app.cli import shapes_mail
from app.cli.output import emit, table
from app.cli.session import company_context
from app.services.errors import InvalidInput, UsageError

if TYPE_CHECKING:
    from app.services.mail.emailing import NotSent, Sent


def register(commands: Any, common: argparse.ArgumentParser) -> None:
    parser = commands.add_parser(
        "email",
        parents=[common],
        help="send issued documents by email; keep the SMTP password in the keyring",
        description="email NUMBER [--to ADDR ...] sends the frozen PDF (and the XML with"
        " email.attach_xml on); email --unsent sends every issued invoice never sent;"
        " email NUMBER --history lists the attempts; email password stores the SMTP password.",
    )
    parser.add_argument("target", nargs="?", metavar="NUMBER|password")
    parser.add_argument("--to", action="append", metavar="ADDR", help="instead of the customer's")
    copy = parser.add_mutually_exclusive_group()
    copy.add_argument("--copy-self", dest="copy_self", action="store_true", default=None)
    copy.add_argument("--no-copy-self", dest="copy_self", action="store_false")
    parser.add_argument("--unsent", action="store_true", help="every issued, never sent document")
    parser.add_argument("--list", action="store_true", help="with --unsent: only list them")
    parser.add_argument("--history", action="store_true", help="the attempts for NUMBER")
    parser.add_argument("--json", action="store_true")
    parser.set_defaults(handler=cmd_email)


def cmd_email(args: argparse.Namespace) -> int:
    from app.services.mail import emailing

    if args.target == "password":
        return _password(args)
    if args.unsent:
        return _unsent(args)
    if not args.target:
        raise UsageError("name a document NUMBER, or use --unsent, or 'email password'")
    if args.history:
        with company_context(args, readonly=True) as ctx:
            attempts = emailing.history(ctx, args.target)
        rows = [[a.started_at, a.status, ", ".join(a.recipients), a.error or ""] for a in attempts]
        shaped = [shapes_mail.attempt(a) for a in attempts]
        emit(args, shaped, table(rows, ["started", "status", "to", "error"]))
        return 0
    with company_context(args) as ctx:
        result = emailing.send_document(ctx, args.target, args.to, args.copy_self).value
    plain = f"sent {result.number} to {', '.join(result.recipients)}"
    emit(args, shapes_mail.sent(result), plain)
    return 0


def _unsent(args: argparse.Namespace) -> int:
    from app.services.mail import emailing

    with company_context(args, readonly=args.list) as ctx:
        if args.list:
            found = emailing.unsent(ctx)
            rows = [[d.number, d.customer, d.email or "(no address)"] for d in found]
            shaped = [shapes_mail.unsent(d) for d in found]
            emit(args, shaped, table(rows, ["number", "customer", "email"]))
            return 0

        def progress(index: int, total: int, result: Sent | NotSent) -> None:
            if not args.json:
                shaped = shapes_mail.sent(result)
                detail = shaped.get("error") or ", ".join(shaped.get("recipients", []))
                print(f"[{index}/{total}] {result.number}: {result.status} {detail}")

        results = emailing.send_unsent(ctx, progress)
    if args.json:
        emit(args, [shapes_mail.sent(r) for r in results], "")
    failed = [r for r in results if r.status != "sent"]
    return 6 if failed else 0


def _password(args: argparse.Namespace) -> int:
    from app import bootstrap
    from app.services.company.settings import current_settings

    if sys.stdin.isatty():
        password = getpass.getpass("SMTP password: ")
    else:
        password = sys.stdin.readline().rstrip("\r\n")
    if not password:
        raise InvalidInput.of("password.empty", "password")
    with company_context(args, readonly=True) as ctx:
        settings = current_settings(ctx)
    account = bootstrap.remember_smtp_password(settings, password)
    emit(args, {"account": account}, f"the password for {account} is in the keyring")
    return 0
