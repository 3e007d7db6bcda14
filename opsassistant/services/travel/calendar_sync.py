"""Keeps one calendar ``Event`` per trip segment, so the travellers' calendars show each leg at its instants.

Called only from inside the travel services' transactions. A generated event has ``source="segment:<id>"``;
a meeting segment may instead be linked to an existing appointment, which is then never deleted here.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from opsassistant.db.models import (
    Contact,
    ContactEmail,
    Event,
    EventAttendee,
    EventPrincipal,
    TripSegment,
    TripTraveller,
)
from opsassistant.db.models.base import utcnow
from opsassistant.i18n.messages import translate

DEFAULT_LENGTH = timedelta(hours=1)


def source_of(segment: TripSegment) -> str:
    return f"segment:{segment.id}"


def owns(segment: TripSegment, event: Event | None) -> bool:
    return event is not None and event.source == source_of(segment)


def event_title(segment: TripSegment) -> str:
    """What the calendar shows, e.g. "Flight SK983 CPH → NRT", "Hotel: Park Hyatt"."""
    kind = segment.kind
    if segment.title:
        return segment.title
    route = " → ".join(p for p in (segment.from_code or segment.from_place, segment.to_code or segment.to_place) if p)
    label = {
        "flight": translate("Travel", "Flight"), "train": translate("Travel", "Train"),
        "car": translate("Travel", "Car"), "transfer": translate("Travel", "Transfer"),
        "hotel": translate("Travel", "Hotel"), "meeting": translate("Travel", "Meeting"),
        "restaurant": translate("Travel", "Restaurant"), "note": translate("Travel", "Note"),
    }.get(kind, kind)
    if kind == "hotel":
        return f"{label}: {segment.from_place}" if segment.from_place else label
    number = " ".join(p for p in (segment.carrier, segment.number) if p) if kind == "flight" else segment.number
    head = " ".join(p for p in (label, number) if p)
    return f"{head} {route}".strip()


def _end(segment: TripSegment) -> datetime:
    return segment.end_utc if segment.end_utc and segment.end_utc > segment.start_utc else (
        segment.start_utc + DEFAULT_LENGTH)


def sync(segment: TripSegment, attendee_ids: list[int] | None = None) -> Event | None:
    """Create or update the segment's event; ``attendee_ids`` (contacts) replaces a meeting's attendees."""
    if segment.kind == "note":
        remove(segment)
        return None
    event = Event.get_or_none(Event.id == segment.event_id) if segment.event_id else None
    if event is None or (not owns(segment, event) and segment.kind != "meeting"):
        event = Event(source=source_of(segment), title="")
    if owns(segment, event):
        event.title = event_title(segment)
        event.location = _location(segment)
        event.all_day = False
        event.start_utc = segment.start_utc
        event.end_utc = _end(segment)
        event.start_timezone = segment.start_timezone
        event.end_timezone = segment.end_timezone
        event.category = "travel"
        event.notes = translate("Travel", "Booking reference: %1").replace("%1", segment.booking_reference) \
            if segment.booking_reference else ""
        event.updated_at = utcnow()
        event.deleted_at = None
        event.save()
    if segment.event_id != event.id:
        segment.event = event
        segment.save()
    link_travellers(segment, event)
    if segment.kind == "meeting" and attendee_ids is not None:
        set_attendees(event, attendee_ids)
    return event


def _location(segment: TripSegment) -> str:
    if segment.kind == "hotel":
        return segment.address or segment.from_place
    if segment.kind in ("meeting", "restaurant"):
        return ", ".join(p for p in (segment.from_place, segment.address) if p)
    return segment.from_place


def link_travellers(segment: TripSegment, event: Event | None = None) -> None:
    """The event's principals are the trip's travellers (extra links on a linked appointment are kept)."""
    event = event or (Event.get_or_none(Event.id == segment.event_id) if segment.event_id else None)
    if event is None:
        return
    wanted = {t.principal_id for t in TripTraveller.select().where(TripTraveller.trip == segment.trip_id)}
    have = {link.principal_id for link in EventPrincipal.select().where(EventPrincipal.event == event)}
    if owns(segment, event):
        stale = have - wanted
        if stale:
            EventPrincipal.delete().where((EventPrincipal.event == event)
                                          & EventPrincipal.principal.in_(list(stale))).execute()
    for principal_id in sorted(wanted - have):
        EventPrincipal.create(event=event, principal=principal_id)


def set_attendees(event: Event, contact_ids: list[int]) -> None:
    """Replace the contacts attending; attendees typed without a contact are kept."""
    EventAttendee.delete().where((EventAttendee.event == event) & EventAttendee.contact.is_null(False)).execute()
    for contact in Contact.select().where(Contact.id.in_(list(dict.fromkeys(contact_ids)))):
        email = (ContactEmail.select().where(ContactEmail.contact == contact)
                 .order_by(ContactEmail.position).first())
        EventAttendee.create(event=event, contact=contact, name=contact.display_name,
                             email=email.address if email else "")


def attendee_contact_ids(segment: TripSegment) -> list[int]:
    if not segment.event_id:
        return []
    return [a.contact_id for a in EventAttendee.select().where(
        (EventAttendee.event == segment.event_id) & EventAttendee.contact.is_null(False)).order_by(EventAttendee.id)]


def remove(segment: TripSegment) -> None:
    """Delete the generated event (a linked appointment only loses the link)."""
    if not segment.event_id:
        return
    event = Event.get_or_none(Event.id == segment.event_id)
    segment.event = None
    if segment.id is not None and TripSegment.get_or_none(TripSegment.id == segment.id):
        segment.save()
    if event is not None and owns(segment, event):
        event.delete_instance(recursive=True)


def trash_events(trip_id: int, when: datetime | None) -> None:
    """Move the trip's generated events to the trash (``when``) or back (None)."""
    sources = [f"segment:{s.id}" for s in TripSegment.select(TripSegment.id).where(TripSegment.trip == trip_id)]
    if sources:
        Event.update(deleted_at=when).where(Event.source.in_(sources)).execute()
