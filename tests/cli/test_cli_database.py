"""A bad ``--database``: exit 1, one clear sentence on stderr, and the file left exactly as it was."""

from __future__ import annotations

import os
import sqlite3

import pytest


def _not_sqlite(tmp_path):
    path = tmp_path / "notes.db"
    path.write_text("shopping list: milk, bread\n")
    return path


def _not_ours(tmp_path):
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE song (title TEXT)")
    conn.execute("INSERT INTO song VALUES ('Den blå anemone')")
    conn.commit()
    conn.close()
    return path


def _make(path):
    from opsassistant.db.database import close_database, open_database

    open_database(path)
    close_database()


def _newer(tmp_path):
    path = tmp_path / "newer.db"
    _make(path)
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version = 99")
    conn.commit()
    conn.close()
    for suffix in ("-wal", "-shm"):
        (tmp_path / f"newer.db{suffix}").unlink(missing_ok=True)
    return path


EXPECTED = {
    _not_sqlite: "is not a database file",
    _not_ours: "another program",
    _newer: "newer version",
}


@pytest.mark.parametrize("make", list(EXPECTED), ids=lambda f: f.__name__)
@pytest.mark.parametrize("command", [("check",), ("list", "contacts"), ("demo",), ("backup",)])
def test_bad_database_is_refused_untouched(run, tmp_path, make, command):
    path = make(tmp_path)
    before = path.read_bytes()
    outcome = run(*command, "--database", path)
    assert outcome.code == 1
    assert EXPECTED[make] in outcome.err
    assert outcome.err.count("\n") == 1 and outcome.out == ""
    assert path.read_bytes() == before
    # Nothing new beside it (SQLite's own shared-memory index of a WAL file aside).
    assert sorted(p.name for p in tmp_path.iterdir() if not p.name.endswith(("-shm", "-wal"))) == [path.name]


def test_unwritable_folder_is_refused(run, tmp_path, monkeypatch):
    folder = tmp_path / "locked"
    folder.mkdir()
    real_access = os.access
    monkeypatch.setattr(os, "access", lambda p, mode, *a, **k: False if str(p).startswith(str(folder))
                        else real_access(p, mode, *a, **k))
    outcome = run("demo", "--database", folder / "ops.db")
    assert outcome.code == 1
    assert "Cannot write to the folder" in outcome.err
    assert list(folder.iterdir()) == []


def test_unwritable_existing_database_is_refused(run, tmp_path, monkeypatch):
    path = tmp_path / "ops.db"
    _make(path)
    before = path.read_bytes()
    real_access = os.access
    monkeypatch.setattr(os, "access", lambda p, mode, *a, **k: False if mode & os.W_OK
                        and str(p).startswith(str(tmp_path)) else real_access(p, mode, *a, **k))
    outcome = run("demo", "--database", path)
    assert outcome.code == 1
    assert path.read_bytes() == before


def test_directory_given_as_database(run, tmp_path):
    outcome = run("check", "--database", tmp_path)
    assert outcome.code == 1
    assert "is not a database file" in outcome.err


def test_bad_database_message_in_danish(run, tmp_path):
    path = _not_sqlite(tmp_path)
    outcome = run("check", "--database", path, "--lang", "da")
    assert outcome.code == 1
    assert "er ikke en databasefil" in outcome.err


@pytest.mark.parametrize("command", [("check",), ("list", "contacts"), ("backup",), ("export", "contacts", "-o", "x.vcf"),
                                     ("report", "phonelist", "-o", "x.pdf")])
def test_read_commands_on_a_missing_database_say_so_and_create_nothing(run, tmp_path, command):
    mistyped = tmp_path / "opsasistant.db"
    outcome = run(*[str(tmp_path / c) if c.startswith("x.") else c for c in command], "--database", mistyped)
    assert outcome.code == 1
    assert outcome.err == f"opsassistant: There is no database {mistyped}. Check the name, or start the program " \
                          "once to create it.\n"
    assert list(tmp_path.iterdir()) == []


def test_a_read_only_database_can_be_listed(run, tmp_path, monkeypatch):
    path = tmp_path / "ops.db"
    _make(path)
    assert run("log-call", "--number", "+4520304050", "--name", "Ida Holm", "--database", path).code == 0
    before = path.read_bytes()
    real_access = os.access
    monkeypatch.setattr(os, "access", lambda p, mode, *a, **k: False if mode & os.W_OK
                        and str(p).startswith(str(tmp_path)) else real_access(p, mode, *a, **k))
    outcome = run("list", "calls", "--json", "--database", path)
    assert outcome.code == 0, outcome.err
    assert '"name": "Ida Holm"' in outcome.out
    assert path.read_bytes() == before
    from opsassistant.db.models import database

    run("list", "calls", "--database", path)
    assert "mode=ro" in database.database  # opened read-only: SQLite itself refuses any write
    assert run("log-call", "--number", "+4511111111", "--database", path).code == 1  # writing is still refused
