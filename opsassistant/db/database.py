"""Opening the one SQLite file: checks first (read-only), then pragmas, then migrations.

A file that is not SQLite, belongs to another program, or comes from a newer version is refused before
anything is written to it.
"""

from __future__ import annotations

import atexit
import os
import sqlite3
from pathlib import Path

from opsassistant.db.errors import (
    MissingDatabaseError,
    NewerVersionError,
    NotOursError,
    NotReadableError,
    NotSQLiteError,
    NotWritableError,
)
from opsassistant.db.models import base
from opsassistant.db.models.base import database

# PRAGMA application_id marks the file as ours ("OPSA").
APPLICATION_ID = 0x4F505341
SQLITE_HEADER = b"SQLite format 3\x00"
# Tables every version of our schema has (schema_v1.sql): recognise our file when its mark is missing.
OUR_TABLES = frozenset({"setting", "principal", "contact", "contact_phone", "event", "call", "outing", "trip"})
PRAGMAS = {
    "journal_mode": "wal",
    "foreign_keys": 1,
    "synchronous": "normal",
    "cache_size": -16000,
    "temp_store": "memory",
}


def inspect_file(path: Path) -> tuple[int, int, int]:
    """Read (application_id, user_version, table count) without writing anything.

    Raises NotSQLiteError for anything that is not an SQLite database.
    """
    if path.is_dir():
        raise NotSQLiteError(path)
    try:
        with open(path, "rb") as handle:
            header = handle.read(16)
    except PermissionError as exc:
        raise NotReadableError(path) from exc
    if header != SQLITE_HEADER:
        raise NotSQLiteError(path)
    # Without a -wal file beside it, open immutable so even the read-only check creates no -shm file.
    has_wal = Path(f"{path}-wal").exists()
    mode = "mode=ro" if has_wal else "mode=ro&immutable=1"
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?{mode}", uri=True)
        try:
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            names = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise _read_failure(exc, path) from exc
    if app_id == 0 and version >= 1 and names >= OUR_TABLES:
        # Our schema without our mark: an older version crashed between its first migration and setting
        # application_id. The tables say whose it is; migrate() sets the mark.
        app_id = APPLICATION_ID
    return app_id, version, len(names)


def _read_failure(exc: sqlite3.DatabaseError, path: Path) -> Exception:
    """Only a file SQLite does not recognise is "not a database"; a full disk or an I/O error says so."""
    from opsassistant.db.errors import CorruptError, from_sqlite

    if (getattr(exc, "sqlite_errorname", "") or "").startswith("SQLITE_NOTADB"):
        return NotSQLiteError(path)
    known = from_sqlite(exc, path)
    return NotSQLiteError(path) if known is None or isinstance(known, CorruptError) else known


def check_openable(path: Path) -> bool:
    """Raise a DatabaseError if ``path`` must not be opened; return True if it is a new (absent/empty) file."""
    from opsassistant.db.migrations import SCHEMA_VERSION

    if path.is_dir():
        raise NotSQLiteError(path)
    if not path.exists() or path.stat().st_size == 0:
        folder = path.parent
        if folder.exists() and not os.access(folder, os.W_OK):
            raise NotWritableError(path, _why_not_writable(path))
        return True
    app_id, version, tables = inspect_file(path)
    if app_id != APPLICATION_ID and (tables or version):
        raise NotOursError(path)
    if version > SCHEMA_VERSION:
        raise NewerVersionError(path, version, SCHEMA_VERSION)
    if not os.access(path.parent, os.W_OK) or not os.access(path, os.W_OK):
        raise NotWritableError(path, _why_not_writable(path))
    return False


def _why_not_writable(path: Path) -> str:
    try:
        if os.statvfs(path.parent).f_flag & os.ST_RDONLY:
            return "disk"
    except (OSError, AttributeError):  # no statvfs (Windows): the permissions decide
        pass
    return "folder" if not os.access(path.parent, os.W_OK) else "file"


def _create_private_file(path: Path) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_CREAT | os.O_WRONLY, 0o600)
        os.close(fd)
        os.chmod(path, 0o600)
    except PermissionError as exc:
        raise NotWritableError(path) from exc


def open_database(path: Path | str, *, migrate: bool = True, create: bool = True, verify: bool = False) -> Path:
    """Open (creating if needed) the database at ``path`` and bring its schema up to date.

    ``create=False`` (the read commands): a missing file is reported as missing, never created empty.
    A ``-wal`` that SQLite could not apply is always refused (opening would lose it); ``verify`` (commands that
    write) also runs ``quick_check`` first, so nothing is written into a damaged file.
    """
    from opsassistant.db import verified
    from opsassistant.db.integrity import refuse_damaged, refuse_damaged_wal
    from opsassistant.db.migrations import migrate as run_migrations
    from opsassistant.fileio import protect

    path = Path(path).expanduser()
    close_database()
    if not create and not path.exists():
        raise MissingDatabaseError(path)
    try:
        is_new = check_openable(path)
    except NotWritableError:
        if create or not path.exists():
            raise
        return _open_read_only(path)  # a read command on a file (or folder) we may not write: read it as it is
    trusted = False  # in a state this program verified: what it writes is then remembered as verified too
    if not is_new:
        if verify:
            refuse_damaged(path)
            trusted = True
        else:
            refuse_damaged_wal(path)
            trusted = verified.matches(path) or verified.vouched(path)
    protect(path)
    if is_new:
        _create_private_file(path)
    timeout = base.BUSY_TIMEOUT  # read here, so a test can shorten it
    _init(str(path), pragmas={"busy_timeout": int(timeout * 1000), **PRAGMAS}, timeout=timeout)
    database.connect(reuse_if_open=True)
    if migrate:
        run_migrations(database, path)
    verified.begin_session(path, trusted)
    return path


def _init(name: str, **params) -> None:
    """Point the database at ``name`` with exactly ``params``: peewee's ``init`` adds to the connect parameters
    of the last open, so a file opened normally after a read-only open would keep its ``uri=True``."""
    database.connect_params.clear()
    database.init(name, **params)


def open_read_only(path: Path | str) -> Path:
    """Open for reading only, writing nothing at all (``check``); the file must have this version's schema."""
    path = Path(path).expanduser()
    close_database()
    return _open_read_only(path)


def _open_read_only(path: Path) -> Path:
    """Open for reading only (``mode=ro``, no pragmas that write, no migration): listing a read-only file works."""
    from opsassistant.db.integrity import refuse_damaged_wal
    from opsassistant.db.migrations import SCHEMA_VERSION
    from opsassistant.fileio import protect

    _app_id, version, _tables = inspect_file(path)
    if version != SCHEMA_VERSION:
        raise NotWritableError(path)  # it would need a migration, which cannot be written
    refuse_damaged_wal(path)
    protect(path)
    mode = "mode=ro" if Path(f"{path}-wal").exists() else "mode=ro&immutable=1"
    timeout = base.BUSY_TIMEOUT
    _init(f"{path.resolve().as_uri()}?{mode}", uri=True, timeout=timeout,
                  pragmas={"busy_timeout": int(timeout * 1000), "foreign_keys": 1, "temp_store": "memory"})
    database.connect(reuse_if_open=True)
    return path


def close_database() -> None:
    """Close this thread's connection; a cleanly closed verified file is remembered as verified (``verified``)."""
    if not database.is_closed():
        database.close()
        from opsassistant.db import verified

        verified.end_session()


atexit.register(close_database)  # the desktop app ends without closing: SQLite checkpoints, the stamp is written


def data_version() -> int | None:
    """SQLite's ``PRAGMA data_version`` on this connection: it changes when *another* connection (another
    process, e.g. ``log-call`` from a softphone) commits. None when no database is open."""
    if database.database is None or database.is_closed():
        return None
    return database.execute_sql("PRAGMA data_version").fetchone()[0]


def change_stamp() -> tuple[int, int] | None:
    """What moves whenever the data changes: ``PRAGMA data_version`` (commits by *other* connections) and the
    rows this connection changed (``total_changes``, also for writes outside a transaction). None when closed."""
    version = data_version()
    if version is None:
        return None
    return version, database.connection().total_changes


def add_commit_listener(listener) -> None:
    """Call ``listener()`` after every transaction this process commits."""
    if listener not in database.commit_listeners:
        database.commit_listeners.append(listener)


def remove_commit_listener(listener) -> None:
    if listener in database.commit_listeners:
        database.commit_listeners.remove(listener)
