"""destination add|list|test|secret|enable|disable."""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path
from typing import Any

from app.cli.choices import Choices
from app.cli.output import emit, table
from app.cli.session import company_context
from app.services.errors import InvalidInput, UsageError


def register(commands: Any, common: argparse.ArgumentParser) -> None:
    parser = commands.add_parser(
        "destination",
        parents=[common],
        help="where bundles go: a folder, an SFTP server, an HTTP API",
        description="destination add NAME --kind folder --path DIR | --kind sftp --host H"
        " --user U [--port P] [--remote-dir D] [--key-file F] | --kind http --url URL;"
        " destination list; destination test NAME [--trust FINGERPRINT];"
        " destination secret NAME (password or shared secret to the keyring, read from"
        " standard input); destination enable|disable NAME.",
    )
    parser.add_argument("action", choices=["add", "list", "test", "secret", "enable", "disable"])
    parser.add_argument("name", nargs="?")
    parser.add_argument("--kind", choices=Choices("app.services.accountant.outbox", "KINDS"))
    for option in ("--path", "--host", "--port", "--user", "--remote-dir", "--key-file", "--url"):
        parser.add_argument(option)
    parser.add_argument("--trust", metavar="FINGERPRINT", help="test: pin this SFTP host key")
    parser.add_argument("--json", action="store_true")
    parser.set_defaults(handler=cmd_destination)


def cmd_destination(args: argparse.Namespace) -> int:
    from app.services.accountant import outbox

    if args.action != "list" and not args.name:
        raise UsageError(f"destination {args.action} NAME")
    with company_context(args, readonly=args.action == "list") as ctx:
        if args.action == "add":
            return _add(args, ctx)
        if args.action == "list":
            found = outbox.destinations(ctx)
            data = [_public(d) for d in found]
            rows = [[d.name, d.kind, _where(d.config), "on" if d.active else "off"] for d in found]
            emit(args, data, table(rows, ["name", "kind", "where", "active"]))
            return 0
        if args.action == "secret":
            return _secret(args, ctx)
        if args.action in ("enable", "disable"):
            outbox.change_destination(ctx, args.name, active=args.action == "enable")
            emit(
                args,
                {"name": args.name, "active": args.action == "enable"},
                f"{args.name}: {args.action}d",
            )
            return 0
        return _test(args, ctx)


def _public(d: Any) -> dict[str, Any]:
    return {"name": d.name, "kind": d.kind, "config": d.config, "active": d.active}


def _where(config: dict[str, Any]) -> str:
    if "path" in config:
        return str(config["path"])
    if "url" in config:
        return str(config["url"])
    return f"{config['user']}@{config['host']}:{config['port']}/{config.get('remote_dir', '.')}"


def _add(args: argparse.Namespace, ctx: Any) -> int:
    from app.services.accountant import outbox

    if not args.kind:
        raise UsageError("destination add NAME --kind folder|sftp|http ...")
    config = {
        "path": str(Path(args.path).expanduser().absolute()) if args.path else None,
        "host": args.host,
        "port": args.port,
        "user": args.user,
        "remote_dir": args.remote_dir,
        "key_file": str(Path(args.key_file).expanduser().absolute()) if args.key_file else None,
        "url": args.url,
    }
    added = outbox.add_destination(ctx, args.name, args.kind, config).value
    hint = ""
    if added.kind in ("sftp", "http") and added.config.get("auth") != "key":
        what = "password" if added.kind == "sftp" else "shared secret"
        hint = f"\nstore its {what}: invoice-desk destination secret {added.name}"
    if added.kind == "sftp":
        hint += f"\nthen confirm the server's host key: invoice-desk destination test {added.name}"
    emit(args, _public(added), f"added destination {added.name} ({added.kind}){hint}")
    return 0


def _secret(args: argparse.Namespace, ctx: Any) -> int:
    from app import secrets
    from app.services.accountant import outbox

    found = outbox.get_destination(ctx, args.name)
    if sys.stdin.isatty():
        value = getpass.getpass(f"password or shared secret for {found.name}: ")
    else:
        value = sys.stdin.readline().rstrip("\r\n")
    if not value:
        raise InvalidInput.of("secret.empty", "secret")
    secrets.store_destination_secret(found.config["secret_id"], value)
    emit(
        args,
        {"name": found.name, "stored": True},
        f"stored the secret of {found.name} in the keyring",
    )
    return 0


def _test(args: argparse.Namespace, ctx: Any) -> int:
    from app.services.accountant import outbox
    from sync.destinations import transport_for
    from sync.transports.base import DeliveryFailed
    from sync.transports.sftp import UnknownHostKey

    found = outbox.get_destination(ctx, args.name)
    try:
        result = transport_for(found).check()
    except UnknownHostKey as exc:
        if args.trust is None and sys.stdin.isatty():
            answer = input(f"{exc}\ntrust {exc.fingerprint}? [y/N] ").strip().lower()
            args.trust = exc.fingerprint if answer in ("y", "yes") else ""
        if args.trust != exc.fingerprint:
            print(f"invoice-desk: {exc}", file=sys.stderr)
            print(
                f"to trust it: invoice-desk destination test {found.name}"
                f" --trust {exc.fingerprint}",
                file=sys.stderr,
            )
            return 8
        found = outbox.change_destination(
            ctx, found.name, config={**found.config, "host_key": exc.key}
        ).value
        result = f"pinned {exc.fingerprint}; " + transport_for(found).check()
    except DeliveryFailed as exc:
        emit(args, {"name": found.name, "ok": False, "error": str(exc)}, f"FAILED: {exc}")
        return 8
    emit(args, {"name": found.name, "ok": True, "result": result}, result)
    return 0
