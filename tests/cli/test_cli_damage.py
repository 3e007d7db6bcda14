"""A damaged database or WAL: reported in one sentence (exit 1), never written to, never deleted."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

DAMAGED = "is damaged. Nothing was changed; restore a backup"


def _with_calls(path: Path, count: int = 300) -> None:
    from opsassistant.db.database import close_database, open_database
    from opsassistant.services.calls.logging import CallData, log_call

    open_database(path)
    for i in range(count):
        log_call(CallData(number=f"+45200{i:05d}", name=f"Caller {i}", direction="in", message="m" * 200,
                          timezone="Europe/Copenhagen"))
    close_database()


def _damage_a_page(path: Path) -> None:
    conn = sqlite3.connect(path)
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'call'").fetchone()[0]
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    with open(path, "r+b") as handle:  # scribble over the call table's root page (a b-tree interior page)
        handle.seek((root - 1) * page_size)
        handle.write(b"\xff" * 64)


@pytest.fixture
def damaged(tmp_path):
    path = tmp_path / "ops.db"
    _with_calls(path)
    _damage_a_page(path)
    return path


@pytest.mark.parametrize("command", [("check",), ("log-call", "--number", "+4511223344"), ("backup",),
                                     ("import", "CARDS")])
def test_damaged_database_is_reported_and_left_alone(run, damaged, tmp_path, command):
    cards = tmp_path / "cards.vcf"
    cards.write_text("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ida\r\nN:;Ida;;;\r\nEND:VCARD\r\n")
    before = damaged.read_bytes()
    outcome = run(*[str(cards) if c == "CARDS" else c for c in command], "--database", damaged)
    assert outcome.code == 1
    assert outcome.err.count("\n") == 1 and DAMAGED in outcome.err and "Traceback" not in outcome.err
    assert damaged.read_bytes() == before
    assert not (tmp_path / "backups").exists() or not list((tmp_path / "backups").glob("*.db"))


def _database_with_wal(tmp_path: Path) -> Path:
    """A database whose last 50 commits are only in its -wal (copied while the writer still had it open)."""
    source = tmp_path / "live" / "ops.db"
    source.parent.mkdir()
    _with_calls(source, 5)
    conn = sqlite3.connect(source, isolation_level=None)
    conn.execute("PRAGMA wal_autocheckpoint = 0")
    columns = ", ".join(row[1] for row in conn.execute("PRAGMA table_info(call)") if row[1] not in ("id", "name"))
    for i in range(50):
        conn.execute(f"INSERT INTO call ({columns}, name) SELECT {columns}, ? FROM call WHERE id = 1",
                     (f"In the WAL {i}",))
    target = tmp_path / "ops.db"
    shutil.copyfile(source, target)
    shutil.copyfile(f"{source}-wal", f"{target}-wal")
    conn.close()
    return target


def test_a_healthy_wal_is_applied(run, tmp_path):
    path = _database_with_wal(tmp_path)
    outcome = run("list", "calls", "--json", "--database", path)
    assert outcome.code == 0
    assert sum("In the WAL" in line for line in outcome.out.splitlines()) == 50


@pytest.mark.parametrize("command", [("check",), ("log-call", "--number", "+4511223344"), ("list", "calls")])
def test_a_damaged_wal_is_reported_and_kept(run, tmp_path, command):
    path = _database_with_wal(tmp_path)
    wal = Path(f"{path}-wal")
    data = bytearray(wal.read_bytes())
    data[32 + 24 + 100] ^= 0xFF  # one flipped byte in the first frame's page: SQLite would drop all 50 commits
    wal.write_bytes(bytes(data))
    before = (path.read_bytes(), wal.read_bytes())
    outcome = run(*command, "--database", path)
    assert outcome.code == 1
    assert outcome.err == (f"opsassistant: The database's change log {wal} is damaged and cannot be applied. "
                           "Nothing was changed and the file was kept; restore a backup or ask for help.\n")
    assert (path.read_bytes(), wal.read_bytes()) == before
