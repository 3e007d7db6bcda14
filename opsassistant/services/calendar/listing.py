"""``list events``: one JSON object per occurrence in the range, each in its event's own zone."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from opsassistant.db.models import Principal
from opsassistant.services.calendar import occurrences_search
from opsassistant.services.calendar.occurrences import between, home_zone, zone

_FIRST, _LAST = date(1000, 1, 1), date(9000, 12, 31)  # as the iCalendar import (interop/ical_read.py)


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
    home = zone(home_zone())
    today = datetime.now(home).date()
    # Clamped to the years the calendar holds: --from 0001-01-01 means "from the beginning", not an overflow.
    first = min(max(_date(date_from, today), _FIRST), _LAST)
    last = min(max(_date(date_to, first + timedelta(days=30)), _FIRST), _LAST)
    start = datetime.combine(first, time(), home)
    end = datetime.combine(last + timedelta(days=1), time(), home)
    names = {p.id: p.name for p in Principal.select(Principal.id, Principal.name)}
    now = datetime.now(home)
    out = []
    # A search is a full-text query (titles, locations, notes; word prefixes), expanding only the hits' series.
    found = occurrences_search.search(search, start, end) if (search or "").strip() else between(start, end)
    for occ in found:
        if open_only and (occ.status == "cancelled" or occ.end <= now):
            continue
        if occ.all_day:
            start_text, end_text = occ.start_date.isoformat(), occ.end_date.isoformat()
        else:
            start_text, end_text = occ.start.isoformat(), occ.end.isoformat()
        out.append({
            "id": occ.event_id,
            "series_id": occ.series_id,
            "title": occ.title,
            "start": start_text,
            "end": end_text,
            "timezone": occ.start_timezone,
            "end_timezone": occ.end_timezone,
            "all_day": occ.all_day,
            "location": occ.location,
            "principal": ", ".join(names.get(i, "") for i in occ.principal_ids),
            "status": occ.status,
            "category": occ.category,
        })
    from opsassistant.services.calendar.answers import attendees_of

    people = attendees_of([o["id"] for o in out])
    for item in out:
        item["attendees"] = people.get(item["id"], [])
    return out
