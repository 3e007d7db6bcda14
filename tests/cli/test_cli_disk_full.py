"""A disk that refuses to grow a file: one sentence, exit 1, the database and existing outputs intact, no temporary
file left. Real, not simulated: each command runs in a subprocess whose file-size limit (RLIMIT_FSIZE) makes the
kernel fail the write with EFBIG, exactly where a full disk fails it with ENOSPC."""

from __future__ import annotations

import resource
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

RUN = "import sys; from opsassistant import cli; raise SystemExit(cli.main(sys.argv[1:]))"


def _limited(limit: int):
    def setup():
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # get EFBIG from write() instead of being killed
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    return setup


def _run(limit: int, *argv) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", RUN, *map(str, argv)], capture_output=True, text=True,
                          preexec_fn=_limited(limit), timeout=120)


@pytest.fixture
def full_db(tmp_path):
    from opsassistant.db.database import close_database, open_database
    from opsassistant.services.calls.logging import CallData, log_call
    from opsassistant.services.contacts import editing

    path = tmp_path / "ops.db"
    open_database(path)
    for i in range(400):
        editing.save(editing.ContactData(first_name=f"Navn{i}", last_name="Hansen", notes="n" * 300,
                                         phones=[editing.PhoneData(kind="mobile", typed=f"+45 30{i:06d}")]))
    log_call(CallData(number="+4520000000", name="Før", timezone="UTC"))
    close_database()
    return path


def _state(path: Path):
    conn = sqlite3.connect(path)
    try:
        return (conn.execute("PRAGMA integrity_check").fetchone()[0], conn.execute("SELECT count(*) FROM contact")
                .fetchone()[0], conn.execute("SELECT count(*) FROM call").fetchone()[0])
    finally:
        conn.close()


def _one_sentence(result) -> str:
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr and result.stderr.count("\n") == 1, result.stderr
    return result.stderr


def _no_temporaries(folder: Path) -> None:
    assert not [p for p in folder.rglob("*") if p.name.endswith((".part", ".restoring"))]


def test_log_call_on_a_full_disk(full_db, tmp_path):
    # 16 kB: no room even for the 32 kB -shm index; a healthy file must not be called "not a database file"
    result = _run(16_000, "--database", full_db, "log-call", "--number", "+4520000001", "--message", "x" * 19_000)
    assert _one_sentence(result) == ("opsassistant: The database could not be read or written (disk I/O error). "
                                     "Nothing was changed.\n")
    assert _state(full_db) == ("ok", 400, 1)


def test_backup_on_a_full_disk(full_db, tmp_path):
    size = full_db.stat().st_size
    result = _run(size // 2, "--database", full_db, "backup")
    _one_sentence(result)
    assert _state(full_db) == ("ok", 400, 1)
    assert not list((tmp_path / "backups").glob("*.db"))
    _no_temporaries(tmp_path)


def test_export_on_a_full_disk_keeps_the_old_export(full_db, tmp_path):
    out = tmp_path / "contacts.vcf"
    out.write_text("the export from yesterday\n")
    result = _run(40_000, "--database", full_db, "export", "contacts", "-o", out)  # room for the -shm, not the file
    assert "would become larger than this disk or account allows. Nothing was saved." in _one_sentence(result)
    assert out.read_text() == "the export from yesterday\n"
    _no_temporaries(tmp_path)
    assert sorted(p.name for p in tmp_path.iterdir() if not p.name.startswith("ops.db")) == ["contacts.vcf"]


def test_report_on_a_full_disk(full_db, tmp_path):
    out = tmp_path / "phonelist.pdf"
    result = _run(40_000, "--database", full_db, "report", "phonelist", "-o", out)
    assert "would become larger" in _one_sentence(result)
    assert not out.exists()
    _no_temporaries(tmp_path)


def test_import_on_a_full_disk(full_db, tmp_path):
    cards = tmp_path / "new.vcf"
    cards.write_text("".join(f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ny {i}\r\nN:{i};Ny;;;\r\nNOTE:{'z' * 400}\r\n"
                             f"TEL:+45 40{i:06d}\r\nEND:VCARD\r\n" for i in range(3000)))
    size = full_db.stat().st_size
    result = _run(size + 4096 * 8, "--database", full_db, "import", cards)
    _one_sentence(result)
    integrity, contacts, calls = _state(full_db)
    assert integrity == "ok" and calls == 1
    assert (contacts - 400) % 2000 == 0  # whole batches or nothing of one: no half-written batch
