"""The call sheet PDF: per principal, open messages first, then the day's calls; in both languages."""

from __future__ import annotations

import subprocess
from datetime import UTC, datetime, timedelta

import pytest
from pypdf import PdfReader

from opsassistant.cli import CommandError
from opsassistant.reports.call_sheet import build
from opsassistant.services.calls.logging import CallData, log_call

DAY = "2026-03-02"
MORNING = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)


def text_of(path) -> str:
    reader = PdfReader(str(path))
    return " ".join(" ".join(page.extract_text() for page in reader.pages).split())  # wrapped cells joined


@pytest.fixture
def calls(db, executive, team_member):
    log_call(CallData(number="+45 33 12 34 56", name="Søren <b>Østergaard</b>", principal_id=executive.id,
                      message="Vil tale om budget & regnskab", urgent=True,
                      callback_by=MORNING - timedelta(days=1), when=MORNING - timedelta(days=1, hours=1)))
    log_call(CallData(number="20304050", name="Anne Lund", principal_id=executive.id, message="Bekræfter mødet",
                      when=MORNING + timedelta(hours=1), duration_seconds=300))
    log_call(CallData(number="70112233", name="Jens Berg", principal_id=team_member.id, please_call=True,
                      will_call_again=True, message="Catering", when=MORNING + timedelta(hours=2)))
    log_call(CallData(number="", direction="missed", when=MORNING + timedelta(hours=3)))
    log_call(CallData(number="11111111", name="Gammel Samtale", principal_id=executive.id,
                      when=MORNING - timedelta(days=5)))


def test_call_sheet_in_english(tmp_path, calls):
    path = build(DAY, tmp_path / "sheet.pdf", lang="en")
    text = text_of(path)
    assert "Call sheet" in text and "Monday 2 March 2026" in text
    karen, mads, unassigned = text.index("Karen Holm"), text.index("Mads Kjær"), text.index("Not assigned")
    assert karen < mads < unassigned
    section = text[karen:mads]
    assert section.index("Open messages") < section.index("Søren <b>Østergaard</b>") < section.index("Calls on")
    assert "Please call back" in section and "Urgent" in section and "Overdue" in section
    assert "Vil tale om budget & regnskab" in section
    assert "Anne Lund" in section[section.index("Calls on"):] and "5 min" in section
    assert "Gammel Samtale" not in text  # another day, no call-back owed
    assert "Will call again" in text[mads:unassigned] and "Withheld number" in text[unassigned:]
    meta = PdfReader(str(path)).metadata
    assert meta.title == "Call sheet"


def test_call_sheet_in_danish_for_one_principal(tmp_path, calls):
    path = build(DAY, tmp_path / "ark.pdf", lang="da", principal="Karen")
    text = text_of(path)
    assert "Opkaldsliste" in text and "mandag den 2. marts 2026" in text
    assert "Åbne beskeder" in text and "Ring venligst tilbage" in text and "Haster" in text
    assert "Overskredet" in text and "Ring tilbage senest" in text and "Indgående" in text
    assert "Mads Kjær" not in text and "Jens Berg" not in text
    assert "Call sheet" not in text and "Open messages" not in text


def test_empty_day_and_unknown_principal(tmp_path, db, executive):
    text = text_of(build(DAY, tmp_path / "empty.pdf", lang="en"))
    assert "No open messages." in text and "No calls." in text
    with pytest.raises(CommandError):
        build(DAY, tmp_path / "x.pdf", lang="en", principal="Nobody")
    with pytest.raises(CommandError):
        build("2026-02-30", tmp_path / "x.pdf", lang="en")
    assert not (tmp_path / "x.pdf").exists()


def test_call_sheet_renders(tmp_path, calls):
    path = build(DAY, tmp_path / "sheet.pdf", lang="da")
    subprocess.run(["pdftoppm", "-png", "-r", "30", "-f", "1", "-l", "1", str(path), str(tmp_path / "page")],
                   check=True)
    assert list(tmp_path.glob("page*.png"))
