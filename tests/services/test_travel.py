"""Trips and segments: zones, durations across zones and the date line, calendar events, listing."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from opsassistant.db.models import Event, EventAttendee, EventPrincipal, Trip, TripSegment
from opsassistant.services.travel import airports, listing, segments, timeline, trips
from opsassistant.services.travel.segments import SegmentData, SegmentError


@pytest.fixture
def trip(executive):
    return trips.save(trips.TripData(title="Tokyo", traveller_ids=[executive.id], destination="Tokyo"))


def test_airport_lookup_by_code_and_city():
    cph = airports.get("cph")
    assert cph.city == "Copenhagen" and cph.timezone == "Europe/Copenhagen"
    assert airports.get("XQZ") is None or airports.get("XQZ").code == "XQZ"
    codes = [a.code for a in airports.search("Tok")]
    assert "NRT" in codes and "HND" in codes
    assert airports.search("nrt")[0].code == "NRT"
    assert airports.resolve("HNL – Honolulu (Daniel K Inouye International Airport)").code == "HNL"
    assert airports.search("") == []


def test_copenhagen_to_tokyo_across_the_summer_time_change(trip):
    # Summer time starts in Denmark on Sunday 29 March 2026 at 02:00; Japan has none.
    out = segments.save(trip.id, SegmentData(kind="flight", start=datetime(2026, 3, 28, 21, 30),
                                             end=datetime(2026, 3, 29, 17, 5), from_code="CPH", to_code="NRT",
                                             carrier="SK", number="983", booking_reference="ABC123"))
    back = segments.save(trip.id, SegmentData(kind="flight", start=datetime(2026, 4, 2, 11, 0),
                                              end=datetime(2026, 4, 2, 16, 25), from_code="NRT", to_code="CPH"))
    out, back = TripSegment.get_by_id(out.id), TripSegment.get_by_id(back.id)
    assert (out.start_timezone, out.end_timezone) == ("Europe/Copenhagen", "Asia/Tokyo")
    assert out.from_place == "Copenhagen" and out.to_place == "Tokyo"
    # 21:30 CET = 20:30 UTC; 17:05 JST = 08:05 UTC
    assert out.start_utc == datetime(2026, 3, 28, 20, 30, tzinfo=UTC)
    assert out.end_utc == datetime(2026, 3, 29, 8, 5, tzinfo=UTC)
    assert out.end_utc - out.start_utc == timedelta(hours=11, minutes=35)
    # Back in summer time: 11:00 JST = 02:00 UTC; 16:25 CEST = 14:25 UTC
    assert back.end_utc - back.start_utc == timedelta(hours=12, minutes=25)
    line = timeline.build(trips.segments(trip), "Europe/Copenhagen")
    first = line.entries()[0]
    assert first.day_shift == 1 and timeline.day_shift_label(first.day_shift) == "+1"
    assert first.home(first.end).strftime("%H:%M") == "10:05"  # landing, in Copenhagen summer time
    assert [d.date for d in line.days] == [date(2026, 3, 28), date(2026, 4, 2)]
    assert timeline.offset_difference("Asia/Tokyo", "Europe/Copenhagen", out.start_utc) == timedelta(hours=8)
    assert timeline.offset_difference("Asia/Tokyo", "Europe/Copenhagen", back.start_utc) == timedelta(hours=7)
    # nights in Tokyo without a hotel are flagged
    assert [w.night for w in line.warnings if w.kind == "hotel_gap"] == [date(2026, 3, d) for d in (29, 30, 31)] \
        + [date(2026, 4, 1)]


def test_date_line_flight_lands_before_it_left_and_keeps_its_duration(trip):
    leg = segments.save(trip.id, SegmentData(kind="flight", start=datetime(2026, 5, 10, 21, 55),
                                             end=datetime(2026, 5, 10, 10, 5), from_code="HND", to_code="HNL"))
    assert leg.end_timezone == "Pacific/Honolulu"
    assert leg.end_utc - leg.start_utc == timedelta(hours=7, minutes=10)
    entry = timeline.build([leg], "Europe/Copenhagen").entries()[0]
    assert entry.duration == timedelta(hours=7, minutes=10)
    assert entry.end.hour == 10 and entry.end < entry.start.replace(tzinfo=None).replace(tzinfo=entry.end.tzinfo)
    assert entry.day_shift == 0
    eastward = segments.save(trip.id, SegmentData(kind="flight", start=datetime(2026, 5, 12, 1, 0),
                                                  end=datetime(2026, 5, 11, 19, 0), from_code="NRT",
                                                  to_code="HNL"))
    assert timeline.build([eastward], "Europe/Copenhagen").entries()[0].day_shift == -1


def test_arrival_before_departure_in_real_time_is_refused(trip):
    with pytest.raises(SegmentError) as caught:
        segments.save(trip.id, SegmentData(kind="flight", start=datetime(2026, 5, 10, 12, 0),
                                           end=datetime(2026, 5, 10, 10, 30), from_code="CPH", to_code="LHR"))
    assert "end" in caught.value.problems  # 10:30 in London is 11:30 in Copenhagen: before it left
    with pytest.raises(SegmentError) as caught:
        segments.save(trip.id, SegmentData(kind="flight", start=datetime(2026, 5, 10, 12, 0), from_code="QQQ",
                                           to_code="CPH", start_timezone="Europe/Copenhagen"))
    assert "from_code" in caught.value.problems


def test_segment_event_follows_the_segment(trip, executive):
    leg = segments.save(trip.id, SegmentData(kind="train", start=datetime(2026, 6, 1, 8, 0),
                                             end=datetime(2026, 6, 1, 12, 30), start_timezone="Europe/Berlin",
                                             from_place="Hamburg Hbf", to_place="Berlin Hbf", number="ICE 702"))
    event = Event.get_by_id(leg.event_id)
    assert event.source == f"segment:{leg.id}"
    assert event.start_utc == datetime(2026, 6, 1, 6, 0, tzinfo=UTC)
    assert event.start_timezone == event.end_timezone == "Europe/Berlin"
    assert [link.principal_id for link in EventPrincipal.select().where(EventPrincipal.event == event)] \
        == [executive.id]
    data = segments.to_data(leg)
    data.start = datetime(2026, 6, 1, 9, 0)
    data.end = datetime(2026, 6, 1, 13, 0)
    segments.save(trip.id, data, leg.id)
    assert Event.get_by_id(leg.event_id).start_utc == datetime(2026, 6, 1, 7, 0, tzinfo=UTC)
    trips.move_to_trash(trip.id)
    assert Event.get_by_id(leg.event_id).deleted_at is not None
    trips.restore(trip.id)
    assert Event.get_by_id(leg.event_id).deleted_at is None
    segments.delete(leg.id)
    assert Event.get_or_none(Event.id == leg.event_id) is None
    assert TripSegment.select().count() == 0


def test_meeting_creates_an_event_with_attendees(trip):
    from opsassistant.db.models import Contact

    contact = Contact.create(first_name="Yuki", last_name="Sato", display_name="Yuki Sato", sort_name="sato yuki")
    leg = segments.save(trip.id, SegmentData(kind="meeting", title="Board", start=datetime(2026, 6, 2, 10, 0),
                                             end=datetime(2026, 6, 2, 11, 0), start_timezone="Asia/Tokyo",
                                             attendee_ids=[contact.id]))
    assert [a.name for a in EventAttendee.select().where(EventAttendee.event == leg.event_id)] == ["Yuki Sato"]
    assert segments.to_data(leg).attendee_ids == [contact.id]


def test_meeting_linked_to_an_existing_appointment_keeps_it(trip):
    appointment = Event.create(title="Lunch with Sony", start_utc=datetime(2026, 6, 2, 3, 0, tzinfo=UTC),
                               end_utc=datetime(2026, 6, 2, 4, 0, tzinfo=UTC), start_timezone="Asia/Tokyo",
                               end_timezone="Asia/Tokyo")
    assert segments.linkable_events(datetime(2026, 6, 1, tzinfo=UTC), datetime(2026, 6, 3, tzinfo=UTC)) \
        == [appointment]
    leg = segments.save(trip.id, SegmentData(kind="meeting", title="Lunch", start=datetime(2026, 6, 2, 12, 0),
                                             end=datetime(2026, 6, 2, 13, 0), start_timezone="Asia/Tokyo",
                                             link_event_id=appointment.id))
    assert leg.event_id == appointment.id
    assert Event.get_by_id(appointment.id).title == "Lunch with Sony"
    segments.delete(leg.id)
    assert Event.get_by_id(appointment.id).deleted_at is None


def test_changing_travellers_relinks_the_calendar(trip, executive, team_member):
    leg = segments.save(trip.id, SegmentData(kind="flight", start=datetime(2026, 6, 1, 8, 0),
                                             end=datetime(2026, 6, 1, 9, 30), from_code="CPH", to_code="ARN"))
    trips.save(trips.TripData(title="Tokyo", traveller_ids=[team_member.id]), trip.id)
    links = [link.principal_id for link in EventPrincipal.select().where(EventPrincipal.event == leg.event_id)]
    assert links == [team_member.id]


def test_layover_overlap_and_listing(trip):
    segments.save(trip.id, SegmentData(kind="flight", start=datetime(2026, 9, 1, 7, 0),
                                       end=datetime(2026, 9, 1, 8, 25), from_code="CPH", to_code="FRA"))
    segments.save(trip.id, SegmentData(kind="flight", start=datetime(2026, 9, 1, 10, 5),
                                       end=datetime(2026, 9, 1, 12, 0), from_code="FRA", to_code="LIS"))
    segments.save(trip.id, SegmentData(kind="meeting", title="Clash", start=datetime(2026, 9, 1, 11, 0),
                                       end=datetime(2026, 9, 1, 12, 0), start_timezone="Europe/Lisbon"))
    line = timeline.build(trips.segments(trip), "Europe/Copenhagen")
    layovers = [e for e in line.entries() if e.kind == "layover"]
    assert len(layovers) == 1 and layovers[0].duration == timedelta(hours=1, minutes=40)
    assert layovers[0].place == "Frankfurt-am-Main" or layovers[0].place.startswith("Frankfurt")
    assert [w.kind for w in line.warnings] == ["overlap"]
    [record] = listing.records(search="tok", date_from=None, date_to=None, open_only=False)
    assert record["traveller"] == "Karen Holm"
    assert record["start"] == "2026-09-01" and record["end"] == "2026-09-01"
    first = record["segments"][0]
    assert first["start"] == "2026-09-01T07:00:00+02:00" and first["end"] == "2026-09-01T08:25:00+02:00"
    assert (first["from"], first["to"], first["start_timezone"]) == ("CPH", "FRA", "Europe/Copenhagen")
    assert listing.records(search=None, date_from=date(2026, 10, 1), date_to=None, open_only=False) == []


def test_upcoming(trip):
    segments.save(trip.id, SegmentData(kind="hotel", from_place="Park Hyatt", start=datetime(2026, 3, 29, 15, 0),
                                       end=datetime(2026, 4, 2, 11, 0), start_timezone="Asia/Tokyo"))
    other = trips.save(trips.TripData(title="Later", start_date=date(2026, 6, 1), end_date=date(2026, 6, 3)))
    assert trips.upcoming(date(2026, 3, 20)) == [Trip.get_by_id(trip.id)]
    assert trips.upcoming(date(2026, 5, 10), days=30) == [other]
    assert trips.upcoming(date(2026, 4, 3)) == []


def test_trip_validation():
    with pytest.raises(trips.TripError):
        trips.save(trips.TripData(title=" "))
