"""When a bundle is due: "every month on day N" (the previous calendar month) or "every week"
(the previous week, Monday to Sunday, on weekday N where 1 is Monday)."""

from __future__ import annotations

from datetime import date, timedelta

SCHEDULES = ("off", "monthly", "weekly")
LOOK_BACK = 24  # periods: a company that did not open the program for two years


def _month_before(first: date) -> tuple[date, date]:
    end = first - timedelta(days=1)
    return end.replace(day=1), end


def _periods(schedule: str, day: int, today: date) -> list[tuple[date, date]]:
    """The latest periods whose due day has come, newest first."""
    found: list[tuple[date, date]] = []
    if schedule == "monthly":
        first = today.replace(day=1)
        if today.day < day:  # this month's bundle is not due yet
            first = _month_before(first)[0]
        for _ in range(LOOK_BACK):
            start, end = _month_before(first)
            found.append((start, end))
            first = start
    elif schedule == "weekly":
        monday = today - timedelta(days=today.weekday())
        if today.weekday() + 1 < day:
            monday -= timedelta(days=7)
        for _ in range(LOOK_BACK):
            monday -= timedelta(days=7)
            found.append((monday, monday + timedelta(days=6)))
    return found


def due_periods(
    schedule: str, day: int, today: date, last_end: date | None
) -> list[tuple[date, date]]:
    """Periods to bundle now, oldest first: every due period after ``last_end`` (the end of
    the latest bundled period), or only the latest due one when nothing was bundled yet."""
    periods = _periods(schedule, day, today)
    if not periods:
        return []
    if last_end is None:
        return [periods[0]]
    return sorted(p for p in periods if p[0] > last_end)
