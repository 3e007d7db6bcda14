import os
import sqlite3
import stat

import pytest

from opsassistant.db.database import APPLICATION_ID, close_database, open_database
from opsassistant.db.errors import NewerVersionError, NotOursError, NotSQLiteError, NotWritableError
from opsassistant.db.migrations import SCHEMA_VERSION


def test_new_database_is_private_and_versioned(db, db_path):
    assert stat.S_IMODE(os.stat(db_path).st_mode) == 0o600
    assert db.execute_sql("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert db.execute_sql("PRAGMA application_id").fetchone()[0] == APPLICATION_ID


def test_pragmas(db):
    assert db.execute_sql("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute_sql("PRAGMA foreign_keys").fetchone()[0] == 1
    assert db.execute_sql("PRAGMA busy_timeout").fetchone()[0] == 10_000  # sqlite3.connect(timeout=) too


def test_every_area_has_its_tables(db):
    tables = set(db.get_tables())
    for name in ("principal", "contact", "contact_phone", "event", "event_attendee", "call", "outing",
                 "expense", "trip", "trip_segment", "contact_fts"):
        assert name in tables


def test_reopening_keeps_data(db, db_path, executive):
    close_database()
    open_database(db_path)
    from opsassistant.db.models import Principal

    assert Principal.get().name == "Karen Holm"


def _bytes(path):
    return path.read_bytes()


def test_not_sqlite_is_refused_untouched(tmp_path):
    path = tmp_path / "notes.db"
    path.write_text("these are my notes, not a database")
    before = _bytes(path)
    with pytest.raises(NotSQLiteError):
        open_database(path)
    assert _bytes(path) == before


def test_foreign_sqlite_is_refused_untouched(tmp_path):
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE recipes (name TEXT)")
    conn.commit()
    conn.close()
    before = _bytes(path)
    with pytest.raises(NotOursError):
        open_database(path)
    assert _bytes(path) == before
    assert not (tmp_path / "other.db-wal").exists()


def test_newer_version_is_refused_untouched(db, db_path):
    db.execute_sql(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    close_database()
    before = _bytes(db_path)
    with pytest.raises(NewerVersionError) as error:
        open_database(db_path)
    assert "newer version" in str(error.value)
    assert _bytes(db_path) == before
    assert not db_path.with_name(db_path.name + "-shm").exists()
    assert not db_path.with_name(db_path.name + "-wal").exists()


def test_unwritable_folder_is_refused(tmp_path, monkeypatch):
    folder = tmp_path / "locked"
    folder.mkdir()
    # Tests may run as root, who can write anywhere: pretend the folder denies writing.
    monkeypatch.setattr(os, "access", lambda path, mode: not str(path).startswith(str(folder)))
    with pytest.raises(NotWritableError):
        open_database(folder / "ops.db")
    assert not (folder / "ops.db").exists()


def test_older_schema_is_backed_up_before_migrating(db, db_path, monkeypatch):
    from opsassistant.db import migrations

    extra_ran = []
    monkeypatch.setattr(migrations, "MIGRATIONS", [*migrations.MIGRATIONS, lambda database: extra_ran.append(1)])
    monkeypatch.setattr(migrations, "SCHEMA_VERSION", SCHEMA_VERSION + 1)
    close_database()
    open_database(db_path)
    assert extra_ran == [1]
    assert db.execute_sql("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION + 1
    backups = list((db_path.parent / "backups").glob("*.db"))
    assert len(backups) == 1
    conn = sqlite3.connect(backups[0])
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    conn.close()


def test_a_file_opened_after_a_read_only_open_is_opened_as_a_plain_file(tmp_path):
    """peewee's init adds to the last open's parameters: a normal open after a read-only one kept ``uri=True``,
    and the contacts' background count (which opens the same file read-only) then gave up."""
    from opsassistant.db.database import open_read_only
    from opsassistant.db.models import database
    from opsassistant.services.contacts.counting import Counter

    first, second = tmp_path / "first.db", tmp_path / "second.db"
    open_database(first)
    close_database()
    open_read_only(first)
    assert database.connect_params.get("uri") is True
    close_database()
    open_database(second)
    try:
        assert "uri" not in database.connect_params
        assert Counter.possible()
        database.execute_sql("CREATE TABLE probe (x)")  # writable: the plain file, not a read-only URI
    finally:
        close_database()
