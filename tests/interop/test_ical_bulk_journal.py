"""A bulk import journals its inserts for sync set-wise (db/migration_17.py, services/calendar/bulk_journal.py):
what it stores must be what migration 15's per-row triggers store."""

from __future__ import annotations

import contextlib
from datetime import date
from pathlib import Path

from opsassistant.db.database import close_database, open_database
from opsassistant.db.models import database
from opsassistant.devtools.bench_calendar import write_ics
from opsassistant.interop import ical
from opsassistant.services import principals
from opsassistant.services.calendar import bulk_journal, store

_PEOPLE = (
    "BEGIN:VEVENT\r\nUID:people-1\r\nSUMMARY:Styremøde med gæster\r\nDTSTART:20260310T090000Z\r\n"
    "DTEND:20260310T100000Z\r\nATTENDEE;CN=Anne Berg;PARTSTAT=ACCEPTED:mailto:anne@example.com\r\n"
    "ATTENDEE;CN=Bo Dahl:mailto:bo@example.com\r\nX-OPSASSISTANT-PRINCIPALS:Karen Holm,Jens Lund\r\n"
    "END:VEVENT\r\n"
    # An override read before its master, and one whose master never comes (kept as a single event).
    "BEGIN:VEVENT\r\nUID:series-late\r\nRECURRENCE-ID:20260309T080000Z\r\nSUMMARY:Flyttet ugemøde\r\n"
    "DTSTART:20260309T120000Z\r\nDTEND:20260309T130000Z\r\nEND:VEVENT\r\n"
    "BEGIN:VEVENT\r\nUID:alone\r\nRECURRENCE-ID:20260311T080000Z\r\nSUMMARY:Enkelt invitation\r\n"
    "DTSTART:20260311T120000Z\r\nDTEND:20260311T130000Z\r\nATTENDEE:mailto:cc@example.com\r\nEND:VEVENT\r\n"
    "BEGIN:VEVENT\r\nUID:series-late\r\nSUMMARY:Ugemøde\r\nDTSTART:20260302T080000Z\r\n"
    "DTEND:20260302T090000Z\r\nRRULE:FREQ=WEEKLY;COUNT=6\r\nATTENDEE;CN=Anne Berg:mailto:anne@example.com\r\n"
    "END:VEVENT\r\n"
)


def _files(tmp_path: Path) -> list[Path]:
    real = tmp_path / "real.ics"
    write_ics(real, 400, date(2026, 3, 1), seed=7, prefix="real")
    people = tmp_path / "people.ics"
    people.write_text("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n" + _PEOPLE + "END:VCALENDAR\r\n", encoding="utf-8",
                      newline="")
    again = tmp_path / "again.ics"  # a second import of changed copies: updates and replaced people beside inserts
    text = people.read_text(encoding="utf-8").replace("Styremøde med gæster", "Styremøde flyttet")
    again.write_text(text.replace("SUMMARY:Ugemøde\r\n", "SEQUENCE:1\r\nSUMMARY:Ugemøde nyt\r\n"), encoding="utf-8",
                     newline="")
    return [real, people, again]


def _stored(path: Path, files: list[Path]) -> dict:
    open_database(path)
    try:
        principals.save(principals.PrincipalData(name="Karen Holm", role="executive", title="Direktør"))
        principals.save(principals.PrincipalData(name="Jens Lund", role="team", colour="#2ca02c"))
        database.execute_sql("INSERT INTO sync_local_change (kind, uid, seq) VALUES ('addressbook', 'x', 41)")
        for file in files:
            ical.import_file(file)
        columns = [r[1] for r in database.execute_sql("PRAGMA table_info(event)").fetchall()
                   if r[1] not in ("created_at", "updated_at")]
        words = {w.strip(",.:()").lower() for (t,) in database.execute_sql("SELECT title || ' ' || location "
                                                                          "FROM event").fetchall()
                 for w in t.split() if len(w.strip(",.:()")) > 2}
        return {
            "event": database.execute_sql(f"SELECT {', '.join(columns)} FROM event ORDER BY id").fetchall(),
            "sync_local_change": database.execute_sql("SELECT * FROM sync_local_change ORDER BY seq").fetchall(),
            "event_occurrence_dirty": database.execute_sql("SELECT * FROM event_occurrence_dirty "
                                                           "ORDER BY 1").fetchall(),
            "event_principal": database.execute_sql("SELECT * FROM event_principal ORDER BY id").fetchall(),
            "event_attendee": database.execute_sql("SELECT * FROM event_attendee ORDER BY id").fetchall(),
            "event_fts": {w: database.execute_sql("SELECT rowid FROM event_fts WHERE event_fts MATCH ? "
                                                  "ORDER BY rowid", ('"' + w + '"',)).fetchall()
                          for w in sorted(words)},
            "bulk_journal": database.execute_sql("SELECT * FROM bulk_journal").fetchall(),
        }
    finally:
        close_database()


def test_a_bulk_import_stores_what_the_per_row_triggers_store(tmp_path, monkeypatch):
    monkeypatch.setattr(ical, "BATCH", 60)  # many batches: the journal's seq runs on from batch to batch
    files = _files(tmp_path)
    bulk = _stored(tmp_path / "bulk.db", files)
    monkeypatch.setattr(store, "journalled", lambda table: contextlib.nullcontext())  # the triggers do it all
    per_row = _stored(tmp_path / "per-row.db", files)
    assert len(bulk["event"]) > 400 and len(bulk["event_attendee"]) >= 4 and bulk["event_fts"]
    assert any(row[0] == "calendar" for row in bulk["sync_local_change"])
    assert bulk["bulk_journal"] == []
    for table in per_row:
        assert bulk[table] == per_row[table], table


def _insert(event_id: int, uid: str) -> None:
    database.execute_sql(
        "INSERT INTO event (id, uid, created_at, updated_at, title, location, all_day, start_utc, end_utc, "
        "start_timezone, end_timezone, category, status, rrule, exdates, rdates, notes, source, long_span, "
        "change_count) VALUES (?, ?, '2026-03-01 08:00:00', '2026-03-01 08:00:00', 'A', '', 0, "
        "'2026-03-01 09:00:00', '2026-03-01 10:00:00', 'UTC', 'UTC', '', 'confirmed', '', '[]', '[]', '', '', 0, 1)",
        (event_id, uid))


def test_inside_the_bulk_block_the_insert_triggers_stand_aside(db):
    with database.atomic():
        with bulk_journal.journalled("event"):
            _insert(1, "a")
            assert database.execute_sql("SELECT count(*) FROM sync_local_change").fetchone()[0] == 0
        assert database.execute_sql("SELECT kind, uid, seq FROM sync_local_change").fetchall() == [
            ("calendar", "a", 1)]
        assert database.execute_sql("SELECT count(*) FROM bulk_journal").fetchone()[0] == 0
    _insert(2, "b")  # outside the block the triggers journal every insert as before
    assert database.execute_sql("SELECT uid, seq FROM sync_local_change ORDER BY seq").fetchall() == [
        ("a", 1), ("b", 2)]
