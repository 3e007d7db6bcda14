"""Finding damage before it spreads: the ``-wal`` file's frames, SQLite's own checks, without writing anything.

SQLite silently ignores every WAL frame from the first bad one on; the last connection to close then checkpoints
and deletes the WAL, so committed transactions after a damaged frame would vanish without a word. ``wal_damaged``
reads the WAL as SQLite does (format: https://www.sqlite.org/fileformat2.html#the_write_ahead_log) and reports
when a *committed* frame of the current WAL generation lies beyond the point where SQLite would stop. A torn
tail of a transaction that never committed (a crash mid-write) is normal and not reported.
"""

from __future__ import annotations

import array
import logging
import os
import sqlite3
import struct
import sys
from pathlib import Path

from opsassistant.db.errors import CorruptError, CorruptWalError, DatabaseError, StorageError

_log = logging.getLogger(__name__)
_MAGIC = (0x377F0682, 0x377F0683)
_MASK = 0xFFFFFFFF


def _checksum(data: bytes, big_endian: bool, s1: int, s2: int) -> tuple[int, int]:
    words = array.array("I", data)
    if big_endian != (sys.byteorder == "big"):
        words.byteswap()
    it = iter(words)
    for x0 in it:
        x1 = next(it)
        s1 = (s1 + x0 + s2) & _MASK
        s2 = (s2 + x1 + s1) & _MASK
    return s1, s2


def wal_damaged(db_path: Path) -> bool:
    """True when the WAL beside ``db_path`` holds committed frames SQLite would not apply."""
    wal = Path(f"{db_path}-wal")
    if not wal.exists() or others_connected(db_path):
        return False  # another connection already recovered this WAL (and checked it when it opened)
    # Hold a read transaction while reading: then no other process can reset (rewrite) the WAL under us. A
    # read-only connection never checkpoints, so it cannot delete the WAL either.
    conn = sqlite3.connect(f"{Path(db_path).resolve().as_uri()}?mode=ro", uri=True, isolation_level=None)
    try:
        conn.execute("BEGIN")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        try:
            with open(wal, "rb") as handle:
                data = handle.read()
        except FileNotFoundError:
            return False
    finally:
        conn.close()
    return _damaged(data)


def _damaged(data: bytes) -> bool:
    if len(data) < 32:
        return False  # empty or never written: nothing to apply
    magic, _version, page_size, _seq, salt1, salt2, c1, c2 = struct.unpack(">8I", data[:32])
    frame_size = 24 + page_size
    has_frames = len(data) >= 32 + 24 + 512
    if magic not in _MAGIC or page_size < 512 or page_size > 65536 or page_size & (page_size - 1):
        return has_frames and any(data[32:])
    big = magic & 1 == 1
    s1, s2 = _checksum(data[:24], big, 0, 0)
    if (s1, s2) != (c1, c2):
        return has_frames
    offset, broken = 32, False
    while offset + frame_size <= len(data):
        header = data[offset:offset + 24]
        page, commit, f_salt1, f_salt2, f1, f2 = struct.unpack(">6I", header)
        current = (f_salt1, f_salt2) == (salt1, salt2)
        if not broken:
            if current and page:
                n1, n2 = _checksum(header[:8] + data[offset + 24:offset + frame_size], big, s1, s2)
                if (n1, n2) == (f1, f2):
                    s1, s2 = n1, n2
                    offset += frame_size
                    continue
            broken = True  # SQLite stops here; what follows is only lost if it was committed
        elif current and commit:
            return True
        offset += frame_size
    return False


def others_connected(db_path: Path) -> bool:
    """Whether another process has this WAL database open: each connection holds a POSIX lock on the ``-shm``
    file while open. Read from ``/proc/locks`` (Linux), so no file is opened or locked here (closing a
    descriptor would drop this process's own SQLite locks); False where that is not available."""
    shm = Path(f"{db_path}-shm")
    try:
        stat = shm.stat()
        with open("/proc/locks", encoding="ascii", errors="replace") as handle:
            lines = handle.read().splitlines()
    except OSError:
        return False
    me = str(os.getpid())
    for line in lines:
        fields = line.split()
        if "->" in fields:
            continue  # a waiter, not a holder
        if len(fields) >= 6 and fields[1] in ("POSIX", "OFDLCK"):
            pid, ident = fields[4], fields[5]
            try:
                major, minor, inode = ident.split(":")
                same = (int(major, 16), int(minor, 16), int(inode)) == (
                    os.major(stat.st_dev), os.minor(stat.st_dev), stat.st_ino)
            except ValueError:
                continue
            if same and pid != me:
                return True
    return False


def refuse_damaged_wal(db_path: Path) -> None:
    if wal_damaged(db_path):
        raise CorruptWalError(Path(f"{db_path}-wal"))


def quick_check(path: Path, *, full: bool = False) -> list[str]:
    """``PRAGMA quick_check`` (or ``integrity_check``) on a read-only connection; raises CorruptError when the
    file is too damaged to even run it."""
    mode = "mode=ro" if Path(f"{path}-wal").exists() else "mode=ro&immutable=1"
    try:
        conn = sqlite3.connect(f"{Path(path).resolve().as_uri()}?{mode}", uri=True)
        try:
            pragma = "integrity_check" if full else "quick_check"
            return [row[0] for row in conn.execute(f"PRAGMA {pragma}").fetchall()]
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        from opsassistant.db.errors import from_sqlite

        error = from_sqlite(exc, path)
        raise (error if isinstance(error, DatabaseError) else StorageError(str(exc))) from exc


def refuse_damaged(path: Path) -> None:
    """Raise CorruptError unless ``quick_check`` says ok (commands that write call this before writing).

    Skipped when the file (and its WAL) is provably unchanged since this program last verified it or closed it
    after writing, or is held open by another process's session that opened it verified (``verified``; the WAL
    is still checked then); an ok check is remembered for the next command."""
    from opsassistant.db import verified

    if verified.matches(path):
        verified.skipped += 1
        _log.info("quick_check skipped: %s is unchanged since it was last verified", path)
        return
    if verified.vouched(path):  # changed, but only by SQLite while a verified session of ours kept it open
        refuse_damaged_wal(path)
        verified.skipped += 1
        _log.info("quick_check skipped: %s is held open by a verified session of another process", path)
        return
    state = verified.file_state(path)  # before the check: a change while it runs leaves nothing remembered
    refuse_damaged_wal(path)
    if quick_check(path) != ["ok"]:
        raise CorruptError(path)
    verified.write_stamp(path, state)
