"""Restore and backups that know their database."""

from __future__ import annotations

import os
import shutil
import sqlite3
import stat
import subprocess
import sys
import textwrap
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from opsassistant import cli

HOLD_OPEN = textwrap.dedent("""
    import sys, time
    from opsassistant.db.database import open_database
    from opsassistant.services.calls.logging import CallData, log_call

    open_database(sys.argv[1])  # an import or a script that keeps the database open while it works
    log_call(CallData(number="+4570000000", name="Written while the restore was tried", timezone="UTC"))
    print("open", flush=True)
    sys.stdin.readline()
""")


def _calls(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return sorted(row[0] for row in conn.execute("SELECT name FROM call"))
    finally:
        conn.close()


def _log(path: Path, name: str) -> None:
    assert cli.main(["--database", str(path), "log-call", "--number", "+4520000000", "--name", name]) == 0


def test_restore_refuses_while_another_process_has_the_database_open(db_path, tmp_path, monkeypatch, capsys):
    from opsassistant.db.models import base

    _log(db_path, "Before the backup")
    backup = tmp_path / "backup.db"
    assert cli.main(["--database", str(db_path), "backup", "-o", str(backup)]) == 0
    holder = subprocess.Popen([sys.executable, "-c", HOLD_OPEN, str(db_path)], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "open"
        monkeypatch.setattr(base, "BUSY_TIMEOUT", 0.5)
        capsys.readouterr()
        code = cli.main(["--database", str(db_path), "restore", str(backup)])
        err = capsys.readouterr().err
    finally:
        holder.communicate("done\n", timeout=30)
    assert code == 1
    assert err == (f"opsassistant: The database {db_path} is open in another program (an import, a call being "
                   "logged or another window). Nothing was restored; try again when it has finished.\n")
    assert _calls(db_path) == ["Before the backup", "Written while the restore was tried"]


def test_restore_copies_into_the_live_file_and_keeps_a_safety_copy(db_path, tmp_path, capsys):
    _log(db_path, "In the backup")
    backup = tmp_path / "backup.db"
    assert cli.main(["--database", str(db_path), "backup", "-o", str(backup)]) == 0
    _log(db_path, "After the backup")
    inode = os.stat(db_path).st_ino
    assert cli.main(["--database", str(db_path), "restore", str(backup)]) == 0
    assert _calls(db_path) == ["In the backup"]
    assert os.stat(db_path).st_ino == inode  # the same file: a process that had it open sees the restore
    assert stat.S_IMODE(os.stat(db_path).st_mode) == 0o600
    safety = [p for p in (tmp_path / "backups").glob("ops-*-before-restore.db")]
    assert len(safety) == 1 and _calls(safety[0]) == ["After the backup", "In the backup"]


def test_restore_refuses_a_damaged_backup(db_path, tmp_path, capsys):
    _log(db_path, "Current")
    for i in range(200):
        _log(db_path, f"Filler {i} " + "x" * 300) if i % 50 == 0 else None
    backup = tmp_path / "backup.db"
    assert cli.main(["--database", str(db_path), "backup", "-o", str(backup)]) == 0
    conn = sqlite3.connect(backup)
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'contact'").fetchone()[0]
    conn.close()
    with open(backup, "r+b") as handle:
        handle.seek((root - 1) * 4096)
        handle.write(b"\x0d" + b"\xff" * 40)
    before = db_path.read_bytes()
    capsys.readouterr()
    assert cli.main(["--database", str(db_path), "restore", str(backup)]) == 1
    assert capsys.readouterr().err == (f"opsassistant: The backup {backup} is damaged and was not restored. The "
                                       "current data was not changed; choose another backup.\n")
    assert db_path.read_bytes() == before


def test_a_backup_with_another_page_size_is_restored_and_migrated(db_path, capsys):
    stored_v1 = Path(__file__).with_name("data") / "schema_v1.db"  # page size 1024
    _log(db_path, "Replaced")
    assert cli.main(["--database", str(db_path), "restore", str(stored_v1)]) == 0
    assert _calls(db_path) == ["Jens Ærøsen"]
    assert cli.main(["--database", str(db_path), "check"]) == 0


def test_two_databases_in_one_folder_keep_their_own_backups(tmp_path):
    from opsassistant.db import auto_backup
    from opsassistant.db.database import close_database, open_database

    work, home = tmp_path / "work.db", tmp_path / "work-2.db"
    start = datetime(2026, 11, 1, 9, 0)
    for path in (work, home):
        open_database(path)
        for day in range(14):
            assert auto_backup.run_daily_backup(path, start + timedelta(days=day)) is not None
        close_database()
    for path in (work, home):
        mine = auto_backup.list_backups(path)
        assert len(mine) == 7 + 2  # 8-14 Nov, and the newest of weeks 45 (7 Nov) and 44 (1 Nov)
        assert all(b.path.name.startswith(path.stem + "-2026") for b in mine)


def test_backup_schedule_survives_a_clock_that_was_a_year_ahead(db):
    from opsassistant.db import auto_backup
    from opsassistant.db.models.settings import Setting

    with db.atomic():
        Setting.replace(key=auto_backup.SETTING_KEY, value=(date.today() + timedelta(days=365)).isoformat()).execute()
    assert auto_backup.is_due()


def test_a_failed_backup_leaves_no_part_file(db_path, tmp_path, monkeypatch):
    from opsassistant.db import backup as backup_module
    from opsassistant.db.database import close_database, open_database

    open_database(db_path)
    close_database()
    target = tmp_path / "out" / "copy.db"
    real_connect = sqlite3.connect

    class Full(sqlite3.Connection):
        def backup(self, *args, **kwargs):
            raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(backup_module.sqlite3, "connect", lambda *a, **k: real_connect(*a, factory=Full, **k))
    with pytest.raises(sqlite3.OperationalError):
        backup_module.backup_database(db_path, target)
    assert list(target.parent.iterdir()) == []


def test_backup_part_file_is_private_from_the_first_byte(db_path, tmp_path, monkeypatch):
    from opsassistant.db import backup as backup_module
    from opsassistant.db.database import close_database, open_database

    open_database(db_path)
    close_database()
    seen = []
    real_replace = os.replace

    def watching(src, dst):
        seen.append(stat.S_IMODE(os.stat(src).st_mode))
        return real_replace(src, dst)

    monkeypatch.setattr(backup_module.os, "replace", watching)
    old = os.umask(0o022)
    try:
        written = backup_module.backup_database(db_path, tmp_path / "copy.db")
    finally:
        os.umask(old)
    assert seen == [0o600] and stat.S_IMODE(os.stat(written).st_mode) == 0o600
    shutil.rmtree(tmp_path / "backups", ignore_errors=True)


class _Stop(Exception):
    pass


def test_a_restore_stopped_mid_copy_leaves_the_live_database_as_it_was(db_path, tmp_path):
    """The GUI's Cancel: the progress callback raises between two steps of the copy; SQLite rolls back."""
    from opsassistant.db import backup as backups
    from opsassistant.db.database import close_database, open_database
    from opsassistant.services.calls.logging import CallData, log_call

    open_database(db_path)
    for i in range(400):  # a backup of several copy steps (256 pages each)
        log_call(CallData(number="+4520000001", name=f"In the backup {i}", message="m" * 9000, timezone="UTC"))
    close_database()
    old = backups.backup_database(db_path)
    assert old.stat().st_size > 3 * backups.RESTORE_STEP_PAGES * 4096
    _log(db_path, "After the backup")
    before = _calls(db_path)
    steps: list[tuple[int, int | None]] = []

    def progress(done, total):
        steps.append((done, total))
        if done > 0:
            raise _Stop()

    with pytest.raises(_Stop):
        backups.restore_database(old, db_path, progress=progress)
    assert steps[0] == (0, None) and 0 < steps[-1][0] < steps[-1][1]  # stopped between two steps
    assert _calls(db_path) == before  # nothing of the backup landed
    conn = sqlite3.connect(db_path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        conn.close()
    # and a restore that is let run restores
    backups.restore_database(old, db_path, progress=lambda done, total: None)
    assert "After the backup" not in _calls(db_path) and len(_calls(db_path)) == 400
