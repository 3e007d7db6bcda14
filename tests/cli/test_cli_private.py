"""Files as private as the data: outputs 0600 (or stricter), never written over the database or its backups."""

from __future__ import annotations

import os
import stat

import pytest


@pytest.mark.parametrize("argv", [("export", "contacts", "-o", "OUT.vcf"), ("export", "calls", "-o", "OUT.csv"),
                                  ("report", "phonelist", "-o", "OUT.pdf")])
def test_exports_and_reports_are_owner_only(run, demo_db, tmp_path, argv):
    old = os.umask(0o022)
    try:
        outcome = run(*[str(tmp_path / a) if a.startswith("OUT") else a for a in argv], "--database", demo_db)
    finally:
        os.umask(old)
    assert outcome.code == 0, outcome.err
    written = next(tmp_path.glob("OUT.*"))
    assert stat.S_IMODE(written.stat().st_mode) == 0o600


def test_a_stricter_umask_is_followed(run, demo_db, tmp_path):
    old = os.umask(0o277)
    try:
        assert run("export", "contacts", "-o", tmp_path / "c.vcf", "--database", demo_db).code == 0
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "c.vcf").stat().st_mode) == 0o400


@pytest.mark.parametrize("target", ["{db}", "{db}-wal", "{db}-shm", "BACKUP"])
def test_output_onto_the_database_or_a_backup_is_refused(run, demo_db, target):
    assert run("backup", "--database", demo_db).code == 0
    backup = next((demo_db.parent / "backups").glob("demo-*-manual.db"))
    path = backup if target == "BACKUP" else type(demo_db)(target.format(db=demo_db))
    before = path.read_bytes() if path.exists() else None
    db_before = demo_db.read_bytes()
    outcome = run("export", "contacts", "-o", path, "--database", demo_db)
    assert outcome.code == 1
    assert outcome.err == (f"opsassistant: {path} is the database or one of its backups; choose another file name. "
                           "Nothing was written.\n")
    assert (path.read_bytes() if path.exists() else None) == before
    assert demo_db.read_bytes() == db_before


def test_backup_onto_the_database_is_refused(run, demo_db):
    before = demo_db.read_bytes()
    outcome = run("backup", "-o", demo_db, "--database", demo_db)
    assert outcome.code == 1 and "is the database" in outcome.err
    assert demo_db.read_bytes() == before
