"""The week PDF: each principal's ISO week, day by day, with holidays, in the chosen language."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

from pypdf import PdfReader

from opsassistant.reports import week
from opsassistant.services.calendar import editing
from opsassistant.services.calendar.editing import EventData

CPH = ZoneInfo("Europe/Copenhagen")


def _text(path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(str(path)).pages)


def test_week_for_each_principal(db, executive, team_member, tmp_path):
    editing.create(EventData(title="Ugemøde", start=datetime(2026, 3, 30, 9, tzinfo=CPH),
                             end=datetime(2026, 3, 30, 10, tzinfo=CPH), rrule="FREQ=WEEKLY",
                             principal_ids=[executive.id, team_member.id]))
    editing.create(EventData(title="Påskeferie", all_day=True, start_date=date(2026, 4, 1),
                             end_date=date(2026, 4, 4), principal_ids=[team_member.id]))
    path = week.build("2026-04-02", tmp_path / "week.pdf", lang="da")
    reader = PdfReader(str(path))
    assert len(reader.pages) == 1  # a compact grid: the whole team's week on one page
    text = _text(path)
    assert "Uge 14" in text and "Karen Holm" in text and "Mads Kjær" in text
    assert text.count("Ugemøde") == 2 and "Påskeferie" in text and "Langfredag" in text
    english = _text(week.build("2026-04-02", tmp_path / "week_en.pdf", lang="en", principal="Mads"))
    assert "Week 14" in english and "Good Friday" in english and "Karen Holm" not in english


def test_an_imported_calendar_without_principals_prints_its_appointments(db, tmp_path):
    """No principals at all, only appointments from an .ics: the week shows them under "Not assigned"
    instead of "no principals yet"."""
    editing.create(EventData(title="Tandlæge", start=datetime(2026, 3, 31, 14, tzinfo=CPH),
                             end=datetime(2026, 3, 31, 15, tzinfo=CPH)))
    danish = _text(week.build("2026-04-02", tmp_path / "week.pdf", lang="da"))
    assert "Ikke tildelt" in danish and "Tandlæge" in danish and "ingen personer" not in danish
    assert "Tirs. 31/3" in danish
    english = _text(week.build("2026-04-02", tmp_path / "week_en.pdf", lang="en"))
    assert "Not assigned" in english and "Tandlæge" in english and "Tue 31 Mar" in english


def test_unassigned_row_comes_after_the_principals(db, executive, tmp_path):
    editing.create(EventData(title="Fra Outlook", start=datetime(2026, 4, 1, 8, tzinfo=CPH),
                             end=datetime(2026, 4, 1, 9, tzinfo=CPH)))
    editing.create(EventData(title="Bestyrelse", start=datetime(2026, 4, 1, 10, tzinfo=CPH),
                             end=datetime(2026, 4, 1, 11, tzinfo=CPH), principal_ids=[executive.id]))
    text = _text(week.build("2026-04-02", tmp_path / "week.pdf", lang="en"))
    assert text.index("Karen Holm") < text.index("Not assigned")
    assert text.index("Bestyrelse") < text.index("Fra Outlook")
    only_karen = _text(week.build("2026-04-02", tmp_path / "karen.pdf", lang="en", principal="Karen Holm"))
    assert "Fra Outlook" not in only_karen and "Not assigned" not in only_karen


def test_empty_week_without_principals_says_so(db, tmp_path):
    text = _text(week.build("2026-04-02", tmp_path / "week.pdf", lang="da"))
    assert "Intet er planlagt i denne uge, og der er endnu ingen personer." in text
