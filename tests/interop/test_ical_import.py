"""Importing .ics files shaped like Outlook, Google, Apple and Thunderbird write them, and garbage."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from opsassistant.db.models import Event, EventAttendee, EventPrincipal
from opsassistant.interop import ical
from opsassistant.services.calendar import occurrences

DATA = Path(__file__).parent / "data" / "calendar"
CPH = ZoneInfo("Europe/Copenhagen")
YEAR = (datetime(2026, 1, 1, tzinfo=UTC), datetime(2027, 1, 1, tzinfo=UTC))


def _by_title(found):
    return {o.title: o for o in found}


def test_outlook_windows_zones_overrides_and_alarm(db, executive):
    result = ical.import_file(DATA / "outlook.ics")
    assert result.skipped == [] and result.imported == 5
    found = occurrences.between(*YEAR)
    board = _by_title(found)["Bestyrelsesmøde"]
    assert board.start_timezone == "Europe/Copenhagen"  # Romance Standard Time, same rules as home
    assert board.start == datetime(2026, 4, 2, 9, 0, tzinfo=CPH)
    assert board.reminder_minutes == 15 and board.principal_ids == (executive.id,)
    assert "Husk bilag." in Event.get_by_id(board.event_id).notes
    assert EventAttendee.get().name == "Jens Hansen"
    weekly = [o for o in found if o.title.startswith("Ugemøde")]
    # 5 Jan … 30 Mar (UNTIL in UTC includes the 30 March summer-time occurrence), minus 16 Feb.
    assert len(weekly) == 12
    moved = [o for o in weekly if o.title == "Ugemøde (flyttet)"]
    assert len(moved) == 1 and moved[0].start.hour == 11
    assert all(o.start.hour in (9, 11) for o in weekly)
    assert weekly[-1].start.date() == date(2026, 3, 30) and weekly[-1].start.hour == 9
    flight = _by_title(found)["Fly til New York"]
    assert flight.end_timezone == "America/New_York" and flight.end.hour == 18
    assert flight.end_utc - flight.start_utc == timedelta(hours=9)
    allday = _by_title(found)["Grundlovsdag"]
    assert allday.all_day and allday.start_date == date(2026, 6, 5) and allday.end_date == date(2026, 6, 6)


def test_google_x_wr_timezone(db):
    result = ical.import_file(DATA / "google.ics")
    assert result.imported == 2 and not result.skipped
    found = occurrences.between(*YEAR)
    runs = [o for o in found if o.title == "Løbetur"]
    # 30 March is after the switch to summer time: 07:00Z is 09:00 in Copenhagen, kept as wall-clock time.
    assert [o.start.hour for o in runs] == [9, 9, 9, 9]
    assert runs[0].start_timezone == "Europe/Copenhagen"
    lunch = _by_title(found)["Frokost med Jens"]
    assert lunch.start.hour == 9 and lunch.status == "tentative" and lunch.reminder_minutes == 30
    assert lunch.location == "Café Norden, Østergade 61, København"


def test_apple_absolute_alarm_multi_day_and_floating(db):
    ical.import_file(DATA / "apple.ics")
    found = _by_title(occurrences.between(*YEAR))
    assert found["Tandlæge"].reminder_minutes == 30
    holiday = found["Sommerferie"]
    assert holiday.end_date - holiday.start_date == timedelta(days=5)
    floating = found["Flydende tid"]
    assert floating.start_timezone == "Europe/Copenhagen" and floating.start.hour == 12


def test_thunderbird_mozilla_zone_rdate_category(db):
    ical.import_file(DATA / "thunderbird.ics")
    found = [o for o in occurrences.between(*YEAR) if o.title == "Månedsmøde"]
    assert len(found) == 7  # six first Tuesdays plus one RDATE
    assert all(o.start.hour == 10 and o.start_timezone == "Europe/Copenhagen" for o in found)
    assert found[0].category == "Møder" and found[0].reminder_minutes == 60


def test_bad_events_reported_with_place_and_good_ones_land(db):
    result = ical.import_file(DATA / "bad_events.ics")
    assert result.imported == 2
    assert len(result.skipped) == 3
    places = [s.place for s in result.skipped]
    assert places[0].startswith("line 10") and "Impossible date" in places[0]
    assert any("ends before" in s.reason for s in result.skipped)
    allday = Event.get(Event.uid == "good-2")
    assert allday.end_date == date(2026, 4, 4)


def test_reimport_updates_never_duplicates(db, tmp_path):
    first = ical.import_file(DATA / "outlook.ics")
    again = ical.import_file(DATA / "outlook.ics")
    assert first.imported == 5 and again.imported == 0 and again.updated == 5
    assert Event.select().count() == 5
    assert EventPrincipal.select().count() == 0  # no principals in this database
    changed = (DATA / "outlook.ics").read_text(encoding="utf-8").replace("Bestyrelsesmøde", "Bestyrelsesmøde 2")
    path = tmp_path / "changed.ics"
    path.write_text(changed, encoding="utf-8")
    ical.import_file(path)
    assert Event.select().where(Event.title == "Bestyrelsesmøde 2").count() == 1
    assert Event.select().count() == 5


def test_garbage_file(db, tmp_path):
    path = tmp_path / "garbage.ics"
    path.write_bytes(b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART:xx\r\n\x00\xff")
    result = ical.import_file(path)
    assert result.imported == 0 and result.skipped


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(max_size=200), st.text(alphabet="0123456789TZ", max_size=16))
def test_fuzzed_events_never_crash(db, tmp_path, summary, stamp):
    text = ("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:x\r\nSUMMARY:" + summary.replace("\n", " ").replace("\r", " ")
            + "\r\nDTSTART:" + stamp + "\r\nRRULE:FREQ=" + stamp + "\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
    path = tmp_path / "fuzz.ics"
    path.write_text(text, encoding="utf-8")
    result = ical.import_file(path)
    assert result.imported + result.updated + len(result.skipped) >= 1
