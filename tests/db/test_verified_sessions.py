"""A session of this program that opened a file in a verified state vouches for it while it stays open: a writing
command started meanwhile (``log-call`` from a softphone while the app runs and writes) need not run
``quick_check`` on the whole file. Once that session's process is gone, or the file is another one, it vouches
for nothing and the check runs as before."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from opsassistant import cli
from opsassistant.db import integrity, verified

# Another process of this program, as the desktop app: it opens the file (no quick_check), writes a call through
# the services, says so and keeps the database open until its stdin closes.
HOLDER = """
import sys
from opsassistant.db.database import close_database, open_database
from opsassistant.services.calls.logging import CallData, log_call
open_database(sys.argv[1])
log_call(CallData(number="+4520000000", name="Holder", direction="in", timezone="Europe/Copenhagen"))
print("wrote", flush=True)
sys.stdin.read()
close_database()
print("closed", flush=True)
"""

@pytest.fixture
def database(tmp_path) -> Path:
    path = tmp_path / "ops.db"
    assert cli.main(["--database", str(path), "demo"]) == 0
    return path


def _log_call(path: Path) -> int:
    return cli.main(["--database", str(path), "log-call", "--number", "+4511223344"])


def _holder(path: Path) -> subprocess.Popen:
    env = dict(os.environ, PYTHONPATH=str(Path(__file__).resolve().parents[2]))
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(path)], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True, env=env)
    assert holder.stdout.readline().strip() == "wrote"
    return holder


def _close(holder: subprocess.Popen) -> str:
    out, _err = holder.communicate("", timeout=60)
    return out


def test_a_command_while_a_verified_session_writes_skips_the_check(database, checks):
    assert _log_call(database) == 0  # checked once: stamped
    holder = _holder(database)  # opened verified, then wrote: the stamp no longer matches
    try:
        assert not verified.matches(database)
        assert verified.vouched(database)
        assert _log_call(database) == 0
        assert _log_call(database) == 0
        assert checks == [database]
    finally:
        assert "closed" in _close(holder)
    assert not verified.vouched(database)  # closed: its marker is gone, its stamp holds what it wrote
    assert _log_call(database) == 0
    assert checks == [database]


def test_a_session_on_an_unverified_file_vouches_for_nothing(database, checks):
    holder = _holder(database)  # the demo file was never checked: its session proves nothing
    try:
        assert not verified.vouched(database)
        assert _log_call(database) == 0
        assert checks == [database]
    finally:
        _close(holder)


def test_a_crashed_session_vouches_for_nothing(database, checks):
    assert _log_call(database) == 0
    holder = _holder(database)
    holder.send_signal(signal.SIGKILL)  # no clean close: no stamp, and its marker is left behind
    holder.wait(timeout=60)
    assert list((verified._sessions()).iterdir())
    assert not verified.vouched(database)
    assert _log_call(database) == 0
    assert checks == [database, database]


def test_a_marker_whose_process_id_is_reused_vouches_for_nothing(database, checks):
    assert _log_call(database) == 0
    holder = _holder(database)
    try:
        marker = next(verified._sessions().iterdir())
        text = marker.read_text(encoding="utf-8")
        started = verified._started(holder.pid)
        marker.write_text(text.replace(f'"started": "{started}"', '"started": "1"'), encoding="utf-8")
        assert not verified.vouched(database)  # the same id, another start time: not that session's process
        assert _log_call(database) == 0
        assert checks == [database, database]
    finally:
        _close(holder)


def test_a_replaced_file_is_checked_while_a_session_holds_the_old_one(database, tmp_path, checks):
    assert _log_call(database) == 0
    holder = _holder(database)
    try:
        copy = tmp_path / "copy.db"
        shutil.copyfile(database, copy)
        os.replace(copy, database)  # another inode under the same name
        assert not verified.vouched(database)
        assert _log_call(database) == 0
        assert checks == [database, database]
    finally:
        _close(holder)


def test_damage_while_a_session_holds_the_file_is_still_refused_in_the_wal(database, checks, monkeypatch):
    """Vouching spares the whole-file check, not the WAL's: a damaged WAL is refused as before."""
    assert _log_call(database) == 0
    holder = _holder(database)
    try:
        monkeypatch.setattr(integrity, "wal_damaged", lambda path: True)
        assert _log_call(database) == 1
        assert checks == [database]
    finally:
        _close(holder)
