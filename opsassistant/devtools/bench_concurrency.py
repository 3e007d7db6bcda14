"""Bench rows: several writers at once — issue 12's bar. The window open (offscreen, saving a call through the
services every 150 ms as the quick entry does, its areas following every change), four ``log-call`` processes
writing 500 calls each and a 60k contacts re-import, all at the same time. Reports the wall time and, in the
note, failures of each writer, calls present, the import's counts, the window's longest stall and integrity.

Run it alone (``python -m opsassistant.devtools.bench_concurrency [SCALE]``) or as part of ``bench``.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from opsassistant.devtools.benchlib import SLOPE, BenchRow, cached_database, copied, slope_scale

FULL_CONTACTS = 60_000
FULL_CALLS = 500  # per log-call process
WRITERS = 4
LOG_CALLS = """
import sys
from opsassistant import cli
from opsassistant.db import verified
failures = 0
for i in range(int(sys.argv[3])):
    failures += cli.main(["--database", sys.argv[1], "log-call", "--number", f"+4521{int(sys.argv[2]):02d}{i:05d}",
                          "--name", f"Bench {sys.argv[2]}-{i}"]) != 0
print(verified.skipped, failures)
"""

# The window: a real MainWindow offscreen on the Calls area, a timer saving a call through the services (the GUI
# thread's own writes) and measuring the longest gap between its ticks (how long the window could not paint).
WINDOW = """
import os, sys, time
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from pathlib import Path
from PySide6.QtCore import QTimer
from opsassistant.gui.app import create_application
from opsassistant.db.database import open_database

app = create_application([])
path = open_database(sys.argv[1])
from opsassistant.gui.main_window import MainWindow
from opsassistant.services.calls.logging import CallData, log_call

window = MainWindow(path)
window.show()
window.show_area("calls")
stop = Path(sys.argv[2])
state = {"saves": 0, "failures": 0, "last": time.monotonic(), "gap": 0.0, "errors": []}

def tick():
    now = time.monotonic()
    state["gap"] = max(state["gap"], now - state["last"])
    try:
        log_call(CallData(number=f"+4522{state['saves'] % 100000:05d}", name=f"Window {state['saves']}",
                          timezone="Europe/Copenhagen"))
        state["saves"] += 1
    except Exception as error:
        state["failures"] += 1
        state["errors"].append(str(error))
    if stop.exists():
        print(state["saves"], state["failures"], round(state["gap"] * 1000), "|".join(state["errors"][:3]),
              flush=True)
        app.quit()
    state["last"] = time.monotonic()

timer = QTimer(interval=150)
timer.timeout.connect(tick)
timer.start()
print("ready", flush=True)
app.exec()
"""


def _vcards(count: int) -> str:
    return "".join(f"BEGIN:VCARD\r\nVERSION:3.0\r\nUID:bench-{i}\r\nN:Hansen{i};Jens;;;\r\nFN:Jens Hansen{i}\r\n"
                   f"TEL;TYPE=CELL:+45 3{i:07d}\r\nEMAIL:jens{i}@example.dk\r\nEND:VCARD\r\n" for i in range(count))


def _env(workdir: Path) -> dict[str, str]:
    """The writers' settings and data folder (where the verified stamps live) of their own, as one user's."""
    env = dict(os.environ)
    env["XDG_CONFIG_HOME"] = str(workdir / "config")
    env["XDG_DATA_HOME"] = str(workdir / "data")
    return env


def _spawn(env: dict[str, str], *argv: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, *argv], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env=env)


def measure(workdir: Path, scale: float) -> list[BenchRow]:
    large = scale
    scale = slope_scale(scale)  # writers at once, not a budget row: at most the scale-1 load
    contacts = max(200, round(FULL_CONTACTS * scale))
    calls = max(5, round(FULL_CALLS * scale))
    workdir = Path(workdir)
    workdir.mkdir(parents=True, exist_ok=True)
    db, cards, stop = workdir / "concurrency.db", workdir / "contacts.vcf", workdir / "stop"
    for leftover in (db, Path(f"{db}-wal"), Path(f"{db}-shm"), stop):
        leftover.unlink(missing_ok=True)
    cards.write_text(_vcards(contacts), encoding="utf-8")
    def importing(target: Path) -> list[str]:
        return ["-m", "opsassistant", "--lang", "en", "--database", str(target), "import", str(cards)]

    command = importing(db)

    env = _env(workdir)

    def first_import(target: Path) -> None:  # the set-up: the re-import then matches every card
        subprocess.run([sys.executable, *importing(target)], capture_output=True, check=True, env=env)

    # Above scale 1 the imported file is kept with the seeded bench files (the same cards at every such scale)
    # and copied here; its first import is set-up, not what the row measures.
    cached = cached_database(f"concurrency-{contacts}", large, first_import)
    if cached is not None:
        copied(cached, db)
    else:
        first_import(db)
    # Set-up: the file verified once, as the app finds the file it last closed cleanly (its stamp matches), so
    # the window's session is a verified one, as a user's is; a fresh copy would be checked by everyone.
    subprocess.run([sys.executable, "-m", "opsassistant", "--database", str(db), "check"], capture_output=True,
                   check=True, env=env)
    window = _spawn(env, "-c", WINDOW, str(db), str(stop))
    assert window.stdout.readline().strip() == "ready", window.stderr.read()
    start = time.perf_counter()
    importer = _spawn(env, *command)
    writers = [_spawn(env, "-c", LOG_CALLS, str(db), str(w), str(calls)) for w in range(WRITERS)]
    outputs = [w.communicate() for w in writers]
    writers_s = time.perf_counter() - start
    counts = [(out.strip().splitlines() or ["-1 -1"])[-1].split() for out, _err in outputs]
    skipped = sum(int(c[0]) for c in counts if len(c) == 2)
    failures = sum(int(c[-1]) for c in counts)
    tracebacks = sum("Traceback" in err for _out, err in outputs)
    import_out, import_err = importer.communicate()
    elapsed_ms = (time.perf_counter() - start) * 1000
    timeline = f"the log-calls done after {writers_s:.0f} s, the import after {elapsed_ms / 1000:.0f} s"
    stop.touch()
    window_out, window_err = window.communicate(timeout=120)
    saves, window_failures, gap_ms, *errors = (window_out.strip().splitlines() or ["-1 -1 -1"])[-1].split(" ", 3)
    summary = import_out.strip().rsplit(": ", 1)[-1] or import_err.strip()
    conn = sqlite3.connect(db)
    try:
        present = conn.execute("SELECT count(*) FROM call WHERE name LIKE 'Bench %'").fetchone()[0]
        window_present = conn.execute("SELECT count(*) FROM call WHERE name LIKE 'Window %'").fetchone()[0]
        stored = conn.execute("SELECT count(*) FROM contact").fetchone()[0]
        integrity = conn.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        conn.close()
    note = (f"log-call: {failures} failed, {tracebacks} tracebacks, {present}/{WRITERS * calls} present, "
            f"quick_check skipped in {skipped} of {WRITERS * calls} (the window's verified session vouches for "
            f"the file; the set-up verified it once); "
            f"window: {saves} saves, {window_failures} failed, {window_present} present, longest stall "
            f"{gap_ms} ms{' (' + errors[0] + ')' if errors and errors[0] else ''}; import: {summary} "
            f"(exit {importer.returncode}), {stored} contacts; {timeline}; integrity {integrity}")
    return [BenchRow("window + 4 × log-call + a contacts re-import", f"{WRITERS} × {calls} calls, {contacts} contacts",
                     "0 failures, all present", elapsed_ms, None, note, kind=SLOPE)]


if __name__ == "__main__":
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        for row in measure(Path(folder), float(sys.argv[1]) if len(sys.argv) > 1 else 1.0):
            print(f"{row.what} [{row.data}]: {row.median_ms:.0f} ms — {row.note}")
