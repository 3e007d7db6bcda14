"""One writer per database: the lock file, its holder, and taking over a stale lock."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import textwrap

import pytest

from opsassistant.db import lock
from opsassistant.db.errors import InUseError


def _dead_pid() -> int:
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    return proc.pid


def test_acquire_writes_pid_and_host_beside_the_database(db_path):
    with lock.acquire(db_path) as held:
        assert held.path == db_path.resolve().with_name("ops.db.lock")
        info = json.loads(held.path.read_text())
        assert info["pid"] == os.getpid()
        assert info["host"] == socket.gethostname()
        assert lock.read_info(db_path).pid == os.getpid()
    assert not held.held
    assert not held.path.exists()


def test_second_acquire_in_the_same_process_is_refused(db_path):
    first = lock.acquire(db_path)
    try:
        with pytest.raises(InUseError) as caught:
            lock.acquire(db_path)
        assert str(db_path) in str(caught.value)
        assert caught.value.holder.pid == os.getpid()
    finally:
        first.release()
    lock.acquire(db_path).release()  # free again after release


def test_release_twice_is_harmless(db_path):
    held = lock.acquire(db_path)
    held.release()
    held.release()


def test_held_by_another_process_is_refused(db_path):
    script = textwrap.dedent(f"""
        import sys, time
        from opsassistant.db import lock
        held = lock.acquire({str(db_path)!r})
        print("locked", flush=True)
        sys.stdin.readline()
    """)
    proc = subprocess.Popen([sys.executable, "-c", script], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            text=True)
    try:
        assert proc.stdout.readline().strip() == "locked"
        with pytest.raises(InUseError) as caught:
            lock.acquire(db_path)
        assert caught.value.holder.pid == proc.pid
    finally:
        proc.stdin.close()
        proc.wait(timeout=10)
    lock.acquire(db_path).release()  # a normal exit leaves it free


def test_lock_of_a_killed_process_is_taken_over(db_path):
    script = textwrap.dedent(f"""
        import time
        from opsassistant.db import lock
        held = lock.acquire({str(db_path)!r})
        print("locked", flush=True)
        time.sleep(60)
    """)
    proc = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    assert proc.stdout.readline().strip() == "locked"
    proc.kill()
    proc.wait(timeout=10)
    assert lock.lock_path(db_path).exists()  # the crashed run left its file behind
    with lock.acquire(db_path) as held:
        assert held.info.pid == os.getpid()
        assert lock.read_info(db_path).pid == os.getpid()


def test_stale_file_with_dead_pid_is_taken_over(db_path):
    path = lock.lock_path(db_path)
    path.write_text(lock.LockInfo(_dead_pid(), socket.gethostname()).dumps())
    with lock.acquire(db_path) as held:
        assert held.info.pid == os.getpid()


def test_garbage_lock_file_is_taken_over(db_path):
    lock.lock_path(db_path).write_bytes(b"\x00\xffnot json")
    lock.acquire(db_path).release()


def test_without_os_locks_the_pid_decides(db_path, monkeypatch):
    monkeypatch.setattr(lock, "_os_lock", lambda fd: None)
    path = lock.lock_path(db_path)
    path.write_text(lock.LockInfo(_dead_pid(), socket.gethostname()).dumps())
    lock.acquire(db_path).release()  # dead PID: stale
    sleeper = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        path.write_text(lock.LockInfo(sleeper.pid, socket.gethostname()).dumps())
        with pytest.raises(InUseError):
            lock.acquire(db_path)
        path.write_text(lock.LockInfo(sleeper.pid, "some-other-host").dumps())
        with pytest.raises(InUseError):  # another host's process cannot be checked: held
            lock.acquire(db_path)
    finally:
        sleeper.kill()
        sleeper.wait()


def test_pid_alive():
    assert lock.pid_alive(os.getpid())
    assert not lock.pid_alive(_dead_pid())
    assert not lock.pid_alive(0)


def test_lockinfo_parse_rejects_garbage():
    assert lock.LockInfo.parse("") is None
    assert lock.LockInfo.parse('{"pid": "x", "host": 1}') is None
    assert lock.LockInfo.parse('{"pid": 5, "host": "h"}') == lock.LockInfo(5, "h", "")
