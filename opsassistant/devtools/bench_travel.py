"""Travel benchmark: the itinerary PDF of a 30-segment trip (budget ≤ 200 ms)."""

from __future__ import annotations

import tempfile
from datetime import datetime, timedelta
from pathlib import Path

from opsassistant.devtools.benchlib import JOB, BenchRow, median_ms

ROUTE = [("CPH", "FRA"), ("FRA", "NRT"), ("NRT", "HNL"), ("HNL", "SFO"), ("SFO", "JFK"), ("JFK", "LHR"),
         ("LHR", "CPH")]


def seed_trip(segment_count: int = 30) -> int:
    """A long trip with flights, hotels, meetings and restaurants: ``segment_count`` segments."""
    from opsassistant.db.models import Contact, ContactPhone
    from opsassistant.services import principals
    from opsassistant.services.travel import airports, segments, trips
    from opsassistant.services.travel.segments import SegmentData

    executive = principals.executive() or principals.save(
        principals.PrincipalData(name="Karen Holm", role="executive", phone="+45 40 11 22 33"))
    contact = Contact.create(first_name="Yuki", last_name="Sato", display_name="Yuki Sato", sort_name="sato yuki")
    ContactPhone.create(contact=contact, typed="+81 90 1234 5678", e164="+819012345678", digits="9012345678")
    trip = trips.save(trips.TripData(title="Round the world", traveller_ids=[executive.id], destination="World"))
    moment = datetime(2026, 3, 20, 8, 0)
    count, leg = 0, 0
    while count < segment_count:
        origin, target = ROUTE[leg % len(ROUTE)]
        start_zone = airports.get(origin).timezone
        end_zone = airports.get(target).timezone
        departure = segments.to_utc(moment, start_zone)
        arrival = (departure + timedelta(hours=9)).astimezone(segments.ZoneInfo(end_zone)).replace(tzinfo=None)
        segments.save(trip.id, SegmentData(kind="flight", start=moment, end=arrival, from_code=origin, to_code=target,
                                           carrier="SK", number=str(900 + leg), seat="2A",
                                           booking_reference=f"REF{leg:03d}"))
        count += 1
        day = arrival.replace(hour=10, minute=0) + timedelta(days=1)
        extras = [
            SegmentData(kind="hotel", from_place=f"Hotel {target}", start=arrival + timedelta(hours=1),
                        end=day + timedelta(days=1, hours=1), start_timezone=end_zone, address="Main Street 1",
                        phone="+45 33 12 34 56", booking_reference=f"H{leg:03d}"),
            SegmentData(kind="meeting", title=f"Meeting {leg}", start=day, end=day + timedelta(hours=2),
                        start_timezone=end_zone, from_place="Office", attendee_ids=[contact.id]),
            SegmentData(kind="restaurant", title="Dinner", start=day.replace(hour=19),
                        end=day.replace(hour=21), start_timezone=end_zone, from_place="Restaurant"),
        ]
        for data in extras:
            if count < segment_count:
                segments.save(trip.id, data)
                count += 1
        moment = (day + timedelta(days=2)).replace(hour=9)
        leg += 1
    return trip.id


def measure(workdir: Path, scale: float = 1.0) -> list[BenchRow]:
    """A job row: the 30-segment trip added to the open bench database (one trip and one contact more do not
    change what the later rows measure), its itinerary built from there."""
    from opsassistant.db.models import Contact, Event

    workdir.mkdir(parents=True, exist_ok=True)
    trip_id = seed_trip(30)
    from opsassistant.reports import itinerary

    target = workdir / "itinerary.pdf"
    ms = median_ms(lambda: itinerary.build(trip_id, target, lang="da"), repeat=7, warmup=1)
    data = f"30 segments in the bench database ({Contact.select().count()} contacts, {Event.select().count()} events)"
    return [BenchRow("itinerary PDF", data, "≤ 200 ms", ms, note="median of 7", kind=JOB)]


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as folder:
        for row in measure(Path(folder)):
            print(row.as_dict())
