from peewee import CharField, TextField

from opsassistant.db.models.base import BaseModel


class Setting(BaseModel):
    """Small key/value facts that belong to the database itself (e.g. the date of the last automatic backup)."""

    key = CharField(primary_key=True)
    value = TextField()
