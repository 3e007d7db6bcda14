"""Real operating-system errors, not simulated ones: a full disk (a small tmpfs, ENOSPC), a disk mounted
read-only (EROFS) and files the user may not touch (EACCES). One sentence, exit 1, the database and every
existing output intact, no temporary file left.

The tests mount their own tmpfs (the suite runs as root, here and in CI). For EACCES the command runs without the
capabilities that let root ignore file modes (CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH dropped from its bounding
set before exec), so the kernel checks the modes as for any user; running as ``nobody`` instead is not possible
here because the Python interpreter lives under /root (mode 0700).
"""

from __future__ import annotations

import ctypes
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

RUN = "import sys; from opsassistant import cli; raise SystemExit(cli.main(sys.argv[1:]))"
PR_CAPBSET_DROP = 24
CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH = 1, 2


def _run(*argv, as_user: bool = False) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", RUN, "--lang", "en", *map(str, argv)], capture_output=True,
                          text=True, timeout=180, preexec_fn=_without_dac_override if as_user else None)


def _without_dac_override() -> None:
    libc = ctypes.CDLL(None, use_errno=True)
    for cap in (CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH):
        if libc.prctl(PR_CAPBSET_DROP, cap, 0, 0, 0) != 0:
            raise OSError(ctypes.get_errno(), "prctl(PR_CAPBSET_DROP)")


@pytest.fixture
def mount(tmp_path):
    """``mount(size)`` → a fresh tmpfs folder of that size; unmounted after the test."""
    mounted: list[Path] = []

    def make(size: str) -> Path:
        folder = tmp_path / f"disk{len(mounted)}"
        folder.mkdir()
        subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size},mode=0755", "tmpfs", str(folder)], check=True,
                       capture_output=True)
        mounted.append(folder)
        return folder

    yield make
    for folder in reversed(mounted):
        subprocess.run(["umount", "-l", str(folder)], check=False, capture_output=True)


def _seed(path: Path, contacts: int = 50) -> None:
    """A database with ``contacts`` contacts and one call, made elsewhere and copied in (checkpointed, no -wal)."""
    import shutil
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        made = Path(folder) / "seed.db"
        _make(made, contacts)
        shutil.copyfile(made, path)
        os.chmod(path, 0o600)


def _make(path: Path, contacts: int) -> None:
    from opsassistant.db.database import close_database, open_database
    from opsassistant.services.calls.logging import CallData, log_call
    from opsassistant.services.contacts import editing

    open_database(path)
    for i in range(contacts):
        editing.save(editing.ContactData(first_name=f"Navn{i}", last_name="Hansen",
                                         phones=[editing.PhoneData(kind="mobile", typed=f"+45 30{i:06d}")]))
    log_call(CallData(number="+4520000000", name="Før", timezone="UTC"))
    close_database()  # checkpointed: the -wal is gone


def _fill(folder: Path, leave: int = 0) -> Path:
    """Write a filler file until the disk is full (or only ``leave`` bytes are free)."""
    filler = folder / "filler"
    with open(filler, "wb") as handle:
        while True:
            free = os.statvfs(folder).f_bavail * os.statvfs(folder).f_frsize
            if free <= leave:
                break
            try:
                handle.write(b"\0" * min(65536, max(4096, free - leave)))
                handle.flush()
            except OSError:
                break
    return filler


def _state(path: Path) -> tuple[str, int, int]:
    mode = "mode=ro" if Path(f"{path}-wal").exists() else "mode=ro&immutable=1"  # a read-only disk takes no -shm
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?{mode}", uri=True)
    try:
        return (conn.execute("PRAGMA integrity_check").fetchone()[0],
                conn.execute("SELECT count(*) FROM contact").fetchone()[0],
                conn.execute("SELECT count(*) FROM call").fetchone()[0])
    finally:
        conn.close()


def _one_sentence(result) -> str:
    assert result.returncode == 1, (result.returncode, result.stdout, result.stderr)
    assert "Traceback" not in result.stderr and result.stderr.count("\n") == 1, result.stderr
    return result.stderr.removeprefix("opsassistant: ").strip()


def _no_temporaries(folder: Path) -> None:
    assert not [p for p in folder.rglob("*") if p.name.endswith((".part", ".restoring"))]


FULL = "The disk is full. Nothing was saved; free some space and try again."


# --- ENOSPC: a full disk ------------------------------------------------------------------------------------
def test_log_call_on_a_full_disk(mount):
    disk = mount("2m")
    db = disk / "ops.db"
    _seed(db)
    filler = _fill(disk)
    result = _run("--database", db, "log-call", "--number", "+4520000001", "--message", "x" * 19_000)
    assert _one_sentence(result) == FULL
    _no_temporaries(disk)
    filler.unlink()  # a reader needs room for its -shm too
    assert _state(db) == ("ok", 50, 1)


def test_import_on_a_full_disk_keeps_whole_batches_and_a_second_run_completes(mount, tmp_path):
    from opsassistant.services.contacts import importing

    disk = mount("24m")
    db = disk / "ops.db"
    _seed(db)
    cards = tmp_path / "new.csv"  # the file to import is elsewhere: only the database's disk is full
    cards.write_text("First Name,Last Name,Mobile Phone,Notes\n" + "".join(
        f"Ny{i},Person{i},+45 40{i:06d},{'z' * 300}\n" for i in range(8000)), encoding="utf-8")
    filler = _fill(disk, leave=4_500_000)  # room for a batch or two, not for all four
    result = _run("--database", db, "import", cards)
    assert _one_sentence(result) == FULL
    _no_temporaries(disk)
    filler.unlink()  # space again (a reader needs room for its -shm too)
    integrity, contacts, calls = _state(db)
    assert integrity == "ok" and calls == 1
    assert (contacts - 50) % importing.BATCH == 0, contacts  # whole batches, never a part
    assert 0 < contacts - 50 < 8000, contacts  # the batches before the disk filled are kept
    again = _run("--database", db, "import", cards)
    assert again.returncode == 0, again.stderr
    assert f"{8000 - (contacts - 50)} imported" in again.stdout
    assert _state(db) == ("ok", 8050, 1)


def test_backup_and_export_on_a_full_disk(mount):
    disk = mount("2m")
    db = disk / "ops.db"
    _seed(db, contacts=400)
    out = disk / "contacts.vcf"
    out.write_text("the export from yesterday\n")
    filler = _fill(disk)
    backup = _run("--database", db, "backup")
    assert _one_sentence(backup) == FULL
    assert not list((disk / "backups").glob("*.db")) if (disk / "backups").exists() else True
    export = _run("--database", db, "export", "contacts", "-o", out)
    assert _one_sentence(export) == FULL
    assert out.read_text() == "the export from yesterday\n"
    _no_temporaries(disk)
    filler.unlink()
    assert _state(db) == ("ok", 400, 1)


# --- EROFS: a disk mounted read-only ------------------------------------------------------------------------
def test_a_database_on_a_read_only_disk_is_read_and_every_write_refused_in_one_sentence(mount):
    disk = mount("4m")
    db = disk / "ops.db"
    _seed(db)
    out = disk / "calls.csv"
    out.write_text("old export\n")
    subprocess.run(["mount", "-o", "remount,ro", str(disk)], check=True, capture_output=True)
    listed = _run("--database", db, "list", "calls")
    assert listed.returncode == 0 and "Før" in listed.stdout, listed.stderr
    checked = _run("--database", db, "check")
    assert checked.returncode == 0 and "Integrity: ok" in checked.stdout, checked.stderr
    assert _one_sentence(_run("--database", db, "log-call", "--number", "+4520000001")) == (
        f"The database {db} is on a read-only disk: it can be read but not changed. Nothing was saved.")
    assert _one_sentence(_run("--database", db, "export", "calls", "-o", out)) == (
        f"{out} is on a read-only disk. Nothing was saved; choose another place.")
    assert _one_sentence(_run("--database", db, "backup")).endswith(
        "is on a read-only disk. Nothing was saved; choose another place.")
    pdf = disk / "calls.pdf"
    assert _one_sentence(_run("--database", db, "report", "calls", "-o", pdf)) == (
        f"{pdf} is on a read-only disk. Nothing was saved; choose another place.")
    assert out.read_text() == "old export\n" and not pdf.exists()
    assert _state(db) == ("ok", 50, 1)
    assert sorted(p.name for p in disk.iterdir()) == ["calls.csv", "ops.db"]  # not even a -shm was made


# --- EACCES: files this user may not touch ------------------------------------------------------------------
def test_a_database_without_write_permission_is_read_and_writes_are_refused(tmp_path):
    db = tmp_path / "ops.db"
    _seed(db)
    os.chmod(db, 0o400)
    refused = _run("--database", db, "log-call", "--number", "+4520000001", as_user=True)
    assert _one_sentence(refused) == (f"The database {db} may be read but not changed (its permissions allow "
                                      "no writing). Nothing was saved.")
    listed = _run("--database", db, "list", "calls", as_user=True)
    assert listed.returncode == 0 and "Før" in listed.stdout, listed.stderr
    os.chmod(db, 0o600)
    assert _state(db) == ("ok", 50, 1)


def test_a_database_without_read_permission_is_one_sentence(tmp_path):
    db = tmp_path / "ops.db"
    _seed(db)
    os.chmod(db, 0o000)
    result = _run("--database", db, "list", "calls", as_user=True)
    assert _one_sentence(result) == (f"You may not read the database {db}. Nothing was changed; check who owns "
                                     "the file and its permissions.")
    os.chmod(db, 0o600)
    assert _state(db) == ("ok", 50, 1)


def test_outputs_into_a_folder_without_write_permission_name_the_file_asked_for(tmp_path):
    db = tmp_path / "ops.db"
    _seed(db)
    locked = tmp_path / "locked"
    locked.mkdir()
    (tmp_path / "backups").mkdir()
    os.chmod(locked, 0o555)
    os.chmod(tmp_path / "backups", 0o555)
    try:
        export = _run("--database", db, "export", "calls", "-o", locked / "calls.csv", as_user=True)
        assert _one_sentence(export) == (f"You may not write to {locked / 'calls.csv'}. Nothing was saved; "
                                         "choose another place.")  # the file asked for, not a temporary one
        backup = _run("--database", db, "backup", as_user=True)
        sentence = _one_sentence(backup)
        assert sentence.startswith(f"You may not write to {tmp_path / 'backups'}/ops-") and ".part" not in sentence
        assert list(locked.iterdir()) == [] and list((tmp_path / "backups").iterdir()) == []
    finally:
        os.chmod(locked, 0o755)
        os.chmod(tmp_path / "backups", 0o755)
    assert _state(db) == ("ok", 50, 1)
