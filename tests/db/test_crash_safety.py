"""Crash safety: SIGKILL in the middle of a series of writes leaves an intact database with every
acknowledged write present and no half-done transaction."""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import sys
import textwrap

import pytest

WRITER = textwrap.dedent("""
    import sys
    from opsassistant.db.database import open_database
    from opsassistant.db.models import database
    from opsassistant.db.models.settings import Setting
    from opsassistant.services import principals

    open_database(sys.argv[1])
    i = 0
    while True:
        i += 1
        # one service write (its own transaction) ...
        saved = principals.save(principals.PrincipalData(name=f"Person {i}", title="x" * (i % 50)))
        # ... and one two-row transaction that must land whole or not at all
        with database.atomic():
            Setting.create(key=f"pair-{i}-a", value=str(saved.id))
            Setting.create(key=f"pair-{i}-b", value=str(saved.id))
        print(saved.id, flush=True)
""")


@pytest.mark.parametrize("kill_after", [5, 120])
def test_sigkill_mid_series_loses_no_acknowledged_write(db_path, kill_after):
    from opsassistant.db.database import close_database, open_database

    open_database(db_path)  # create and migrate first so the writer starts writing at once
    close_database()
    proc = subprocess.Popen([sys.executable, "-c", WRITER, str(db_path)], stdout=subprocess.PIPE, text=True)
    acknowledged = []
    try:
        while len(acknowledged) < kill_after:
            line = proc.stdout.readline()
            assert line, "the writer stopped before it was killed"
            acknowledged.append(int(line))
    finally:
        proc.kill()  # SIGKILL on POSIX (TerminateProcess on Windows): no clean-up runs
        proc.wait(timeout=10)
    if sys.platform != "win32":
        assert proc.returncode == -signal.SIGKILL
    acknowledged += [int(line) for line in proc.stdout.read().split()]  # printed before the kill landed

    conn = sqlite3.connect(db_path)  # a plain connection: recovers the WAL like any reader would
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        ids = {row[0] for row in conn.execute("SELECT id FROM principal")}
        assert set(acknowledged) <= ids
        pairs = dict(conn.execute("SELECT key, value FROM setting WHERE key LIKE 'pair-%'").fetchall())
    finally:
        conn.close()
    halves = {key.rsplit("-", 1)[0] for key in pairs}
    for half in halves:
        assert f"{half}-a" in pairs and f"{half}-b" in pairs, f"half a transaction landed: {half}"
    assert len(halves) >= len(acknowledged)

    open_database(db_path)  # and the app opens it as usual
    from opsassistant.db.backup import check_database
    from opsassistant.db.models import database

    assert check_database(database).ok
    close_database()
