"""Several writers at once, each killed with SIGKILL at a random moment: every acknowledged write is there,
nothing is half-written, the file is intact and opens as usual. Plus SIGKILL injected at the first start, in and
around the first migration.

A write is *acknowledged* when its process printed and flushed its id after the commit returned. The writers:
- a services thread (a Python thread in its own process, writing as the window's services do): a principal and
  a two-row transaction per round;
- two processes running the CLI's ``log-call`` repeatedly (a softphone hook);
- a contacts CSV import, which prints the records done after each committed batch (interop.progress).

Rounds are few and short (the suite's budget); the bench (``devtools bench_concurrency``) runs the big bar.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

SERVICES_THREAD = textwrap.dedent("""
    import sys, threading
    from opsassistant.db.database import open_database
    from opsassistant.db.models import database
    from opsassistant.db.models.settings import Setting
    from opsassistant.services import principals

    open_database(sys.argv[1])
    tag = sys.argv[2]

    def work():  # a worker thread with its own connection, as the GUI's
        i = 0
        while True:
            i += 1
            saved = principals.save(principals.PrincipalData(name=f"{tag} {i}", title="x" * (i % 50)))
            with database.atomic():  # must land whole or not at all
                Setting.create(key=f"{tag}-{i}-a", value=str(saved.id))
                Setting.create(key=f"{tag}-{i}-b", value=str(saved.id))
            print(f"svc {saved.id} {tag}-{i}", flush=True)

    thread = threading.Thread(target=work, daemon=True)
    thread.start()
    thread.join()
""")

LOG_CALLS = textwrap.dedent("""
    import contextlib, io, sys
    from opsassistant import cli

    db, tag = sys.argv[1], sys.argv[2]
    i = 0
    while True:
        i += 1
        name = f"{tag} {i}"
        said = io.StringIO()
        with contextlib.redirect_stderr(said):
            code = cli.main(["--database", db, "log-call", "--number", f"+45209{i % 100000:05d}", "--name", name])
        if code == 0:
            print(f"call {name}", flush=True)
        else:
            print("failed: " + " ".join(said.getvalue().split()), flush=True)  # the sentence the user would read
""")

IMPORT = textwrap.dedent("""
    import sys
    from opsassistant.db.database import open_database
    from opsassistant.interop import contacts_csv

    open_database(sys.argv[1], verify=True)

    def progress(done, total):
        print(f"batch {done}", flush=True)

    result = contacts_csv.import_file(sys.argv[2], progress=progress)
    print(f"done {result.imported} {result.updated} {len(result.skipped)}", flush=True)
""")


IMPORT_ROWS = 12_500  # six whole batches and a part one


def _csv(path: Path, tag: str, rows: int, round_: int) -> Path:
    lines = ["UID,First Name,Last Name,Mobile Phone"]  # numbers of their own per round: new people, not updates
    lines += [f"{tag}-{i},Jens{i},{tag.upper()}sen{i},+45 4{round_}{i:06d}" for i in range(rows)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _spawn(script: str, *args) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-c", script, *map(str, args)], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)


def _kill_at_random(procs: dict[str, subprocess.Popen], rng: random.Random, low: float, high: float) -> dict:
    """SIGKILL each writer at its own random moment; returns the complete lines each printed."""
    import selectors

    deadline = {name: time.monotonic() + rng.uniform(low, high) for name in procs}
    selector = selectors.DefaultSelector()
    for name, proc in procs.items():
        selector.register(proc.stdout.fileno(), selectors.EVENT_READ, name)
    output = {name: b"" for name in procs}
    alive = set(procs)
    while alive:
        now = time.monotonic()
        for name in list(alive):
            if now >= deadline[name]:
                procs[name].kill()
                alive.discard(name)
        for key, _ in selector.select(timeout=0.02):
            output[key.data] += os.read(key.fd, 65536)
    lines = {}
    for name, proc in procs.items():
        proc.wait(timeout=20)
        err = proc.stderr.read()
        finished = name.startswith("imp") and proc.returncode == 0  # an import may end before its kill
        assert finished or proc.returncode == -signal.SIGKILL, (name, proc.returncode, err)
        assert "Traceback" not in err, (name, err)
        while chunk := os.read(proc.stdout.fileno(), 65536):  # printed before the kill landed
            output[name] += chunk
        text = output[name].decode()
        lines[name] = text.splitlines() if text.endswith("\n") else text.splitlines()[:-1]  # a torn line: no ack
    return lines


def _check(db_path: Path, acked: dict[str, list[str]], batch: int) -> dict:
    conn = sqlite3.connect(db_path)  # a plain reader: recovers the WAL as any program would
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        principals = {row[0] for row in conn.execute("SELECT id FROM principal")}
        settings = dict(conn.execute("SELECT key, value FROM setting WHERE key LIKE 'svc%'").fetchall())
        calls = {row[0] for row in conn.execute("SELECT name FROM call")}
        contacts = dict(conn.execute("SELECT substr(uid, 1, instr(uid, '-') - 1), count(*) FROM contact "
                                     "WHERE uid LIKE 'imp%' GROUP BY 1").fetchall())
    finally:
        conn.close()
    svc = [line.split() for name, lines in acked.items() if name.startswith("svc") for line in lines]
    assert {int(parts[1]) for parts in svc} <= principals
    for parts in svc:
        assert settings.get(f"{parts[2]}-a") == parts[1] and settings.get(f"{parts[2]}-b") == parts[1]
    halves = {key.rsplit("-", 1)[0] for key in settings}
    assert all(f"{h}-a" in settings and f"{h}-b" in settings for h in halves), "half a transaction landed"
    for name, lines in acked.items():
        if name.startswith("cli"):
            failures = [line for line in lines if line.startswith("failed")]
            assert not failures, failures  # a writer waits its turn, it does not fail
            assert {line[5:] for line in lines if line.startswith("call ")} <= calls
        if name.startswith("imp"):
            done = max([int(line.split()[1]) for line in lines if line.startswith("batch ")] or [0])
            stored = contacts.get(name, 0)
            assert stored >= done, (name, stored, done)  # every committed batch it reported is there
            if any(line.startswith("done ") for line in lines):
                assert stored == IMPORT_ROWS and f"done {IMPORT_ROWS} 0 0" in lines, (name, stored, lines[-1])
            else:
                assert stored % batch == 0, (name, stored)  # no part of a batch
    return {"principals": len(principals), "calls": len(calls), "contacts": sum(contacts.values())}


def test_several_writers_killed_at_random_lose_no_acknowledged_write(db_path, tmp_path):
    from opsassistant.db.database import close_database, open_database
    from opsassistant.services.contacts import importing

    open_database(db_path)  # created and migrated: the writers start writing at once
    close_database()
    seed = random.randrange(1_000_000)
    rng = random.Random(seed)
    totals = {}
    for round_ in range(3):
        tag = f"r{round_}"
        csv = _csv(tmp_path / f"{tag}.csv", f"imp{round_}", IMPORT_ROWS, round_)
        procs = {
            f"svc{round_}": _spawn(SERVICES_THREAD, db_path, f"svc{round_}"),
            f"cli{round_}a": _spawn(LOG_CALLS, db_path, f"cli{round_}a"),
            f"cli{round_}b": _spawn(LOG_CALLS, db_path, f"cli{round_}b"),
            f"imp{round_}": _spawn(IMPORT, db_path, csv),
        }
        acked = _kill_at_random(procs, rng, 1.0, 6.0)
        assert sum(len(lines) for lines in acked.values()) > 0, f"seed {seed}: nothing was acknowledged"
        try:
            totals = _check(db_path, acked, importing.BATCH)
        except AssertionError as error:
            raise AssertionError(f"seed {seed}, round {round_}: {error}") from error
    assert totals["principals"] + totals["calls"] > 0

    open_database(db_path, verify=True)  # and the app opens it as usual, refusing nothing
    from opsassistant.db.backup import check_database
    from opsassistant.db.models import database

    assert check_database(database).ok
    close_database()


FIRST_START = textwrap.dedent("""
    import os, signal, sys
    from opsassistant.db.database import open_database
    from opsassistant.db.models import database

    mode = sys.argv[2]
    real = database.execute_sql

    def execute_sql(sql, *args, **kwargs):
        if "application_id =" in sql and mode == "before-the-mark":
            os.kill(os.getpid(), signal.SIGKILL)  # the first migration ran, its mark not yet written
        if "application_id =" in sql and mode == "older-version":
            return real("SELECT 1")  # an older version set the mark only after all migrations
        if "user_version = 2" in sql and mode in ("after-the-first", "older-version"):
            os.kill(os.getpid(), signal.SIGKILL)  # the first migration committed, the second under way
        return real(sql, *args, **kwargs)

    database.execute_sql = execute_sql
    open_database(sys.argv[1])
    print("not killed", flush=True)
""")


@pytest.mark.parametrize("mode", ["before-the-mark", "after-the-first", "older-version"])
def test_a_kill_in_the_first_migration_window_leaves_a_file_the_next_start_opens(tmp_path, mode):
    from opsassistant import cli
    from opsassistant.db.database import APPLICATION_ID
    from opsassistant.db.migrations import SCHEMA_VERSION

    path = tmp_path / "ops.db"
    killed = subprocess.run([sys.executable, "-c", FIRST_START, str(path), mode], capture_output=True, text=True,
                            timeout=120)
    assert killed.returncode == -signal.SIGKILL and "not killed" not in killed.stdout, killed.stderr
    assert path.exists()
    if mode == "older-version":  # what was left: our first schema without our mark
        conn = sqlite3.connect(path)
        try:
            assert conn.execute("PRAGMA application_id").fetchone()[0] == 0
            assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
        finally:
            conn.close()
    # the next start opens it, finishes the schema and marks it ours
    again = subprocess.run([sys.executable, "-m", "opsassistant", "--lang", "en", "--database", str(path),
                            "log-call", "--number", "+4520000000", "--name", "After the crash"],
                           capture_output=True, text=True, timeout=120)
    assert again.returncode == 0, again.stderr
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert [r[0] for r in conn.execute("SELECT name FROM call")] == ["After the crash"]
    finally:
        conn.close()
    assert cli.main(["--database", str(path), "check"]) == 0
