"""The daily briefing lists the day as the Today page keeps it and says how many more the calendar has."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from opsassistant.mail import letters
from opsassistant.services.calendar import editing
from opsassistant.services.today import APPOINTMENTS_SHOWN

CPH = ZoneInfo("Europe/Copenhagen")


def test_a_crowded_day_ends_with_how_many_more(office):
    first = datetime(2026, 12, 8, 7, tzinfo=CPH)
    for i in range(APPOINTMENTS_SHOWN + 5):
        start = first + timedelta(minutes=5 * i)
        editing.create(editing.EventData(title=f"Meeting {i:03d}", start=start, end=start + timedelta(minutes=5)))
    english = letters.prepare("briefing", "2026-12-08", "en").letters[0].body
    assert "Meeting 099" in english and "Meeting 100" not in english
    assert "- 5 more in the calendar" in english
    danish = letters.prepare("briefing", "2026-12-08", "da").letters[0].body
    assert "- 5 mere i kalenderen" in danish


def test_a_quiet_day_has_no_more_line(office):
    start = datetime(2026, 12, 8, 9, tzinfo=CPH)
    editing.create(editing.EventData(title="Board", start=start, end=start + timedelta(hours=1)))
    body = letters.prepare("briefing", "2026-12-08", "en").letters[0].body
    assert "Board" in body and "more in the calendar" not in body
