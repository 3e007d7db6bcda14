"""Schema v1 is frozen as SQL text; a stored v1 file migrates; a file without our mark but with our tables opens."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

STORED_V1 = Path(__file__).with_name("data") / "schema_v1.db"  # made by version 1, with a few records


def _schema(path: Path) -> list[tuple[str, str, str]]:
    conn = sqlite3.connect(path)
    try:
        shadow = {row[1] for row in conn.execute("PRAGMA table_list") if row[2] == "shadow"}
        return sorted((t, n, s) for t, n, s in conn.execute(
            "SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL") if n not in shadow)
    finally:
        conn.close()


def test_schema_v1_sql_is_the_ddl_models_created_at_version_1():
    from opsassistant.db.migrations import SCHEMA_V1, sql_statements

    statements = sql_statements(SCHEMA_V1.read_text(encoding="utf-8"))
    stored = {s for _, _, s in _schema(STORED_V1)}
    assert {s.rstrip(";") for s in statements} == stored


def test_a_stored_v1_database_migrates_and_keeps_its_records(tmp_path):
    from opsassistant.db.backup import check_database
    from opsassistant.db.database import APPLICATION_ID, close_database, open_database
    from opsassistant.db.migrations import SCHEMA_VERSION
    from opsassistant.db.models import database

    old = tmp_path / "old.db"
    shutil.copyfile(STORED_V1, old)
    open_database(old)
    try:
        assert database.execute_sql("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert database.execute_sql("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
        assert check_database(database).ok
        from opsassistant.services.contacts import editing

        contact = editing.snapshot(1)
        assert (contact.last_name, [p.typed for p in contact.phones]) == ("Ærøsen", ["20 30 40 50"])
        assert database.execute_sql("SELECT message, urgent FROM call").fetchall() == [
            ("Ring tilbage om budgettet", 1)]
    finally:
        close_database()
    fresh = tmp_path / "fresh.db"
    open_database(fresh)
    close_database()
    assert _schema(old) == _schema(fresh)  # v1 + migrations gives what a new database gets


def test_every_model_column_exists_in_a_new_database(db):
    from opsassistant.db.models import ALL_MODELS

    for model in ALL_MODELS:
        columns = {c.name for c in db.get_columns(model._meta.table_name)}
        assert {f.column_name for f in model._meta.sorted_fields} <= columns, model.__name__


def test_a_failing_first_migration_leaves_nothing_behind(db_path, monkeypatch):
    from opsassistant.db import migrations
    from opsassistant.db.database import close_database, open_database

    def broken(db):
        migrations._to_1(db)
        raise RuntimeError("power cut")

    monkeypatch.setattr(migrations, "MIGRATIONS", [broken, *migrations.MIGRATIONS[1:]])
    with pytest.raises(RuntimeError):
        open_database(db_path)
    close_database()
    conn = sqlite3.connect(db_path)
    try:
        assert conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] == 0
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 0
        assert conn.execute("PRAGMA application_id").fetchone()[0] == 0
    finally:
        conn.close()
    monkeypatch.undo()
    open_database(db_path)  # and the next start makes it properly
    close_database()


def test_our_tables_without_our_mark_open_and_get_the_mark(tmp_path):
    """What an older version left when it crashed between its first migration and setting application_id."""
    from opsassistant.db.database import APPLICATION_ID, close_database, open_database
    from opsassistant.db.models import database

    path = tmp_path / "unmarked.db"
    shutil.copyfile(STORED_V1, path)
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA application_id = 0")
    conn.commit()
    conn.close()
    open_database(path)
    try:
        assert database.execute_sql("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
        assert database.execute_sql("SELECT count(*) FROM call").fetchone()[0] == 1
    finally:
        close_database()


def test_another_programs_database_is_still_refused(tmp_path, capsys):
    from opsassistant import cli

    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE call (id INTEGER)")  # one of our names, but not our schema
    conn.execute("PRAGMA user_version = 1")
    conn.commit()
    conn.close()
    assert cli.main(["--database", str(path), "list", "calls"]) == 1
    assert "another program" in capsys.readouterr().err
