"""``list events``: one JSON object per occurrence in the range, each in its event's own zone.

:func:`stream` yields the objects in order, a window of :data:`WINDOW` at a time, so a range of years never holds
all the calendar's occurrences at once (the CLI writes each object as it comes); a search holds its hits'
occurrences only. :func:`records` is the list of them.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from datetime import date, datetime, time, timedelta

from opsassistant.db.fields import utc_text
from opsassistant.db.models import database
from opsassistant.gcpause import paused_gc
from opsassistant.services.calendar import occurrences_search, rules
from opsassistant.services.calendar.occurrences import Occurrence, between, home_zone, zone

_FIRST, _LAST = date(1000, 1, 1), date(9000, 12, 31)  # as the iCalendar import (interop/ical_read.py)
WINDOW = timedelta(days=92)  # occurrences read and written per step of a long range
SEARCH_ROWS = 50_000  # stored occurrences a search reads at most per step (memory flat in the calendar's size)
_EPSILON = timedelta(seconds=1)  # stored moments have whole seconds
_STATUSES = ("accepted", "declined", "tentative", "needs-action")


def _date(value: date | str | None, default: date) -> date:
    if value is None or value == "":
        return default
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


def records(*, search: str | None = None, date_from=None, date_to=None, open_only: bool = False) -> list[dict]:
    """Occurrences from ``date_from`` (default today) to ``date_to`` inclusive (default 30 days on).

    ``search``: words each matching the start of a word of the title, location or notes (accents folded).
    ``open_only`` keeps only appointments that have not ended yet and are not cancelled.
    """
    with paused_gc():  # tens of thousands of records, none garbage yet (see gcpause)
        return list(stream(search=search, date_from=date_from, date_to=date_to, open_only=open_only))


def stream(*, search: str | None = None, date_from=None, date_to=None, open_only: bool = False) -> Iterator[dict]:
    """:func:`records`, one object at a time, in the same order."""
    for kept, people, principals_of in _windows(search, date_from, date_to, open_only):
        for occ in kept:
            yield _record(occ, principals_of(occ.principal_ids), people.get(occ.event_id, []))


def json_stream(*, search: str | None = None, date_from=None, date_to=None,
                open_only: bool = False) -> Iterator[str]:
    """The objects of :func:`stream` as JSON text, each exactly as ``json.JSONEncoder(ensure_ascii=False)``
    writes it, without building a record per occurrence: the occurrences of one event differ in their start and
    end only, so the text around those two is encoded once per event and window (a full-range search writes
    tens of thousands of occurrences of a few thousand events)."""
    encode = json.JSONEncoder(ensure_ascii=False).encode
    iso = _IsoTexts()
    for kept, people, principals_of in _windows(search, date_from, date_to, open_only):
        # An event's occurrences share every field but the texts a THISANDFUTURE override gives them and the
        # start and end (its id fixes the rest: series, zones, all-day, principals).
        parts: dict[tuple, tuple[str, str]] = {}
        # The occurrences of a read share their start and end objects where the moments are the same (one
        # parse per UTC text): each object's text is made once; the entry holds the object, so its id stays its.
        texts: dict[int, tuple[str, object]] = {}
        for occ in kept:
            key = (occ.event_id, occ.title, occ.location, occ.status, occ.category)
            part = parts.get(key)
            if part is None:
                record = _record(occ, principals_of(occ.principal_ids), people.get(occ.event_id, []))
                part = parts[key] = (encode({k: record[k] for k in _BEFORE_START})[:-1] + ', "start": ',
                                     ", " + encode({k: record[k] for k in _AFTER_END})[1:])
            if occ.all_day:
                start, end = occ.start_date, occ.end_date
            else:
                start, end = occ.start, occ.end
            known = texts.get(id(start))
            if known is None:
                known = texts[id(start)] = (start.isoformat() if occ.all_day else iso.text(start), start)
            start_text = known[0]
            known = texts.get(id(end))
            if known is None:
                known = texts[id(end)] = (end.isoformat() if occ.all_day else iso.text(end), end)
            # ISO texts hold digits, "-", ":", "T", "+" and "." only: nothing the encoder would escape.
            yield f'{part[0]}"{start_text}", "end": "{known[0]}"{part[1]}'


class _IsoTexts:
    """``moment.isoformat()`` of aware moments from remembered parts: the day, the clock time and the UTC offset
    each recur across thousands of occurrences (the whole call took a third of a search's JSON)."""

    def __init__(self) -> None:
        self._days: dict[int, str] = {}
        self._clocks: dict[int, str] = {}
        self._offsets: dict[timedelta | None, str] = {}

    def text(self, moment: datetime) -> str:
        if moment.microsecond:
            return moment.isoformat()
        day = self._days.get(ordinal := moment.toordinal())
        if day is None:
            day = self._days[ordinal] = moment.date().isoformat()
        clock = self._clocks.get(seconds := moment.hour * 3600 + moment.minute * 60 + moment.second)
        if clock is None:
            clock = self._clocks[seconds] = moment.time().isoformat()
        offset = self._offsets.get(delta := moment.utcoffset())
        if offset is None:
            offset = self._offsets[delta] = moment.isoformat()[19:]  # "+01:00", "+00:50:20", "" (naive)
        return f"{day}T{clock}{offset}"


def _windows(search: str | None, date_from, date_to, open_only: bool) -> Iterator[tuple[list[Occurrence], dict,
                                                                                         Callable]]:
    """Per window of the range, in order: its occurrences, their events' attendees and the principals' text of
    a ``principal_ids`` tuple."""
    home = zone(home_zone())
    today = datetime.now(home).date()
    # Clamped to the years the calendar holds: --from 0001-01-01 means "from the beginning", not an overflow.
    first = min(max(_date(date_from, today), _FIRST), _LAST)
    last = min(max(_date(date_to, first + timedelta(days=30)), _FIRST), _LAST)
    start = datetime.combine(first, time(), home)
    end = datetime.combine(last + timedelta(days=1), time(), home)
    names = {row[0]: row[1] for row in database.execute_sql("SELECT id, name FROM principal").fetchall()}
    now = datetime.now(home)
    # A search is a full-text query (titles, locations, notes; word prefixes), expanding only the hits' series.
    wanted = occurrences_search.plan(search) if (search or "").strip() else None
    if wanted is not None and not wanted.only:
        return
    counts: dict[int, int] = {}  # occurrences of each series so far: at most rules.MAX_PER_RANGE in the range
    principal_text: dict[tuple[int, ...], str] = {}

    def principals_of(ids: tuple[int, ...]) -> str:
        text = principal_text.get(ids)
        if text is None:
            text = principal_text[ids] = ", ".join(names.get(i, "") for i in ids)
        return text

    # A search reads its hits' rows in one go (each hit series' rows are one primary-key range, its rows a
    # fraction of the calendar) while they are few, else in as many equal steps as keep each under SEARCH_ROWS
    # (every step reads the hits again: a few times, not once per WINDOW); the whole calendar a window at a time.
    step = WINDOW
    if wanted is not None:
        steps = -(-_stored(wanted.only, start, end) // SEARCH_ROWS) or 1
        step = timedelta(days=-(-(end - start).days // steps)) if steps > 1 else end - start
    lo = start
    while lo < end:
        hi = min(end, lo + step)
        # Each occurrence belongs to the window it starts in (the first one also takes those begun before).
        ask = lo if lo == start else lo - _EPSILON
        found = between(ask, hi, only=wanted.only, texts=wanted.texts) if wanted else between(ask, hi)
        if lo == start and hi == end and not open_only:
            kept = found  # one window: between() already keeps rules.MAX_PER_RANGE of a series, as _counted
        else:
            kept = [o for o in found if (lo == start or o.start >= lo) and _counted(o, counts)
                    and not (open_only and (o.status == "cancelled" or o.end <= now))]
        yield kept, _attendees([o.event_id for o in kept]), principals_of
        lo = hi


def _stored(series: set[int], start: datetime, end: datetime) -> int:
    """How many materialised occurrences of ``series`` start in [start, end) (counted in SQL, nothing read)."""
    ids = sorted(series)
    found = 0
    for first in range(0, len(ids), 900):
        chunk = ids[first:first + 900]
        found += database.execute_sql(
            f"SELECT count(*) FROM event_occurrence WHERE series_id IN ({', '.join('?' for _ in chunk)}) "
            "AND +start_utc >= ? AND +start_utc < ?", [*chunk, utc_text(start), utc_text(end)]).fetchone()[0]
    return found + len(ids)


def _counted(occ: Occurrence, counts: dict[int, int]) -> bool:
    if occ.series_id is None or occ.recurrence_id is None or occ.event_id != occ.series_id:
        return True
    counts[occ.series_id] = counts.get(occ.series_id, 0) + 1
    return counts[occ.series_id] <= rules.MAX_PER_RANGE


_BEFORE_START = ("id", "series_id", "title")
_AFTER_END = ("timezone", "end_timezone", "all_day", "location", "principal", "status", "category", "attendees")


def _record(occ: Occurrence, principals: str, attendees: list[dict]) -> dict:
    if occ.all_day:
        start_text, end_text = occ.start_date.isoformat(), occ.end_date.isoformat()
    else:
        start_text, end_text = occ.start.isoformat(), occ.end.isoformat()
    return {
        "id": occ.event_id, "series_id": occ.series_id, "title": occ.title, "start": start_text, "end": end_text,
        "timezone": occ.start_timezone, "end_timezone": occ.end_timezone, "all_day": occ.all_day,
        "location": occ.location, "principal": principals, "status": occ.status, "category": occ.category,
        "attendees": attendees,
    }


def _attendees(event_ids: list[int]) -> dict[int, list[dict]]:
    """``{event_id: [{"name", "email", "status"}, …]}`` (each list shared by the occurrences of its event)."""
    found: dict[int, list[dict]] = {}
    ids = list(dict.fromkeys(event_ids))
    for first in range(0, len(ids), 900):
        chunk = ids[first:first + 900]
        for event_id, name, email, status in database.execute_sql(
                "SELECT event_id, name, email, status FROM event_attendee WHERE event_id IN "
                f"({', '.join('?' for _ in chunk)}) ORDER BY id", chunk).fetchall():
            found.setdefault(event_id, []).append(
                {"name": name, "email": email, "status": status if status in _STATUSES else "needs-action"})
    return found
