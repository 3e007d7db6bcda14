"""Conformance: every file of tests/interop/corpus/ is imported and its occurrences in a bounded window are compared
with an independent expansion (recurring-ical-events). A difference is either fixed or listed, with the RFC section
that says why we are right, in corpus/KNOWN_DIFFERENCES.md — and the test checks the listed difference exactly,
so a change in either program shows up."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from pathlib import Path

import pytest

from opsassistant.devtools.conformance import HI, LO
from opsassistant.devtools.conformance import reference as expand_with_reference
from opsassistant.interop import ical
from opsassistant.services.calendar import occurrences

CORPUS = Path(__file__).parent / "corpus"
FILES = sorted(p.name for p in CORPUS.glob("*.ics"))
# the window and the independent expansion (recurring-ical-events) are the conformance command's, so the
# corpus here and the real files outside the repo are compared the same way


def _known() -> dict[str, set[str]]:
    """file → the listed difference lines (``+ T …`` only ours, ``- D …`` only the reference, or ``! unreadable``)."""
    found: dict[str, set[str]] = {}
    current = None
    for line in (CORPUS / "KNOWN_DIFFERENCES.md").read_text(encoding="utf-8").splitlines():
        heading = re.match(r"^## (\S+\.ics)", line)
        if heading:
            current = found.setdefault(heading.group(1), set())
        elif line.startswith("#"):  # other headings: the real files of other projects (devtools conformance)
            current = None
        elif current is not None and re.match(r"^[+!-] ", line):
            current.add(line.strip())
    return found


def _ours() -> set[str]:
    out = set()
    for occ in occurrences.between(LO, HI):
        if occ.all_day:
            out.add(f"D {occ.start_date.isoformat()}")
        else:
            out.add(f"T {occ.start_utc:%Y-%m-%d %H:%M:%S}")
    return out


def test_manifest_names_every_file():
    manifest = (CORPUS / "MANIFEST.md").read_text(encoding="utf-8")
    assert all(f"`{name}`" in manifest for name in FILES)
    assert set(_known()) <= set(FILES)


@pytest.mark.timeout(120)  # a hang fails here instead of stalling the suite
@pytest.mark.parametrize("name", FILES)
def test_file_imports_and_matches_the_reference(db, name):
    result = ical.import_file(CORPUS / name)
    assert result.imported + len(result.skipped) >= 1  # never "0 imported, 0 skipped"
    assert all(s.place and s.reason for s in result.skipped)
    ours = _ours()
    listed = _known().get(name, set())
    try:
        reference = expand_with_reference(CORPUS / name)
    except Exception as error:  # noqa: BLE001 - the reference's own failure is what is being recorded
        assert "! unreadable" in listed, f"the reference cannot read {name}: {error!r}"
        return
    difference = {f"+ {x}" for x in ours - reference} | {f"- {x}" for x in reference - ours}
    assert difference == listed


def test_two_undecided_copies_of_one_uid_report_the_one_left_out(db):
    result = ical.import_file(CORPUS / "one_uid_two_events.ics")
    assert result.imported == 2
    assert [(s.place, s.note) for s in result.skipped] == [("line 4", True)]
    assert "(line 11)" in result.skipped[0].reason


def test_an_event_outside_every_calendar_is_reported(db):
    result = ical.import_file(CORPUS / "event_between_calendars.ics")
    assert result.imported == 2
    assert [(s.place, s.note) for s in result.skipped] == [("line 13 (Founding day)", False)]
    assert "BEGIN:VCALENDAR" in result.skipped[0].reason


def test_a_second_dtstart_is_reported_and_the_first_used(db):
    result = ical.import_file(CORPUS / "two_dtstarts_custom_zone.ics")
    assert result.imported == 1
    assert [(s.place, s.note) for s in result.skipped] == [("line 8", True)]
    assert "20260826T090000" in result.skipped[0].reason
    assert _ours() == {"T 2026-08-26 07:00:00"}


def test_a_google_all_day_until_ends_on_its_own_day(db):
    ical.import_file(CORPUS / "google_all_day_until_last_second.ics")
    assert _ours() == {f"D 2026-03-0{day}" for day in (2, 3, 5, 6, 7, 8)}


def test_a_trigger_that_is_no_duration_is_reported(db):
    result = ical.import_file(CORPUS / "train_ticket_sign_inside_trigger.ics")
    assert result.imported == 1
    assert [(s.place, s.note) for s in result.skipped] == [("line 29", True)]
    assert "PT-2H" in result.skipped[0].reason
    assert _ours() == {"T 2026-02-03 14:15:00"}


def test_a_period_with_a_trailing_slash_is_left_out_and_reported(db):
    result = ical.import_file(CORPUS / "rdate_period_trailing_slash.ics")
    assert result.imported == 1
    assert [(s.place, s.note) for s in result.skipped] == [("line 10", True)]
    assert _ours() == {"T 2026-01-05 08:00:00", "T 2026-01-12 08:00:00", "T 2026-01-19 08:00:00"}


def test_an_event_without_uid_pasted_twice_is_one_event(db):
    result = ical.import_file(CORPUS / "no_uid_pasted_twice.ics")
    assert result.imported == 2
    assert result.skipped == []
    shown = occurrences.between(datetime(2026, 7, 14, tzinfo=UTC), datetime(2026, 7, 15, tzinfo=UTC))
    assert sorted(o.title for o in shown) == ["Opstilling af telte", "Sommerfest"]
    ical.import_file(CORPUS / "no_uid_pasted_twice.ics")  # the same file again: found again, not doubled
    shown = occurrences.between(datetime(2026, 7, 14, tzinfo=UTC), datetime(2026, 7, 15, tzinfo=UTC))
    assert sorted(o.title for o in shown) == ["Opstilling af telte", "Sommerfest"]
