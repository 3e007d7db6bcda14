"""Trip segments: flights, trains, cars and transfers, hotels, meetings, restaurants and notes.

Each segment keeps its own start zone and end zone. Times come in as local wall-clock times in those zones
(or as aware datetimes) and are stored as UTC. Every write also keeps the segment's calendar event in step,
in the same transaction.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from opsassistant.db.models import Event, Trip, TripSegment, database
from opsassistant.db.models.base import utcnow
from opsassistant.i18n.messages import Translator, translate
from opsassistant.services.travel import airports, calendar_sync

KINDS = ("flight", "train", "car", "transfer", "hotel", "meeting", "restaurant", "note")
TRANSPORT = ("flight", "train", "car", "transfer")


class SegmentError(ValueError):
    def __init__(self, problems: dict[str, str]):
        super().__init__("; ".join(problems.values()))
        self.problems = problems


@dataclass
class SegmentData:
    """``start``/``end``: naive = wall-clock time in the matching zone; aware = that instant."""

    kind: str
    start: datetime
    start_timezone: str = ""
    end: datetime | None = None
    end_timezone: str = ""
    title: str = ""
    from_place: str = ""
    from_code: str = ""
    to_place: str = ""
    to_code: str = ""
    carrier: str = ""
    number: str = ""
    terminal: str = ""
    seat: str = ""
    booking_reference: str = ""
    address: str = ""
    phone: str = ""
    notes: str = ""
    attendee_ids: list[int] | None = None  # meeting: contacts attending (None = leave as they are)
    link_event_id: int | None = None  # meeting: show an existing appointment instead of a generated one
    position: int = 0


def kind_label(kind: str, lang: str | None = None) -> str:
    return {
        "flight": Translator(lang).translate("Travel", "Flight"), "train": Translator(lang).translate("Travel", "Train"),
        "car": Translator(lang).translate("Travel", "Car"), "transfer": Translator(lang).translate("Travel", "Transfer"),
        "hotel": Translator(lang).translate("Travel", "Hotel"), "meeting": Translator(lang).translate("Travel", "Meeting"),
        "restaurant": Translator(lang).translate("Travel", "Restaurant"), "note": Translator(lang).translate("Travel", "Note"),
    }.get(kind, kind)


def zone_or_none(name: str) -> ZoneInfo | None:
    if not name or not name.strip():
        return None
    try:
        return ZoneInfo(name.strip())
    except (ZoneInfoNotFoundError, ValueError, OSError):
        return None


def to_utc(moment: datetime, zone: str) -> datetime:
    """A wall-clock time in ``zone`` (or an aware moment) as UTC. In a gap after a clock change the time
    is read with the offset before the change (so 02:30 on the spring-forward night is 03:30 summer time)."""
    if moment.tzinfo is not None:
        return moment.astimezone(UTC)
    tz = ZoneInfo(zone)
    aware = moment.replace(tzinfo=tz, fold=0)
    if aware.astimezone(UTC).astimezone(tz).replace(tzinfo=None) != moment:  # non-existent local time
        aware = moment.replace(tzinfo=tz, fold=1)
    return aware.astimezone(UTC)


def local(moment: datetime | None, zone: str) -> datetime | None:
    return None if moment is None else moment.astimezone(ZoneInfo(zone))


def complete(data: SegmentData) -> SegmentData:
    """Fill what can be derived: a flight's places and zones from its airport codes; zones default to each
    other (a train or a meeting usually starts and ends in one zone)."""
    if data.kind == "flight":
        for side in ("from", "to"):
            code = getattr(data, f"{side}_code").strip().upper()
            airport = airports.get(code)
            setattr(data, f"{side}_code", code)
            if airport:
                if not getattr(data, f"{side}_place").strip():
                    setattr(data, f"{side}_place", airport.local_city())
                zone_field = "start_timezone" if side == "from" else "end_timezone"
                if not getattr(data, zone_field):
                    setattr(data, zone_field, airport.timezone)
    if not data.end_timezone:
        data.end_timezone = data.start_timezone
    if not data.start_timezone:
        data.start_timezone = data.end_timezone
    return data


def validate(data: SegmentData) -> dict[str, str]:
    """Field name → message for every problem (empty when valid)."""
    problems: dict[str, str] = {}
    if data.kind not in KINDS:
        problems["kind"] = translate("Travel", "Unknown kind of segment.")
    for name in ("start_timezone", "end_timezone"):
        if zone_or_none(getattr(data, name)) is None:
            problems[name] = translate("Travel", "Unknown time zone.")
    if data.kind == "flight":
        for side in ("from", "to"):
            code = getattr(data, f"{side}_code")
            if code and airports.get(code) is None:
                problems[f"{side}_code"] = translate("Travel", "Unknown airport code.")
            elif not code and not getattr(data, f"{side}_place").strip():
                problems[f"{side}_code"] = translate("Travel", "Enter an airport code or a city.")
    if data.kind == "hotel" and not data.from_place.strip():
        problems["from_place"] = translate("Travel", "Enter the hotel's name.")
    if data.kind in ("train", "car", "transfer") and not (data.from_place.strip() or data.to_place.strip()):
        problems["from_place"] = translate("Travel", "Enter where it leaves from.")
    if data.kind in ("note",) and not (data.title.strip() or data.notes.strip()):
        problems["title"] = translate("Travel", "Write the note.")
    if data.kind in ("meeting", "restaurant") and not (data.title.strip() or data.from_place.strip()):
        problems["title"] = translate("Travel", "Enter a title.")
    if not problems and data.end is not None:
        start = to_utc(data.start, data.start_timezone)
        end = to_utc(data.end, data.end_timezone)
        if end < start:
            problems["end"] = translate("Travel", "It must end after it starts (mind the time zones).")
        elif end - start > timedelta(days=60):
            problems["end"] = translate("Travel", "A segment cannot last more than 60 days.")
    if data.link_event_id is not None and Event.get_or_none(Event.id == data.link_event_id) is None:
        problems["link_event_id"] = translate("Travel", "The appointment no longer exists.")
    return problems


_TEXT_FIELDS = ("title", "from_place", "from_code", "to_place", "to_code", "carrier", "number", "terminal", "seat",
                "booking_reference", "address", "phone")


def save(trip_id: int, data: SegmentData, segment_id: int | None = None) -> TripSegment:
    """Create or update a segment and its calendar event in one transaction."""
    data = complete(data)
    problems = validate(data)
    if problems:
        raise SegmentError(problems)
    values = {name: getattr(data, name).strip() for name in _TEXT_FIELDS}
    values.update(kind=data.kind, notes=data.notes, position=data.position,
                  start_timezone=data.start_timezone, end_timezone=data.end_timezone,
                  start_utc=to_utc(data.start, data.start_timezone),
                  end_utc=None if data.end is None else to_utc(data.end, data.end_timezone))
    with database.atomic():
        trip = Trip.get_by_id(trip_id)
        if segment_id is None:
            segment = TripSegment.create(trip=trip, **values)
        else:
            segment = TripSegment.get_by_id(segment_id)
            for key, value in values.items():
                setattr(segment, key, value)
            segment.save()
        if data.kind == "meeting" and data.link_event_id is not None and data.link_event_id != segment.event_id:
            calendar_sync.remove(segment)
            segment.event = data.link_event_id
            segment.save()
        calendar_sync.sync(segment, data.attendee_ids)
        _cover_dates(trip, segment)
        trip.updated_at = utcnow()
        trip.save()
        return segment


def _cover_dates(trip: Trip, segment: TripSegment) -> None:
    """A trip's dates grow to take in every segment (in the segment's local dates)."""
    first = local(segment.start_utc, segment.start_timezone).date()
    last = local(segment.end_utc or segment.start_utc, segment.end_timezone).date()
    if trip.start_date is None or first < trip.start_date:
        trip.start_date = first
    if trip.end_date is None or last > trip.end_date:
        trip.end_date = max(last, trip.start_date)


def delete(segment_id: int) -> SegmentData | None:
    """Delete a segment (and its generated event). Returns its data, so an undo can put it back."""
    with database.atomic():
        segment = TripSegment.get_or_none(TripSegment.id == segment_id)
        if segment is None:
            return None
        snapshot = to_data(segment)
        calendar_sync.remove(segment)
        segment.delete_instance()
        Trip.update(updated_at=utcnow()).where(Trip.id == segment.trip_id).execute()
        return snapshot


def to_data(segment: TripSegment) -> SegmentData:
    """The segment as editable data (aware start/end), including a meeting's attendees and link."""
    data = SegmentData(kind=segment.kind, start=local(segment.start_utc, segment.start_timezone),
                       start_timezone=segment.start_timezone,
                       end=local(segment.end_utc, segment.end_timezone), end_timezone=segment.end_timezone,
                       notes=segment.notes, position=segment.position)
    for name in _TEXT_FIELDS:
        setattr(data, name, getattr(segment, name))
    if segment.kind == "meeting" and segment.event_id:
        data.attendee_ids = calendar_sync.attendee_contact_ids(segment)
        event = Event.get_or_none(Event.id == segment.event_id)
        if event is not None and not calendar_sync.owns(segment, event):
            data.link_event_id = event.id
    return data


def get(segment_id: int) -> TripSegment:
    return TripSegment.get_by_id(segment_id)


def linkable_events(start: datetime, end: datetime, limit: int = 50) -> list[Event]:
    """Appointments (not generated ones) between two moments, for linking a meeting segment."""
    return list(Event.alive().where((Event.start_utc < end) & (Event.end_utc > start) & (Event.source == "")
                                    & (Event.all_day == False))  # noqa: E712
                .order_by(Event.start_utc).limit(limit))


def data_fields() -> list[str]:
    return [f.name for f in fields(SegmentData)]


def find_contacts(text: str, limit: int = 15) -> list[tuple[int, str]]:
    """(id, display name) of alive contacts whose name starts with ``text`` (any word), for attendees."""
    from opsassistant.db.models import Contact

    text = text.strip()
    if not text:
        return []
    like = f"{text}%"
    query = (Contact.alive().where((Contact.display_name ** like) | (Contact.last_name ** like)
                                   | (Contact.display_name ** f"% {text}%"))
             .order_by(Contact.sort_name).limit(limit))
    return [(c.id, c.display_name or f"{c.first_name} {c.last_name}".strip()) for c in query]


def contact_names(contact_ids: list[int]) -> dict[int, str]:
    from opsassistant.db.models import Contact

    if not contact_ids:
        return {}
    return {c.id: c.display_name for c in Contact.select().where(Contact.id.in_(contact_ids))}
