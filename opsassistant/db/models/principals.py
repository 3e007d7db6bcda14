from peewee import BooleanField, CharField, IntegerField

from opsassistant.db.models.base import TrashableModel


class Principal(TrashableModel):
    """The executive or a team member whose day the assistant manages."""

    name = CharField()
    role = CharField(default="team")  # "executive" | "team"
    title = CharField(default="")
    colour = CharField(default="#1f77b4")
    home_timezone = CharField(default="Europe/Copenhagen")
    work_start = CharField(default="08:30")  # local "HH:MM"
    work_end = CharField(default="16:30")
    work_days = CharField(default="12345")  # ISO weekdays, Monday = 1
    email = CharField(default="")
    phone = CharField(default="")
    visible = BooleanField(default=True)
    position = IntegerField(default=0)
