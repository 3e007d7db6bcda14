"""Backups with SQLite's online backup API, restore with a safety copy, and the integrity check."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from opsassistant.db.database import APPLICATION_ID, inspect_file
from opsassistant.db.errors import DatabaseError, NewerVersionError, NotOursError
from opsassistant.paths import backups_dir


def _timestamp() -> str:
    return datetime.now().strftime("%Y%m%d-%H%M%S")


def backup_database(source: Path, target: Path | None = None, *, reason: str = "manual") -> Path:
    """Copy the live database consistently (even while it is open) to ``target``; returns the file written.

    The copy is written to a temporary file first and renamed into place.
    """
    source = Path(source)
    if target is None:
        folder = backups_dir(source)
        folder.mkdir(parents=True, exist_ok=True)
        target = folder / f"{source.stem}-{_timestamp()}-{reason}.db"
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    if target.resolve() in {Path(f"{source.resolve()}{s}") for s in ("", "-wal", "-shm", "-journal")}:
        raise DatabaseError(_is_database(target))
    partial = target.with_name(target.name + ".part")
    partial.unlink(missing_ok=True)
    try:
        _create_private(partial)  # 0600 from the first byte
        src = sqlite3.connect(str(source))
        try:
            dst = sqlite3.connect(str(partial))
            try:
                src.backup(dst)
            finally:
                dst.close()
        finally:
            src.close()
        os.chmod(partial, 0o600)
        os.replace(partial, target)
    finally:
        partial.unlink(missing_ok=True)  # a failed copy (disk full, …) leaves nothing behind
    return target


def validate_backup(candidate: Path) -> int:
    """Raise DatabaseError unless ``candidate`` is an Ops Assistant database this version can read."""
    from opsassistant.db.migrations import SCHEMA_VERSION

    app_id, version, _tables = inspect_file(candidate)
    if app_id != APPLICATION_ID:
        raise NotOursError(candidate)
    if version > SCHEMA_VERSION:
        raise NewerVersionError(candidate, version, SCHEMA_VERSION)
    return version


def restore_database(candidate: Path, live: Path, *,
                     progress: Callable[[int, int | None], None] | None = None) -> Path:
    """Replace ``live`` with ``candidate`` after validating it; returns the safety copy of what was replaced.

    The caller must have closed its own connection (and hold the app lock, ``db.lock``). The backup is checked
    first (``quick_check``, application id, schema version). Then SQLite's exclusive lock is taken on the live
    database: it cannot be had while any other process has the file open (an import, a ``log-call``), so the
    restore waits for the busy timeout and then refuses; while it is held nobody else can read or write. Under
    that one lock the safety copy is taken and the backup is copied *into* the live file with SQLite's backup API
    (the file is not swapped underneath anyone), so every write is either in the safety copy or after the restore.

    ``progress(pages_done, pages_total)`` is called between steps of that copy; an exception it raises (a cancel)
    aborts the copy and SQLite rolls the live file back to what it was (the safety copy stays).
    """
    from opsassistant.db.errors import BackupDamagedError, OpenElsewhereError
    from opsassistant.db.integrity import quick_check, wal_damaged
    from opsassistant.db.models.base import BUSY_TIMEOUT

    candidate, live = Path(candidate), Path(live)
    if not candidate.is_file():
        raise DatabaseError(_no_file(candidate))
    if candidate.resolve() == live.resolve():
        raise DatabaseError(_no_file(candidate))
    validate_backup(candidate)
    try:
        damaged = wal_damaged(candidate) or quick_check(candidate) != ["ok"]
    except DatabaseError:
        damaged = True
    if damaged:
        raise BackupDamagedError(candidate)
    if not live.exists():
        _create_private(live)
    conn = sqlite3.connect(str(live), timeout=BUSY_TIMEOUT, isolation_level=None)
    try:
        conn.execute("PRAGMA locking_mode = EXCLUSIVE")
        try:
            conn.execute("BEGIN EXCLUSIVE")
            conn.execute("COMMIT")  # the lock stays: locking_mode EXCLUSIVE keeps it until the connection closes
        except sqlite3.OperationalError as exc:
            raise OpenElsewhereError(live) from exc
        safety = _copy_from(conn, live)
        source = sqlite3.connect(f"{candidate.resolve().as_uri()}?mode=ro", uri=True)
        try:
            conn.execute("PRAGMA journal_mode = DELETE")  # lets a backup with another page size in
            try:
                if progress is None:
                    source.backup(conn)
                else:
                    progress(0, None)
                    source.backup(conn, pages=RESTORE_STEP_PAGES, progress=_stepper(progress))
            finally:
                conn.execute("PRAGMA journal_mode = WAL")
        finally:
            source.close()
    finally:
        conn.close()
    os.chmod(live, 0o600)
    return safety


RESTORE_STEP_PAGES = 256  # pages copied between two progress reports (1 MB at 4 kB pages)


def _stepper(progress: Callable[[int, int | None], None]):
    def step(_status: int, remaining: int, total: int) -> None:
        if remaining > 0:  # after the last step the copy is committed: too late to stop, nothing to report
            progress(total - remaining, total)
    return step


def _create_private(path: Path) -> None:
    fd = os.open(path, os.O_CREAT | os.O_WRONLY, 0o600)
    os.close(fd)


def _copy_from(conn: sqlite3.Connection, live: Path) -> Path:
    """The safety copy, read through ``conn`` (which holds the exclusive lock)."""
    folder = backups_dir(live)
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"{live.stem}-{_timestamp()}-before-restore.db"
    partial = target.with_name(target.name + ".part")
    try:
        _create_private(partial)
        dst = sqlite3.connect(str(partial))
        try:
            conn.backup(dst)
        finally:
            dst.close()
        os.replace(partial, target)
    finally:
        partial.unlink(missing_ok=True)
    return target


def _is_database(path: Path) -> str:
    from opsassistant.i18n.messages import translate

    return translate("Files", "{path} is the database or one of its backups; choose another file name. Nothing "
                     "was written.").format(path=path)


def _no_file(path: Path) -> str:
    from opsassistant.i18n.messages import translate

    return translate("Database", "There is no file {path}.").format(path=path)


@dataclass
class CheckReport:
    integrity: list[str]
    foreign_key_problems: int
    schema_version: int
    row_counts: dict[str, int] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return self.integrity == ["ok"] and self.foreign_key_problems == 0


def check_database(db) -> CheckReport:
    from opsassistant.db.models import ALL_MODELS

    integrity = [row[0] for row in db.execute_sql("PRAGMA integrity_check").fetchall()]
    fk_problems = len(db.execute_sql("PRAGMA foreign_key_check").fetchall())
    version = db.execute_sql("PRAGMA user_version").fetchone()[0]
    counts = {model._meta.table_name: model.select().count() for model in ALL_MODELS}
    return CheckReport(integrity, fk_problems, version, counts)


def check_file(path: Path) -> CheckReport:
    """``check`` without opening for writing: validate the file and its WAL, then SQLite's own checks on a
    read-only connection. Raises a DatabaseError (one sentence) for a damaged file or WAL; writes nothing."""
    from opsassistant.db.errors import CorruptError
    from opsassistant.db.integrity import quick_check, refuse_damaged_wal
    from opsassistant.db.models import ALL_MODELS

    path = Path(path)
    version = validate_backup(path)
    refuse_damaged_wal(path)
    integrity = quick_check(path, full=True)
    if integrity != ["ok"]:
        raise CorruptError(path)
    mode = "mode=ro" if Path(f"{path}-wal").exists() else "mode=ro&immutable=1"
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?{mode}", uri=True)
        try:
            fk_problems = len(conn.execute("PRAGMA foreign_key_check").fetchall())
            present = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            counts = {name: conn.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0]
                      for name in (m._meta.table_name for m in ALL_MODELS) if name in present}
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise CorruptError(path) from exc
    return CheckReport(integrity, fk_problems, version, counts)
