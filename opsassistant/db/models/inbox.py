"""The server's scheduling inbox (RFC 6638): what each account's inbox is, and the invitations read from it
that wait for the executive's answer.

Created by the "scheduling inbox" migration (not part of ``ALL_MODELS``); listed in ``INBOX_MODELS``.
"""

from peewee import BooleanField, CharField, ForeignKeyField, IntegerField, TextField

from opsassistant.db.fields import JSONListField, UTCDateTimeField
from opsassistant.db.models.base import BaseModel, utcnow
from opsassistant.db.models.principals import Principal
from opsassistant.db.models.sync import SyncAccount


class ScheduleInbox(BaseModel):
    """Per account: the inbox URL found on the principal ("" = the server has none) and what was said once."""

    account = ForeignKeyField(SyncAccount, unique=True, backref="schedule_inbox", on_delete="CASCADE")
    url = CharField(default="")
    none_noted = BooleanField(default=False)  # "this server has no scheduling inbox" is in the log
    noted = JSONListField(default=list)  # hrefs of objects left in the inbox whose reason is already logged
    handled = JSONListField(default=list)  # "ETag href" of objects committed here whose DELETE has not gone through


class InboxRequest(BaseModel):
    """An invitation (iTIP REQUEST) read from the inbox, kept until the executive's answer is given."""

    account = ForeignKeyField(SyncAccount, null=True, backref="inbox_requests", on_delete="SET NULL")
    principal = ForeignKeyField(Principal, null=True, on_delete="SET NULL")
    uid = CharField(index=True)
    sequence = IntegerField(default=0)
    method = CharField(default="REQUEST")  # REQUEST | COUNTER
    summary = TextField(default="")
    organizer = CharField(default="")  # "Name <address>" as shown
    text = TextField()  # the iTIP message as the server had it
    received_at = UTCDateTimeField(default=utcnow, index=True)


INBOX_MODELS = [ScheduleInbox, InboxRequest]
