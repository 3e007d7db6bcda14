"""Listing for the command line, conflicts, find-a-time, holidays, reminders, the trip's second zone."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from opsassistant.db.models import Trip, TripSegment, TripTraveller
from opsassistant.services.calendar import conflicts, editing, free_time, holidays_, listing, reminders, trips
from opsassistant.services.calendar.editing import EventData

CPH = ZoneInfo("Europe/Copenhagen")


def _event(title, start, minutes=60, **kw):
    return editing.create(EventData(title=title, start=start, end=start + timedelta(minutes=minutes), **kw))


def test_listing_one_entry_per_occurrence_in_own_zone(db, executive):
    _event("Standup", datetime(2026, 3, 27, 9, tzinfo=CPH), rrule="FREQ=DAILY;COUNT=4", principal_ids=[executive.id])
    tokyo = ZoneInfo("Asia/Tokyo")
    editing.create(EventData(title="Tokyo call", start=datetime(2026, 3, 28, 17, tzinfo=tokyo),
                             end=datetime(2026, 3, 28, 18, tzinfo=tokyo), start_timezone="Asia/Tokyo",
                             end_timezone="Asia/Tokyo"))
    rows = listing.records(date_from="2026-03-27", date_to="2026-03-30")
    standups = [r for r in rows if r["title"] == "Standup"]
    assert [r["start"] for r in standups] == ["2026-03-27T09:00:00+01:00", "2026-03-28T09:00:00+01:00",
                                             "2026-03-29T09:00:00+02:00", "2026-03-30T09:00:00+02:00"]
    assert standups[0]["principal"] == "Karen Holm" and standups[0]["timezone"] == "Europe/Copenhagen"
    tokyo_row = next(r for r in rows if r["title"] == "Tokyo call")
    assert tokyo_row["start"] == "2026-03-28T17:00:00+09:00" and tokyo_row["timezone"] == "Asia/Tokyo"
    assert listing.records(search="tokyo", date_from="2026-03-27", date_to="2026-03-30")[0]["title"] == "Tokyo call"


def test_conflict_says_with_what(db, executive, team_member):
    _event("Board meeting", datetime(2026, 4, 7, 9, tzinfo=CPH), 90, principal_ids=[executive.id])
    _event("Other", datetime(2026, 4, 7, 9, tzinfo=CPH), 90, principal_ids=[team_member.id])
    found = conflicts.conflicts(datetime(2026, 4, 7, 10, tzinfo=CPH), datetime(2026, 4, 7, 11, tzinfo=CPH),
                                [executive.id])
    assert [o.title for o in found] == ["Board meeting"]
    text = conflicts.describe(found, [executive.id], lang="en")
    assert "Karen Holm" in text and "Board meeting" in text and "09.00" in text
    assert conflicts.conflicts(datetime(2026, 4, 7, 10, 30, tzinfo=CPH), datetime(2026, 4, 7, 11, tzinfo=CPH),
                               [executive.id]) == []


def test_find_a_time_skips_busy_holidays_and_weekends(db, executive, team_member):
    # Thursday 2 April 2026 is Maundy Thursday, Friday 3 April Good Friday, Monday 6 April Easter Monday.
    after = datetime(2026, 4, 1, 15, 0, tzinfo=CPH)
    _event("Busy", datetime(2026, 4, 7, 8, 30, tzinfo=CPH), 120, principal_ids=[team_member.id])
    slots = free_time.find_slots([executive.id, team_member.id], timedelta(hours=1), after=after, limit=3)
    assert slots[0][0] == datetime(2026, 4, 1, 15, 0, tzinfo=CPH)
    assert slots[1][0] == datetime(2026, 4, 7, 10, 30, tzinfo=CPH)
    assert all(s[0].date() not in (date(2026, 4, 2), date(2026, 4, 3), date(2026, 4, 6)) for s in slots)


def test_holidays_named_in_the_language_asked():
    assert holidays_.holiday_name(date(2026, 12, 25), "da") == "Juledag"
    assert holidays_.holiday_name(date(2026, 12, 25), "en") == "Christmas Day"
    assert holidays_.holiday_name(date(2026, 12, 23), "da") is None


def test_reminders_snooze_and_dismiss(db):
    _event("Call Jens", datetime(2026, 5, 4, 10, tzinfo=CPH), reminder_minutes=15)
    queue = reminders.ReminderQueue()
    assert queue.due(datetime(2026, 5, 4, 9, 40, tzinfo=CPH)) == []
    (occ,) = queue.due(datetime(2026, 5, 4, 9, 46, tzinfo=CPH))
    assert queue.due(datetime(2026, 5, 4, 9, 47, tzinfo=CPH)) == []
    queue.snooze(occ, datetime(2026, 5, 4, 9, 47, tzinfo=CPH), minutes=5)
    assert queue.due(datetime(2026, 5, 4, 9, 50, tzinfo=CPH)) == []
    assert len(queue.due(datetime(2026, 5, 4, 9, 53, tzinfo=CPH))) == 1
    queue.dismiss(occ)
    queue.shown.clear()
    assert queue.due(datetime(2026, 5, 4, 9, 55, tzinfo=CPH)) == []


def test_second_zone_during_trip(db, executive):
    trip = Trip.create(title="New York", start_date=date(2026, 5, 10), end_date=date(2026, 5, 14))
    TripTraveller.create(trip=trip, principal=executive)
    TripSegment.create(trip=trip, kind="flight", start_utc=datetime(2026, 5, 10, 8, tzinfo=UTC),
                       end_utc=datetime(2026, 5, 10, 16, tzinfo=UTC), start_timezone="Europe/Copenhagen",
                       end_timezone="America/New_York")
    assert trips.destination_zone(executive.id, date(2026, 5, 9)) is None
    assert trips.destination_zone(executive.id, date(2026, 5, 10)) == "America/New_York"
    assert trips.destination_zone(executive.id, date(2026, 5, 12)) == "America/New_York"
    assert trips.destination_zone(executive.id, date(2026, 5, 15)) is None


def test_generated_events_are_read_only(db):
    event = editing.create(EventData(title="Sommerfest", start=datetime(2026, 6, 20, 14, tzinfo=CPH),
                                     end=datetime(2026, 6, 20, 22, tzinfo=CPH), source="outing:3"))
    try:
        editing.update(event.id, editing.load(event.id))
    except editing.EditError as error:
        assert "Outings" in str(error)
    else:
        raise AssertionError("a generated event must not be editable here")
