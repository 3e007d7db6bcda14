"""The Today page's overview: what the assistant must see first thing in the morning.

Who is where (the strip of principals) is :mod:`opsassistant.services.whereabouts`, included here.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from opsassistant.services import principals

BIRTHDAY_DAYS = 7
TRIP_DAYS = 30
TASK_DAYS = 7  # outing tasks due within a week show beside the overdue ones
CALLBACKS_SHOWN = 50  # the rest are one click away in the call log
APPOINTMENTS_SHOWN = 100  # a crowded day: the rest are in the calendar
BIRTHDAYS_SHOWN = 30  # a big address book: the rest are in the contacts


@dataclass
class TodayOverview:
    day: date
    timezone: str
    appointments: list[Any] = field(default_factory=list)  # calendar Occurrence, all-day first, then start order
    appointments_total: int = 0  # of the day, shown or not (APPOINTMENTS_SHOWN at most are)
    callbacks: list[Any] = field(default_factory=list)  # Call rows with an open call-back, most urgent first
    callbacks_total: int = 0
    overdue_tasks: list[Any] = field(default_factory=list)  # OutingTask rows
    upcoming_tasks: list[Any] = field(default_factory=list)  # OutingTask rows due today or within TASK_DAYS
    trips: list[Any] = field(default_factory=list)  # Trip rows starting soon or under way
    birthdays: list[tuple[date, Any]] = field(default_factory=list)  # date order, BIRTHDAYS_SHOWN at most
    birthdays_total: int = 0
    now: datetime | None = None  # the moment the whereabouts were computed for (aware UTC)
    whereabouts: list[Any] = field(default_factory=list)  # services.whereabouts.Whereabouts, principal order


def overview(day: date | None = None, now: datetime | None = None) -> TodayOverview:
    from opsassistant.services.calendar.occurrences import between
    from opsassistant.services.calls.queries import count_open_callbacks, open_callbacks
    from opsassistant.services.contacts.queries import birthdays_page
    from opsassistant.services.outings.queries import overdue_tasks
    from opsassistant.services.travel.trips import upcoming
    from opsassistant.services.whereabouts import everyone

    zone = principals.home_zone(principals.executive())
    now = (now or datetime.now(UTC)).astimezone(UTC)
    day = day or now.astimezone(zone).date()
    start = datetime.combine(day, time.min, zone)
    end = start + timedelta(days=1)
    appointments = sorted(between(start, end), key=lambda o: (not o.all_day, o.start))
    birthdays, birthdays_total = birthdays_page(day, day + timedelta(days=BIRTHDAY_DAYS), BIRTHDAYS_SHOWN)
    return TodayOverview(
        day=day,
        timezone=zone.key,
        appointments=appointments[:APPOINTMENTS_SHOWN],
        appointments_total=len(appointments),
        callbacks=open_callbacks(limit=CALLBACKS_SHOWN),
        callbacks_total=count_open_callbacks(),
        overdue_tasks=overdue_tasks(day),
        upcoming_tasks=tasks_due_between(day, day + timedelta(days=TASK_DAYS)),
        trips=upcoming(day, TRIP_DAYS),
        birthdays=birthdays,
        birthdays_total=birthdays_total,
        now=now,
        whereabouts=everyone(now),
    )


def tasks_due_between(first: date, last: date) -> list[Any]:
    """Open outing tasks due from ``first`` to ``last`` (both included), soonest first, each with its outing."""
    from opsassistant.db.models import Outing, OutingTask

    return list(OutingTask.select(OutingTask, Outing).join(Outing)
                .where((OutingTask.done == False) & (OutingTask.due_date >= first)  # noqa: E712
                       & (OutingTask.due_date <= last) & Outing.deleted_at.is_null()
                       & (Outing.status != "cancelled"))
                .order_by(OutingTask.due_date, Outing.start_utc, OutingTask.id))
