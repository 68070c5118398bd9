"""The outbox runner: makes the bundles the schedule asks for, then delivers every due job.

Each attempt is committed as "running" before its transport starts and finished afterwards.
A run that is killed leaves that trace; the next run marks it interrupted and delivers the job
again, which the idempotent transports turn into exactly one copy at the destination.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, Protocol, TypeVar

from app.services.accountant import bundles, outbox
from app.services.accountant.sync_ports import BundleInfo, Destination, FileRef, Job
from app.services.ports import Context
from sync.bundle_maker import PeriodBundleMaker
from sync.destinations import transport_for
from sync.transports.base import DeliveryFailed, Outgoing, Transport
from sync.transports.folder import FolderTransport

TransportFactory = Callable[[Destination], Transport]
T = TypeVar("T")


class OnStore(Protocol):
    """Runs a step that touches the company file (where: the caller decides)."""

    def __call__(self, work: Callable[[], T], /) -> T: ...


@dataclass
class RunReport:
    made: list[bundles.Made] = field(default_factory=list)
    delivered: list[tuple[Job, str]] = field(default_factory=list)
    failed: list[tuple[Job, str]] = field(default_factory=list)
    interrupted: list[int] = field(default_factory=list)  # jobs a stopped run left

    def as_dict(self) -> dict[str, Any]:
        return {
            "made": [m.bundle.sequence for m in self.made],
            "delivered": [_job_text(j, d) for j, d in self.delivered],
            "failed": [_job_text(j, d) for j, d in self.failed],
            "interrupted_jobs": self.interrupted,
        }


def _job_text(job: Job, detail: str) -> dict[str, object]:
    return {
        "job": job.id,
        "bundle": job.sequence,
        "destination": job.destination.name,
        "state": job.state,
        "detail": detail,
    }


def _direct(work: Callable[[], T]) -> T:
    return work()


def outgoing(ctx: Context, job: Job, on_store: OnStore = _direct) -> Outgoing:
    """The job's bundle read from the company file as a transport takes it."""
    files, manifest = on_store(lambda: bundles.bundle_contents(ctx, job.bundle_id))

    def read(part: list[FileRef]) -> dict[str, bytes]:
        return on_store(lambda: bundles.file_data(ctx, job.bundle_id, part))

    return Outgoing(
        folder=job.folder,
        export_id=job.export_id,
        sequence=job.sequence,
        idempotency_key=job.idempotency_key,
        manifest=manifest,
        files=files,
        read=read,
    )


def export_to(ctx: Context, bundle: BundleInfo, folder: Path, on_store: OnStore = _direct) -> str:
    """Write a bundle into ``folder/<bundle folder>`` (a copy for a USB stick or a check)."""
    job = Job(
        0,
        bundle.id,
        bundle.sequence,
        bundle.folder,
        bundle.export_id,
        Destination(0, "export", "folder", {}, True),
        "",
        "pending",
        0,
        "",
        None,
        None,
    )
    return FolderTransport(folder).deliver(outgoing(ctx, job, on_store))


def deliver_job(
    ctx: Context,
    job: Job,
    transports: TransportFactory = transport_for,
    on_store: OnStore = _direct,
) -> tuple[Job, str]:
    """One attempt for one job, recorded before and after."""
    attempt = on_store(lambda: outbox.start_attempt(ctx, job.id))

    def finish(outcome: str, detail: str) -> tuple[Job, str]:
        after = on_store(lambda: outbox.finish_attempt(ctx, job.id, attempt, outcome, detail))
        return after, detail

    try:
        detail = transports(job.destination).deliver(outgoing(ctx, job, on_store))
    except DeliveryFailed as exc:
        return finish("refused" if exc.permanent else "failed", str(exc))
    except Exception as exc:  # an unexpected error: recorded on the job, the run goes on
        return finish("failed", f"{type(exc).__name__}: {exc}")
    return finish("delivered", detail)


def _maker(ctx: Context, start: date, end: date) -> Callable[[], bundles.Made]:
    return lambda: bundles.create_bundle(ctx, start, end, PeriodBundleMaker(ctx.clock())).value


def run(
    ctx: Context,
    *,
    make_due: bool = True,
    transports: TransportFactory = transport_for,
    progress: Callable[[str], None] | None = None,
    on_store: OnStore = _direct,
) -> RunReport:
    """What ``invoice-desk sync run`` and the open program's timer do.

    ``on_store`` runs each step that reads or writes the company file: directly on the
    command line; on the store thread in the window (this function then runs on a network
    thread, and only the transports' work happens there).
    """
    report = RunReport(interrupted=on_store(lambda: outbox.recover(ctx)))
    if make_due:
        for start, end in on_store(lambda: bundles.due(ctx)):
            made = on_store(_maker(ctx, start, end))
            report.made.append(made)
            if progress:
                progress(f"made bundle {made.bundle.sequence} ({start} to {end})")
    for job in on_store(lambda: outbox.due_jobs(ctx)):
        if progress:
            progress(f"delivering bundle {job.sequence} to {job.destination.name}")
        after, detail = deliver_job(ctx, job, transports, on_store)
        (report.delivered if after.state == "delivered" else report.failed).append((after, detail))
    return report
