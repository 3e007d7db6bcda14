from __future__ import annotations

from datetime import UTC, datetime

from peewee import Model, SqliteDatabase, _savepoint

from opsassistant.db.fields import UTCDateTimeField

# Seconds a writer waits for another process's write to finish (sqlite3's busy handler, PRAGMA busy_timeout).
BUSY_TIMEOUT = 10


class _Savepoint(_savepoint):
    """A savepoint whose rollback is a no-op once SQLite has already rolled the whole transaction back (as it
    does on SQLITE_FULL or SQLITE_IOERR), so the real error is raised, not "no such savepoint"."""

    def rollback(self, begin: bool = True) -> None:
        if self.db.connection().in_transaction:
            super().rollback(begin)


class OpsDatabase(SqliteDatabase):
    """SQLite with every transaction beginning IMMEDIATE.

    A deferred transaction that reads and then writes gets SQLITE_BUSY at once when another process committed
    after its read (the busy handler cannot help: its snapshot is stale). ``BEGIN IMMEDIATE`` takes the write
    lock first, so it waits for the busy timeout instead and then reads current data.

    It also tells its commit listeners after each committed transaction (one user action), so an open window
    follows the writes it made itself (``opsassistant.db.database.add_commit_listener``).
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.commit_listeners: list = []

    def commit(self):
        result = super().commit()
        for listener in list(self.commit_listeners):
            listener()
        return result

    def rollback(self) -> None:
        if self.is_closed() or self.connection().in_transaction:
            super().rollback()
        # else SQLite rolled back on its own (disk full, I/O error): nothing to undo, keep the first error

    def savepoint(self) -> _Savepoint:
        return _Savepoint(self)


# Deferred: opened by opsassistant.db.database.open_database() with the file the user chose.
database = OpsDatabase(None, lock_type="IMMEDIATE")


def utcnow() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)


class BaseModel(Model):
    class Meta:
        database = database
        legacy_table_names = False


class TrashableModel(BaseModel):
    """A row that is deleted by moving it to the trash (``deleted_at`` set); purged after 30 days."""

    created_at = UTCDateTimeField(default=utcnow)
    updated_at = UTCDateTimeField(default=utcnow)
    deleted_at = UTCDateTimeField(null=True, index=True)

    @classmethod
    def alive(cls):
        return cls.select().where(cls.deleted_at.is_null())
