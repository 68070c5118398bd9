"""sync run (for cron or a systemd timer), sync status, sync retry JOB."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from app.cli.output import emit, table
from app.cli.session import company_context
from app.services.errors import UsageError


def register(commands: Any, common: argparse.ArgumentParser) -> None:
    parser = commands.add_parser(
        "sync",
        parents=[common],
        help="make the bundles the schedule asks for and deliver what waits in the outbox",
        description="sync run: make due bundles, deliver due jobs (exit 8 when a delivery"
        " failed in this run); sync status: the outbox and what needs attention;"
        " sync retry JOB: send a job that needs attention again.",
    )
    parser.add_argument("action", choices=["run", "status", "retry"])
    parser.add_argument("job", nargs="?", type=int, metavar="JOB")
    parser.add_argument("--no-make", action="store_true", help="run: only deliver, make nothing")
    parser.add_argument("--json", action="store_true")
    parser.set_defaults(handler=cmd_sync)


def cmd_sync(args: argparse.Namespace) -> int:
    from app.services.accountant import outbox
    from sync.runner import run

    if args.action == "status":
        with company_context(args, readonly=True) as ctx:
            _status(args, ctx)
        return 0
    with company_context(args) as ctx:
        if args.action == "retry":
            if args.job is None:
                raise UsageError("sync retry JOB (the job number from sync status)")
            job = outbox.retry(ctx, args.job)
            emit(args, {"job": job.id, "state": job.state}, f"job {job.id} will go again now")
            return 0

        def say(text: str) -> None:
            if not args.json:
                print(text, flush=True)

        report = run(ctx, make_due=not args.no_make, progress=say)
    data = report.as_dict()
    lines = [
        f"delivered bundle {d['bundle']} to {d['destination']}: {d['detail']}"
        for d in data["delivered"]
    ]
    lines += [
        f"FAILED bundle {d['bundle']} to {d['destination']} ({d['state']}): {d['detail']}"
        for d in data["failed"]
    ]
    emit(args, data, "\n".join(lines) or "nothing to do")
    if report.failed:
        print(
            "invoice-desk: some deliveries failed; see 'invoice-desk sync status'", file=sys.stderr
        )
        return 8
    return 0


def _status(args: argparse.Namespace, ctx: Any) -> None:
    from app.services.accountant import bundles, outbox
    from app.services.company.settings import current_settings

    settings = current_settings(ctx)
    jobs = outbox.jobs(ctx)
    data: dict[str, Any] = {
        "schedule": {"every": settings.sync_schedule, "day": settings.sync_day},
        "due_periods": [[s.isoformat(), e.isoformat()] for s, e in bundles.due(ctx)],
        "jobs": [
            {
                "job": j.id,
                "bundle": j.sequence,
                "folder": j.folder,
                "destination": j.destination.name,
                "state": j.state,
                "attempts": j.attempts,
                "next_attempt_at": j.next_attempt_at if j.state == "pending" else None,
                "delivered_at": j.delivered_at,
                "last_error": j.last_error,
            }
            for j in jobs
        ],
        "needs_attention": [j.id for j in jobs if j.state == "attention"],
    }
    rows = [
        [j["job"], j["bundle"], j["destination"], j["state"], j["attempts"], j["last_error"] or ""]
        for j in data["jobs"]
    ]
    text = table(rows, ["job", "bundle", "destination", "state", "attempts", "last error"])
    attention = data["needs_attention"]
    if attention:
        text += f"\n\nNEEDS ATTENTION: jobs {', '.join(map(str, attention))} (sync retry JOB)"
    emit(args, data, text)
