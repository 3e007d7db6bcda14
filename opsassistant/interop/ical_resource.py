"""One calendar object (a series with its overrides, by UID) as iCalendar text, and objects read back in.

Sync's bridge to the .ics reader and writer: the server's objects go through the same import as a file,
so what a server sends is read exactly as the same text in a file would be.
"""

from __future__ import annotations

import tempfile
from datetime import datetime
from pathlib import Path

from opsassistant.db.models import Event, EventAttendee, EventPrincipal, Principal
from opsassistant.interop import ical
from opsassistant.interop import ical_write as w
from opsassistant.interop.result import ImportResult

PRODID_NAME = "Calendar"


def resource_text(uid: str) -> str | None:
    """The VCALENDAR of the live events with ``uid``, or None when there are none."""
    events = list(Event.alive().where(Event.uid == uid).order_by(Event.series.is_null(False), Event.recurrence_id))
    masters = [e for e in events if e.series_id is None]
    if not masters:
        return None
    master = masters[0]
    events = [master] + [e for e in events if e.series_id == master.id]
    ids = [e.id for e in events]
    names = {p.id: p.name for p in Principal.select(Principal.id, Principal.name)}
    principal_names: dict[int, list[str]] = {}
    for link in EventPrincipal.select().where(EventPrincipal.event.in_(ids)).order_by(EventPrincipal.principal):
        principal_names.setdefault(link.event_id, []).append(names.get(link.principal_id, ""))
    people: dict[int, list[EventAttendee]] = {}
    for person in EventAttendee.select().where(EventAttendee.event.in_(ids)).order_by(EventAttendee.id):
        people.setdefault(person.event_id, []).append(person)
    blocks = [ical._lines(e, principal_names.get(e.id, []), people.get(e.id, []),
                          master if e.series_id else None) for e in events]
    zones = {z for e in events if not e.all_day for z in (e.start_timezone, e.end_timezone)}
    year = master.start_utc.year if master.start_utc else (master.start_date.year if master.start_date
                                                             else datetime.now().year)
    return w.calendar_text(blocks, zones, (year, max(year, datetime.now().year) + 2), name=PRODID_NAME)


def without_stamp(text: str) -> str:
    """Our rendering minus DTSTAMP (it follows ``updated_at``), for comparing two renderings."""
    return "\n".join(line for line in text.split("\n") if not line.startswith("DTSTAMP"))


def import_texts(texts: list[str], *, principal_id: int | None) -> ImportResult:
    """Import server objects as one file of several VCALENDARs (each keeps its own VTIMEZONEs)."""
    if not texts:
        return ImportResult()
    with tempfile.TemporaryDirectory(prefix="opsassistant-sync-") as folder:
        path = Path(folder) / "objects.ics"
        path.write_text("\r\n".join(t.strip("\r\n") for t in texts) + "\r\n", encoding="utf-8")
        return ical.import_file(path, principal_id=principal_id)
