"""The command-line contract of DESIGN.md: commands, exit codes, --json keys, messages in the chosen language."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from datetime import date, timedelta

import pytest

from opsassistant import __version__
from opsassistant.db.database import APPLICATION_ID


def rows(path, table: str) -> int:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    finally:
        conn.close()


def test_version_in_process(run):
    outcome = run("--version")
    assert outcome.code == 0
    assert __version__ in outcome.out


def test_version_as_a_program():
    done = subprocess.run([sys.executable, "-m", "opsassistant", "--version"], capture_output=True, text=True,
                          timeout=60)
    assert done.returncode == 0
    assert f"Ops Assistant {__version__}" in done.stdout


def test_demo_fills_an_empty_database(run, db_path):
    outcome = run("--database", db_path, "demo")
    assert outcome.code == 0, outcome.err
    assert "80 contacts" in outcome.out
    assert rows(db_path, "contact") == 80


def test_demo_refuses_a_database_that_is_not_empty(run, demo_db):
    before = rows(demo_db, "contact")
    outcome = run("demo", "--database", demo_db)
    assert outcome.code == 1
    assert "not empty" in outcome.err
    assert outcome.err.count("\n") == 1, "one clear sentence"
    assert rows(demo_db, "contact") == before


def test_danish_messages_with_lang_da(run, demo_db):
    outcome = run("demo", "--database", demo_db, "--lang", "da")
    assert outcome.code == 1
    assert "Databasen er ikke tom" in outcome.err


def test_check_reports_integrity_and_counts(run, demo_db):
    outcome = run("check", "--database", demo_db)
    assert outcome.code == 0, outcome.err
    assert "Integrity: ok" in outcome.out
    from opsassistant.db.migrations import SCHEMA_VERSION

    assert f"Schema version: {SCHEMA_VERSION}" in outcome.out
    assert "contact: 80" in outcome.out


def test_list_contacts_text_and_search(run, demo_db):
    outcome = run("list", "contacts", "--database", demo_db)
    assert outcome.code == 0
    assert len(outcome.out.splitlines()) == 80
    found = run("list", "contacts", "--search", "Walsh", "--json", "--database", demo_db)
    names = [r["name"] for r in json.loads(found.out)]
    assert names == ["Jennifer Walsh"]


def test_list_calls_open_only(run, demo_db):
    records = json.loads(run("list", "calls", "--open", "--json", "--database", demo_db).out)
    assert records
    assert {r["status"] for r in records} == {"open"}


def test_recurring_event_listed_once_per_occurrence(run, demo_db):
    monday = date.today() - timedelta(days=date.today().weekday())
    outcome = run("list", "events", "--from", monday - timedelta(weeks=1), "--to", monday + timedelta(days=13),
                  "--json", "--database", demo_db)
    records = json.loads(outcome.out)
    leader_meetings = [r for r in records if r["title"] == "Ledermøde"]
    assert len(leader_meetings) == 3
    assert len({r["start"] for r in leader_meetings}) == 3


def test_list_with_bad_date_is_usage_error(run, demo_db):
    assert run("list", "events", "--from", "tomorrow", "--database", demo_db).code == 2


@pytest.mark.parametrize("argv", [
    ("list", "nonsense"),
    ("export", "contacts"),  # no -o
    ("report", "agenda"),  # no -o
    ("import",),
    ("--lang", "fr", "check"),
    ("frobnicate",),
])
def test_wrong_usage_exits_2(run, argv, db_path):
    outcome = run(*argv)
    assert outcome.code == 2
    assert "usage:" in outcome.err
    assert not db_path.exists()


def test_backup_to_a_file(run, demo_db, tmp_path):
    target = tmp_path / "copy.db"
    outcome = run("backup", "-o", target, "--database", demo_db)
    assert outcome.code == 0, outcome.err
    assert str(target) in outcome.out
    assert rows(target, "contact") == 80
    conn = sqlite3.connect(target)
    assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    conn.close()


def test_backup_default_goes_beside_the_database(run, demo_db):
    assert run("backup", "--database", demo_db).code == 0
    backups = list((demo_db.parent / "backups").glob("*.db"))
    assert len(backups) == 1


def test_restore_replaces_and_keeps_a_safety_copy(run, demo_db, tmp_path, db_path):
    backup = tmp_path / "before.db"
    assert run("backup", "-o", backup, "--database", demo_db).code == 0
    # The live database changes after the backup: a call is logged.
    assert run("log-call", "--number", "+45 33 12 34 56", "--database", demo_db).code == 0
    calls_after = rows(demo_db, "call")
    outcome = run("restore", backup, "--database", demo_db)
    assert outcome.code == 0, outcome.err
    assert rows(demo_db, "call") == calls_after - 1
    safety = list((demo_db.parent / "backups").glob("*before-restore*.db"))
    assert len(safety) == 1
    assert rows(safety[0], "call") == calls_after


def _not_sqlite(tmp_path):
    path = tmp_path / "notes.db"
    path.write_text("my notes, certainly not a database\n")
    return path


def _foreign_sqlite(tmp_path):
    path = tmp_path / "recipes.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE recipe (name TEXT)")
    conn.commit()
    conn.close()
    return path


@pytest.mark.parametrize("make", [_not_sqlite, _foreign_sqlite])
def test_restore_refuses_files_that_are_not_ours(run, demo_db, tmp_path, make):
    candidate = make(tmp_path)
    before_live, before_candidate = demo_db.read_bytes(), candidate.read_bytes()
    outcome = run("restore", candidate, "--database", demo_db)
    assert outcome.code == 1
    assert outcome.err.startswith("opsassistant: ")
    assert "Nothing was changed" in outcome.err
    assert demo_db.read_bytes() == before_live
    assert candidate.read_bytes() == before_candidate


def test_restore_of_a_missing_file_fails(run, demo_db, tmp_path):
    outcome = run("restore", tmp_path / "absent.db", "--database", demo_db)
    assert outcome.code == 1
    assert "There is no file" in outcome.err


def test_import_of_garbage_changes_nothing(run, demo_db, tmp_path):
    garbage = tmp_path / "garbage.vcf"
    garbage.write_bytes(bytes(range(256)) * 40)
    before = {t: rows(demo_db, t) for t in ("contact", "event", "call")}
    outcome = run("import", garbage, "--database", demo_db)
    assert outcome.code == 1
    assert "Nothing was imported" in outcome.err
    assert {t: rows(demo_db, t) for t in before} == before


def test_import_of_a_missing_file_fails(run, demo_db, tmp_path):
    outcome = run("import", tmp_path / "nowhere.vcf", "--database", demo_db)
    assert outcome.code == 1
    assert "There is no file" in outcome.err


def test_restore_is_refused_while_the_app_has_the_database_open(run, demo_db, tmp_path):
    import subprocess
    import sys

    backup = tmp_path / "before.db"
    assert run("backup", "-o", backup, "--database", demo_db).code == 0
    holder = subprocess.Popen(
        [sys.executable, "-c", "import sys, time; from opsassistant.db.lock import acquire; "
         "lock = acquire(sys.argv[1]); print('held', flush=True); time.sleep(30)", str(demo_db)],
        stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "held"
        before = demo_db.read_bytes()
        outcome = run("restore", backup, "--database", demo_db)
        assert outcome.code == 1
        assert "in use" in outcome.err
        assert demo_db.read_bytes() == before
    finally:
        holder.kill()
        holder.wait()
