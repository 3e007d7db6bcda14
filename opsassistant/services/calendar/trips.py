"""The second time-zone column: where a principal is during a trip."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from opsassistant.db.models import Trip, TripSegment, TripTraveller
from opsassistant.services.calendar.occurrences import home_zone as office_zone
from opsassistant.services.calendar.occurrences import zone


def destination_zone(principal_id: int, day: date, home_zone: str | None = None) -> str | None:
    """The ``end_timezone`` of the latest segment started before ``day`` ends, while ``day`` is inside a trip.

    None when the principal is not travelling that day or is in the home zone anyway.
    """
    home_zone = home_zone or office_zone()
    trips = (Trip.alive().join(TripTraveller).where(
        (TripTraveller.principal == principal_id) & (Trip.start_date <= day) & (Trip.end_date >= day)))
    trip_ids = [t.id for t in trips]
    if not trip_ids:
        return None
    day_end = datetime.combine(day + timedelta(days=1), time(), zone(home_zone))
    segment = (TripSegment.select().where(TripSegment.trip.in_(trip_ids) & (TripSegment.start_utc < day_end))
               .order_by(TripSegment.start_utc.desc()).first())
    if segment is None or not segment.end_timezone or segment.end_timezone == home_zone:
        return None
    return segment.end_timezone
