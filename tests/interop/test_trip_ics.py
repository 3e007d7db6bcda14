"""A trip exported as .ics: each segment's ends in their own zones, the right instants, hotels split."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from icalendar import Calendar

from opsassistant.interop.trip_ics import export_trip
from opsassistant.services.travel import segments, trips
from opsassistant.services.travel.segments import SegmentData


def test_trip_as_ics(executive, tmp_path):
    trip = trips.save(trips.TripData(title="Tokyo – Honolulu", traveller_ids=[executive.id]))
    segments.save(trip.id, SegmentData(kind="flight", start=datetime(2026, 5, 10, 21, 55),
                                       end=datetime(2026, 5, 10, 10, 5), from_code="HND", to_code="HNL",
                                       carrier="HA", number="458", booking_reference="ZX81Q"))
    segments.save(trip.id, SegmentData(kind="hotel", from_place="Halekulani", start=datetime(2026, 5, 10, 15, 0),
                                       end=datetime(2026, 5, 12, 11, 0), start_timezone="Pacific/Honolulu",
                                       address="2199 Kalia Rd, Honolulu"))
    path = tmp_path / "trip.ics"
    assert export_trip(trip.id, path, lang="en") == 3
    cal = Calendar.from_ical(path.read_bytes())
    assert {tz["TZID"] for tz in cal.walk("VTIMEZONE")} == {"Asia/Tokyo", "Pacific/Honolulu"}
    flight, check_in, check_out = cal.walk("VEVENT")
    start, end = flight.decoded("DTSTART"), flight.decoded("DTEND")
    assert flight["DTSTART"].params["TZID"] == "Asia/Tokyo" and flight["DTEND"].params["TZID"] == "Pacific/Honolulu"
    assert (start.hour, end.hour) == (21, 10) and end - start == timedelta(hours=7, minutes=10)
    assert start.astimezone(UTC) == datetime(2026, 5, 10, 12, 55, tzinfo=UTC)
    assert "ZX81Q" in str(flight["DESCRIPTION"]) and "HND → HNL" in str(flight["SUMMARY"])
    assert str(check_in["SUMMARY"]) == "Check-in: Halekulani"
    assert str(check_out["SUMMARY"]) == "Check-out: Halekulani"
    assert check_out.decoded("DTSTART").hour == 11
