"""The local change log (migration 15) that lets an incremental sync compare only what was written here since
the last sync: every writer is caught — raw SQL from another connection, another ``opsassistant`` process —
and a sync against a real Radicale then sends exactly that change, and nothing when nothing changed."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from datetime import UTC, datetime

import pytest

from opsassistant.db.models import Event, database
from opsassistant.devtools import sync_objects as so
from opsassistant.interop import ical
from opsassistant.services.contacts import editing as contact_editing
from opsassistant.services.sync import accounts, local, local_changes, local_contacts
from opsassistant.sync import engine
from tests.sync.test_contacts_sync import card, get_card, make_book, put_card
from tests.sync.test_two_way import calendar_of, new_event, phone_text, server_texts


def seq_of(kind: str, uid: str) -> int | None:
    row = database.execute_sql("SELECT seq FROM sync_local_change WHERE kind = ? AND uid = ?", [kind, uid]).fetchone()
    return row[0] if row else None


def raw(db_path, sql: str, params: dict | tuple = ()) -> int:
    """One write by another program: its own sqlite3 connection, committed and closed."""
    connection = sqlite3.connect(db_path)
    try:
        connection.execute("PRAGMA foreign_keys = ON")
        changed = connection.execute(sql, params).rowcount
        connection.commit()
        return changed
    finally:
        connection.close()


def test_a_raw_write_to_any_table_the_event_fingerprint_reads_logs_the_object(db, db_path, executive, tmp_path):
    path = tmp_path / "series.ics"
    path.write_text(so.event_text(0), encoding="utf-8")  # a weekly series with a moved occurrence, an attendee
    ical.import_file(path)
    uid = so.event_uid(0)
    master = Event.alive().where((Event.uid == uid) & Event.series.is_null()).get().id
    raw(db_path, "UPDATE event SET uid = NULL WHERE series_id = ?", (master,))  # an override found by its series
    writes = [
        ("UPDATE event SET location = 'Kantinen' WHERE id = :m", 1),
        ("UPDATE event SET title = 'Flyttet' WHERE series_id = :m", 1),
        ("UPDATE event SET reminder_minutes = 30 WHERE id = :m", 1),
        ("INSERT INTO event_attendee (event_id, contact_id, name, email, status) "
         "VALUES (:m, NULL, 'Ny', 'ny@example.dk', 'needs-action')", 1),
        ("UPDATE event_attendee SET status = 'declined' WHERE event_id = :m", 2),
        ("DELETE FROM event_attendee WHERE email = 'ny@example.dk'", 1),
        ("DELETE FROM event_principal WHERE event_id = :m", 1),
        ("INSERT INTO event_principal (event_id, principal_id) VALUES (:m, :p)", 1),
        ("UPDATE event_principal SET principal_id = :p WHERE event_id = :m", 1),
        ("DELETE FROM event WHERE series_id = :m", 1),
        ("UPDATE event SET deleted_at = '2026-12-01 10:00:00' WHERE id = :m", 1),
    ]
    for sql, rows in writes:
        before = local_changes.current_seq()
        assert raw(db_path, sql, {"m": master, "p": executive.id}) == rows, sql
        assert seq_of("calendar", uid) == local_changes.current_seq() > before, sql


def test_a_raw_write_to_any_table_the_contact_fingerprint_reads_logs_the_contact(db, db_path):
    contact_id = contact_editing.save(contact_editing.ContactData(first_name="Jens", last_name="Berg",
                                                                  groups=["Bestyrelse"])).id
    local_contacts.ensure_uids()
    uid = database.execute_sql("SELECT uid FROM contact WHERE id = ?", [contact_id]).fetchone()[0]
    writes = [
        "UPDATE contact SET title = 'Direktør' WHERE id = :c",
        "INSERT INTO contact_phone (contact_id, kind, label, typed, e164, digits, position) "
        "VALUES (:c, 'mobile', '', '20 12 34 56', NULL, '20123456', 0)",
        "UPDATE contact_phone SET typed = '20 12 34 57' WHERE contact_id = :c",
        "INSERT INTO contact_email (contact_id, kind, address, position) VALUES (:c, 'work', 'jens@example.dk', 0)",
        "UPDATE contact_email SET address = 'jb@example.dk' WHERE contact_id = :c",
        "INSERT INTO contact_address (contact_id, kind, street, postcode, city, region, country, position) "
        "VALUES (:c, 'work', 'Havnegade 1', '8000', 'Aarhus', '', 'Danmark', 0)",
        "DELETE FROM contact_address WHERE contact_id = :c",
        "UPDATE contact_group SET name = 'Direktionen' WHERE id IN (SELECT group_id FROM contact_group_member "
        "WHERE contact_id = :c)",
        "DELETE FROM contact_group_member WHERE contact_id = :c",
        "DELETE FROM contact_phone WHERE contact_id = :c",
        "UPDATE contact SET deleted_at = '2026-12-01 10:00:00' WHERE id = :c",
    ]
    for sql in writes:
        before = local_changes.current_seq()
        assert raw(db_path, sql, {"c": contact_id}) == 1, sql
        assert seq_of("addressbook", uid) == local_changes.current_seq() > before, sql


@pytest.fixture
def office(radicale, executive, memory_keyring):
    """An account on a real Radicale whose one calendar is the executive's."""
    accounts.add("office", radicale.url, radicale.user, radicale.password)
    engine.discover("office")
    return radicale


def calendar_id() -> int:
    [collection] = [c for c in accounts.collections(accounts.find("office").id) if c.kind == "calendar"]
    return collection.id


def test_a_raw_sql_edit_from_another_connection_is_sent_and_nothing_else(office, db_path):
    cal = calendar_of(office)
    for n in (1, 2, 3):
        cal.save_event(phone_text(f"raw-{n}", f"Møde {n}", hour=8 + n))
    assert engine.sync_account("office").received == 3
    assert local.plan(calendar_id()).uids == []  # the sync's own imports are not compared again
    assert engine.sync_account("office").sent == 0
    before = server_texts(office)

    raw(db_path, "UPDATE event SET location = 'Kantinen' WHERE uid = 'raw-2' AND series_id IS NULL")
    assert local.plan(calendar_id()).uids == ["raw-2"]
    report = engine.sync_account("office")

    after = server_texts(office)
    assert (report.sent, report.received, report.deleted_there) == (1, 0, 0)
    assert "LOCATION:Kantinen" in after["raw-2"]
    assert "X-PHONE-COLOUR;X-SHADE=dark:teal" in after["raw-2"]  # the server's own copy, edited
    assert after["raw-1"] == before["raw-1"] and after["raw-3"] == before["raw-3"]
    assert local.plan(calendar_id()).uids == []

    raw(db_path, "INSERT INTO event_attendee (event_id, contact_id, name, email, status) SELECT id, NULL, "
                 "'Ane Lund', 'ane@example.dk', 'needs-action' FROM event WHERE uid = 'raw-3'")
    assert engine.sync_account("office").sent == 1
    assert "ane@example.dk" in server_texts(office)["raw-3"]

    raw(db_path, "UPDATE event SET deleted_at = '2026-12-01 10:00:00' WHERE uid = 'raw-1'")
    report = engine.sync_account("office")
    assert (report.sent, report.deleted_there) == (0, 1)
    assert sorted(server_texts(office)) == ["raw-2", "raw-3"]


def test_an_edit_by_an_opsassistant_process_is_sent_at_the_next_sync(office, db_path, tmp_path):
    calendar_of(office).save_event(phone_text("proc-1", "Budgetmøde"))
    calendar_of(office).save_event(phone_text("proc-2", "Frokost", hour=12))
    engine.sync_account("office")
    path = tmp_path / "changed.ics"
    path.write_text(phone_text("proc-1", "Budgetmøde (ny tid)", hour=14), encoding="utf-8")

    done = subprocess.run([sys.executable, "-m", "opsassistant", "import", str(path), "--database", str(db_path)],
                          capture_output=True, text=True, env={**os.environ, "PYTHONPATH": os.getcwd()}, timeout=120)
    assert done.returncode == 0, done.stderr
    assert local.plan(calendar_id()).uids == ["proc-1"]
    before = server_texts(office)["proc-2"]
    report = engine.sync_account("office")

    assert report.sent == 1
    assert "SUMMARY:Budgetmøde (ny tid)" in server_texts(office)["proc-1"]
    assert server_texts(office)["proc-2"] == before


def test_a_calendar_given_to_another_principal_compares_everything_once(office, team_member):
    engine.sync_account("office")
    new_event("Mads' kundemøde", datetime(2026, 12, 8, 9, tzinfo=UTC), team_member.id)  # not the calendar's principal yet
    assert engine.sync_account("office").sent == 0
    accounts.map_collection("office", "Karen", team_member.name)

    assert local.plan(calendar_id()).uids is None  # whose calendar it is changed: every event is compared
    assert engine.sync_account("office").sent == 1
    assert any("Mads' kundemøde" in text for text in server_texts(office).values())


def test_a_raw_sql_edit_of_a_contacts_phone_sends_that_card_only(office, db_path):
    book = make_book(office)
    put_card(office, book, "a.vcf", card("card-a", "Ane"))
    put_card(office, book, "b.vcf", card("card-b", "Bo"))
    engine.discover("office")
    assert engine.sync_account("office").received == 2
    assert engine.sync_account("office").sent == 0
    before_b = get_card(office, book, "b.vcf")

    raw(db_path, "UPDATE contact_phone SET typed = '+45 31 31 31 31' WHERE contact_id = "
                 "(SELECT id FROM contact WHERE uid = 'card-a')")
    report = engine.sync_account("office")

    assert report.sent == 1
    assert "+45 31 31 31 31" in get_card(office, book, "a.vcf")
    assert "X-PHONETIC-LAST-NAME:HAN-sen" in get_card(office, book, "a.vcf")
    assert get_card(office, book, "b.vcf") == before_b
