"""bundle create|list|show|export|verify|key."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.cli.output import emit, table
from app.cli.session import company_context
from app.services.errors import InvalidInput, UsageError

if TYPE_CHECKING:
    from app.services.accountant.sync_ports import BundleInfo
    from sync.manifest import Verification


def register(commands: Any, common: argparse.ArgumentParser) -> None:
    parser = commands.add_parser(
        "bundle",
        parents=[common],
        help="the accountant's bundle of a period: make, list, export, verify",
        description="bundle create --period 2026-11 | --from D --to D [--correct];"
        " bundle list; bundle show N; bundle export N --out DIR;"
        " bundle verify DIR [--public-key HEX] (no company file needed); bundle key.",
    )
    parser.add_argument("action", choices=["create", "list", "show", "export", "verify", "key"])
    parser.add_argument("target", nargs="?", metavar="N|DIR")
    parser.add_argument("--period", help="2026-11, 2026-Q4 or 2026")
    parser.add_argument("--from", dest="start", type=date.fromisoformat, metavar="DATE")
    parser.add_argument("--to", dest="end", type=date.fromisoformat, metavar="DATE")
    parser.add_argument("--correct", action="store_true", help="supersede the period's bundle")
    parser.add_argument("--out", type=Path, help="export: the folder to write into")
    parser.add_argument("--public-key", help="verify: the company's key the accountant pinned")
    parser.add_argument(
        "--first",
        type=int,
        default=1,
        metavar="N",
        help="verify a folder of bundles: the sequence it starts with (default 1)",
    )
    parser.add_argument("--json", action="store_true")
    parser.set_defaults(handler=cmd_bundle)


def cmd_bundle(args: argparse.Namespace) -> int:
    from app.services.accountant import bundles
    from sync.bundle_maker import PeriodBundleMaker
    from sync.runner import export_to

    if args.action == "verify":
        return _verify(args)
    with company_context(args, readonly=args.action in ("list", "show", "export")) as ctx:
        if args.action == "create":
            start, end = _period(args)
            made = bundles.create_bundle(
                ctx, start, end, PeriodBundleMaker(ctx.clock()), correct=args.correct
            ).value
            b = made.bundle
            emit(
                args,
                {**_bundle(b), "files": made.files, "bytes": made.size, "jobs": made.jobs},
                f"bundle {b.sequence} ({b.folder}): {made.files} files, {made.size:,} bytes;"
                f" queued for {made.jobs} destination(s)",
            )
        elif args.action == "list":
            found = [
                {**_bundle(b), "deliveries": _deliveries(ctx, b.id)} for b in bundles.bundles(ctx)
            ]
            rows = [
                [b["sequence"], b["from"], b["to"], b["documents"], _states(b["deliveries"])]
                for b in found
            ]
            emit(args, found, table(rows, ["bundle", "from", "to", "documents", "deliveries"]))
        elif args.action == "show":
            _show(args, ctx)
        elif args.action == "export":
            if args.out is None:
                raise UsageError("bundle export N --out DIR")
            info = bundles.find_bundle(ctx, _target(args))
            args.out.mkdir(parents=True, exist_ok=True)
            emit(args, {"folder": str(args.out / info.folder)}, export_to(ctx, info, args.out))
        else:
            key = bundles.public_key(ctx)
            emit(args, {"public_key": key}, key)
    return 0


def _target(args: argparse.Namespace) -> str:
    if not args.target:
        raise UsageError(f"bundle {args.action} needs the bundle's sequence number")
    return str(args.target)


def _period(args: argparse.Namespace) -> tuple[date, date]:
    from app.services.accountant.period import parse_period

    if args.period and (args.start or args.end):
        raise UsageError("give --period or --from/--to, not both")
    if args.period:
        return parse_period(args.period)
    if not (args.start and args.end):
        raise UsageError("give --period 2026-11 or --from DATE --to DATE")
    return args.start, args.end


def _bundle(b: BundleInfo) -> dict[str, Any]:
    return {
        "sequence": b.sequence,
        "export_id": b.export_id,
        "folder": b.folder,
        "from": b.period_from.isoformat(),
        "to": b.period_to.isoformat(),
        "supersedes": b.supersedes,
        "created_at": b.created_at,
        "documents": b.summary.get("counts", {}).get("documents", 0),
        "totals": b.summary.get("totals", {}),
    }


def _deliveries(ctx: Any, bundle_id: int) -> list[dict[str, Any]]:
    from app.services.accountant import outbox

    return [
        {
            "job": j.id,
            "destination": j.destination.name,
            "state": j.state,
            "attempts": j.attempts,
            "delivered_at": j.delivered_at,
            "last_error": j.last_error,
        }
        for j in outbox.jobs(ctx, bundle_id)
    ]


def _states(deliveries: list[dict[str, Any]]) -> str:
    return ", ".join(f"{d['destination']}: {d['state']}" for d in deliveries) or "(none)"


def _show(args: argparse.Namespace, ctx: Any) -> None:
    from app.services.accountant import bundles

    info = bundles.find_bundle(ctx, _target(args))
    files, _ = bundles.bundle_contents(ctx, info.id)
    data = {
        **_bundle(info),
        "files": [{"name": f.name, "sha256": f.sha256, "size": f.size} for f in files],
        "deliveries": _deliveries(ctx, info.id),
    }
    lines = [f"bundle {info.sequence}: {info.folder}", *(f"  {f.name}  {f.size:,}" for f in files)]
    lines += [
        f"  -> {d['destination']}: {d['state']} ({d['attempts']} attempts)"
        for d in data["deliveries"]
    ]
    emit(args, data, "\n".join(lines))


def _verify(args: argparse.Namespace) -> int:
    """One bundle folder, or a folder of bundle folders checked in sequence order."""
    from sync.manifest import MANIFEST, verify_bundle

    if not args.target:
        raise UsageError("bundle verify DIR")
    root = Path(args.target)
    if not root.is_dir():
        raise InvalidInput.of("folder.not_folder", "dir", path=root)
    folders = (
        [root]
        if (root / MANIFEST).exists()
        else sorted((p for p in root.iterdir() if (p / MANIFEST).exists()), key=_sequence_of)
    )
    if not folders:
        raise InvalidInput.of("bundle.no_manifest", "dir", manifest=MANIFEST, path=root)
    results: list[tuple[Path, Verification]] = []
    previous: dict[str, Any] | None = None
    if len(folders) > 1 or root != folders[0]:
        previous = {"sequence": args.first - 1}  # a folder of bundles starts at --first
    seen: set[str] = set()
    for folder in folders:
        checked = verify_bundle(folder, public_key=args.public_key, previous=previous)
        supersedes = checked.manifest.get("supersedes")
        if previous is not None and supersedes and supersedes not in seen:
            checked.problems.append(f"supersedes {supersedes}, which is not in this folder")
        seen.add(str(checked.manifest.get("export_id")))
        results.append((folder, checked))
        previous = checked.manifest or previous
    report = [
        {
            "folder": str(f),
            "sequence": v.manifest.get("sequence"),
            "ok": v.ok,
            "problems": v.problems,
        }
        for f, v in results
    ]
    lines = [f"{f.name}: " + ("ok" if v.ok else "; ".join(v.problems)) for f, v in results]
    emit(args, report, "\n".join(lines))
    if not all(v.ok for _, v in results):
        print("invoice-desk: bundle verification FAILED", file=sys.stderr)
        return 7
    return 0


def _sequence_of(folder: Path) -> int:
    from sync.manifest import MANIFEST

    try:
        return int(json.loads((folder / MANIFEST).read_bytes()).get("sequence", 0))
    except (OSError, ValueError):
        return 0
