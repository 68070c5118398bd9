"""Commands on the company file itself: init, info, verify, backup, restore, passwd, forget."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from app.services.errors import DamagedFile, InvalidInput


def register(commands: Any, common: argparse.ArgumentParser) -> None:
    init = commands.add_parser("init", parents=[common], help="create a new company file")
    init.add_argument("--name", required=True)
    init.add_argument("--country", required=True, help="ISO 3166 code, e.g. DE")
    init.add_argument("--currency", required=True, help="ISO 4217 code, e.g. EUR")
    init.add_argument("--vat-id")
    init.add_argument("--street")
    init.add_argument("--postcode")
    init.add_argument("--city")
    init.add_argument("--json", action="store_true")
    init.set_defaults(handler=cmd_init)

    info = commands.add_parser("info", parents=[common], help="describe the company file")
    info.add_argument("--json", action="store_true")
    info.set_defaults(handler=cmd_info)

    verify = commands.add_parser("verify", parents=[common], help="check the file's integrity")
    verify.add_argument("--json", action="store_true")
    verify.set_defaults(handler=cmd_verify)

    backup = commands.add_parser("backup", parents=[common], help="write a verified copy")
    backup.add_argument("--to", required=True, type=Path)
    backup.add_argument("--json", action="store_true")
    backup.set_defaults(handler=cmd_backup)

    restore = commands.add_parser("restore", parents=[common], help="restore a backup to --file")
    restore.add_argument("--from", dest="source", required=True, type=Path)
    restore.add_argument("--force", action="store_true", help="replace an existing --file")
    restore.add_argument("--json", action="store_true")
    restore.set_defaults(handler=cmd_restore)

    passwd = commands.add_parser("passwd", parents=[common], help="change the passphrase")
    passwd.add_argument("--new-passphrase-file", type=Path)
    passwd.set_defaults(handler=cmd_passwd)

    forget = commands.add_parser("forget", parents=[common], help="forget the remembered key")
    forget.set_defaults(handler=cmd_forget)


def _path(args: argparse.Namespace) -> Path:
    from app.cli.main import company_path

    return company_path(args)


def _out(args: argparse.Namespace, data: dict[str, Any], plain: str) -> None:
    from app.cli.main import print_json

    if getattr(args, "json", False):
        print_json(data)
    else:
        print(plain)


def cmd_init(args: argparse.Namespace) -> int:
    from app import bootstrap
    from app.cli import passphrase
    from app.services.company.fields import CompanyInput, validate_company

    path = _path(args)
    fields = validate_company(
        CompanyInput(
            name=args.name,
            country=args.country,
            currency=args.currency,
            vat_id=args.vat_id,
            street=args.street,
            postcode=args.postcode,
            city=args.city,
        )
    )
    if path.exists():
        raise InvalidInput.of("file.exists", "file", path=path)
    secret = passphrase.new_passphrase(
        args.passphrase_file, passphrase.PASSPHRASE_VARIABLE, "passphrase_file"
    )
    file_key = bootstrap.create_company(path, secret, fields)
    if args.remember:
        bootstrap.remember_key(file_key)
    _out(args, {"file": str(path.resolve()), "company": fields.__dict__}, f"created {path}")
    return 0


def cmd_info(args: argparse.Namespace) -> int:
    from app import bootstrap
    from app.cli import passphrase

    path = _path(args)
    file_key = passphrase.unlock_key(path, args.passphrase_file, args.remember)
    info = bootstrap.file_info(path, file_key)
    company = info["company"]
    lock = info["lock"]
    lines = [
        f"file:      {info['file']} ({info['file_size']:,} bytes)",
        f"company:   {company.get('name')} ({company.get('country')}, {company.get('currency')})",
        f"VAT ID:    {company.get('vat_id') or '-'}",
        f"schema:    {info['schema_version']} (this program: {info['schema_head']})",
        "records:   " + ", ".join(f"{k} {v}" for k, v in info["counts"].items()),
        "in use by: "
        + (f"{lock['host']}/{lock['pid']} since {lock['since']}" if lock else "nobody"),
    ]
    _out(args, info, "\n".join(lines))
    return 0


def cmd_verify(args: argparse.Namespace) -> int:
    from app import bootstrap
    from app.cli import passphrase

    path = _path(args)
    file_key = passphrase.unlock_key(path, args.passphrase_file, args.remember)
    report = bootstrap.verify_file(path, file_key)
    lines = []
    for check in report["checks"]:
        lines.append(f"{check['name']}: {'ok' if check['ok'] else 'FAILED'}")
        lines += [f"  {problem}" for problem in check["problems"][:20]]
    _out(args, report, "\n".join(lines))
    return 0 if report["ok"] else DamagedFile.exit_code


def cmd_backup(args: argparse.Namespace) -> int:
    from app import bootstrap
    from app.cli import passphrase

    path = _path(args)
    file_key = passphrase.unlock_key(path, args.passphrase_file, args.remember)
    target = Path(args.to).expanduser()
    counts = bootstrap.backup_file(path, file_key, target)
    data = {"backup": str(target.resolve()), "counts": counts}
    _out(args, data, f"backup written and verified: {target}")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from app import bootstrap
    from app.cli import passphrase

    target = _path(args)
    source = Path(args.source).expanduser()
    backup_key = passphrase.unlock_key(source, args.passphrase_file, remember=False)
    aside = bootstrap.restore_backup(source, backup_key, target, replace=args.force)
    data = {"file": str(target.resolve()), "replaced_file_kept_at": str(aside) if aside else None}
    plain = f"restored {source} to {target}" + (
        f"; the old file is kept at {aside}" if aside else ""
    )
    _out(args, data, plain)
    return 0


def cmd_passwd(args: argparse.Namespace) -> int:
    from app import bootstrap
    from app.cli import passphrase

    path = _path(args)
    old_key = passphrase.unlock_key(path, args.passphrase_file, remember=False)
    secret = passphrase.new_passphrase(
        args.new_passphrase_file, passphrase.NEW_PASSPHRASE_VARIABLE, "new_passphrase_file"
    )
    bootstrap.change_passphrase(path, old_key, secret)
    print(f"passphrase changed for {path}")
    return 0


def cmd_forget(args: argparse.Namespace) -> int:
    from app import bootstrap

    path = _path(args)
    removed = bootstrap.forget_key(path)
    print("forgot the remembered key" if removed else "no key was remembered for this file")
    return 0
