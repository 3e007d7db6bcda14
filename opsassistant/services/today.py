"""The Today page's overview: what the assistant must see first thing in the morning."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any

from opsassistant.services import principals

BIRTHDAY_DAYS = 7
TRIP_DAYS = 30
CALLBACKS_SHOWN = 50  # the rest are one click away in the call log


@dataclass
class TodayOverview:
    day: date
    timezone: str
    appointments: list[Any] = field(default_factory=list)  # calendar Occurrence, in start order
    callbacks: list[Any] = field(default_factory=list)  # Call rows with an open call-back, most urgent first
    callbacks_total: int = 0
    overdue_tasks: list[Any] = field(default_factory=list)  # OutingTask rows
    trips: list[Any] = field(default_factory=list)  # Trip rows starting soon or under way
    birthdays: list[tuple[date, Any]] = field(default_factory=list)


def overview(day: date | None = None) -> TodayOverview:
    from opsassistant.services.calendar.occurrences import between
    from opsassistant.services.calls.queries import count_open_callbacks, open_callbacks
    from opsassistant.services.contacts.queries import birthdays_between
    from opsassistant.services.outings.queries import overdue_tasks
    from opsassistant.services.travel.trips import upcoming

    zone = principals.home_zone(principals.executive())
    day = day or datetime.now(zone).date()
    start = datetime.combine(day, time.min, zone)
    end = start + timedelta(days=1)
    return TodayOverview(
        day=day,
        timezone=zone.key,
        appointments=sorted(between(start, end), key=lambda o: (not o.all_day, o.start)),
        callbacks=open_callbacks(limit=CALLBACKS_SHOWN),
        callbacks_total=count_open_callbacks(),
        overdue_tasks=overdue_tasks(day),
        trips=upcoming(day, TRIP_DAYS),
        birthdays=birthdays_between(day, day + timedelta(days=BIRTHDAY_DAYS)),
    )

