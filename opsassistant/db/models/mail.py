"""E-mail: the user's own wording of the templates, the sent-mail log, and what each invitation last said.

Created by migration 2 (not part of ``ALL_MODELS``, which migration 1 creates); listed in ``MAIL_MODELS``.
"""

from peewee import CharField, ForeignKeyField, IntegerField, TextField

from opsassistant.db.fields import JSONListField, UTCDateTimeField
from opsassistant.db.models.base import BaseModel, utcnow
from opsassistant.db.models.calendar import Event
from opsassistant.db.models.calls import Call
from opsassistant.db.models.contacts import Contact


class MailTemplate(BaseModel):
    """A template the user changed; the built-in wording is used for every (key, language) not stored here."""

    key = CharField()  # message | invitation | itinerary | outing | briefing
    lang = CharField()  # da | en
    subject = TextField()
    body = TextField()

    class Meta:
        indexes = ((("key", "lang"), True),)


class SentMail(BaseModel):
    """One recipient of one message handed over (sent by SMTP, or a draft given to the mail client)."""

    sent_at = UTCDateTimeField(default=utcnow, index=True)
    message_id = CharField(index=True)
    template = CharField()
    transport = CharField()  # smtp | draft
    address = CharField()
    kind = CharField(default="to")  # to | cc | bcc
    subject = TextField(default="")
    contact = ForeignKeyField(Contact, null=True, backref="sent_mail", on_delete="SET NULL")
    event = ForeignKeyField(Event, null=True, backref="sent_mail", on_delete="SET NULL")
    call = ForeignKeyField(Call, null=True, backref="sent_mail", on_delete="SET NULL")
    record = CharField(default="")  # "trip:ID", "outing:ID", "day:YYYY-MM-DD": what the mail was about

    class Meta:
        indexes = ((("contact", "sent_at"), False), (("event", "sent_at"), False), (("call", "sent_at"), False))


class Invitation(BaseModel):
    """What the last iTIP message of an event told its attendees (RFC 5546 SEQUENCE and the times sent)."""

    event = ForeignKeyField(Event, unique=True, backref="invitation", on_delete="CASCADE")
    sequence = IntegerField(default=0)
    start_key = CharField(default="")  # the times and place as sent, to tell when an update is due
    end_key = CharField(default="")
    location = CharField(default="")
    addresses = JSONListField(default=list)  # invited e-mail addresses, lower case
    cancelled = IntegerField(default=0)
    sent_at = UTCDateTimeField(default=utcnow)


class AttendeeAnswer(BaseModel):
    """An answer received (an iTIP REPLY): when, from whom, what; the attendee row holds the latest."""

    event = ForeignKeyField(Event, backref="answers", on_delete="CASCADE")
    address = CharField()
    name = CharField(default="")
    status = CharField()  # accepted | declined | tentative | needs-action
    received_at = UTCDateTimeField(default=utcnow, index=True)


MAIL_MODELS = [MailTemplate, SentMail, Invitation, AttendeeAnswer]
