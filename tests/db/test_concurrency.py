"""Several processes writing at once: every writer waits its turn (BEGIN IMMEDIATE + busy timeout), none fails.

Real processes, real SQLite locking: four ``log-call`` processes (each running the CLI's ``main`` repeatedly,
the code path a softphone hook takes) and one more connection committing read-then-write transactions.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap

LOG_CALLS = textwrap.dedent("""
    import sys
    from opsassistant import cli

    db, worker, count = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    failures = 0
    for i in range(count):
        code = cli.main(["--database", db, "log-call", "--number", f"+4520{worker:02d}{i:04d}",
                         "--name", f"Worker {worker} call {i}", "--message", "x" * (i % 40)])
        failures += code != 0
    print("failures", failures, flush=True)
""")

OTHER_WRITER = textwrap.dedent("""
    import sys, time
    from pathlib import Path
    from opsassistant.db.database import open_database
    from opsassistant.db.models import database
    from opsassistant.db.models.settings import Setting

    open_database(sys.argv[1])
    stop, deadline = Path(sys.argv[2]), time.monotonic() + 200
    i = 0
    while not stop.exists() and time.monotonic() < deadline:
        i += 1
        with database.atomic():  # reads, then writes: deferred, this is what failed at once
            count = Setting.select().count()
            Setting.replace(key=f"other-{i % 20}", value=str(count)).execute()
        time.sleep(0.005)  # a real second writer (a window, a sync) pauses between actions; a tight loop that
        # never lets go starves SQLite's sleeping busy handlers on a loaded machine
    print("rounds", i, flush=True)
""")


def _spawn(script: str, *args) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-c", script, *map(str, args)], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)


def test_four_log_call_processes_and_another_writer_all_succeed(db_path):
    from opsassistant.db.database import close_database, open_database

    open_database(db_path)
    close_database()
    per_worker = 60
    stop = db_path.with_name("stop")
    other = _spawn(OTHER_WRITER, db_path, stop)
    workers = [_spawn(LOG_CALLS, db_path, w, per_worker) for w in range(4)]
    outputs = [w.communicate(timeout=240) for w in workers]
    stop.touch()
    other_out, other_err = other.communicate(timeout=60)
    assert other.returncode == 0 and int(other_out.split()[-1]) > 0, other_err
    for out, err in outputs:
        assert "Traceback" not in err and "locked" not in err, err
        assert out.strip().splitlines()[-1] == "failures 0", (out, err)
    import sqlite3

    conn = sqlite3.connect(db_path)
    try:
        names = {row[0] for row in conn.execute("SELECT name FROM call")}
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        conn.close()
    assert names == {f"Worker {w} call {i}" for w in range(4) for i in range(per_worker)}


def test_a_write_that_cannot_get_the_lock_ends_in_one_sentence(db_path, monkeypatch, capsys):
    import sqlite3

    from opsassistant import cli
    from opsassistant.db.database import close_database, open_database
    from opsassistant.db.models import base

    open_database(db_path)
    close_database()
    monkeypatch.setattr(base, "BUSY_TIMEOUT", 0.3)
    holder = sqlite3.connect(db_path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # another program in the middle of a long write
    try:
        code = cli.main(["--database", str(db_path), "log-call", "--number", "+4520000000", "--name", "Ida"])
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    err = capsys.readouterr().err
    assert code == 1
    assert err.strip() == ("opsassistant: The database is busy with another program's change and did not become "
                           "free in time. Nothing was saved; please try again.")
    conn = sqlite3.connect(db_path)
    try:
        assert conn.execute("SELECT count(*) FROM call").fetchone()[0] == 0
    finally:
        conn.close()


IMPORT = textwrap.dedent("""
    import sys
    from opsassistant import cli

    raise SystemExit(cli.main(["--database", sys.argv[1], "import", sys.argv[2]]))
""")

LOG_CALLS_UNTIL = textwrap.dedent("""
    import sys
    from pathlib import Path
    from opsassistant import cli
    from opsassistant.db.models import base

    base.BUSY_TIMEOUT = 2.0  # well above one import batch, well below the whole import
    db, worker, stop = sys.argv[1], int(sys.argv[2]), Path(sys.argv[3])
    failures = logged = 0
    while not stop.exists() or logged < 5:
        code = cli.main(["--database", db, "log-call", "--number", f"+4521{worker:02d}{logged:04d}",
                         "--name", f"Caller {worker}-{logged}"])
        failures += code != 0
        logged += 1
    print(failures, logged, flush=True)
""")


def _vcards(count: int) -> str:
    return "".join(f"BEGIN:VCARD\r\nVERSION:3.0\r\nUID:imp-{i}\r\nN:Hansen{i};Jens;;;\r\nFN:Jens Hansen{i}\r\n"
                   f"TEL;TYPE=CELL:+45 3{i:07d}\r\nEMAIL:jens{i}@example.dk\r\nEND:VCARD\r\n" for i in range(count))


def test_log_calls_during_a_big_import_all_land_and_the_import_counts_are_right(db_path, tmp_path):
    """The import commits in batches: callers get their turn between them instead of failing after the busy
    timeout; the re-import (every record matched and updated) behaves the same."""
    from opsassistant.db.database import close_database, open_database

    open_database(db_path)
    close_database()
    cards = tmp_path / "contacts.vcf"
    cards.write_text(_vcards(16_000), encoding="utf-8")
    expected_calls: set[str] = set()
    for round_, summary in enumerate(["16000 imported, 0 updated, 0 skipped", "0 imported, 16000 updated, 0 skipped"]):
        stop = tmp_path / f"stop-{round_}"
        importer = _spawn(IMPORT, db_path, cards)
        callers = [_spawn(LOG_CALLS_UNTIL, db_path, round_ * 10 + w, stop) for w in range(2)]
        out, err = importer.communicate(timeout=240)
        stop.touch()
        assert importer.returncode == 0, err
        assert out.strip().endswith(summary)
        for caller in callers:
            caller_out, caller_err = caller.communicate(timeout=120)
            failures, logged = map(int, caller_out.strip().splitlines()[-1].split())
            assert failures == 0, caller_err
            expected_calls |= {f"Caller {round_ * 10 + callers.index(caller)}-{i}" for i in range(logged)}
    import sqlite3

    conn = sqlite3.connect(db_path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("SELECT count(*) FROM contact").fetchone()[0] == 16_000
        assert {row[0] for row in conn.execute("SELECT name FROM call")} == expected_calls
    finally:
        conn.close()
