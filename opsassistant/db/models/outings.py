from peewee import BooleanField, CharField, DateField, ForeignKeyField, IntegerField, TextField

from opsassistant.db.fields import DecimalTextField, UTCDateTimeField
from opsassistant.db.models.base import BaseModel, TrashableModel
from opsassistant.db.models.calendar import Event
from opsassistant.db.models.contacts import Contact
from opsassistant.db.models.principals import Principal


class Outing(TrashableModel):
    """A department meeting, an event or a team outing, with its budget."""

    title = CharField()
    kind = CharField(default="team_outing")  # department_meeting | event | team_outing | other
    start_utc = UTCDateTimeField(index=True)
    end_utc = UTCDateTimeField()
    timezone = CharField(default="Europe/Copenhagen")
    venue = CharField(default="")
    venue_contact = ForeignKeyField(Contact, null=True, on_delete="SET NULL")
    organiser = ForeignKeyField(Principal, null=True, on_delete="SET NULL")
    description = TextField(default="")
    status = CharField(default="planning")  # planning | confirmed | done | cancelled
    budget_minor = IntegerField(default=0)
    currency = CharField(default="DKK")
    event = ForeignKeyField(Event, null=True, on_delete="SET NULL")  # its entry in the calendar


class OutingProgrammeItem(BaseModel):
    outing = ForeignKeyField(Outing, backref="programme", on_delete="CASCADE")
    start_utc = UTCDateTimeField(null=True)
    title = CharField()
    notes = TextField(default="")
    position = IntegerField(default=0)


class OutingParticipant(BaseModel):
    outing = ForeignKeyField(Outing, backref="participants", on_delete="CASCADE")
    contact = ForeignKeyField(Contact, null=True, on_delete="SET NULL")
    principal = ForeignKeyField(Principal, null=True, on_delete="SET NULL")
    name = CharField(default="")
    email = CharField(default="")
    rsvp = CharField(default="no_reply")  # accepted | declined | no_reply
    dietary = CharField(default="")
    notes = TextField(default="")


class OutingTask(BaseModel):
    outing = ForeignKeyField(Outing, backref="tasks", on_delete="CASCADE")
    title = CharField()
    due_date = DateField(null=True, index=True)
    done = BooleanField(default=False)
    position = IntegerField(default=0)


class Expense(BaseModel):
    """One expense line. ``amount_minor`` includes VAT, in ``currency``; ``exchange_rate`` converts one unit
    of ``currency`` into the outing's currency (1 when they are the same)."""

    outing = ForeignKeyField(Outing, backref="expenses", on_delete="CASCADE")
    date = DateField()
    description = CharField(default="")
    category = CharField(default="other")  # venue | food | transport | gifts | other
    supplier = CharField(default="")
    amount_minor = IntegerField()
    currency = CharField(default="DKK")
    exchange_rate = DecimalTextField(default="1")
    vat_rate = DecimalTextField(default="25")  # percent
    is_refund = BooleanField(default=False)
    paid_by = CharField(default="invoice")  # invoice | company_card | out_of_pocket
    paid_by_name = CharField(default="")  # who is owed, for out_of_pocket
    receipt_reference = CharField(default="")
    receipt_file = CharField(default="")  # relative to the data folder
