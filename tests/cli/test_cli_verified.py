"""Writing commands skip ``quick_check`` on a file provably unchanged since this program verified or wrote it,
and check again (refusing damage) as soon as anything else changed it."""

from __future__ import annotations

import os
import shutil
import sqlite3
from pathlib import Path

import pytest

from opsassistant.db import verified

DAMAGED_EN = "is damaged. Nothing was changed; restore a backup"
DAMAGED_DA = "er beskadiget. Intet blev ændret; gendan en sikkerhedskopi"


def _log_call(run, path: Path, *extra: str):
    return run("log-call", "--number", "+4511223344", "--database", path, *extra)


def _damage_a_page(path: Path) -> None:
    """Damage that logging a call never reads (only the check finds it): the trip table's root page."""
    conn = sqlite3.connect(path)
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'trip'").fetchone()[0]
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    with open(path, "r+b") as handle:
        handle.seek((root - 1) * page_size)
        handle.write(b"\xff" * 64)


def test_a_second_writing_command_skips_the_check(run, demo_db, checks):
    assert _log_call(run, demo_db).code == 0
    assert checks == [demo_db]  # a copied file: checked once
    skipped = verified.skipped
    assert _log_call(run, demo_db).code == 0
    assert _log_call(run, demo_db).code == 0
    assert checks == [demo_db]  # what we wrote ourselves is not checked again
    assert verified.skipped == skipped + 2
    assert run("list", "calls", "--database", demo_db).code == 0  # reading keeps the stamp valid
    assert _log_call(run, demo_db).code == 0
    assert checks == [demo_db]


def test_an_explicit_check_always_checks_and_then_spares_the_next_command(run, demo_db, checks):
    assert _log_call(run, demo_db).code == 0
    assert run("check", "--database", demo_db).code == 0
    assert run("check", "--database", demo_db).code == 0
    assert checks == [demo_db, demo_db, demo_db]  # check uses the full integrity_check each time
    assert _log_call(run, demo_db).code == 0
    assert len(checks) == 3


def test_a_file_changed_by_another_connection_is_checked_again(run, demo_db, checks):
    assert _log_call(run, demo_db).code == 0
    conn = sqlite3.connect(demo_db)
    conn.execute("UPDATE call SET message = 'changed elsewhere' WHERE id = (SELECT min(id) FROM call)")
    conn.commit()
    conn.close()
    assert _log_call(run, demo_db).code == 0
    assert checks == [demo_db, demo_db]


def test_a_file_with_another_connection_still_open_is_checked(run, demo_db, checks):
    assert _log_call(run, demo_db).code == 0
    conn = sqlite3.connect(demo_db, isolation_level=None)
    conn.execute("PRAGMA wal_autocheckpoint = 0")
    conn.execute("UPDATE call SET message = 'in the WAL' WHERE id = (SELECT min(id) FROM call)")
    try:
        assert _log_call(run, demo_db).code == 0
    finally:
        conn.close()
    assert checks == [demo_db, demo_db]


def test_a_replaced_file_is_checked_even_with_the_same_times(run, demo_db, tmp_path, checks):
    assert _log_call(run, demo_db).code == 0
    copy = tmp_path / "copy.db"
    shutil.copy2(demo_db, copy)  # same bytes and mtime, another inode
    os.replace(copy, demo_db)
    assert _log_call(run, demo_db).code == 0
    assert checks == [demo_db, demo_db]


@pytest.mark.parametrize(("lang", "message"), [("en", DAMAGED_EN), ("da", DAMAGED_DA)])
def test_a_file_damaged_after_the_stamp_is_refused(run, demo_db, checks, lang, message):
    assert _log_call(run, demo_db).code == 0  # stamped on close, and damaged straight after (same clock tick)
    _damage_a_page(demo_db)
    before = demo_db.read_bytes()
    outcome = _log_call(run, demo_db, "--lang", lang)
    assert outcome.code == 1
    assert outcome.err.count("\n") == 1 and message in outcome.err and "Traceback" not in outcome.err
    assert demo_db.read_bytes() == before
    assert checks == [demo_db, demo_db]
    assert _log_call(run, demo_db, "--lang", lang).code == 1  # a failed check remembers nothing
    assert checks == [demo_db, demo_db, demo_db]


def test_damage_with_its_modification_time_put_back_is_refused(run, demo_db, checks):
    assert _log_call(run, demo_db).code == 0
    st = demo_db.stat()
    _damage_a_page(demo_db)
    os.utime(demo_db, ns=(st.st_atime_ns, st.st_mtime_ns))  # the change time still moves
    outcome = _log_call(run, demo_db)
    assert outcome.code == 1 and DAMAGED_EN in outcome.err
    assert checks == [demo_db, demo_db]


def test_a_session_opened_in_a_verified_state_stamps_what_it_wrote(run, demo_db, checks):
    """The desktop app opens without quick_check; when the file was verified, closing it remembers its writes."""
    from opsassistant.db.database import close_database, open_database
    from opsassistant.services.calls.logging import CallData, log_call

    assert _log_call(run, demo_db).code == 0
    open_database(demo_db)
    log_call(CallData(number="+4520000000", name="Ida", direction="in", timezone="Europe/Copenhagen"))
    close_database()
    assert _log_call(run, demo_db).code == 0
    assert checks == [demo_db]


def test_a_session_on_an_unverified_file_stamps_nothing(run, demo_db, checks):
    from opsassistant.db.database import close_database, open_database
    from opsassistant.services.calls.logging import CallData, log_call

    open_database(demo_db)  # never checked: its writes prove nothing about the rest of the file
    log_call(CallData(number="+4520000000", name="Ida", direction="in", timezone="Europe/Copenhagen"))
    close_database()
    assert not verified.matches(demo_db)
    assert _log_call(run, demo_db).code == 0
    assert checks == [demo_db]
