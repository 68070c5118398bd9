"""Destinations and the outbox: which bundle still has to reach which destination, every
attempt and its result.

An attempt is written ("running") and committed before the transport starts, and finished in
its own transaction afterwards, so a program killed halfway leaves a trace; the next run marks
it interrupted and delivers again (transports are idempotent: the same bundle arriving twice
is stored once). A job that keeps failing, or that the destination refuses, goes to the
"needs attention" list and waits for a person.
"""

from __future__ import annotations

import re
import uuid
from datetime import UTC, datetime, timedelta
from typing import Any

from app.services.accountant.sync_ports import Attempt, Destination, Job
from app.services.audit_log import record
from app.services.changes import Changes, Done, Kind
from app.services.clock import now_iso
from app.services.errors import InvalidInput
from app.services.ports import Context

DESTINATION_CHANGES = Changes.of(Kind.BUNDLES, Kind.AUDIT)

KINDS = ("folder", "sftp", "http")
# waits after the 1st, 2nd, ... failed attempt; after the last one the job needs attention
BACKOFF = (
    timedelta(minutes=1),
    timedelta(minutes=5),
    timedelta(minutes=15),
    timedelta(hours=1),
    timedelta(hours=3),
)
MAX_ATTEMPTS = len(BACKOFF) + 1
NAME = re.compile(r"^\w[\w ().&+,'-]{0,99}$")


def _config(kind: str, given: dict[str, Any]) -> dict[str, Any]:
    """The destination's settings checked and completed; names the field that is wrong."""
    config = {k: v for k, v in given.items() if v not in (None, "")}
    if kind == "folder":
        if not str(config.get("path", "")).startswith("/"):
            raise InvalidInput.of("destination.path_absolute", "path")
    elif kind == "sftp":
        for field in ("host", "user"):
            if not config.get(field):
                raise InvalidInput.of("destination.sftp_required", field)
        try:
            port = int(config.get("port", 22))
        except (TypeError, ValueError):
            raise InvalidInput.of(
                "destination.port_invalid", "port", value=config.get("port")
            ) from None
        if not 1 <= port <= 65535:
            raise InvalidInput.of("destination.port_range", "port", value=port)
        config["port"] = port
        config.setdefault("remote_dir", ".")
        config.setdefault("auth", "key" if config.get("key_file") else "password")
        if config["auth"] not in ("password", "key"):
            raise InvalidInput.of("destination.auth", "auth")
        if config["auth"] == "key" and not config.get("key_file"):
            raise InvalidInput.of("destination.key_file", "key_file")
    elif kind == "http":
        if not re.match(r"^https?://[^/\s]+", str(config.get("url", ""))):
            raise InvalidInput.of("destination.url", "url")
    else:
        raise InvalidInput.of("destination.kind", "kind", value=kind, known=", ".join(KINDS))
    config.setdefault("secret_id", uuid.uuid4().hex)
    return config


def add_destination(
    ctx: Context, name: str, kind: str, config: dict[str, Any]
) -> Done[Destination]:
    """A new active destination; later bundles are queued for it."""
    if not NAME.match(name):
        raise InvalidInput.of("destination.name_invalid", "name")
    checked = _config(kind, config)
    with ctx.uow() as uow:
        if uow.outbox.destination(name) is not None:
            raise InvalidInput.of("destination.exists", "name", name=name)
        destination_id = uow.outbox.add_destination(name, kind, checked, True, now_iso(ctx))
        record(
            uow,
            ctx,
            "destination.add",
            entity_type="destination",
            entity_id=destination_id,
            payload={"name": name, "kind": kind, "config": checked},
        )
        uow.commit()
    return Done(Destination(destination_id, name, kind, checked, True), DESTINATION_CHANGES)


def destinations(ctx: Context) -> list[Destination]:
    with ctx.uow() as uow:
        return uow.outbox.destinations()


def get_destination(ctx: Context, name: str) -> Destination:
    with ctx.uow() as uow:
        found = uow.outbox.destination(name)
    if found is None:
        raise InvalidInput.of("destination.unknown", "name", name=name)
    return found


def change_destination(
    ctx: Context, name: str, *, config: dict[str, Any] | None = None, active: bool | None = None
) -> Done[Destination]:
    """New settings (checked like new ones) or switched on/off; the secret id stays."""
    with ctx.uow() as uow:
        found = uow.outbox.destination(name)
        if found is None:
            raise InvalidInput.of("destination.unknown", "name", name=name)
        merged = (
            found.config
            if config is None
            else _config(found.kind, {**config, "secret_id": found.config["secret_id"]})
        )
        state = found.active if active is None else active
        uow.outbox.update_destination(found.id, merged, state, now_iso(ctx))
        record(
            uow,
            ctx,
            "destination.change",
            entity_type="destination",
            entity_id=found.id,
            payload={"name": name, "config": merged, "active": state},
        )
        uow.commit()
    return Done(Destination(found.id, name, found.kind, merged, state), DESTINATION_CHANGES)


def jobs(ctx: Context, bundle_id: int | None = None) -> list[Job]:
    with ctx.uow() as uow:
        return uow.outbox.jobs(bundle_id)


def attempts(ctx: Context, job_id: int) -> list[Attempt]:
    with ctx.uow() as uow:
        return uow.outbox.attempts(job_id)


def recover(ctx: Context) -> list[int]:
    """Mark attempts a stopped program left running; the jobs stay pending and go again."""
    with ctx.uow() as uow:
        interrupted = uow.outbox.interrupt_running(now_iso(ctx))
        uow.commit()
    return interrupted


def due_jobs(ctx: Context) -> list[Job]:
    with ctx.uow() as uow:
        return uow.outbox.due(now_iso(ctx))


def start_attempt(ctx: Context, job_id: int) -> int:
    """Record that an attempt begins (committed before the transport runs)."""
    with ctx.uow() as uow:
        attempt_id = uow.outbox.start_attempt(job_id, now_iso(ctx))
        uow.commit()
    return attempt_id


def finish_attempt(ctx: Context, job_id: int, attempt_id: int, outcome: str, detail: str) -> Job:
    """delivered, failed (tried again later, until MAX_ATTEMPTS) or refused (needs attention)."""
    if outcome not in ("delivered", "failed", "refused"):
        raise ValueError(outcome)
    with ctx.uow() as uow:
        now = now_iso(ctx)
        uow.outbox.finish_attempt(attempt_id, outcome, detail, now)
        job = uow.outbox.job(job_id)
        if outcome == "delivered":
            uow.outbox.update_job(
                job_id, state="delivered", next_attempt_at=now, last_error=None, delivered_at=now
            )
            record(
                uow,
                ctx,
                "bundle.delivered",
                entity_type="bundle",
                entity_id=job.sequence,
                payload={"destination": job.destination.name, "attempts": job.attempts},
            )
        else:
            give_up = outcome == "refused" or job.attempts >= MAX_ATTEMPTS
            wait = BACKOFF[min(job.attempts, len(BACKOFF)) - 1]
            later = (
                (datetime.fromisoformat(now) + wait).astimezone(UTC).isoformat(timespec="seconds")
            )
            uow.outbox.update_job(
                job_id,
                state="attention" if give_up else "pending",
                next_attempt_at=now if give_up else later,
                last_error=detail,
                delivered_at=None,
            )
        uow.commit()
        return uow.outbox.job(job_id)


def retry(ctx: Context, job_id: int) -> Job:
    """Send a job that needs attention (or waits) again now."""
    with ctx.uow() as uow:
        job = uow.outbox.job(job_id)
        if job.state == "delivered":
            raise InvalidInput.of(
                "job.delivered", "job", sequence=job.sequence, destination=job.destination.name
            )
        uow.outbox.update_job(
            job_id,
            state="pending",
            next_attempt_at=now_iso(ctx),
            last_error=job.last_error,
            delivered_at=None,
        )
        uow.commit()
        return uow.outbox.job(job_id)
