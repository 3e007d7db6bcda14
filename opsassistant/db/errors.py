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
    def __init__(self, path: Path):
        super().__init__(
            translate("Database", "Cannot write to the folder {folder}. Choose another place for the database.")
            .format(folder=path.parent)
        )


class InUseError(DatabaseError):
    def __init__(self, path: Path):
        super().__init__(
            translate("Database", "The database {path} is in use by another Ops Assistant window. "
                      "Close that one first.").format(path=path)
        )
