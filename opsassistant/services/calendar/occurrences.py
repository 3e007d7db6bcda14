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

A range read is proportional to what it shows: single events by index; a series' occurrences from its
materialised rows (``occurrences_index``), expanded once per change of the series, never per read. One concern a
module: the record and zones (``occurrences_model``), one series' expansion (``occurrences_expand``), resuming a
rule (``occurrences_resume``), the row queries (``occurrences_sql``), the materialised rows
(``occurrences_index``), search (``occurrences_search``); this module puts a range together.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

from opsassistant.db.fields import utc_text
from opsassistant.db.models import database
from opsassistant.db.models.calendar import LONG_SPAN
from opsassistant.gcpause import paused_gc
from opsassistant.services.calendar import occurrences_index as index
from opsassistant.services.calendar import rules
from opsassistant.services.calendar.occurrences_expand import (
    expand,
    occurrence_end,
    rule_start,
    series_end,
)
from opsassistant.services.calendar.occurrences_model import (
    EARLIEST,
    LATEST,
    Future,
    Occurrence,
    future_for,
    localise,
    naive_local,
    occurrence_key,
    sort_key,
    zone,
)
from opsassistant.services.calendar.occurrences_resume import RuleSource
from opsassistant.services.calendar.occurrences_sql import (
    _ALL_DAY,
    _TIMED,
    masters_by_id,
    overrides_of,
    principal_map,
    singles,
)
from opsassistant.services.calendar.occurrences_sql import SINGLE_SELECT as _SINGLE_SELECT
from opsassistant.services.calendar.occurrences_sql import principal_filter as _principal_filter
from opsassistant.services.home import DEFAULT_ZONE, home_zone

HOME_ZONE = DEFAULT_ZONE  # for callers outside the services that have not moved to home_zone() yet
_localise, _naive_local = localise, naive_local  # older names (services/calendar/rekey.py)
__all__ = ["DEFAULT_ZONE", "HOME_ZONE", "Future", "Occurrence", "between", "expand", "home_zone", "occurrence_end",
           "occurrence_key", "on_day", "series_end", "zone", "_ALL_DAY", "_TIMED",
           "_SINGLE_SELECT", "_principal_filter"]

# The columns of a master an occurrence takes (texts from a THISANDFUTURE override replace the first ones).
# The stamp of the rows (stored) and of the series now: a write that bypassed the triggers shows as a difference.
_MASTER_TEXTS = ("SELECT id, title, location, status, category, reminder_minutes, all_day, start_timezone, "
                 "end_timezone, source, (SELECT group_concat(principal_id) FROM event_principal "
                 "WHERE event_id = event.id), (SELECT stamp FROM event_occurrence_series WHERE series_id = event.id) "
                 "IS (" + index.STAMP_OF + ") FROM event WHERE id IN ({marks}) AND deleted_at IS NULL")
_TEXTS = "SELECT id, title, location, status, category, reminder_minutes FROM event WHERE id IN ({marks})"


def clear_caches() -> None:
    """Forget parsed rules and generated moments (for benchmarks)."""
    rules.clear_caches()


def _fetch(sql: str, ids: list[int]) -> dict[int, tuple]:
    out: dict[int, tuple] = {}
    for first in range(0, len(ids), 900):
        chunk = ids[first:first + 900]
        out.update((row[0], row[1:]) for row in database.execute_sql(
            sql.format(marks=", ".join("?" for _ in chunk)), chunk).fetchall())
    return out


def _principals(text: str | None) -> tuple[int, ...]:
    return tuple(sorted(int(part) for part in text.split(","))) if text else ()


def _series_rows(start: datetime, end: datetime, where_p: str, p: list, only: set[int] | None,
                 home: str) -> list[tuple]:
    """Materialised rows overlapping [start, end): the index is read widened by a day each side (all-day rows
    hold dates), then the rows that only the widening brought in are dropped (:func:`_near_misses_dropped`)."""
    lo, hi = start - timedelta(days=1), end + timedelta(days=1)
    where = where_p.replace("event.id", "o.series_id")
    if only is not None:
        if not only:
            return []
        ids = sorted(only)
        rows = []
        for first in range(0, len(ids), 900):
            chunk = ids[first:first + 900]
            marks = f"{where} AND series_id IN ({', '.join('?' for _ in chunk)})"
            rows += database.execute_sql(index.ROWS_OF_SERIES.format(p=marks), [
                utc_text(lo - LONG_SPAN), utc_text(hi), utc_text(lo), *p, *chunk,
                utc_text(lo), utc_text(hi), *p, *chunk]).fetchall()
        return _near_misses_dropped(rows, start, end, home)
    return _near_misses_dropped(database.execute_sql(index.ROWS.format(p=where), [
        utc_text(lo - LONG_SPAN), utc_text(hi), utc_text(lo), *p, utc_text(lo), utc_text(hi), *p]).fetchall(),
        start, end, home)


_MIDNIGHT = " 00:00:00"


def _near_misses_dropped(rows: list[tuple], start: datetime, end: datetime, home: str) -> list[tuple]:
    """The rows that can overlap [start, end), judged on their stored texts before any master is read.

    A timed row overlaps when its UTC texts do. An all-day row is stored as midnight-to-midnight dates, which
    mean the home zone's days: it is kept when its dates come within a day of the range's home dates (a superset,
    so zones whose midnight falls in a clock change lose nothing; :func:`_from_rows` makes the exact check). For
    a day's read this leaves a third of the widened rows, and a third of the masters to fetch.
    """
    s_txt, e_txt = utc_text(start), utc_text(end)
    home_tz = zone(home)
    first_day = (start.astimezone(home_tz).date() - timedelta(days=1)).isoformat()
    last_day = ((end - timedelta(microseconds=1)).astimezone(home_tz).date() + timedelta(days=1)).isoformat()
    return [row for row in rows
            if (row[2] < e_txt and row[3] > s_txt)
            or (row[2].endswith(_MIDNIGHT) and row[3].endswith(_MIDNIGHT)
                and row[2][:10] <= last_day and row[3][:10] >= first_day)]


def _from_rows(rows: list[tuple], start: datetime, end: datetime, home: str,
               wanted_texts=None, keep_stale: bool = False) -> tuple[list[tuple[tuple, Occurrence]], set[int]]:
    """(sort key, occurrence) for materialised rows, with their masters' (or overrides') texts; and the series
    whose rows are stale (left out, unless ``keep_stale``)."""
    masters = {series_id: (*master[:9], _principals(master[9]), master[10])
               for series_id, master in _fetch(_MASTER_TEXTS, list({row[0] for row in rows})).items()}
    stale = {series_id for series_id, master in masters.items() if not master[-1]}
    texts = _fetch(_TEXTS, list({row[4] for row in rows if row[4] is not None}))
    out = []
    new = object.__new__
    home_tz = zone(home)
    shared: dict[int, dict] = {}  # per series: the fields its occurrences share (built once, not per row)
    parse = datetime.fromisoformat
    for series_id, key, s_text, e_text, texts_id in rows:
        master = masters.get(series_id)
        if master is None or (series_id in stale and not keep_stale):
            continue
        if wanted_texts is not None and (texts_id or series_id) not in wanted_texts:
            continue
        fields = shared.get(series_id)
        if fields is None:
            title, location, status, category, reminder, all_day, s_zone, e_zone, source, principals, _ok = master
            fields = shared[series_id] = dict(
                event_id=series_id, series_id=series_id, title=title, location=location, all_day=bool(all_day),
                start_timezone=s_zone, end_timezone=e_zone, principal_ids=principals, status=status,
                category=category, source=source, reminder_minutes=reminder,
                _zones=(zone(s_zone), zone(e_zone)))
        occurrence = new(Occurrence)  # frozen: fill its __dict__ directly (a month shows thousands)
        values = occurrence.__dict__
        values.update(fields)
        tz_s, tz_e = values.pop("_zones")
        if texts_id is not None and texts_id in texts:
            values["title"], values["location"], values["status"], values["category"], \
                values["reminder_minutes"] = texts[texts_id]
        if fields["all_day"]:
            d1, d2 = date.fromisoformat(s_text[:10]), date.fromisoformat(e_text[:10])
            s = datetime.combine(d1, time(), home_tz)
            e = datetime.combine(d2, time(), home_tz)
            if not (s < end and e > start):
                continue
            key_time = s.astimezone(UTC)
        else:
            d1 = d2 = None
            key_time = parse(s_text + "+00:00")
            s = key_time.astimezone(tz_s)
            e = parse(e_text + "+00:00").astimezone(tz_e)
            if not (s < end and e > start):
                continue
        values["start"], values["end"], values["start_date"], values["end_date"] = s, e, d1, d2
        values["recurrence_id"] = key
        out.append(((key_time, not fields["all_day"], values["title"]), occurrence))
    return out, stale


def _per_read(series: dict, start: datetime, end: datetime, home: str, principal_ids: list[int] | None,
              only: set[int] | None, texts: set[int] | None) -> list[tuple[tuple, Occurrence]]:
    """Series the file holds no current rows for (read-only file, or past the stored years): expanded for this
    read only, from their resume point when they have one."""
    ids = [i for i in series if only is None or i in only]
    masters = masters_by_id(ids)
    if not masters:
        return []
    people = principal_map([m.id for m in masters])
    overridden, futures = overrides_of(masters)
    out = []
    for master in masters:
        principals = people.get(master.id, ())
        if principal_ids is not None and not set(principals) & set(principal_ids):
            continue
        state = series[master.id]
        lo, source = start, None
        if state is not None:
            lo = max(start, state[0])  # the rows hold everything before
            if master.rrule and state[1] is not None:
                source = RuleSource(master.rrule, rule_start(master), master.start_timezone, master.all_day,
                                    state[1])
        ordered = sorted(futures.get(master.id, ()), key=lambda f: f.recurrence_id)
        for o in expand(master, lo, end, principals, frozenset(overridden.get(master.id, ())), tuple(ordered),
                        home, source=source):
            future = future_for(ordered, o.recurrence_id) if ordered else None
            if state is not None and o.start < lo:
                continue  # it started before the rows' end: the rows have it
            if texts is None or (future.texts_id if future else master.id) in texts:
                out.append((sort_key(o), o))
    return out


def between(start: datetime, end: datetime, principal_ids: list[int] | None = None, *,
            only: set[int] | None = None, texts: set[int] | None = None,
            stored_only: bool = False) -> list[Occurrence]:
    """Every occurrence overlapping [start, end), sorted by start; ``principal_ids`` None = everyone.

    ``only`` (search): just these events and series; ``texts``: of a series, only the occurrences whose texts
    come from these rows (its master or a THISANDFUTURE override). ``stored_only``: the series as the
    materialised rows hold them now, nothing expanded or written (a window shows that while a worker thread
    brings the rows up to date after a bulk import by another process)."""
    if start.tzinfo is None or end.tzinfo is None:
        raise ValueError("between() needs aware datetimes")
    # A busy week is tens of thousands of occurrences made at once: the cyclic collector would scan them
    # again and again while they are built (none of them is garbage yet).
    with paused_gc():
        return _between(start, end, principal_ids, only, texts, stored_only)


def _between(start: datetime, end: datetime, principal_ids: list[int] | None, only: set[int] | None,
             texts: set[int] | None, stored_only: bool) -> list[Occurrence]:
    start, end = max(start, EARLIEST), min(end, LATEST)  # years 1 and 9999: room for the look-backs
    if not stored_only:
        index.safe_refresh(end, only)
    s_txt, e_txt = utc_text(start), utc_text(end)
    look_back = utc_text(start - LONG_SPAN)
    home = home_zone()
    d_from = start.astimezone(zone(home)).date()
    d_to = (end - timedelta(microseconds=1)).astimezone(zone(home)).date()
    day_from, day_to, day_back = d_from.isoformat(), d_to.isoformat(), (d_from - LONG_SPAN).isoformat()
    where_p, p = _principal_filter(principal_ids)
    pairs: list[tuple[tuple, Occurrence]] = []
    if only is None or only:
        singles_p = where_p
        if only is not None:
            singles_p += f" AND event.id IN ({', '.join(str(int(i)) for i in sorted(only))})"
        cursor = database.cursor()
        timed = cursor.execute(_SINGLE_SELECT + _TIMED.format(p=singles_p),
                               [look_back, e_txt, s_txt, *p, look_back, s_txt, *p]).fetchall()
        all_day = cursor.execute(_SINGLE_SELECT + _ALL_DAY.format(p=singles_p),
                                 [day_back, day_to, day_from, *p, day_back, day_from, *p]).fetchall()
        series_ids = list({row[1] for rows in (timed, all_day) for row in rows if row[1] is not None})
        dead_masters: set[int] = set()
        for chunk_start in range(0, len(series_ids), 900):
            chunk = series_ids[chunk_start:chunk_start + 900]
            sql = f"SELECT id FROM event WHERE id IN ({', '.join('?' for _ in chunk)}) AND deleted_at IS NOT NULL"
            dead_masters.update(row[0] for row in cursor.execute(sql, chunk).fetchall())
        pairs = singles(timed, False, dead_masters, home) + singles(all_day, True, dead_masters, home)
    if stored_only:
        found, _stale = _from_rows(_series_rows(start, end, where_p, p, only, home), start, end, home, texts, True)
        pairs += found
        pairs.sort(key=lambda pair: pair[0])
        return _capped([o for _, o in pairs])
    missing = index.uncovered(end, only)
    rows = [row for row in _series_rows(start, end, where_p, p, only, home) if missing.get(row[0], 0) is not None]
    # A series past its stored rows keeps the rows it has (before their end) and is expanded beyond them.
    found, stale = _from_rows(rows, start, end, home, texts)
    pairs += found
    if stale and index.materialise_now(sorted(stale), end):
        found, _stale = _from_rows(_series_rows(start, end, where_p, p, stale, home), start, end, home, texts)
        pairs += found
    elif stale:
        missing.update((series_id, None) for series_id in stale)
    pairs += _per_read(missing, start, end, home, principal_ids, only, texts)
    pairs.sort(key=lambda pair: pair[0])
    return _capped([o for _, o in pairs])


def _capped(found: list[Occurrence]) -> list[Occurrence]:
    """At most ``rules.MAX_PER_RANGE`` occurrences of one series in one range."""
    counts: dict[int, int] = {}
    out = []
    for o in found:
        if o.series_id is not None and o.recurrence_id is not None and o.event_id == o.series_id:
            counts[o.series_id] = counts.get(o.series_id, 0) + 1
            if counts[o.series_id] > rules.MAX_PER_RANGE:
                continue
        out.append(o)
    return out


def on_day(day: date, principal_ids: list[int] | None = None, zone_name: str | None = None) -> list[Occurrence]:
    """The occurrences touching one calendar day in ``zone_name`` (the home zone when None)."""
    start = datetime.combine(day, time(), zone(zone_name or home_zone()))
    return between(start, start + timedelta(days=1), principal_ids)
