"""A bulk contacts write journals its inserts for sync set-wise (db/migration_18.py, services/contacts/journal.py):
what it stores must be what migration 15's per-row triggers store, ``seq`` for ``seq``."""

from __future__ import annotations

import contextlib
import itertools
import uuid
from pathlib import Path

from opsassistant.db.database import close_database, open_database
from opsassistant.db.models import database
from opsassistant.services.contacts import editing, importing, journal


def _vcf(path: Path, count: int, variant: str = "") -> Path:
    cards = []
    for i in range(count):
        lines = ["BEGIN:VCARD", "VERSION:3.0"]
        if i % 4:
            lines.append(f"UID:u-{i}")
        lines += [f"FN:Jens Hansen{i % 7}", f"N:Hansen{i % 7};Jens;;;", f"TEL;TYPE=CELL:20 30 {i:02d} 50"]
        if i % 3:
            lines.append(f"EMAIL;TYPE=INTERNET,WORK:jens{i}@example.dk")
        if i % 5 == 0:
            lines.append(f"ADR;TYPE=HOME:;;Vej {i};Aarhus;;8000;Danmark")
        if i % 2:
            lines.append("CATEGORIES:Kunder" + (",VIP-liste" if variant else ""))
        if variant and i % 3 == 0:
            lines += [f"TITLE:{variant}", f"TEL;TYPE=WORK:70 {i:02d} 80 90", f"EMAIL:ny{i}@example.dk"]
        lines.append("END:VCARD")
        cards.append("\r\n".join(lines) + "\r\n")
    path.write_text("".join(cards), encoding="utf-8")
    return path


def _run(path: Path, files: list[Path]) -> list[dict]:
    from opsassistant.interop import vcard

    made = itertools.count(1)
    uuid4 = uuid.uuid4
    uuid.uuid4 = lambda: uuid.UUID(int=next(made))  # the same UIDs for new cards in both databases
    open_database(path)
    states = []
    try:
        database.execute_sql("INSERT INTO sync_local_change (kind, uid, seq) VALUES ('calendar', 'x', 41)")
        with database.atomic():  # a contact without a UID: its rows name none, so they use no seq
            editing.save(editing.ContactData(first_name="Jens", last_name="Hansen3", phones=[
                editing.PhoneData("20 30 03 50")]))
            database.execute_sql("UPDATE contact SET uid = NULL")
        for file in files:
            vcard.import_file(file)
            states.append({
                "journal": database.execute_sql("SELECT * FROM sync_local_change ORDER BY seq, uid").fetchall(),
                "bulk_journal": database.execute_sql("SELECT * FROM bulk_journal").fetchall(),
                "rows": [database.execute_sql(f"SELECT count(*) FROM {table}").fetchone()[0]
                         for table in ("contact", *journal.CHILDREN, "contact_group_member")],
            })
    finally:
        uuid.uuid4 = uuid4
        close_database()
    return states


@contextlib.contextmanager
def _triggers_only(children=()):
    yield []


def test_a_bulk_contacts_write_journals_what_the_per_row_triggers_journal(tmp_path, monkeypatch):
    monkeypatch.setattr(importing, "BATCH", 9)  # many batches: the journal's seq runs on from batch to batch
    monkeypatch.setattr(importing, "PAUSE", 0)
    monkeypatch.setattr(editing, "ROWS_PER_INSERT", 4)  # several statements per table and batch
    files = [_vcf(tmp_path / "first.vcf", 40), _vcf(tmp_path / "again.vcf", 50, "Direktør")]
    bulk = _run(tmp_path / "bulk.db", files)
    monkeypatch.setattr(journal, "journalled", _triggers_only)  # the triggers do it all
    per_row = _run(tmp_path / "per-row.db", files)
    assert bulk[-1]["rows"][0] > 40 and all(bulk[-1]["rows"])  # contacts and rows of every child table
    assert len(bulk[-1]["journal"]) > 40 and bulk[-1]["bulk_journal"] == []
    assert bulk == per_row


def _insert(contact_id: int, uid: str) -> None:
    now = "2026-12-04 08:00:00"
    values = editing._contact_values(editing.ContactData(first_name=uid), [], now)
    editing._insert_rows(database.cursor(), editing._INSERT_CONTACT, [(contact_id, uid, now, *values, 1)])


def test_inside_the_block_the_contacts_insert_triggers_stand_aside(db):
    with database.atomic():
        with journal.journalled(["contact_phone"]) as inserted:
            _insert(1, "a")
            inserted.append("a")
            database.execute_sql("INSERT INTO contact_phone (contact_id, kind, label, typed, digits, position) "
                                 "VALUES (1, 'mobile', '', '12', '12', 0)")
            assert database.execute_sql("SELECT count(*) FROM sync_local_change").fetchone()[0] == 0
        assert database.execute_sql("SELECT kind, uid, seq FROM sync_local_change").fetchall() == [
            ("addressbook", "a", 2)]  # two firings: the contact's, then its number's
        assert database.execute_sql("SELECT count(*) FROM bulk_journal").fetchone()[0] == 0
    with database.atomic():  # outside the block the triggers journal every insert as before
        _insert(2, "b")
    assert database.execute_sql("SELECT uid, seq FROM sync_local_change ORDER BY seq").fetchall() == [
        ("a", 2), ("b", 3)]
