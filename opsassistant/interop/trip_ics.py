"""One trip as an .ics file for the traveller's phone: every segment at its instants, each end in its own zone.

Built with the ``icalendar`` package; the VTIMEZONE blocks come from the calendar export's helper
(``interop.ical_write.vtimezone``) so every .ics the app writes describes zones the same way. A hotel becomes
two short entries (check-in and check-out) rather than a block covering the whole stay.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from opsassistant.db.models import Trip, TripSegment
from opsassistant.fileio import atomic_binary
from opsassistant.i18n.messages import Translator
from opsassistant.services.phones import format_for_reading, parse
from opsassistant.services.travel import calendar_sync
from opsassistant.services.travel import trips as trip_service

PRODID = "-//Ops Assistant//Travel//EN"
SHORT = timedelta(minutes=30)


def _description(leg: TripSegment, lang: str | None) -> str:
    lines = []
    if leg.booking_reference:
        lines.append(Translator(lang).translate("Travel", "Booking reference: %1").replace("%1", leg.booking_reference))
    if leg.terminal:
        lines.append(Translator(lang).translate("Travel", "Terminal: %1").replace("%1", leg.terminal))
    if leg.seat:
        lines.append(Translator(lang).translate("Travel", "Seat: %1").replace("%1", leg.seat))
    if leg.phone:
        parsed = parse(leg.phone)
        number = format_for_reading(parsed.e164, leg.phone)
        lines.append(Translator(lang).translate("Travel", "Phone: %1").replace("%1", number))
    if leg.notes:
        lines.append(leg.notes)
    return "\n".join(lines)


def _event(uid: str, summary: str, start: datetime, start_zone: str, end: datetime | None, end_zone: str,
           location: str, description: str, stamp: datetime):
    from icalendar import Event

    event = Event()
    event.add("uid", uid)
    event.add("dtstamp", stamp)
    event.add("summary", summary)
    event.add("dtstart", start.astimezone(ZoneInfo(start_zone)))
    if end is not None:
        event.add("dtend", end.astimezone(ZoneInfo(end_zone)))
    if location:
        event.add("location", location)
    if description:
        event.add("description", description)
    return event


def calendar_for(trip: Trip, lang: str | None = None):
    from icalendar import Calendar, Timezone

    from opsassistant.interop.ical_write import vtimezone

    legs = trip_service.segments(trip)
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", trip.title)
    stamp = trip.updated_at
    zones = sorted({z for leg in legs for z in (leg.start_timezone, leg.end_timezone)} - {"UTC"})
    if legs:
        first = legs[0].start_utc.year
        last = max((leg.end_utc or leg.start_utc).year for leg in legs)
        for zone in zones:
            cal.add_component(Timezone.from_ical(vtimezone(zone, first, last)))
    for leg in legs:
        summary = calendar_sync.event_title(leg)
        location = leg.address or leg.from_place
        description = _description(leg, lang)
        uid = f"segment-{leg.id}@opsassistant"
        if leg.kind == "hotel":
            check_in = Translator(lang).translate("Travel", "Check-in")
            cal.add_component(_event(uid, f"{check_in}: {leg.from_place}", leg.start_utc, leg.start_timezone,
                                     leg.start_utc + SHORT, leg.start_timezone, location, description, stamp))
            if leg.end_utc:
                check_out = Translator(lang).translate("Travel", "Check-out")
                cal.add_component(_event(f"segment-{leg.id}-out@opsassistant", f"{check_out}: {leg.from_place}",
                                         leg.end_utc, leg.end_timezone, leg.end_utc + SHORT, leg.end_timezone,
                                         location, description, stamp))
            continue
        cal.add_component(_event(uid, summary, leg.start_utc, leg.start_timezone, leg.end_utc, leg.end_timezone,
                                 location, description, stamp))
    return cal


def export_trip(trip_id: int, path: Path | str, *, lang: str | None = None) -> int:
    """Write the trip's segments to ``path`` (atomically); returns the number of calendar entries."""
    trip = Trip.get_by_id(trip_id)
    cal = calendar_for(trip, lang)
    with atomic_binary(path) as handle:
        handle.write(cal.to_ical())
    return sum(1 for c in cal.walk("VEVENT"))
