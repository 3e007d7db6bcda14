"""``list trips [--json]``: trips with their segments, each time in its own zone (DESIGN.md contract)."""

from __future__ import annotations

from datetime import date

from opsassistant.db.models import Principal, Trip, TripSegment, TripTraveller
from opsassistant.services.travel import trips as trip_service
from opsassistant.services.travel.segments import local


def _iso(moment) -> str | None:
    return None if moment is None else moment.isoformat()


def segment_record(segment: TripSegment) -> dict:
    return {
        "id": segment.id,
        "kind": segment.kind,
        "title": segment.title,
        "start": _iso(local(segment.start_utc, segment.start_timezone)),
        "end": _iso(local(segment.end_utc, segment.end_timezone)),
        "start_timezone": segment.start_timezone,
        "end_timezone": segment.end_timezone,
        "from": segment.from_code or segment.from_place,
        "to": segment.to_code or segment.to_place,
        "carrier": segment.carrier,
        "number": segment.number,
        "booking_reference": segment.booking_reference,
    }


def records(*, search: str | None = None, date_from: date | None = None, date_to: date | None = None,
            open_only: bool = False) -> list[dict]:
    """Alive trips overlapping ``date_from``..``date_to`` (either may be None), soonest first.
    ``open_only``: trips not yet over (ending today or later)."""
    found = trip_service.list_trips(search or "")
    legs_by_trip: dict[int, list[TripSegment]] = {}
    ids = [t.id for t in found]
    if ids:
        for segment in (TripSegment.select().where(TripSegment.trip.in_(ids))
                        .order_by(TripSegment.start_utc, TripSegment.position, TripSegment.id)):
            legs_by_trip.setdefault(segment.trip_id, []).append(segment)
    names: dict[int, list[str]] = {}
    if ids:
        for link in (TripTraveller.select(TripTraveller.trip, Principal.name).join(Principal)
                     .where(TripTraveller.trip.in_(ids)).order_by(TripTraveller.id)):
            names.setdefault(link.trip_id, []).append(link.principal.name)
    today = date.today()
    result = []
    for trip in found:
        start, end = _span(trip, legs_by_trip.get(trip.id, []))
        if date_from and end and end < date_from:
            continue
        if date_to and start and start > date_to:
            continue
        if open_only and end and end < today:
            continue
        result.append({
            "id": trip.id,
            "title": trip.title,
            "traveller": ", ".join(names.get(trip.id, [])),
            "travellers": names.get(trip.id, []),
            "destination": trip.destination,
            "start": start.isoformat() if start else None,
            "end": end.isoformat() if end else None,
            "segments": [segment_record(s) for s in legs_by_trip.get(trip.id, [])],
        })
    result.sort(key=lambda r: (r["start"] or "9999", r["id"]))
    return result


def _span(trip: Trip, legs: list[TripSegment]) -> tuple[date | None, date | None]:
    start, end = trip.start_date, trip.end_date
    if legs:
        first = local(legs[0].start_utc, legs[0].start_timezone).date()
        last = max(local(s.end_utc or s.start_utc, s.end_timezone).date() for s in legs)
        start = min(start, first) if start else first
        end = max(end, last) if end else last
    return start, end or start
