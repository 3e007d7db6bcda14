from __future__ import annotations

from datetime import UTC, datetime

from peewee import Model, SqliteDatabase

from opsassistant.db.fields import UTCDateTimeField

# Deferred: opened by opsassistant.db.database.open_database() with the file the user chose.
database = SqliteDatabase(None)


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
