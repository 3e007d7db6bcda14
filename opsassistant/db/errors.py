"""Why a database could not be opened or restored, each with one clear sentence in the UI language."""

from __future__ import annotations

from pathlib import Path

from opsassistant.i18n.messages import translate


class DatabaseError(Exception):
    """Base class: ``str(error)`` is the sentence to show the user."""


class NotSQLiteError(DatabaseError):
    def __init__(self, path: Path):
        super().__init__(
            translate("Database", "{path} is not a database file. Nothing was changed.").format(path=path)
        )


class NotOursError(DatabaseError):
    def __init__(self, path: Path):
        super().__init__(
            translate("Database", "{path} is a database of another program, not of Ops Assistant. "
                      "Nothing was changed.").format(path=path)
        )


class NewerVersionError(DatabaseError):
    def __init__(self, path: Path, found: int, supported: int):
        super().__init__(
            translate("Database", "{path} was made by a newer version of Ops Assistant (schema {found}; this "
                      "version reads up to {supported}). Please update the program. Nothing was changed.")
            .format(path=path, found=found, supported=supported)
        )


class NotWritableError(DatabaseError):
    """``what``: "folder" (no -wal/-shm can be made beside it), "file" (its mode) or "disk" (mounted read-only)."""

    def __init__(self, path: Path, what: str = "folder"):
        if what == "disk":
            text = translate("Database", "The database {path} is on a read-only disk: it can be read but not "
                             "changed. Nothing was saved.").format(path=path)
        elif what == "file":
            text = translate("Database", "The database {path} may be read but not changed (its permissions "
                             "allow no writing). Nothing was saved.").format(path=path)
        else:
            text = translate("Database", "Cannot write to the folder {folder}. Choose another place for the "
                             "database.").format(folder=path.parent)
        super().__init__(text)


class NotReadableError(DatabaseError):
    def __init__(self, path: Path):
        super().__init__(
            translate("Database", "You may not read the database {path}. Nothing was changed; check who owns "
                      "the file and its permissions.").format(path=path)
        )


class InUseError(DatabaseError):
    def __init__(self, path: Path):
        super().__init__(
            translate("Database", "The database {path} is in use by another Ops Assistant window. "
                      "Close that one first.").format(path=path)
        )


class MissingDatabaseError(DatabaseError):
    def __init__(self, path: Path):
        super().__init__(
            translate("Database", "There is no database {path}. Check the name, or start the program once to "
                      "create it.").format(path=path)
        )


class BusyError(DatabaseError):
    def __init__(self):
        super().__init__(
            translate("Database", "The database is busy with another program's change and did not become free "
                      "in time. Nothing was saved; please try again.")
        )


class CorruptError(DatabaseError):
    def __init__(self, path: Path | str | None = None):
        super().__init__(
            translate("Database", "The database {path} is damaged. Nothing was changed; restore a backup "
                      "(opsassistant restore FILE, or File ▸ Restore backup).").format(path=path or "")
            .replace("  ", " ")
        )


class CorruptWalError(DatabaseError):
    def __init__(self, wal: Path):
        super().__init__(
            translate("Database", "The database's change log {path} is damaged and cannot be applied. Nothing "
                      "was changed and the file was kept; restore a backup or ask for help.").format(path=wal)
        )


class BackupDamagedError(DatabaseError):
    def __init__(self, path: Path):
        super().__init__(
            translate("Database", "The backup {path} is damaged and was not restored. The current data was not "
                      "changed; choose another backup.").format(path=path)
        )


class OpenElsewhereError(DatabaseError):
    def __init__(self, path: Path):
        super().__init__(
            translate("Database", "The database {path} is open in another program (an import, a call being "
                      "logged or another window). Nothing was restored; try again when it has finished.")
            .format(path=path)
        )


class DiskFullError(DatabaseError):
    def __init__(self):
        super().__init__(
            translate("Database", "The disk is full. Nothing was saved; free some space and try again.")
        )


class StorageError(DatabaseError):
    """Any other failure reading or writing the file (I/O error, read-only medium, …)."""

    def __init__(self, detail: str):
        super().__init__(
            translate("Database", "The database could not be read or written ({detail}). Nothing was "
                      "changed.").format(detail=detail)
        )


def _chain(exc: BaseException):
    seen: set[int] = set()
    todo: list[BaseException] = [exc]
    while todo:
        current = todo.pop(0)
        if id(current) in seen:
            continue
        seen.add(id(current))
        yield current
        todo += [e for e in (current.__cause__, current.__context__) if e is not None]
        todo += [a for a in getattr(current, "args", ()) if isinstance(a, BaseException)]


def from_sqlite(exc: BaseException, path: Path | str | None = None) -> DatabaseError | None:
    """The one sentence for an SQLite (or Peewee-wrapped) error, or None when it is not a storage problem.

    Looks through the whole chain: after SQLITE_FULL SQLite rolls back by itself and a later "cannot rollback"
    error hides the real cause.
    """
    import errno as errnos
    import sqlite3

    for current in _chain(exc):
        if isinstance(current, OSError) and current.errno is not None:
            return from_os_error(current)
        if not isinstance(current, sqlite3.Error):
            continue
        name = getattr(current, "sqlite_errorname", "") or ""
        text = str(current).lower()
        if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")) or "database is locked" in text:
            return BusyError()
        if name == "SQLITE_FULL" or "disk is full" in text:
            return DiskFullError()
        if name.startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB")) or "malformed" in text:
            return CorruptError(path)
        if name.startswith(("SQLITE_IOERR", "SQLITE_READONLY", "SQLITE_CANTOPEN", "SQLITE_PERM")):
            if name.startswith("SQLITE_IOERR") and _no_room_beside(path):
                return DiskFullError()  # e.g. no room for the -shm index: the disk, not the file, failed
            return StorageError(str(current))
        if name == "SQLITE_TOOBIG":
            return from_os_error(OSError(errnos.EFBIG, "File too large"))
    return None


def shown_path(name: str | Path) -> str:
    """The file the user asked for, not the temporary one written first (``.NAME.xxxx.part``, ``NAME.part``)."""
    import re

    path = Path(name)
    if not str(name) or not path.name.endswith(".part"):
        return str(name)
    hidden = re.fullmatch(r"\.(.+)\.[^.]+\.part", path.name)
    return str(path.with_name(hidden.group(1) if hidden else path.name[:-len(".part")]))


def _no_room_beside(path: Path | str | None) -> bool:
    """Whether the disk holding the database (``path``, else the open one) has no room left for its -shm."""
    import os

    if path is None:
        from opsassistant.db.models.base import database

        path = database.database if isinstance(database.database, str) else None
    if not path or str(path).startswith("file:"):
        return False
    try:
        stats = os.statvfs(Path(path).expanduser().resolve().parent)
    except (OSError, AttributeError):
        return False
    return stats.f_bavail * stats.f_frsize < 65536


def from_os_error(exc: OSError) -> DatabaseError:
    """One sentence in the UI language for the operating-system errors a user can meet when writing."""
    import errno as errnos

    where = shown_path(exc.filename or "")
    if exc.errno == errnos.ENOSPC:
        return DiskFullError()
    if exc.errno in (errnos.EFBIG, errnos.EDQUOT):
        return DatabaseError(translate("Database", "The file {path} would become larger than this disk or "
                                       "account allows. Nothing was saved.").format(path=where).replace("  ", " "))
    if exc.errno in (errnos.EACCES, errnos.EPERM):
        return DatabaseError(translate("Database", "You may not write to {path}. Nothing was saved; choose "
                                       "another place.").format(path=where).replace("  ", " "))
    if exc.errno == errnos.EROFS:
        return DatabaseError(translate("Database", "{path} is on a read-only disk. Nothing was saved; choose "
                                       "another place.").format(path=where).strip())
    return DatabaseError(translate("Database", "Could not read or write {path}: {reason}. Nothing was "
                                   "saved.").format(path=where, reason=exc.strerror or exc))
