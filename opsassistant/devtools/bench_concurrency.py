"""Bench row: several writers at once (issue 12's bar, scaled): four ``log-call`` processes while a contacts
re-import runs. Reports the wall time and, in the note, failures, calls present and the import's counts."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from opsassistant.devtools.benchlib import BenchRow

FULL_CONTACTS = 60_000
FULL_CALLS = 500  # per log-call process
LOG_CALLS = """
import sys
from opsassistant import cli
failures = 0
for i in range(int(sys.argv[3])):
    failures += cli.main(["--database", sys.argv[1], "log-call", "--number", f"+4521{int(sys.argv[2]):02d}{i:05d}",
                          "--name", f"Bench {sys.argv[2]}-{i}"]) != 0
print(failures)
"""


def _vcards(count: int) -> str:
    return "".join(f"BEGIN:VCARD\r\nVERSION:3.0\r\nUID:bench-{i}\r\nN:Hansen{i};Jens;;;\r\nFN:Jens Hansen{i}\r\n"
                   f"TEL;TYPE=CELL:+45 3{i:07d}\r\nEMAIL:jens{i}@example.dk\r\nEND:VCARD\r\n" for i in range(count))


def measure(workdir: Path, scale: float) -> list[BenchRow]:
    contacts = max(200, round(FULL_CONTACTS * scale))
    calls = max(5, round(FULL_CALLS * scale))
    db, cards = Path(workdir) / "concurrency.db", Path(workdir) / "contacts.vcf"
    db.unlink(missing_ok=True)
    cards.write_text(_vcards(contacts), encoding="utf-8")
    command = [sys.executable, "-m", "opsassistant", "--lang", "en", "--database", str(db), "import", str(cards)]
    subprocess.run(command, capture_output=True, check=True)  # first import: the re-import below matches all
    start = time.perf_counter()
    importer = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    writers = [subprocess.Popen([sys.executable, "-c", LOG_CALLS, str(db), str(w), str(calls)],
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for w in range(4)]
    failures = sum(int((w.communicate()[0].strip().splitlines() or ["-1"])[-1]) for w in writers)
    summary = importer.communicate()[0].strip().rsplit(": ", 1)[-1]
    elapsed_ms = (time.perf_counter() - start) * 1000
    conn = sqlite3.connect(db)
    try:
        present = conn.execute("SELECT count(*) FROM call").fetchone()[0]
        integrity = conn.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        conn.close()
    note = (f"{failures} failed log-calls, {present}/{4 * calls} calls present, import: {summary} "
            f"(exit {importer.returncode}), integrity {integrity}")
    return [BenchRow("4 × log-call during a contacts re-import", f"4 × {calls} calls, {contacts} contacts",
                     "0 failures", elapsed_ms, None, note)]
