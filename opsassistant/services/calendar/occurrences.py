"""Occurrences: every appearance of an event in a time range, recurring series expanded.

Conventions (shared with editing and iCalendar):
- A recurring master has ``rrule``; it is expanded in its start zone's wall-clock time, so a weekly 09:00
  meeting in Copenhagen stays at 09:00 across the summer-time switch.
- ``exdates``, ``rdates`` and an override's ``recurrence_id`` are keys: UTC text ``YYYY-MM-DD HH:MM:SS`` for
  timed series, ``YYYY-MM-DD`` for all-day series (see :func:`occurrence_key`).
- An edited occurrence is its own row (``series`` → master, ``recurrence_id`` = key of the original start).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo

from dateutil.rrule import rrule, rrulestr

from opsassistant.db.fields import utc_text
from opsassistant.db.models import Event, database
from opsassistant.db.models.calendar import LONG_SPAN

HOME_ZONE = "Europe/Copenhagen"


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
        return ZoneInfo(name or HOME_ZONE)
    except (KeyError, ValueError):
        return ZoneInfo(HOME_ZONE)


def occurrence_key(moment: datetime | date) -> str:
    if isinstance(moment, datetime):
        return utc_text(moment)
    return moment.isoformat()


def _naive_local(moment: datetime, zone_name: str) -> datetime:
    return moment.astimezone(zone(zone_name)).replace(tzinfo=None)


def _localise(naive: datetime, zone_name: str) -> datetime:
    """Wall-clock time → aware; a time inside the spring-forward gap moves forward like a clock does."""
    aware = naive.replace(tzinfo=zone(zone_name))
    roundtrip = aware.astimezone(UTC).astimezone(zone(zone_name)).replace(tzinfo=None)
    if roundtrip != naive:  # nonexistent local time
        aware = (aware.astimezone(UTC)).astimezone(zone(zone_name))
    return aware


def _fix_until(rule_text: str, dtstart: datetime, zone_name: str, all_day: bool) -> str:
    """dateutil wants UNTIL as naive as DTSTART: convert a UTC UNTIL to local wall-clock time."""
    parts = []
    for part in rule_text.strip().split(";"):
        if part.upper().startswith("UNTIL="):
            value = part[6:].strip()
            if value.endswith("Z"):
                moment = datetime.strptime(value, "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC)
                local = _naive_local(moment, zone_name)
                value = local.strftime("%Y%m%d") if all_day else local.strftime("%Y%m%dT%H%M%S")
            elif len(value) == 8 and not all_day:
                value += "T235959"
            part = "UNTIL=" + value
        parts.append(part)
    return ";".join(p for p in parts if p)


@lru_cache(maxsize=4096)
def _rule(rule_text: str, dtstart: datetime, zone_name: str, all_day: bool) -> rrule:
    text = _fix_until(rule_text, dtstart, zone_name, all_day)
    return rrulestr(text, dtstart=dtstart, cache=True)


def series_end(rule_text: str, start: datetime | date, zone_name: str) -> datetime | None:
    """The last moment a series reaches (UTC), None when open-ended; stored in ``series_until_utc``."""
    if not rule_text:
        return None
    all_day = not isinstance(start, datetime)
    dtstart = datetime.combine(start, time()) if all_day else _naive_local(start, zone_name)
    rule = _rule(rule_text, dtstart, zone_name, all_day)
    upper = rule_text.upper()
    if "UNTIL=" not in upper and "COUNT=" not in upper:
        return None
    all_moments = list(rule)  # bounded by UNTIL/COUNT
    last = all_moments[-1] if all_moments else None
    if last is None:
        return start if isinstance(start, datetime) else datetime.combine(start, time(), UTC)
    if all_day:
        return datetime.combine(last.date() + timedelta(days=1), time(), UTC)
    return _localise(last, zone_name).astimezone(UTC)


def _parse_key(key: str, all_day: bool) -> datetime | None:
    try:
        if all_day or len(key) == 10:
            return datetime.combine(date.fromisoformat(key[:10]), time())
        return datetime.strptime(key, "%Y-%m-%d %H:%M:%S").replace(tzinfo=UTC)
    except ValueError:
        return None


def _principal_map(event_ids: list[int]) -> dict[int, tuple[int, ...]]:
    result: dict[int, list[int]] = {}
    for chunk_start in range(0, len(event_ids), 900):
        chunk = event_ids[chunk_start:chunk_start + 900]
        sql = (f"SELECT event_id, principal_id FROM event_principal "
               f"WHERE event_id IN ({', '.join('?' for _ in chunk)})")
        for event_id, principal_id in database.execute_sql(sql, chunk).fetchall():
            result.setdefault(event_id, []).append(principal_id)
    return {key: tuple(sorted(value)) for key, value in result.items()}


def _make(event: Event, start: datetime, end: datetime, principals: tuple[int, ...], *,
          series_id: int | None, recurrence_id: str | None,
          start_date: date | None = None, end_date: date | None = None) -> Occurrence:
    return Occurrence(
        event_id=event.id, series_id=series_id, title=event.title, location=event.location,
        start=start, end=end, all_day=event.all_day, start_date=start_date, end_date=end_date,
        start_timezone=event.start_timezone, end_timezone=event.end_timezone, principal_ids=principals,
        status=event.status, category=event.category, source=event.source, recurrence_id=recurrence_id,
        reminder_minutes=event.reminder_minutes,
    )


def _all_day_bounds(d1: date, d2: date) -> tuple[datetime, datetime]:
    home = zone(HOME_ZONE)
    return datetime.combine(d1, time(), home), datetime.combine(d2, time(), home)


def _single(event: Event, principals: tuple[int, ...]) -> Occurrence:
    series_id = event.series_id
    rid = event.recurrence_id if series_id else None
    if event.all_day:
        start, end = _all_day_bounds(event.start_date, event.end_date)
        return _make(event, start, end, principals, series_id=series_id, recurrence_id=rid,
                     start_date=event.start_date, end_date=event.end_date)
    return _make(event, event.start_utc.astimezone(zone(event.start_timezone)),
                 event.end_utc.astimezone(zone(event.end_timezone)), principals,
                 series_id=series_id, recurrence_id=rid)


def expand(master: Event, start: datetime, end: datetime, principals: tuple[int, ...] = (),
           skip_keys: frozenset[str] = frozenset()) -> list[Occurrence]:
    """The occurrences of one recurring master overlapping [start, end), minus exdates and ``skip_keys``."""
    excluded = set(master.exdates) | set(skip_keys)
    out: list[Occurrence] = []
    if master.all_day:
        length = master.end_date - master.start_date
        dtstart = datetime.combine(master.start_date, time())
        first = start.astimezone(zone(HOME_ZONE)).date() - length - timedelta(days=1)
        last = end.astimezone(zone(HOME_ZONE)).date() + timedelta(days=1)
        rule = _rule(master.rrule, dtstart, HOME_ZONE, True)
        moments = rule.between(datetime.combine(first, time()), datetime.combine(last, time()), inc=True)
        moments += [m for m in (_parse_key(k, True) for k in master.rdates) if m and first <= m.date() <= last]
        for moment in sorted(set(moments)):
            day = moment.date()
            key = day.isoformat()
            if key in excluded:
                continue
            s, e = _all_day_bounds(day, day + length)
            if s < end and e > start:
                out.append(_make(master, s, e, principals, series_id=master.id, recurrence_id=key,
                                 start_date=day, end_date=day + length))
        return out
    length = master.end_utc - master.start_utc
    zone_name = master.start_timezone
    dtstart = _naive_local(master.start_utc, zone_name)
    lo = _naive_local(start - length, zone_name) - timedelta(days=1)
    hi = _naive_local(end, zone_name) + timedelta(days=1)
    rule = _rule(master.rrule, dtstart, zone_name, False)
    locals_ = rule.between(lo, hi, inc=True)
    extra = [m for m in (_parse_key(k, False) for k in master.rdates) if m]
    moments = {_localise(n, zone_name) for n in locals_}
    moments.update(m.astimezone(zone(zone_name)) for m in extra if start - length <= m < end)
    end_zone = zone(master.end_timezone)
    for s in sorted(moments):
        key = utc_text(s)
        if key in excluded:
            continue
        e = s + length
        if s < end and e > start:
            out.append(_make(master, s, e.astimezone(end_zone), principals, series_id=master.id,
                             recurrence_id=key))
    return out


_COLUMNS = ("id", "series_id", "recurrence_id", "title", "location", "all_day", "start_utc", "end_utc",
            "start_timezone", "end_timezone", "start_date", "end_date", "status", "category", "source",
            "reminder_minutes", "rrule", "exdates", "rdates")


class _Row:
    """The columns an occurrence needs, read without building Peewee models (a week view reads hundreds)."""

    __slots__ = _COLUMNS

    def __init__(self, values: tuple):
        for name, value in zip(_COLUMNS, values, strict=True):
            setattr(self, name, value)
        self.all_day = bool(self.all_day)
        self.start_utc = _utc(self.start_utc)
        self.end_utc = _utc(self.end_utc)
        self.start_date = date.fromisoformat(self.start_date) if self.start_date else None
        self.end_date = date.fromisoformat(self.end_date) if self.end_date else None
        self.exdates = json.loads(self.exdates) if self.exdates else []
        self.rdates = json.loads(self.rdates) if self.rdates else []


def _utc(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text).replace(tzinfo=UTC) if text else None


def _query(where: str, params: list, principal_ids: list[int] | None) -> list[_Row]:
    sql = f"SELECT {', '.join(_COLUMNS)} FROM event WHERE deleted_at IS NULL AND ({where})"
    if principal_ids is not None:
        marks = ", ".join("?" for _ in principal_ids) or "NULL"
        sql += f" AND id IN (SELECT event_id FROM event_principal WHERE principal_id IN ({marks}))"
        params = [*params, *principal_ids]
    return [_Row(row) for row in database.execute_sql(sql, params).fetchall()]


def between(start: datetime, end: datetime, principal_ids: list[int] | None = None) -> list[Occurrence]:
    """Every occurrence overlapping [start, end), sorted by start; ``principal_ids`` None = everyone."""
    if start.tzinfo is None or end.tzinfo is None:
        raise ValueError("between() needs aware datetimes")
    s_txt, e_txt = utc_text(start), utc_text(end)
    look_back = utc_text(start - LONG_SPAN)
    d_from = start.astimezone(zone(HOME_ZONE)).date()
    d_to = (end - timedelta(microseconds=1)).astimezone(zone(HOME_ZONE)).date()
    day_back = (d_from - LONG_SPAN).isoformat()
    singles = _query("rrule = '' AND all_day = 0 AND start_utc < ? AND end_utc > ? AND (start_utc >= ? OR long_span)",
                     [e_txt, s_txt, look_back], principal_ids)
    singles += _query("rrule = '' AND all_day = 1 AND start_date <= ? AND end_date > ? "
                      "AND (start_date >= ? OR long_span)", [d_to.isoformat(), d_from.isoformat(), day_back],
                      principal_ids)
    masters = _query("rrule != '' AND ((all_day = 0 AND start_utc < ?) OR (all_day = 1 AND start_date <= ?)) "
                     "AND (series_until_utc IS NULL OR series_until_utc >= ?)", [e_txt, d_to.isoformat(), s_txt],
                     principal_ids)
    principals = _principal_map([e.id for e in singles] + [m.id for m in masters])
    dead_masters: set[int] = set()
    series_ids = list({e.series_id for e in singles if e.series_id})
    if series_ids:
        dead_masters = {row[0] for row in Event.select(Event.id).where(
            Event.id.in_(series_ids) & Event.deleted_at.is_null(False)).tuples()}
    result = [_single(e, principals.get(e.id, ())) for e in singles if e.series_id not in dead_masters]
    if masters:
        overridden: dict[int, set[str]] = {}
        for chunk_start in range(0, len(masters), 900):
            chunk = [m.id for m in masters[chunk_start:chunk_start + 900]]
            sql = (f"SELECT series_id, recurrence_id FROM event "
                   f"WHERE series_id IN ({', '.join('?' for _ in chunk)})")
            for series_id, rid in database.execute_sql(sql, chunk).fetchall():
                overridden.setdefault(series_id, set()).add(rid)
        for master in masters:
            result += expand(master, start, end, principals.get(master.id, ()),
                             frozenset(overridden.get(master.id, ())))
    result.sort(key=lambda o: (o.start_utc, not o.all_day, o.title))
    return result


def on_day(day: date, principal_ids: list[int] | None = None, zone_name: str = HOME_ZONE) -> list[Occurrence]:
    """The occurrences touching one calendar day in ``zone_name``."""
    start = datetime.combine(day, time(), zone(zone_name))
    return between(start, start + timedelta(days=1), principal_ids)
