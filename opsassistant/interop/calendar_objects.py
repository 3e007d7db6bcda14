"""Many calendar objects rendered at once, each exactly as ``ical_resource.resource_text`` renders it.

Sync renders the base of every object it receives (our text at the last sync, for the three-way merge); one
object at a time that is four queries each, most of a first sync of 10k events. Here it is four queries per
batch of UIDs and the same lines per event.
"""

from __future__ import annotations

from datetime import datetime

from opsassistant.db.models import Event, EventAttendee, EventPrincipal, Principal
from opsassistant.interop import ical
from opsassistant.interop import ical_write as w
from opsassistant.interop.ical_resource import PRODID_NAME

_CHUNK = 500  # SQLite's variable limit is far above; this keeps each IN list short


def resource_texts(uids: list[str]) -> dict[str, str]:
    """UID → the VCALENDAR of its live events; UIDs without a live series are left out."""
    out: dict[str, str] = {}
    names = {p.id: p.name for p in Principal.select(Principal.id, Principal.name)}
    this_year = datetime.now().year
    for start in range(0, len(uids), _CHUNK):
        chunk = uids[start:start + _CHUNK]
        events = list(Event.alive().where(Event.uid.in_(chunk))
                      .order_by(Event.uid, Event.series.is_null(False), Event.recurrence_id))
        by_uid: dict[str, list[Event]] = {}
        for event in events:
            by_uid.setdefault(event.uid, []).append(event)
        ids = [e.id for e in events]
        principal_names: dict[int, list[str]] = {}
        people: dict[int, list[EventAttendee]] = {}
        for part in range(0, len(ids), _CHUNK):
            some = ids[part:part + _CHUNK]
            for link in (EventPrincipal.select().where(EventPrincipal.event.in_(some))
                         .order_by(EventPrincipal.event, EventPrincipal.principal)):
                principal_names.setdefault(link.event_id, []).append(names.get(link.principal_id, ""))
            for person in EventAttendee.select().where(EventAttendee.event.in_(some)).order_by(EventAttendee.id):
                people.setdefault(person.event_id, []).append(person)
        for uid, group in by_uid.items():
            masters = [e for e in group if e.series_id is None]
            if not masters:
                continue
            master = masters[0]
            members = [master] + [e for e in group if e.series_id == master.id]
            blocks = [ical._lines(e, principal_names.get(e.id, []), people.get(e.id, []),
                                  master if e.series_id else None) for e in members]
            zones = {z for e in members if not e.all_day for z in (e.start_timezone, e.end_timezone)}
            year = master.start_utc.year if master.start_utc else (master.start_date.year if master.start_date
                                                                     else this_year)
            out[uid] = w.calendar_text(blocks, zones, (year, max(year, this_year) + 2), name=PRODID_NAME)
    return out
