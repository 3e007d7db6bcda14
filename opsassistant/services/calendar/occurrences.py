"""Occurrences: every appearance of an event in a time range, recurring series expanded.

Conventions (shared with editing and iCalendar; the stored forms are described on ``db.models.Event``):
- A recurring master has ``rrule`` and/or ``rdates``; an RRULE is expanded in its start zone's wall-clock
  time, so a weekly 09:00 meeting stays at 09:00 across the summer-time switch.
- Lengths follow RFC 5545 §3.3.6/§3.8.5.3: a timed occurrence lasts the exact DTEND - DTSTART added to its UTC
  start (a 23:00-04:00 series lasts 5 real hours on the night the clocks go back, so it ends at 03:00); a
  nominal DURATION's days keep the wall-clock time; all-day occurrences last whole (nominal) days.
- ``exdates``, ``rdates`` and an override's ``recurrence_id`` are keys: UTC text ``YYYY-MM-DD HH:MM:SS`` for
  timed series, ``YYYY-MM-DD`` for all-day series (see :func:`occurrence_key`); a date key on a timed series
  means that day, a ``start/end`` rdate a PERIOD.
- An edited occurrence is its own row (``series`` → master, ``recurrence_id`` = key of the original start);
  one with ``recurrence_range`` THISANDFUTURE also moves and renames every later occurrence.
- Every expansion stops at the range asked for and at ``rules.MAX_PER_RANGE``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo

from opsassistant.db.fields import utc_text
from opsassistant.db.models import database
from opsassistant.db.models.calendar import LONG_SPAN
from opsassistant.services.calendar import rules
from opsassistant.services.calendar.rules import date_key as _date_key
from opsassistant.services.calendar.rules import moment_key as _moment_key
from opsassistant.services.calendar.rules import rdate as _rdate
from opsassistant.services.home import DEFAULT_ZONE, home_zone

HOME_ZONE = DEFAULT_ZONE  # for callers outside the services that have not moved to home_zone() yet
__all__ = ["DEFAULT_ZONE", "HOME_ZONE", "Occurrence", "between", "expand", "home_zone", "on_day", "zone"]


_EARLIEST = datetime(1, 2, 1, tzinfo=UTC)
_LATEST = datetime(9999, 11, 30, tzinfo=UTC)


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


def _naive_local(moment: datetime, zone_name: str) -> datetime:
    return moment.astimezone(zone(zone_name)).replace(tzinfo=None)


def _localise(naive: datetime, zone_name: str) -> datetime:
    """Wall-clock time → aware; a time inside the spring-forward gap moves forward like a clock does."""
    aware = naive.replace(tzinfo=zone(zone_name))
    roundtrip = aware.astimezone(UTC).astimezone(zone(zone_name)).replace(tzinfo=None)
    if roundtrip != naive:  # nonexistent local time
        aware = (aware.astimezone(UTC)).astimezone(zone(zone_name))
    return aware


def clear_caches() -> None:
    """Forget parsed rules and generated moments (for benchmarks)."""
    rules.clear_caches()


def series_end(rule_text: str, start: datetime | date, zone_name: str,
               rdates: list[str] | tuple[str, ...] = ()) -> datetime | None:
    """The last moment a series reaches (UTC), None when open-ended; stored in ``series_until_utc``.

    Bounded: never expands a rule further than ``rules`` allows (a cut-off rule counts as open-ended)."""
    all_day = not isinstance(start, datetime)
    first = datetime.combine(start, time(), UTC) if all_day else start.astimezone(UTC)
    ends: list[datetime] = [first]
    if rule_text:
        dtstart = datetime.combine(start, time()) if all_day else _naive_local(start, zone_name)
        last = rules.last_moment(rule_text, dtstart, zone_name, all_day)
        if last is None:
            return None
        ends.append(datetime.combine(last.date() + timedelta(days=1), time(), UTC) if all_day
                    else _localise(last, zone_name).astimezone(UTC))
    for key in rdates:
        found = _rdate(key, all_day)
        if found is not None:
            moment = found[1] or found[0]
            ends.append(datetime.combine(moment + timedelta(days=1), time(), UTC) if isinstance(moment, date)
                        and not isinstance(moment, datetime) else moment)
    return max(ends)


def _principal_map(event_ids: list[int]) -> dict[int, tuple[int, ...]]:
    result: dict[int, list[int]] = {}
    for chunk_start in range(0, len(event_ids), 900):
        chunk = event_ids[chunk_start:chunk_start + 900]
        sql = (f"SELECT event_id, principal_id FROM event_principal "
               f"WHERE event_id IN ({', '.join('?' for _ in chunk)})")
        for event_id, principal_id in database.execute_sql(sql, chunk).fetchall():
            result.setdefault(event_id, []).append(principal_id)
    return {key: tuple(sorted(value)) for key, value in result.items()}


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


def _make(event, start: datetime, end: datetime, principals: tuple[int, ...], *,
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


def _template(event, principals: tuple[int, ...]) -> dict:
    """The fields every occurrence of a timed series shares (read once, not per occurrence)."""
    return dict(event_id=event.id, series_id=event.id, title=event.title, location=event.location,
                all_day=False, start_date=None, end_date=None, start_timezone=event.start_timezone,
                end_timezone=event.end_timezone, principal_ids=principals, status=event.status,
                category=event.category, source=event.source, reminder_minutes=event.reminder_minutes)


def _all_day_bounds(d1: date, d2: date, home: str | None = None) -> tuple[datetime, datetime]:
    tz = zone(home or home_zone())
    return datetime.combine(d1, time(), tz), datetime.combine(d2, time(), tz)


def _future_for(futures: list[Future], key: str) -> Future | None:
    """The latest THISANDFUTURE override strictly before ``key`` (keys of one series sort by time)."""
    found = None
    for future in futures:
        if future.recurrence_id < key:
            found = future
    return found


def expand(master, start: datetime, end: datetime, principals: tuple[int, ...] = (),
           skip_keys: frozenset[str] = frozenset(), futures: tuple[Future, ...] = (),
           home: str | None = None) -> list[Occurrence]:
    """The occurrences of one recurring master overlapping [start, end), minus exdates and ``skip_keys``
    (the keys that have an override row); at most ``rules.MAX_PER_RANGE`` of them."""
    ordered = sorted(futures, key=lambda f: f.recurrence_id)
    if master.all_day:
        return _expand_all_day(master, start, end, principals, skip_keys, ordered, home or home_zone())
    return _expand_timed(master, start, end, principals, skip_keys, ordered)


def _expand_all_day(master, start, end, principals, skip_keys, futures, home) -> list[Occurrence]:
    length = master.end_date - master.start_date
    longest = max([length, *(f.length for f in futures)])
    first = start.astimezone(zone(home)).date() - longest - timedelta(days=1)
    last = end.astimezone(zone(home)).date() + timedelta(days=1)
    days: set[date] = set()
    if master.rrule:
        dtstart = datetime.combine(master.start_date, time())
        moments = rules.moments(master.rrule, dtstart, master.start_timezone, True)
        days.update(m.date() for m in moments.between(datetime.combine(first, time()), datetime.combine(last, time())))
    else:
        days.add(master.start_date)  # RDATEs alone: DTSTART is the first instance
    for key in master.rdates:
        found = _rdate(key, True)
        if found is not None:
            moment = found[0]
            day = moment.astimezone(zone(home)).date() if isinstance(moment, datetime) else moment
            if first <= day <= last:
                days.add(day)
    excluded = set()
    for key in master.exdates:
        day = _date_key(key)
        moment = _moment_key(key) if day is None else None
        excluded.add(day.isoformat() if day else moment.astimezone(zone(home)).date().isoformat() if moment else key)
    out: list[Occurrence] = []
    for day in sorted(days):
        key = day.isoformat()
        if key in excluded or key in skip_keys:
            continue
        future = _future_for(futures, key)
        shown, span = (day + future.shift, future.length) if future else (day, length)
        s, e = _all_day_bounds(shown, shown + span, home)
        if s < end and e > start:
            out.append(_make(master, s, e, principals, series_id=master.id, recurrence_id=key,
                             start_date=shown, end_date=shown + span, future=future))
            if len(out) >= rules.MAX_PER_RANGE:
                break
    return out


def occurrence_end(master, start: datetime) -> datetime:
    """The end of an occurrence starting at ``start`` (aware): the master's exact length added in UTC, or its
    nominal DURATION (days keep the wall-clock time, the rest is exact)."""
    return _ender(master)(start)


def _ender(master):
    """start → end for one series: ``start + exact`` in UTC, or nominal days on the wall clock, then exact."""
    exact_length = master.end_utc - master.start_utc
    nominal = rules.parse_duration(master.duration) if getattr(master, "duration", "") else None
    if nominal is None:
        return lambda start: start.astimezone(UTC) + exact_length
    days, exact = nominal
    zone_name = master.start_timezone

    def end(start: datetime) -> datetime:
        try:
            local = _naive_local(start, zone_name) + timedelta(days=days)
            return _localise(local, zone_name).astimezone(UTC) + exact
        except OverflowError:  # past the year 9999
            return _LATEST
    return end


def _expand_timed(master, start, end, principals, skip_keys, futures) -> list[Occurrence]:
    zone_name = master.start_timezone
    tz = zone(zone_name)
    master_start = master.start_utc
    dtstart = _naive_local(master_start, zone_name)
    ender = _ender(master)
    longest = max([ender(master_start) - master_start, *(f.length for f in futures)])
    longest += timedelta(days=1) + max((abs(f.shift) for f in futures), default=timedelta())
    starts: dict[datetime, datetime | None] = {}  # start (UTC) → end of a PERIOD, else None
    if master.rrule:
        lo = _naive_local(start - longest, zone_name) - timedelta(days=1)
        hi = _naive_local(end + longest, zone_name) + timedelta(days=1)
        for naive in rules.moments(master.rrule, dtstart, zone_name, False).between(lo, hi):
            starts.setdefault(_localise(naive, zone_name).astimezone(UTC), None)
    else:
        starts[master_start] = None  # RDATEs alone: DTSTART is the first instance
    for key in master.rdates:
        found = _rdate(key, False)
        if found is None:
            continue
        moment, period_end = found
        if not isinstance(moment, datetime):  # a date: that day at DTSTART's wall-clock time
            moment = _localise(datetime.combine(moment, dtstart.time()), zone_name).astimezone(UTC)
        if start - longest <= moment < end + longest:
            starts[moment] = period_end if period_end is not None else starts.get(moment)
    excluded_moments = {m for m in (_moment_key(k) for k in master.exdates) if m}
    excluded_days = {d for d in (_date_key(k) for k in master.exdates) if d}
    end_zone = zone(master.end_timezone)
    template = _template(master, principals)
    new = object.__new__
    out: list[Occurrence] = []
    for s in sorted(starts):
        future = _future_for(futures, utc_text(s)) if futures else None
        if future is not None:
            shown = _localise(_naive_local(s, zone_name) + future.shift, zone_name).astimezone(UTC)
            e = shown + future.length
        else:
            shown = s
            e = starts[s] if starts[s] is not None else ender(s)
        if not (shown < end and e > start):
            continue
        if s in excluded_moments or (excluded_days and s.astimezone(tz).date() in excluded_days):
            continue
        key = utc_text(s)
        if key in skip_keys:
            continue
        if future is not None:
            out.append(_make(master, shown.astimezone(tz), e.astimezone(end_zone), principals,
                             series_id=master.id, recurrence_id=key, future=future))
        else:  # Occurrence is frozen: fill its __dict__ directly (a year of a daily series is 365 of them)
            occurrence = new(Occurrence)
            occurrence.__dict__.update(template, start=shown.astimezone(tz), end=e.astimezone(end_zone),
                                       recurrence_id=key)
            out.append(occurrence)
        if len(out) >= rules.MAX_PER_RANGE:
            break
    return out


_MASTER_COLUMNS = ("id", "series_id", "recurrence_id", "title", "location", "all_day", "start_utc", "end_utc",
                   "start_timezone", "end_timezone", "start_date", "end_date", "status", "category", "source",
                   "reminder_minutes", "rrule", "exdates", "rdates", "duration")
# Single events are turned straight into occurrences from these columns (no model, no JSON); the principals
# come along as one GROUP_CONCAT per row instead of a second query.
_SINGLE_SELECT = ("SELECT id, series_id, recurrence_id, title, location, start_utc, end_utc, start_timezone, "
                  "end_timezone, start_date, end_date, status, category, source, reminder_minutes, "
                  "(SELECT group_concat(principal_id) FROM event_principal WHERE event_id = event.id) FROM event ")
# Each branch matches one partial index of EXTRA_SQL (db/models/calendar.py) word for word: a week of
# events is an index range, whatever the size of the table. Long events (> LONG_SPAN) come from their own index.
# A series of RDATEs alone has rrule = '' too: the single branches leave it (rdates = '[]') to its own query.
_TIMED = ("WHERE rrule = '' AND all_day = 0 AND +deleted_at IS NULL AND start_utc >= ? AND start_utc < ? "
          "AND end_utc > ? AND rdates = '[]'{p} UNION ALL " + _SINGLE_SELECT +
          "WHERE long_span = 1 AND +deleted_at IS NULL AND rrule = '' AND all_day = 0 AND start_utc < ? "
          "AND end_utc > ? AND rdates = '[]'{p}")
_ALL_DAY = ("WHERE rrule = '' AND all_day = 1 AND +deleted_at IS NULL AND start_date >= ? AND start_date <= ? "
            "AND end_date > ? AND rdates = '[]'{p} UNION ALL " + _SINGLE_SELECT +
            "WHERE long_span = 1 AND +deleted_at IS NULL AND rrule = '' AND all_day = 1 AND start_date < ? "
            "AND end_date > ? AND rdates = '[]'{p}")
_MASTERS = ("WHERE rrule != '' AND +deleted_at IS NULL AND (series_until_utc IS NULL OR series_until_utc >= ?) "
            "AND ((all_day = 0 AND start_utc < ?) OR (all_day = 1 AND start_date <= ?)){p}")
_RDATE_MASTERS = ("WHERE rrule = '' AND rdates != '[]' AND +deleted_at IS NULL "
                  "AND (series_until_utc IS NULL OR series_until_utc >= ?){p}")
_OVERRIDES = ("SELECT series_id, recurrence_id, recurrence_range, deleted_at IS NULL, title, location, start_utc, "
              "end_utc, start_date, end_date, status, category, reminder_minutes FROM event "
              "WHERE series_id IN ({marks})")


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
        self.duration = self.duration or ""


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


def _singles(rows: list[tuple], all_day: bool, dead_masters: set[int],
             home: str) -> list[tuple[tuple, Occurrence]]:
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
            start, end = _all_day_bounds(d1, d2, home)
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


def _future(master, rid: str | None, range_: str, alive: int, title, location, s_utc, e_utc, s_date, e_date,
            status, category, reminder) -> Future | None:
    """A THISANDFUTURE override row (alive, with its times) → its Future, else None."""
    if not rid or not alive or (range_ or "").upper() != "THISANDFUTURE":
        return None
    texts = {"title": title, "location": location, "status": status, "category": category,
             "reminder_minutes": reminder}
    if master.all_day:
        original, own_start = _date_key(rid), date.fromisoformat(s_date) if s_date else None
        if original is None or own_start is None or not e_date:
            return None
        return Future(rid, own_start - original, date.fromisoformat(e_date) - own_start, **texts)
    original, own_start, own_end = _moment_key(rid), _utc(s_utc), _utc(e_utc)
    if original is None or own_start is None or own_end is None:
        return None
    shift = _naive_local(own_start, master.start_timezone) - _naive_local(original, master.start_timezone)
    return Future(rid, shift, own_end - own_start, **texts)


def _sort_key(o: Occurrence) -> tuple:
    return (o.start.astimezone(UTC), not o.all_day, o.title)  # UTC: same-zone compares ignore ``fold``


def _first(pair: tuple) -> tuple:
    return pair[0]


def between(start: datetime, end: datetime, principal_ids: list[int] | None = None) -> list[Occurrence]:
    """Every occurrence overlapping [start, end), sorted by start; ``principal_ids`` None = everyone."""
    if start.tzinfo is None or end.tzinfo is None:
        raise ValueError("between() needs aware datetimes")
    start, end = max(start, _EARLIEST), min(end, _LATEST)  # years 1 and 9999: room for the look-backs
    s_txt, e_txt = utc_text(start), utc_text(end)
    look_back = utc_text(start - LONG_SPAN)
    home = home_zone()
    d_from = start.astimezone(zone(home)).date()
    d_to = (end - timedelta(microseconds=1)).astimezone(zone(home)).date()
    day_from, day_to, day_back = d_from.isoformat(), d_to.isoformat(), (d_from - LONG_SPAN).isoformat()
    where_p, p = _principal_filter(principal_ids)
    cursor = database.cursor()
    timed = cursor.execute(_SINGLE_SELECT + _TIMED.format(p=where_p),
                           [look_back, e_txt, s_txt, *p, look_back, s_txt, *p]).fetchall()
    all_day = cursor.execute(_SINGLE_SELECT + _ALL_DAY.format(p=where_p),
                             [day_back, day_to, day_from, *p, day_back, day_from, *p]).fetchall()
    columns = ", ".join(_MASTER_COLUMNS)
    masters = [_Row(row) for row in cursor.execute(
        f"SELECT {columns} FROM event " + _MASTERS.format(p=where_p), [s_txt, e_txt, day_to, *p]).fetchall()]
    masters += [_Row(row) for row in cursor.execute(
        f"SELECT {columns} FROM event " + _RDATE_MASTERS.format(p=where_p), [s_txt, *p]).fetchall()]
    series_ids = list({row[1] for rows in (timed, all_day) for row in rows if row[1] is not None})
    dead_masters: set[int] = set()
    for chunk_start in range(0, len(series_ids), 900):
        chunk = series_ids[chunk_start:chunk_start + 900]
        sql = f"SELECT id FROM event WHERE id IN ({', '.join('?' for _ in chunk)}) AND deleted_at IS NOT NULL"
        dead_masters.update(row[0] for row in cursor.execute(sql, chunk).fetchall())
    pairs = _singles(timed, False, dead_masters, home) + _singles(all_day, True, dead_masters, home)
    if masters:
        principals = _principal_map([m.id for m in masters])
        overridden: dict[int, set[str]] = {}
        futures: dict[int, list[Future]] = {}
        by_id = {m.id: m for m in masters}
        for chunk_start in range(0, len(masters), 900):
            chunk = [m.id for m in masters[chunk_start:chunk_start + 900]]
            sql = _OVERRIDES.format(marks=", ".join("?" for _ in chunk))
            for series_id, rid, *rest in cursor.execute(sql, chunk).fetchall():
                overridden.setdefault(series_id, set()).add(rid)
                future = _future(by_id[series_id], rid, *rest)
                if future is not None:
                    futures.setdefault(series_id, []).append(future)
        for master in masters:
            pairs += [(_sort_key(o), o) for o in expand(
                master, start, end, principals.get(master.id, ()), frozenset(overridden.get(master.id, ())),
                tuple(futures.get(master.id, ())), home)]
    pairs.sort(key=_first)
    return [o for _, o in pairs]


def on_day(day: date, principal_ids: list[int] | None = None, zone_name: str | None = None) -> list[Occurrence]:
    """The occurrences touching one calendar day in ``zone_name`` (the home zone when None)."""
    start = datetime.combine(day, time(), zone(zone_name or home_zone()))
    return between(start, start + timedelta(days=1), principal_ids)
