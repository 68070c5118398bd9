"""When bundles are due: monthly on day N, weekly on weekday N."""

from __future__ import annotations

from datetime import date

from app.domain.schedule import due_periods


def test_monthly_waits_for_its_day_then_wants_last_month() -> None:
    assert due_periods("monthly", 5, date(2026, 12, 4), date(2026, 10, 31)) == []
    assert due_periods("monthly", 5, date(2026, 12, 5), date(2026, 10, 31)) == [
        (date(2026, 11, 1), date(2026, 11, 30))
    ]
    # across a year end and February, every missed month once, oldest first
    assert due_periods("monthly", 1, date(2027, 3, 1), date(2026, 12, 31)) == [
        (date(2027, 1, 1), date(2027, 1, 31)),
        (date(2027, 2, 1), date(2027, 2, 28)),
    ]
    assert due_periods("monthly", 28, date(2026, 12, 31), None) == [
        (date(2026, 11, 1), date(2026, 11, 30))
    ]


def test_weekly_wants_last_monday_to_sunday_on_its_weekday() -> None:
    wednesday = date(2026, 11, 25)
    assert due_periods("weekly", 3, wednesday, None) == [(date(2026, 11, 16), date(2026, 11, 22))]
    assert due_periods("weekly", 4, wednesday, None) == [(date(2026, 11, 9), date(2026, 11, 15))]
    assert due_periods("weekly", 1, wednesday, date(2026, 11, 8)) == [
        (date(2026, 11, 9), date(2026, 11, 15)),
        (date(2026, 11, 16), date(2026, 11, 22)),
    ]


def test_off_is_never_due() -> None:
    assert due_periods("off", 1, date(2026, 11, 25), None) == []
