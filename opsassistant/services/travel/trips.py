"""Trips: create, edit, move to the trash and back, and the lists the panels and the Today page show."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from opsassistant.db.models import Principal, Trip, TripSegment, TripTraveller, database
from opsassistant.db.models.base import utcnow
from opsassistant.i18n.messages import translate
from opsassistant.services.home import home_zone
from opsassistant.services.travel import calendar_sync


class TripError(ValueError):
    def __init__(self, problems: dict[str, str]):
        super().__init__("; ".join(problems.values()))
        self.problems = problems


@dataclass
class TripData:
    title: str
    traveller_ids: list[int] = field(default_factory=list)
    destination: str = ""
    purpose: str = ""
    notes: str = ""
    start_date: date | None = None
    end_date: date | None = None


def validate(data: TripData) -> dict[str, str]:
    """Field name → message for every problem (empty when valid)."""
    problems: dict[str, str] = {}
    if not data.title.strip():
        problems["title"] = translate("Travel", "Enter a title for the trip.")
    if data.start_date and data.end_date and data.end_date < data.start_date:
        problems["end_date"] = translate("Travel", "The trip cannot end before it starts.")
    known = {p.id for p in Principal.select(Principal.id).where(Principal.id.in_(data.traveller_ids))}
    if set(data.traveller_ids) - known:
        problems["travellers"] = translate("Travel", "Unknown traveller.")
    return problems


def save(data: TripData, trip_id: int | None = None) -> Trip:
    problems = validate(data)
    if problems:
        raise TripError(problems)
    values = {
        "title": data.title.strip(), "destination": data.destination.strip(), "purpose": data.purpose.strip(),
        "notes": data.notes, "start_date": data.start_date, "end_date": data.end_date,
    }
    with database.atomic():
        if trip_id is None:
            trip = Trip.create(**values)
        else:
            trip = Trip.get_by_id(trip_id)
            for key, value in values.items():
                setattr(trip, key, value)
            trip.updated_at = utcnow()
            trip.save()
        wanted = list(dict.fromkeys(data.traveller_ids))
        current = [t.principal_id for t in trip.travellers.order_by(TripTraveller.id)]
        if current != wanted:
            TripTraveller.delete().where(TripTraveller.trip == trip).execute()
            for principal_id in wanted:
                TripTraveller.create(trip=trip, principal=principal_id)
            for segment in trip.segments:
                calendar_sync.link_travellers(segment)
        return trip


def get(trip_id: int) -> Trip:
    return Trip.get_by_id(trip_id)


def travellers(trip: Trip | int) -> list[Principal]:
    trip_id = trip if isinstance(trip, int) else trip.id
    return list(Principal.select().join(TripTraveller).where(TripTraveller.trip == trip_id)
                .order_by(TripTraveller.id))


def home_timezone(trip: Trip | int) -> str:
    """The first traveller's home zone (the office's when the trip has no traveller yet)."""
    people = travellers(trip)
    return people[0].home_timezone if people else home_zone()


def segments(trip: Trip | int) -> list[TripSegment]:
    trip_id = trip if isinstance(trip, int) else trip.id
    return list(TripSegment.select().where(TripSegment.trip == trip_id)
                .order_by(TripSegment.start_utc, TripSegment.position, TripSegment.id))


def span(trip: Trip) -> tuple[date | None, date | None]:
    """The trip's dates as entered, else the local dates of its first and last segment."""
    start, end = trip.start_date, trip.end_date
    if start and end:
        return start, end
    legs = segments(trip)
    if legs:
        first = legs[0].start_utc.astimezone(_zone(legs[0].start_timezone)).date()
        last = max((s.end_utc or s.start_utc).astimezone(_zone(s.end_timezone)).date() for s in legs)
        start, end = start or first, end or last
    return start, end or start


def _zone(name: str):
    from zoneinfo import ZoneInfo

    return ZoneInfo(name)


def list_trips(search: str = "", include_past: bool = True, today: date | None = None) -> list[Trip]:
    """Alive trips, newest start first; ``search`` matches title, destination and traveller names."""
    query = Trip.alive()
    text = search.strip()
    if text:
        like = f"%{text}%"
        by_traveller = (TripTraveller.select(TripTraveller.trip).join(Principal)
                        .where(Principal.name ** like))
        query = query.where((Trip.title ** like) | (Trip.destination ** like) | (Trip.id.in_(by_traveller)))
    if not include_past:
        cutoff = today or date.today()
        query = query.where(Trip.end_date.is_null() | (Trip.end_date >= cutoff))
    return list(query.order_by(Trip.start_date.desc(nulls="first"), Trip.id.desc()))


def upcoming(today: date, days: int = 30) -> list[Trip]:
    """Trips under way or starting within ``days`` days of ``today``, soonest first (for the Today page)."""
    horizon = today + timedelta(days=days)
    found = []
    query = Trip.alive().where((Trip.start_date.is_null() | (Trip.start_date <= horizon))
                               & (Trip.end_date.is_null() | (Trip.end_date >= today)))
    for trip in query:
        start, end = span(trip)
        if start is None:
            continue
        if start <= horizon and (end or start) >= today:
            found.append((start, trip.id, trip))
    return [trip for _, _, trip in sorted(found, key=lambda item: (item[0], item[1]))]


def move_to_trash(trip_id: int) -> None:
    """The trip and its segments' calendar entries go to the trash together."""
    with database.atomic():
        now = utcnow()
        Trip.update(deleted_at=now).where(Trip.id == trip_id).execute()
        calendar_sync.trash_events(trip_id, now)


def restore(trip_id: int) -> None:
    with database.atomic():
        Trip.update(deleted_at=None).where(Trip.id == trip_id).execute()
        calendar_sync.trash_events(trip_id, None)
