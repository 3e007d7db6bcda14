"""Remembering that a database was verified, so a writing command need not run ``quick_check`` again on a file
that has provably not changed since (on a 2.4 GB file the check costs seconds).

The stamp lives *outside* the database (writing it inside would change the file): a small JSON file in the data
folder, keyed by the database's resolved path. It holds what identifies the verified state of the file and of
its ``-wal``: device, inode, size, ``mtime_ns`` and ``ctime_ns`` (which no program can set back). Anything that
rewrites, replaces, copies or damages the file changes one of them, and the check runs as before.

A stamp is written after a check said ok (with the state taken *before* the check), and when this program
closes a database it had opened in a verified state (so the next command does not re-check what we wrote
ourselves). Like git's "racily clean" index entries, a state is only stamped once the clock has moved past its
timestamps: a write in the same clock tick as the stamp would otherwise leave them unchanged.

A session opened in a verified state would stamp the file when it closes; while it is still open (the desktop
app runs for hours, writing now and then) it *vouches* for the file in the same way: it leaves a small marker
(its process id and that process's start time, the file's device and inode) in ``verified-sessions/`` beside the
stamps, removed when it closes. A writing command that finds the file changed since its stamp but vouched for by
such a session of another process that is still alive, on the same inode, skips ``quick_check`` (the ``-wal`` is
still checked): this is no more trust than the stamp that session will write on closing. A marker whose process
is gone (crashed, killed: no clean close), whose process id now belongs to another process, or whose file was
replaced vouches for nothing, and the check runs as before.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import stat
import sys
import tempfile
import threading
import time
from pathlib import Path

_log = logging.getLogger(__name__)
_MAX_ENTRIES = 64
_COARSE_MARGIN_NS = 2_500_000_000  # a file system with timestamps of 1-2 s (FAT, HFS+): wait that much more
_ATTEMPTS = 25

FileState = dict[str, object]

# How many checks were skipped because the stamp matched (tests and the log observe this, never timings).
skipped = 0
_session: dict[str, object] = {}


def _file(path: Path) -> dict[str, object] | None:
    """``os.stat`` only, never ``open``: closing any descriptor of the database file drops every POSIX lock this
    process holds on it, so a connection still open (another thread's) would lose its locks and another process
    could checkpoint and delete the WAL under it. Reading SQLite's change counter would add nothing anyway: every
    write moves ``ctime``, which no program can set back, and a state is only stamped once the clock moved on."""
    try:
        st = os.stat(path)
    except OSError:  # missing, unreadable: nothing that could match a stamp
        return None
    if not stat.S_ISREG(st.st_mode):
        return None
    return {"dev": st.st_dev, "ino": st.st_ino, "size": st.st_size, "mtime_ns": st.st_mtime_ns,
            "ctime_ns": st.st_ctime_ns}


def file_state(path: Path | str) -> FileState | None:
    """What identifies the current state of the database and its ``-wal``; None when the file is missing."""
    path = Path(path)
    main = _file(path)
    if main is None:
        return None
    return {"main": main, "wal": _file(Path(f"{path}-wal"))}


def _key(path: Path | str) -> str:
    return str(Path(path).expanduser().resolve())


def _store() -> Path:
    from opsassistant.paths import verified_stamps_path

    return verified_stamps_path()


def _load() -> dict[str, FileState]:
    try:
        data = json.loads(_store().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def matches(path: Path | str) -> bool:
    """Whether the file is exactly in a state this program verified (or wrote itself after verifying)."""
    stamp = _load().get(_key(path))
    return stamp is not None and stamp == file_state(path)


def _settled(state: FileState, clock_ns: int) -> bool:
    """Whether ``clock_ns`` (a file written just now) lies past every timestamp of ``state``, so any later write
    to the database would show as a different timestamp."""
    for part in (state["main"], state["wal"]):
        if part is None:
            continue
        for field in ("mtime_ns", "ctime_ns"):
            value = int(part[field])  # type: ignore[call-overload]
            margin = 0 if value % 1000 else _COARSE_MARGIN_NS  # whole microseconds or coarser: a coarse clock
            if clock_ns <= value + margin:
                return False
    return True


def write_stamp(path: Path | str, expected: FileState | None = None) -> bool:
    """Remember the current state of ``path`` as verified; when ``expected`` is given, only if the file is still
    in that state. Best effort: False (and nothing remembered) when the stamp cannot be written."""
    key = _key(path)
    try:
        store = _store()
        store.parent.mkdir(parents=True, exist_ok=True)
        for _attempt in range(_ATTEMPTS):
            state = file_state(path)
            if state is None or (expected is not None and state != expected):
                return False
            entries = {k: v for k, v in _load().items() if k != key and Path(k).exists()}
            entries = dict(list(entries.items())[-(_MAX_ENTRIES - 1):])
            entries[key] = state
            fd, name = tempfile.mkstemp(prefix=".verified.", suffix=".part", dir=store.parent)
            try:
                with os.fdopen(fd, "w", encoding="utf-8") as handle:
                    json.dump(entries, handle)
                    handle.flush()
                    clock = os.fstat(handle.fileno()).st_mtime_ns
                if _settled(state, clock):
                    os.replace(name, store)
                    return True
            finally:
                Path(name).unlink(missing_ok=True)
            time.sleep(0.002)
    except OSError as exc:
        _log.debug("verified stamp for %s not written: %s", key, exc)
    return False


def _sessions() -> Path:
    return _store().parent / "verified-sessions"


def _started(pid: int) -> str | None:
    """When process ``pid`` started (clock ticks since boot, Linux ``/proc/PID/stat``): with the id it names one
    process for ever (an id reused later has another start time). None where that cannot be read."""
    try:
        text = Path(f"/proc/{pid}/stat").read_text(encoding="ascii", errors="replace")
    except OSError:
        return None
    fields = text.rsplit(")", 1)[-1].split()
    return fields[19] if len(fields) > 19 else None  # field 22 of the file; fields[0] is field 3


def _marker_name(key: str, pid: int) -> str:
    return f"{hashlib.sha256(key.encode()).hexdigest()[:16]}-{pid}.json"


def vouched(path: Path | str) -> bool:
    """Whether a session of another live process of this program opened this very file (same inode) in a
    verified state and still has it open (see the module's docstring). Linux only (elsewhere: False)."""
    if not sys.platform.startswith("linux"):
        return False
    key = _key(path)
    main = (file_state(path) or {}).get("main")
    if main is None:
        return False
    prefix = _marker_name(key, 0).rsplit("-", 1)[0] + "-"
    try:
        markers = [m for m in _sessions().iterdir() if m.name.startswith(prefix)]
    except OSError:
        return False
    for marker in markers:
        try:
            held = json.loads(marker.read_text(encoding="utf-8"))
            pid = int(held["pid"])
        except (OSError, ValueError, KeyError, TypeError):
            continue
        if pid == os.getpid():
            continue  # this process's own session is closed before another open
        started = _started(pid)
        if started is None or started != held.get("started"):
            marker.unlink(missing_ok=True)  # its process is gone: it ended without closing the database
            continue
        if held.get("key") == key and (held.get("dev"), held.get("ino")) == (main["dev"], main["ino"]):
            return True
    return False


def _leave_marker(key: str, dev: object, ino: object) -> Path | None:
    started = _started(os.getpid())
    if started is None:
        return None
    try:
        folder = _sessions()
        folder.mkdir(parents=True, exist_ok=True)
        marker = folder / _marker_name(key, os.getpid())
        fd, name = tempfile.mkstemp(prefix=".session.", suffix=".part", dir=folder)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump({"key": key, "dev": dev, "ino": ino, "pid": os.getpid(), "started": started}, handle)
        os.replace(name, marker)
        return marker
    except OSError as exc:
        _log.debug("verified session marker for %s not written: %s", key, exc)
        return None


def begin_session(path: Path | str, trusted: bool) -> None:
    """The database was just opened for writing; ``trusted`` when it was in a verified state at that moment
    (then, while it stays open, the session vouches for the file: :func:`vouched`)."""
    _drop_marker()
    _session.clear()
    if trusted:
        main = (file_state(path) or {}).get("main") or {}
        _session.update(key=_key(path), dev=main.get("dev"), ino=main.get("ino"), thread=threading.get_ident())
        _session["marker"] = _leave_marker(str(_session["key"]), main.get("dev"), main.get("ino"))


def _drop_marker(session: dict[str, object] | None = None) -> None:
    marker = (session if session is not None else _session).get("marker")
    if isinstance(marker, Path):
        marker.unlink(missing_ok=True)


def end_session() -> None:
    """The database was closed cleanly: if it was verified when opened and is still the same file (not replaced
    under us), what it holds now is only what SQLite wrote, so remember this state as verified."""
    if not _session or _session.get("thread") != threading.get_ident():
        return
    session = dict(_session)
    _session.clear()
    path = Path(str(session["key"]))
    main = (file_state(path) or {}).get("main") or {}
    try:
        if (main.get("dev"), main.get("ino")) == (session["dev"], session["ino"]):
            write_stamp(path)
    finally:
        _drop_marker(session)  # after the stamp: no moment in which neither vouches for what this session wrote
