"""One writer per database: a lock file beside it (``opsassistant.db.lock``) naming the PID and host.

The authority is an operating-system lock held on that file for the life of the process (``flock`` on
POSIX, ``msvcrt.locking`` on Windows): the kernel drops it when the process dies, however it dies, so a
lock left by a crashed run is always taken over — even when its PID has since been reused. Where the OS
lock is not available the PID decides: a lock whose process is dead (on this host) is stale.

The PID and host in the file are for people and for the message shown to the second start.
"""

from __future__ import annotations

import contextlib
import json
import os
import socket
import sys
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from opsassistant.db.errors import InUseError

# Windows locks a byte range; lock one far beyond the text so the file stays readable.
_WIN_LOCK_OFFSET = 1 << 20


@dataclass(frozen=True)
class LockInfo:
    pid: int
    host: str
    started: str = ""

    @classmethod
    def parse(cls, text: str) -> LockInfo | None:
        try:
            data = json.loads(text)
            return cls(int(data["pid"]), str(data["host"]), str(data.get("started", "")))
        except (ValueError, KeyError, TypeError):
            return None

    def dumps(self) -> str:
        return json.dumps({"pid": self.pid, "host": self.host, "started": self.started}) + "\n"


def lock_path(db_path: Path | str) -> Path:
    db_path = Path(db_path).expanduser().resolve()
    return db_path.with_name(db_path.name + ".lock")


def this_host() -> str:
    return socket.gethostname()


def pid_alive(pid: int) -> bool:
    """Whether a process with this PID exists on this host."""
    if pid <= 0:
        return False
    if sys.platform == "win32":
        import ctypes

        kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
        handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            return False
        try:
            code = ctypes.c_ulong()
            kernel32.GetExitCodeProcess(handle, ctypes.byref(code))
            return code.value == 259  # STILL_ACTIVE
        finally:
            kernel32.CloseHandle(handle)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def read_info(db_path: Path | str) -> LockInfo | None:
    """Who holds (or last held) the lock, or None when there is no readable lock file."""
    try:
        return LockInfo.parse(lock_path(db_path).read_text(encoding="utf-8"))
    except OSError:
        return None


def _os_lock(fd: int) -> bool | None:
    """Try the OS lock without waiting: True got it, False someone else holds it, None not supported."""
    try:
        if sys.platform == "win32":
            import msvcrt

            os.lseek(fd, _WIN_LOCK_OFFSET, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
            return True
        import fcntl

        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        return True
    except (BlockingIOError, PermissionError):
        return False
    except OSError as exc:
        if sys.platform == "win32" and exc.errno in (13, 36):  # EACCES / EDEADLOCK: held
            return False
        return None  # e.g. a file system without locks
    except ImportError:
        return None


def _os_unlock(fd: int) -> None:
    try:
        if sys.platform == "win32":
            import msvcrt

            os.lseek(fd, _WIN_LOCK_OFFSET, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        else:
            import fcntl

            fcntl.flock(fd, fcntl.LOCK_UN)
    except (OSError, ImportError):
        pass


def _same_file(fd: int, path: Path) -> bool:
    """The path still names the file we locked (not unlinked and recreated by a releasing owner)."""
    try:
        mine, current = os.fstat(fd), os.stat(path)
    except OSError:
        return False
    return (mine.st_dev, mine.st_ino) == (current.st_dev, current.st_ino)


class Lock:
    """A held database lock; ``release()`` (or leaving the ``with`` block) gives it up."""

    def __init__(self, db_path: Path, path: Path, fd: int, info: LockInfo):
        self.db_path = db_path
        self.path = path
        self.info = info
        self._fd: int | None = fd

    @property
    def held(self) -> bool:
        return self._fd is not None

    def release(self) -> None:
        fd, self._fd = self._fd, None
        if fd is None:
            return
        if sys.platform != "win32":
            # Unlink while still locked: a waiter then sees a replaced file and retries (see _same_file).
            self.path.unlink(missing_ok=True)
        _os_unlock(fd)
        os.close(fd)
        if sys.platform == "win32":
            with contextlib.suppress(OSError):
                self.path.unlink(missing_ok=True)

    def __enter__(self) -> Lock:
        return self

    def __exit__(self, *exc) -> None:
        self.release()

    def __del__(self) -> None:  # pragma: no cover - safety net only
        if self._fd is not None:
            with contextlib.suppress(OSError):
                os.close(self._fd)

    def __repr__(self) -> str:
        return f"<Lock {self.path} pid={self.info.pid} held={self.held}>"


def _stale(previous: LockInfo | None) -> bool:
    """Without OS locks: is the recorded owner gone?"""
    if previous is None:
        return True
    if previous.host != this_host():
        return False  # cannot tell; treat as held
    return previous.pid == os.getpid() or not pid_alive(previous.pid)


def acquire(db_path: Path | str, *, attempts: int = 5) -> Lock:
    """Take the lock of ``db_path`` or raise InUseError (with ``.holder``: the LockInfo, if known)."""
    db_path = Path(db_path).expanduser()
    path = lock_path(db_path)
    path.parent.mkdir(parents=True, exist_ok=True)
    for _ in range(attempts):
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
        got = _os_lock(fd)
        if got is False:
            os.close(fd)
            break
        if got is True and not _same_file(fd, path):
            _os_unlock(fd)
            os.close(fd)
            continue  # the owner released (and removed) it meanwhile: try again on the new file
        if got is None and not _stale(read_info(db_path)):
            os.close(fd)
            break
        info = LockInfo(os.getpid(), this_host(), datetime.now(UTC).replace(microsecond=0).isoformat())
        os.lseek(fd, 0, os.SEEK_SET)
        os.ftruncate(fd, 0)
        os.write(fd, info.dumps().encode("utf-8"))
        os.fsync(fd)
        return Lock(db_path, path, fd, info)
    error = InUseError(db_path)
    error.holder = read_info(db_path)  # type: ignore[attr-defined]
    raise error
