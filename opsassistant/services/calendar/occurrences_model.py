"""The occurrence record and the zone arithmetic every part of the expansion shares.

See :mod:`opsassistant.services.calendar.occurrences` for the conventions (keys, lengths, wall-clock rules).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo

from opsassistant.db.fields import utc_text
from opsassistant.services.home import DEFAULT_ZONE, home_zone

EARLIEST = datetime(1, 2, 1, tzinfo=UTC)
LATEST = datetime(9999, 11, 30, tzinfo=UTC)


@dataclass(frozen=True)
class Occurrence:
    event_id: int  # the row to open: the master for a plain occurrence, the override row for an edited one
    series_id: int | None  # the master's id when part of a series, else None
    title: str
    location: str
    start: datetime  # aware, in start_timezone (for all-day: midnight of start_date in the home zone)
    end: datetime  # aware, in end_timezone
    all_day: bool
    start_date: date | None
    end_date: date | None  # exclusive, as in iCalendar
    start_timezone: str
    end_timezone: str
    principal_ids: tuple[int, ...]
    status: str
    category: str
    source: str
    recurrence_id: str | None = None  # key of this occurrence in its series (None for a single event)
    reminder_minutes: int | None = None

    @property
    def recurring(self) -> bool:
        return self.series_id is not None

    @property
    def read_only(self) -> bool:
        """Generated from an outing or a trip segment: edited there, not here."""
        return bool(self.source)

    @property
    def start_utc(self) -> datetime:
        return self.start.astimezone(UTC)

    @property
    def end_utc(self) -> datetime:
        return self.end.astimezone(UTC)


@lru_cache(maxsize=64)
def zone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name or DEFAULT_ZONE)
    except (KeyError, ValueError):
        return ZoneInfo(DEFAULT_ZONE)


def occurrence_key(moment: datetime | date) -> str:
    if isinstance(moment, datetime):
        return utc_text(moment)
    return moment.isoformat()


def naive_local(moment: datetime, zone_name: str) -> datetime:
    return moment.astimezone(zone(zone_name)).replace(tzinfo=None)


def localise(naive: datetime, zone_name: str) -> datetime:
    """Wall-clock time → aware; a time inside the spring-forward gap moves forward like a clock does."""
    aware = naive.replace(tzinfo=zone(zone_name))
    roundtrip = aware.astimezone(UTC).astimezone(zone(zone_name)).replace(tzinfo=None)
    if roundtrip != naive:  # nonexistent local time
        aware = (aware.astimezone(UTC)).astimezone(zone(zone_name))
    return aware


@dataclass(frozen=True)
class Future:
    """A RANGE=THISANDFUTURE override: from its recurrence id on, later occurrences take its shift, length
    and texts."""

    recurrence_id: str
    shift: timedelta  # wall-clock shift of the start (days for an all-day series)
    length: timedelta
    title: str
    location: str
    status: str
    category: str
    reminder_minutes: int | None
    texts_id: int | None = None  # the override row these texts come from


def make(event, start: datetime, end: datetime, principals: tuple[int, ...], *,
          series_id: int | None, recurrence_id: str | None,
          start_date: date | None = None, end_date: date | None = None, future: Future | None = None) -> Occurrence:
    texts = future or event
    return Occurrence(
        event_id=event.id, series_id=series_id, title=texts.title, location=texts.location,
        start=start, end=end, all_day=event.all_day, start_date=start_date, end_date=end_date,
        start_timezone=event.start_timezone, end_timezone=event.end_timezone, principal_ids=principals,
        status=texts.status, category=texts.category, source=event.source, recurrence_id=recurrence_id,
        reminder_minutes=texts.reminder_minutes,
    )


def template(event, principals: tuple[int, ...]) -> dict:
    """The fields every occurrence of a timed series shares (read once, not per occurrence)."""
    return dict(event_id=event.id, series_id=event.id, title=event.title, location=event.location,
                all_day=False, start_date=None, end_date=None, start_timezone=event.start_timezone,
                end_timezone=event.end_timezone, principal_ids=principals, status=event.status,
                category=event.category, source=event.source, reminder_minutes=event.reminder_minutes)


def all_day_bounds(d1: date, d2: date, home: str | None = None) -> tuple[datetime, datetime]:
    tz = zone(home or home_zone())
    return datetime.combine(d1, time(), tz), datetime.combine(d2, time(), tz)


def future_for(futures: list[Future], key: str) -> Future | None:
    """The latest THISANDFUTURE override strictly before ``key`` (keys of one series sort by time)."""
    found = None
    for future in futures:
        if future.recurrence_id < key:
            found = future
    return found


def sort_key(o: Occurrence) -> tuple:
    return (o.start.astimezone(UTC), not o.all_day, o.title)  # UTC: same-zone compares ignore ``fold``
