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
from bisect import bisect_left, bisect_right
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


class _Moments:
    """A rule's moments, generated once and kept sorted: a range is then two bisections (dateutil's own
    cache walks its list from the series start on every call, slow for a years-old weekly meeting)."""

    __slots__ = ("_done", "_iterator", "items")

    def __init__(self, rule: rrule):
        self.items: list[datetime] = []
        self._iterator = iter(rule)
        self._done = False

    def between(self, lo: datetime, hi: datetime) -> list[datetime]:
        """Moments in [lo, hi], both inclusive, like ``rrule.between(lo, hi, inc=True)``."""
        items = self.items
        if not self._done and (not items or items[-1] <= hi):
            for moment in self._iterator:  # up to the first moment after hi, not a step further
                items.append(moment)
                if moment > hi:
                    break
            else:
                self._done = True
        return items[bisect_left(items, lo):bisect_right(items, hi)]


@lru_cache(maxsize=4096)
def _moments(rule_text: str, dtstart: datetime, zone_name: str, all_day: bool) -> _Moments:
    return _Moments(_rule(rule_text, dtstart, zone_name, all_day))


def clear_caches() -> None:
    """Forget parsed rules and generated moments (for benchmarks)."""
    _rule.cache_clear()
    _moments.cache_clear()


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
        rule = _moments(master.rrule, dtstart, HOME_ZONE, True)
        moments = rule.between(datetime.combine(first, time()), datetime.combine(last, time()))
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
    locals_ = _moments(master.rrule, dtstart, zone_name, False).between(lo, hi)
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
    for s, e in _rdate_periods(master.rdates):
        key = utc_text(s)
        if key not in excluded and s < end and e > start:
            out.append(_make(master, s.astimezone(zone(zone_name)), e.astimezone(end_zone), principals,
                             series_id=master.id, recurrence_id=key))
    return out


def _rdate_periods(keys: list[str]) -> list[tuple[datetime, datetime]]:
    """RDATE;VALUE=PERIOD instances of their own length, stored as ``start/end`` UTC keys by the import."""
    out = []
    for key in keys:
        if "/" in key:
            first, _, second = key.partition("/")
            s, e = _parse_key(first, False), _parse_key(second, False)
            if s is not None and e is not None:
                out.append((s, e))
    return out


_MASTER_COLUMNS = ("id", "series_id", "recurrence_id", "title", "location", "all_day", "start_utc", "end_utc",
                   "start_timezone", "end_timezone", "start_date", "end_date", "status", "category", "source",
                   "reminder_minutes", "rrule", "exdates", "rdates")
# Single events are turned straight into occurrences from these columns (no model, no JSON); the principals
# come along as one GROUP_CONCAT per row instead of a second query.
_SINGLE_SELECT = ("SELECT id, series_id, recurrence_id, title, location, start_utc, end_utc, start_timezone, "
                  "end_timezone, start_date, end_date, status, category, source, reminder_minutes, "
                  "(SELECT group_concat(principal_id) FROM event_principal WHERE event_id = event.id) FROM event ")
# Each branch matches one partial index of EXTRA_SQL (db/models/calendar.py) word for word: a week of
# events is an index range, whatever the size of the table. Long events (> LONG_SPAN) come from their own index.
_TIMED = ("WHERE rrule = '' AND all_day = 0 AND +deleted_at IS NULL AND start_utc >= ? AND start_utc < ? "
          "AND end_utc > ?{p} UNION ALL " + _SINGLE_SELECT +
          "WHERE long_span = 1 AND +deleted_at IS NULL AND rrule = '' AND all_day = 0 AND start_utc < ? "
          "AND end_utc > ?{p}")
_ALL_DAY = ("WHERE rrule = '' AND all_day = 1 AND +deleted_at IS NULL AND start_date >= ? AND start_date <= ? "
            "AND end_date > ?{p} UNION ALL " + _SINGLE_SELECT +
            "WHERE long_span = 1 AND +deleted_at IS NULL AND rrule = '' AND all_day = 1 AND start_date < ? "
            "AND end_date > ?{p}")
_MASTERS = ("WHERE rrule != '' AND +deleted_at IS NULL AND (series_until_utc IS NULL OR series_until_utc >= ?) "
            "AND ((all_day = 0 AND start_utc < ?) OR (all_day = 1 AND start_date <= ?)){p}")


class _Row:
    """A recurring master's columns, read without building a Peewee model."""

    __slots__ = _MASTER_COLUMNS

    def __init__(self, values: tuple):
        for name, value in zip(_MASTER_COLUMNS, values, strict=True):
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


def _principal_filter(principal_ids: list[int] | None) -> tuple[str, list[int]]:
    if principal_ids is None:
        return "", []
    marks = ", ".join("?" for _ in principal_ids) or "NULL"
    # EXISTS per row (not "id IN (all of their events)"): SQLite keeps walking the date range and checks each
    # event, instead of visiting every event a busy principal ever had.
    return (f" AND EXISTS (SELECT 1 FROM event_principal WHERE event_id = event.id AND principal_id IN ({marks}))",
            list(principal_ids))


@lru_cache(maxsize=256)
def _principal_tuple(text: str | None) -> tuple[int, ...]:
    return tuple(sorted(int(part) for part in text.split(","))) if text else ()


def _singles(rows: list[tuple], all_day: bool, dead_masters: set[int]) -> list[tuple[tuple, Occurrence]]:
    """(sort key, occurrence) of single events and edited occurrences, straight from their rows."""
    out = []
    append = out.append
    new = object.__new__
    moments: dict[tuple[str, str], tuple[datetime, datetime]] = {}  # many events share a start or an end
    for (event_id, series_id, rid, title, location, s_utc, e_utc, s_zone, e_zone, s_date, e_date, status,
         category, source, reminder, principals) in rows:
        if series_id is not None and series_id in dead_masters:
            continue
        if all_day:
            d1, d2 = date.fromisoformat(s_date), date.fromisoformat(e_date)
            start, end = _all_day_bounds(d1, d2)
            key = (start.astimezone(UTC), False, title)
        else:
            d1 = d2 = None
            found = moments.get((s_utc, s_zone))
            if found is None:
                utc = datetime.fromisoformat(s_utc + "+00:00")
                found = moments[(s_utc, s_zone)] = (utc, utc.astimezone(zone(s_zone)))
            key, start = (found[0], True, title), found[1]
            found = moments.get((e_utc, e_zone))
            if found is None:
                utc = datetime.fromisoformat(e_utc + "+00:00")
                found = moments[(e_utc, e_zone)] = (utc, utc.astimezone(zone(e_zone)))
            end = found[1]
        # Occurrence is frozen: fill its __dict__ directly (a month view makes thousands of them).
        occurrence = new(Occurrence)
        occurrence.__dict__.update(
            event_id=event_id, series_id=series_id, title=title, location=location, start=start, end=end,
            all_day=all_day, start_date=d1, end_date=d2, start_timezone=s_zone, end_timezone=e_zone,
            principal_ids=_principal_tuple(principals), status=status, category=category, source=source,
            recurrence_id=rid if series_id else None, reminder_minutes=reminder)
        append((key, occurrence))
    return out


def _sort_key(o: Occurrence) -> tuple:
    return (o.start.astimezone(UTC), not o.all_day, o.title)  # UTC: same-zone compares ignore ``fold``


def _first(pair: tuple) -> tuple:
    return pair[0]


def between(start: datetime, end: datetime, principal_ids: list[int] | None = None) -> list[Occurrence]:
    """Every occurrence overlapping [start, end), sorted by start; ``principal_ids`` None = everyone."""
    if start.tzinfo is None or end.tzinfo is None:
        raise ValueError("between() needs aware datetimes")
    s_txt, e_txt = utc_text(start), utc_text(end)
    look_back = utc_text(start - LONG_SPAN)
    d_from = start.astimezone(zone(HOME_ZONE)).date()
    d_to = (end - timedelta(microseconds=1)).astimezone(zone(HOME_ZONE)).date()
    day_from, day_to, day_back = d_from.isoformat(), d_to.isoformat(), (d_from - LONG_SPAN).isoformat()
    where_p, p = _principal_filter(principal_ids)
    cursor = database.cursor()
    timed = cursor.execute(_SINGLE_SELECT + _TIMED.format(p=where_p),
                           [look_back, e_txt, s_txt, *p, look_back, s_txt, *p]).fetchall()
    all_day = cursor.execute(_SINGLE_SELECT + _ALL_DAY.format(p=where_p),
                             [day_back, day_to, day_from, *p, day_back, day_from, *p]).fetchall()
    masters = [_Row(row) for row in cursor.execute(
        f"SELECT {', '.join(_MASTER_COLUMNS)} FROM event " + _MASTERS.format(p=where_p),
        [s_txt, e_txt, day_to, *p]).fetchall()]
    series_ids = list({row[1] for rows in (timed, all_day) for row in rows if row[1] is not None})
    dead_masters: set[int] = set()
    for chunk_start in range(0, len(series_ids), 900):
        chunk = series_ids[chunk_start:chunk_start + 900]
        sql = f"SELECT id FROM event WHERE id IN ({', '.join('?' for _ in chunk)}) AND deleted_at IS NOT NULL"
        dead_masters.update(row[0] for row in cursor.execute(sql, chunk).fetchall())
    pairs = _singles(timed, False, dead_masters) + _singles(all_day, True, dead_masters)
    if masters:
        principals = _principal_map([m.id for m in masters])
        overridden: dict[int, set[str]] = {}
        for chunk_start in range(0, len(masters), 900):
            chunk = [m.id for m in masters[chunk_start:chunk_start + 900]]
            sql = (f"SELECT series_id, recurrence_id FROM event "
                   f"WHERE series_id IN ({', '.join('?' for _ in chunk)})")
            for series_id, rid in cursor.execute(sql, chunk).fetchall():
                overridden.setdefault(series_id, set()).add(rid)
        for master in masters:
            pairs += [(_sort_key(o), o) for o in expand(master, start, end, principals.get(master.id, ()),
                                                        frozenset(overridden.get(master.id, ())))]
    pairs.sort(key=_first)
    return [o for _, o in pairs]


def on_day(day: date, principal_ids: list[int] | None = None, zone_name: str = HOME_ZONE) -> list[Occurrence]:
    """The occurrences touching one calendar day in ``zone_name``."""
    start = datetime.combine(day, time(), zone(zone_name))
    return between(start, start + timedelta(days=1), principal_ids)
