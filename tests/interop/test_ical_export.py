"""Export writes RFC 5545 with VTIMEZONE blocks; what we export we import back unchanged."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from opsassistant.db.database import close_database, open_database
from opsassistant.interop import ical
from opsassistant.services.calendar import editing, occurrences
from opsassistant.services.calendar.editing import Attendee, EventData

CPH = ZoneInfo("Europe/Copenhagen")
DATA = Path(__file__).parent / "data" / "calendar"


def _snapshot():
    found = occurrences.between(datetime(2025, 1, 1, tzinfo=UTC), datetime(2028, 1, 1, tzinfo=UTC))
    return sorted((o.title, o.start.isoformat(), o.end.isoformat(), o.start_timezone, o.end_timezone, o.all_day,
                   o.location, o.status, o.category, o.reminder_minutes, o.recurrence_id) for o in found)


def _fill(executive_id):
    series = editing.create(EventData(
        title="Ugemøde; status, plan", start=datetime(2026, 3, 23, 9, tzinfo=CPH),
        end=datetime(2026, 3, 23, 10, tzinfo=CPH), rrule="FREQ=WEEKLY;BYDAY=MO;COUNT=6",
        principal_ids=[executive_id], reminder_minutes=10, category="Møder",
        attendees=[Attendee("Jens Hansen", "jens@example.dk")], notes="Linje 1\nLinje 2"))
    found = occurrences.between(datetime(2026, 3, 1, tzinfo=UTC), datetime(2026, 6, 1, tzinfo=UTC))
    editing.trash_occurrence(found[1])
    editing.move(found[3], found[3].start + timedelta(hours=3), found[3].end + timedelta(hours=3))
    editing.create(EventData(title="Fly CPH–JFK", start=datetime(2026, 10, 24, 15, tzinfo=CPH),
                             end=datetime(2026, 10, 24, 17, 30, tzinfo=ZoneInfo("America/New_York")),
                             start_timezone="Europe/Copenhagen", end_timezone="America/New_York",
                             location="Kastrup", principal_ids=[executive_id], status="tentative"))
    editing.create(EventData(title="Sommerferie", all_day=True, start_date=date(2026, 7, 13),
                             end_date=date(2026, 7, 20), principal_ids=[executive_id]))
    return series


def test_round_trip_is_unchanged(db, executive, tmp_path):
    _fill(executive.id)
    before = _snapshot()
    path = tmp_path / "out.ics"
    assert ical.export_file(path) == 4  # series, its override, the flight, the holiday
    text = path.read_bytes().decode("utf-8")
    assert "BEGIN:VTIMEZONE\r\nTZID:America/New_York" in text and "TZID:Europe/Copenhagen" in text
    assert "RECURRENCE-ID;TZID=Europe/Copenhagen:" in text and "EXDATE;TZID=Europe/Copenhagen:" in text
    assert all(len(line.encode()) <= 75 for line in text.split("\r\n"))
    # Re-importing into the same database updates every event and changes nothing.
    result = ical.import_file(path)
    assert result.updated == 4 and result.imported == 0 and not result.skipped
    assert _snapshot() == before
    # And into a fresh database too.
    close_database()
    open_database(tmp_path / "fresh.db")
    from opsassistant.services import principals
    principals.save(principals.PrincipalData(name="Karen Holm", role="executive"))
    result = ical.import_file(path)
    assert result.imported == 4
    assert _snapshot() == before


def test_export_one_principal_and_range(db, executive, team_member, tmp_path):
    _fill(executive.id)
    editing.create(EventData(title="Mads' møde", start=datetime(2026, 7, 1, 9, tzinfo=CPH),
                             end=datetime(2026, 7, 1, 10, tzinfo=CPH), principal_ids=[team_member.id]))
    path = tmp_path / "mads.ics"
    assert ical.export_events(path, principal_id=team_member.id) == 1
    assert "Mads' møde" in path.read_text(encoding="utf-8")
    assert ical.export_events(path, date_from=date(2026, 7, 1), date_to=date(2026, 7, 31)) == 2


def test_vendor_files_round_trip(db, executive, tmp_path):
    for name in ("outlook.ics", "google.ics", "apple.ics", "thunderbird.ics"):
        ical.import_file(DATA / name)
    before = _snapshot()
    path = tmp_path / "all.ics"
    ical.export_file(path)
    close_database()
    open_database(tmp_path / "fresh.db")
    ical.import_file(path)
    assert _snapshot() == before
