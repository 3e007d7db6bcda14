"""The agenda PDF: the day's appointments with attendees' phones, the holiday, birthdays, open call-backs."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

from pypdf import PdfReader

from opsassistant.db.models import Call, Contact, ContactPhone
from opsassistant.errors import UserError
from opsassistant.reports import agenda
from opsassistant.services.calendar import editing
from opsassistant.services.calendar.editing import Attendee, EventData

CPH = ZoneInfo("Europe/Copenhagen")


def _text(path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(str(path)).pages)


def _fill(executive):
    jens = Contact.create(first_name="Jens", last_name="Hansen", display_name="Jens Hansen",
                          birthday=date(1970, 4, 2))
    ContactPhone.create(contact=jens, typed="+45 20 12 34 56", e164="+4520123456", digits="20123456")
    editing.create(EventData(title="Bestyrelsesmøde <b>", start=datetime(2026, 4, 2, 9, tzinfo=CPH),
                             end=datetime(2026, 4, 2, 10, 30, tzinfo=CPH), location="Mødelokale Øresund",
                             principal_ids=[executive.id], attendees=[Attendee("Jens Hansen", "", jens.id)]))
    tokyo = ZoneInfo("Asia/Tokyo")
    editing.create(EventData(title="Tokyo call", start=datetime(2026, 4, 2, 16, tzinfo=tokyo),
                             end=datetime(2026, 4, 2, 17, tzinfo=tokyo), start_timezone="Asia/Tokyo",
                             end_timezone="Asia/Tokyo", principal_ids=[executive.id]))
    Call.create(when_utc=datetime(2026, 4, 1, 8, tzinfo=UTC), name="Lise Holm", typed_number="33 12 12 12",
                message="Om budgettet", status="open", callback_by_utc=datetime(2026, 4, 2, 12, tzinfo=UTC),
                principal=executive)


def test_agenda_in_danish(db, executive, tmp_path):
    _fill(executive)
    path = agenda.build("2026-04-02", tmp_path / "agenda.pdf", lang="da")
    text = _text(path)
    assert "torsdag den 2. april 2026 · uge 14" in text
    assert "Bestyrelsesmøde <b>" in text and "Mødelokale Øresund" in text
    assert "Jens Hansen · +45 20 12 34 56" in text
    assert "Skærtorsdag" in text
    assert "Lise Holm" in text and "Om budgettet" in text
    assert "Fødselsdage" in text or "Birthdays" in text
    assert text.count("Jens Hansen") >= 2  # attendee and birthday
    assert "Tokyo" in text


def test_agenda_in_english_empty_day(db, executive, tmp_path):
    path = agenda.build("2026-04-07", tmp_path / "agenda.pdf", lang="en")
    text = _text(path)
    assert "Tuesday 7 April 2026 · week 15" in text
    assert "No appointments." in text and "No open call-backs." in text


def test_bad_date_is_refused(db, tmp_path):
    try:
        agenda.build("2026-13-01", tmp_path / "x.pdf", lang="en")
    except UserError as error:
        assert "YYYY-MM-DD" in str(error)
    else:
        raise AssertionError("a bad date must be refused")
    assert not (tmp_path / "x.pdf").exists()


def test_executive_agenda_shows_appointments_that_belong_to_nobody(db, executive, team_member, tmp_path):
    """An imported calendar has no principal: its appointments are the executive's, not a team member's."""
    editing.create(EventData(title="Importeret tandlæge", start=datetime(2026, 4, 2, 14, tzinfo=CPH),
                             end=datetime(2026, 4, 2, 15, tzinfo=CPH)))
    editing.create(EventData(title="Mads' møde", start=datetime(2026, 4, 2, 9, tzinfo=CPH),
                             end=datetime(2026, 4, 2, 10, tzinfo=CPH), principal_ids=[team_member.id]))
    executive_day = _text(agenda.build("2026-04-02", tmp_path / "karen.pdf", lang="da"))
    assert "Importeret tandlæge" in executive_day and "Mads' møde" not in executive_day
    team_day = _text(agenda.build("2026-04-02", tmp_path / "mads.pdf", lang="da", principal="Mads Kjær"))
    assert "Mads' møde" in team_day and "Importeret tandlæge" not in team_day
