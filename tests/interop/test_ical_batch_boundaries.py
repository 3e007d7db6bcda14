"""The streamed .ics import gives the same calendar wherever its batch boundaries fall: an override read more than
one batch after its master (or before it) gets the THISANDFUTURE split, the EXDATE and the stale-revision checks
it gets beside its master. The same file is imported with the normal batch size and with one of 3 events, each
into a database of its own, and the stored events and the occurrences of the year are compared."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from opsassistant.db.database import close_database, open_database
from opsassistant.db.models import Event
from opsassistant.interop import ical
from opsassistant.services import principals
from opsassistant.services.calendar import occurrences

YEAR = (datetime(2026, 1, 1, tzinfo=UTC), datetime(2027, 1, 1, tzinfo=UTC))
_ROW_ONLY = ("id", "series", "created_at", "updated_at", "change_count")


def _event(uid: str, start: str, title: str, *extra: str, end: str = "") -> str:
    end = end or start[:9] + f"{int(start[9:11]) + 1:02d}" + start[11:]
    return "".join(f"{line}\r\n" for line in (
        "BEGIN:VEVENT", f"UID:{uid}", f"SUMMARY:{title}", f"DTSTART:{start}", f"DTEND:{end}", *extra,
        "END:VEVENT"))


def _fillers(first: int, count: int = 7) -> list[str]:
    return [_event(f"filler-{n}", f"202602{1 + n % 28:02d}T090000Z", f"Fyld {n}") for n in range(first, first + count)]


def _file(path: Path, *blocks: str) -> Path:
    path.write_text("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n" + "".join(blocks)
                    + "END:VCALENDAR\r\n", encoding="utf-8", newline="")
    return path


def _weekly_file(path: Path) -> Path:
    """A weekly series (SEQUENCE 2, one EXDATE) whose overrides come after many other events, on both sides of a
    THISANDFUTURE override; and a second series whose moved occurrence comes before it."""
    master = _event("ugemoede", "20260302T080000Z", "Ugemøde", "SEQUENCE:2", "RRULE:FREQ=WEEKLY;COUNT=10",
                    "EXDATE:20260316T080000Z")
    return _file(
        path, master, *_fillers(0),
        _event("ugemoede", "20260309T120000Z", "Flyttet", "SEQUENCE:2", "RECURRENCE-ID:20260309T080000Z"),
        *_fillers(10),
        _event("ugemoede", "20260420T140000Z", "Flyttet efter delingen", "SEQUENCE:2",
               "RECURRENCE-ID:20260420T080000Z"),
        *_fillers(20),
        _event("ugemoede", "20260316T130000Z", "Aflyst dag", "SEQUENCE:2", "RECURRENCE-ID:20260316T080000Z"),
        *_fillers(30),
        _event("ugemoede", "20260511T080000Z", "Gammel kopi", "SEQUENCE:0", "RECURRENCE-ID:20260511T080000Z"),
        *_fillers(40),
        _event("ugemoede", "20260406T100000Z", "Nyt tidspunkt", "SEQUENCE:2",
               "RECURRENCE-ID;RANGE=THISANDFUTURE:20260406T080000Z"),
        *_fillers(50),
        _event("ugemoede", "20260427T150000Z", "Også efter delingen", "SEQUENCE:2",
               "RECURRENCE-ID:20260427T080000Z"),
        *_fillers(60),
        _event("fredag", "20260313T110000Z", "Fredag flyttet", "RECURRENCE-ID:20260306T070000Z",
               end="20260313T120000Z"),
        *_fillers(70),
        _event("fredag", "20260306T070000Z", "Fredagsbar", "RRULE:FREQ=WEEKLY;COUNT=4"),
    )


def _stored() -> list[tuple]:
    """Every stored event, its master named by UID (ids depend on the order rows were written)."""
    uids = {e.id: e.uid for e in Event.select(Event.id, Event.uid)}
    out = []
    for event in Event.select().order_by(Event.uid, Event.recurrence_id):
        data = event.__data__
        values = tuple((name, repr(data.get(name))) for name in sorted(Event._meta.fields) if name not in _ROW_ONLY)
        out.append((*values, ("master", uids.get(data.get("series")))))
    return sorted(out)


def _occurrences() -> list[tuple]:
    return [(o.title, o.start, o.end, o.recurrence_id, o.status) for o in occurrences.between(*YEAR)]


def _imported(path: Path, database_file: Path) -> tuple[list, list, list, tuple[int, int]]:
    open_database(database_file)
    try:
        principals.save(principals.PrincipalData(name="Karen Holm", role="executive", title="Direktør"))
        result = ical.import_file(path)
        return (_stored(), _occurrences(), sorted((s.place, s.reason) for s in result.skipped),
                (result.imported, result.updated))
    finally:
        close_database()


def _both(path: Path, tmp_path: Path, monkeypatch) -> tuple:
    whole = _imported(path, tmp_path / "whole.db")
    monkeypatch.setattr(ical, "BATCH", 3)
    cut = _imported(path, tmp_path / "cut.db")
    return whole, cut


def test_batch_size_changes_nothing_stored_or_shown(tmp_path, monkeypatch):
    whole, cut = _both(_weekly_file(tmp_path / "uge.ics"), tmp_path, monkeypatch)
    assert cut[0] == whole[0]
    assert cut[1] == whole[1]
    assert cut[2] == whole[2] and cut[3] == whole[3]


def test_what_the_whole_file_says_is_what_lands(tmp_path, monkeypatch):
    """The shared result is the right one (not the same mistake twice)."""
    _whole, (_stored_rows, shown, notes, _counts) = _both(_weekly_file(tmp_path / "uge.ics"), tmp_path, monkeypatch)
    weekly = [(title, start.astimezone(UTC).strftime("%m-%d %H")) for title, start, *_ in shown
              if title not in ("Fredagsbar", "Fredag flyttet") and not title.startswith("Fyld")]
    assert weekly == [
        ("Ugemøde", "03-02 08"), ("Flyttet", "03-09 12"), ("Ugemøde", "03-23 08"), ("Ugemøde", "03-30 08"),
        ("Nyt tidspunkt", "04-06 10"), ("Nyt tidspunkt", "04-13 10"), ("Flyttet efter delingen", "04-20 14"),
        ("Også efter delingen", "04-27 15"), ("Nyt tidspunkt", "05-04 10")]
    friday = [(title, start.astimezone(UTC).strftime("%m-%d %H")) for title, start, *_ in shown
              if title in ("Fredagsbar", "Fredag flyttet")]
    assert sorted(friday) == [("Fredag flyttet", "03-13 11"), ("Fredagsbar", "03-13 07"), ("Fredagsbar", "03-20 07"),
                              ("Fredagsbar", "03-27 07")]
    assert any("end of its series" in sentence for _place, sentence in notes)
    assert not any(title in ("Aflyst dag", "Gammel kopi") for title, *_ in shown)


@pytest.mark.parametrize("order", ["override first", "master first"])
def test_second_import_of_a_late_override_uses_the_stored_master(tmp_path, order):
    """An earlier import stored the series; a file with only a THISANDFUTURE override splits it as one with both."""
    series = _event("s", "20260302T080000Z", "Serie", "RRULE:FREQ=WEEKLY;COUNT=6", "EXDATE:20260323T080000Z")
    split = _event("s", "20260316T100000Z", "Senere", "RECURRENCE-ID;RANGE=THISANDFUTURE:20260316T080000Z")
    together = _file(tmp_path / "begge.ics", *([split, series] if order == "override first" else [series, split]))
    expected = _imported(together, tmp_path / "together.db")[1]
    open_database(tmp_path / "twice.db")
    try:
        principals.save(principals.PrincipalData(name="Karen Holm", role="executive", title="Direktør"))
        ical.import_file(_file(tmp_path / "serie.ics", series))
        ical.import_file(_file(tmp_path / "deling.ics", split))
        assert _occurrences() == expected
    finally:
        close_database()
