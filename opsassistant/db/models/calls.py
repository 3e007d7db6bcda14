from peewee import BooleanField, CharField, ForeignKeyField, IntegerField, TextField

from opsassistant.db.fields import UTCDateTimeField
from opsassistant.db.models.base import TrashableModel
from opsassistant.db.models.contacts import Contact
from opsassistant.db.models.principals import Principal


class Call(TrashableModel):
    """A telephone call or visit, and the message slip that goes with it."""

    when_utc = UTCDateTimeField(index=True)
    timezone = CharField(default="Europe/Copenhagen")
    direction = CharField(default="in")  # in | out | missed
    typed_number = CharField(default="")  # as typed; "" for a withheld number
    e164 = CharField(null=True)
    digits = CharField(default="", index=True)
    name = CharField(default="")
    company = CharField(default="")
    contact = ForeignKeyField(Contact, null=True, backref="calls", on_delete="SET NULL")
    principal = ForeignKeyField(Principal, null=True, backref="calls", on_delete="SET NULL")
    telephoned = BooleanField(default=True)
    please_call = BooleanField(default=False)
    will_call_again = BooleanField(default=False)
    returned_call = BooleanField(default=False)
    came_to_see = BooleanField(default=False)
    urgent = BooleanField(default=False)
    message = TextField(default="")
    callback_by_utc = UTCDateTimeField(null=True)
    status = CharField(default="done")  # open (a call-back is owed) | done
    done_at = UTCDateTimeField(null=True)
    duration_seconds = IntegerField(null=True)
    follow_up_of = ForeignKeyField("self", null=True, backref="follow_ups", on_delete="SET NULL")

    class Meta:
        # The call log pages through live rows (deleted_at IS NULL) in one of these orders; each index serves
        # one sort key or filter so a page is an index walk, never a sort of a million rows.
        indexes = (
            (("status", "callback_by_utc"), False),
            (("principal", "when_utc"), False),
            (("deleted_at", "when_utc"), False),
            (("deleted_at", "name", "when_utc"), False),
            (("deleted_at", "direction", "when_utc"), False),
            (("deleted_at", "principal", "when_utc"), False),
            (("deleted_at", "status", "callback_by_utc"), False),
            (("deleted_at", "callback_by_utc"), False),
            (("contact", "when_utc"), False),
        )
