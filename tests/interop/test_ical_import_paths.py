"""The fast import path (the file read on a thread of its own, events inserted as multi-row statements) stores
what the plain one stores: a real-shaped file (the bench's generator: series with EXDATEs and moved occurrences,
three zones with VTIMEZONE, all-day and multi-day events, plus a few records that are skipped or noted) is
imported both ways, each into a database of its own, and the rows, the search index, the sync journal, the
occurrences and the report are compared; a sample of series is checked against recurring-ical-events."""

from __future__ import annotations

import sqlite3
from datetime import UTC, date, datetime
from pathlib import Path

import icalendar
import recurring_ical_events

from opsassistant.db.database import close_database, open_database
from opsassistant.db.models import Event, database
from opsassistant.devtools.bench_calendar import write_ics
from opsassistant.interop import ical, ical_ahead
from opsassistant.services import principals
from opsassistant.services.calendar import occurrences, store

AROUND = date(2026, 6, 1)
RANGE = (datetime(2026, 1, 1, tzinfo=UTC), datetime(2027, 1, 1, tzinfo=UTC))
_ROW_ONLY = ("created_at", "updated_at")  # the clock of each run
_ODD = ("BEGIN:VTODO\r\nUID:todo-1\r\nSUMMARY:Ring til revisor\r\nEND:VTODO\r\n"
        "BEGIN:VEVENT\r\nUID:no-start\r\nSUMMARY:Uden start\r\nEND:VEVENT\r\n"
        "BEGIN:VEVENT\r\nUID:bad-alarm\r\nSUMMARY:Forkert alarm\r\nDTSTART:20260610T090000Z\r\n"
        "DTEND:20260610T100000Z\r\nBEGIN:VALARM\r\nACTION:DISPLAY\r\nTRIGGER:PT-2H\r\nEND:VALARM\r\nEND:VEVENT\r\n")


def _file(path: Path, odd: bool = True) -> Path:
    write_ics(path, 900, AROUND, days=200, seed=17, prefix="paths")
    if not odd:
        return path
    text = path.read_text(encoding="utf-8")
    middle = text.index("BEGIN:VEVENT", len(text) // 2)  # odd records in the middle and at the end
    text = text[:middle] + _ODD + text[middle:]
    text = text.replace("END:VCALENDAR", _ODD.replace("todo-1", "todo-2").replace("no-start", "no-start-2")
                        .replace("bad-alarm", "bad-alarm-2") + "END:VCALENDAR")
    path.write_text(text, encoding="utf-8", newline="")
    return path


def _table(sql: str) -> list[tuple]:
    return [tuple(row) for row in database.execute_sql(sql).fetchall()]


def _imported(path: Path, database_file: Path) -> dict:
    open_database(database_file)
    try:
        principals.save(principals.PrincipalData(name="Karen Holm", role="executive", title="Direktør"))
        reports: list[tuple[int, int | None]] = []
        result = ical.import_file(path, progress=lambda done, total: reports.append((done, total)))
        columns = [row[1] for row in _table("PRAGMA table_info(event)") if row[1] not in _ROW_ONLY]
        out = {
            "events": _table(f"SELECT {', '.join(columns)} FROM event ORDER BY id"),
            "principals": _table("SELECT event_id, principal_id FROM event_principal ORDER BY id"),
            "journal": _table("SELECT kind, uid, seq FROM sync_local_change ORDER BY seq"),
            "dirty": _table("SELECT series_id FROM event_occurrence_dirty ORDER BY series_id"),
            "report": [(s.place, s.reason, s.note) for s in result.skipped],
            "counts": (result.imported, result.updated),
            "progress": reports,
        }
        for word in ("Kundemøde", "moede", "Øresund", "oresund", "Flyttet", "Teams", "1:1"):
            phrase = '"' + word.replace('"', '') + '"'
            out[f"fts {word}"] = _table(f"SELECT rowid FROM event_fts WHERE event_fts MATCH '{phrase}' ORDER BY rowid")
        out["fts prefix"] = _table("SELECT rowid FROM event_fts WHERE event_fts MATCH 'budg*' ORDER BY rowid")
        uids = {e.id: e.uid for e in Event.select(Event.id, Event.uid)}
        out["shown"] = [(uids[o.series_id or o.event_id], o.title, o.start, o.end, o.recurrence_id, o.status)
                        for o in occurrences.between(*RANGE)]
        return out
    finally:
        close_database()


def _plain(monkeypatch) -> None:
    """The sequential reader and one row per INSERT statement: the import as it was written before."""
    monkeypatch.setattr(ical, "read_ahead", lambda read, result, seen: read(result, seen))
    monkeypatch.setattr(store, "ROWS_PER_INSERT", 1)


def test_fast_path_stores_and_shows_what_the_plain_one_does(tmp_path, monkeypatch):
    path = _file(tmp_path / "kalender.ics")
    monkeypatch.setattr(ical, "BATCH", 120)  # several batches, a series sometimes far from a cut
    monkeypatch.setattr(ical_ahead, "CHUNK", 7)  # many hand-overs between the threads
    fast = _imported(path, tmp_path / "fast.db")
    with monkeypatch.context() as plain:
        _plain(plain)
        slow = _imported(path, tmp_path / "plain.db")
    assert fast["counts"] == slow["counts"] and fast["counts"][0] > 900
    for key in slow:
        assert fast[key] == slow[key], key
    assert len(fast["report"]) == 6
    assert {uid for _kind, uid, _seq in fast["journal"]} == {row[2] for row in fast["events"]}  # one per UID
    assert any(fast[key] for key in fast if key.startswith("fts"))
    assert len(fast["progress"]) > 5


def test_a_second_import_of_the_same_file_updates_the_same_way(tmp_path, monkeypatch):
    """Re-import updates by UID: the rows, journal and report agree between the paths too."""
    path = _file(tmp_path / "kalender.ics")
    results = []
    for name, patch in (("fast", None), ("plain", _plain)):
        with monkeypatch.context() as context:
            if patch is not None:
                patch(context)
            first = tmp_path / f"{name}.db"
            _imported(path, first)
            results.append(_imported(path, first))
    fast, slow = results
    assert fast["counts"][1] > 900 and fast["counts"] == slow["counts"]
    for key in slow:
        assert fast[key] == slow[key], key


def test_sample_of_series_matches_recurring_ical_events(tmp_path):
    """The occurrences of the timed series (moved and removed ones included) are the reference library's."""
    path = _file(tmp_path / "kalender.ics", odd=False)  # its reader refuses the broken records
    ours = _imported(path, tmp_path / "fast.db")["shown"]
    calendar = icalendar.Calendar.from_ical(path.read_bytes())
    series = {str(c["UID"]) for c in calendar.walk("VEVENT") if "RRULE" in c and
              isinstance(c.decoded("DTSTART"), datetime)}
    sample = sorted(series)[:60]
    assert len(sample) == 60
    reference = sorted(
        (str(e["UID"]), e.decoded("DTSTART").astimezone(UTC), e.decoded("DTEND").astimezone(UTC))
        for e in recurring_ical_events.of(calendar).between(*RANGE) if str(e["UID"]) in sample)
    got = sorted((uid, start.astimezone(UTC), end.astimezone(UTC)) for uid, _t, start, end, *_ in ours
                 if uid in sample)
    assert got == reference
    assert any(start.astimezone(UTC).hour != 0 for _uid, start, _end in got)


def test_the_file_is_read_beside_the_writes_never_touching_the_database(tmp_path, monkeypatch):
    """The reading thread opens no connection of its own (Peewee's are per thread)."""
    path = _file(tmp_path / "kalender.ics")
    opened: list[str] = []
    real = sqlite3.connect

    def connect(*args, **kwargs):
        import threading

        opened.append(threading.current_thread().name)
        return real(*args, **kwargs)

    monkeypatch.setattr(sqlite3, "connect", connect)
    _imported(path, tmp_path / "fast.db")
    assert "ics-reader" not in opened
