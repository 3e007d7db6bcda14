from __future__ import annotations

from datetime import UTC, datetime

from peewee import Model, SqliteDatabase

from opsassistant.db.fields import UTCDateTimeField


class _Database(SqliteDatabase):
    """SqliteDatabase that tells its commit listeners after each committed transaction (one user action), so
    an open window follows the writes it made itself (``opsassistant.db.database.add_commit_listener``)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.commit_listeners: list = []

    def commit(self):
        result = super().commit()
        for listener in list(self.commit_listeners):
            listener()
        return result


# Deferred: opened by opsassistant.db.database.open_database() with the file the user chose.
database = _Database(None)


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
