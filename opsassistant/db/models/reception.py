"""Reception (visitors) and the light bookkeeping of travel: driving log, meals provided, trip expenses and
the entertainment (repræsentation) marks on outings and expenses.

These tables arrive with a later migration (``migrations._to_2``), so they are listed in ``RECEPTION_MODELS``
rather than in ``ALL_MODELS`` (which migration 1 creates and must never change).
"""

from peewee import BooleanField, CharField, DateField, ForeignKeyField, IntegerField, TextField

from opsassistant.db.fields import DecimalTextField, UTCDateTimeField
from opsassistant.db.models.base import BaseModel, utcnow
from opsassistant.db.models.calendar import Event
from opsassistant.db.models.outings import Expense, Outing
from opsassistant.db.models.principals import Principal
from opsassistant.db.models.travel import Trip


class Visitor(BaseModel):
    """An expected or arrived guest. Personal data with a retention period: purged after it (GDPR art. 5(1)(e))."""

    name = CharField()
    company = CharField(default="")
    email = CharField(default="")
    host = ForeignKeyField(Principal, null=True, backref="visitors", on_delete="SET NULL")
    expected_utc = UTCDateTimeField(index=True)
    timezone = CharField(default="Europe/Copenhagen")
    purpose = TextField(default="")
    language = CharField(default="da")  # the language of the visitor's badge
    arrived_utc = UTCDateTimeField(null=True)
    left_utc = UTCDateTimeField(null=True)
    event = ForeignKeyField(Event, null=True, on_delete="SET NULL")  # the appointment the visit came from
    created_at = UTCDateTimeField(default=utcnow)
    updated_at = UTCDateTimeField(default=utcnow)


class DrivingLogEntry(BaseModel):
    """One business drive in the driver's own car (kørebog), on a trip or on its own."""

    driver = ForeignKeyField(Principal, backref="drives", on_delete="CASCADE")
    trip = ForeignKeyField(Trip, null=True, backref="drives", on_delete="SET NULL")
    date = DateField(index=True)
    purpose = CharField(default="")
    from_place = CharField(default="")
    to_place = CharField(default="")
    km = DecimalTextField()
    car = CharField(default="")  # registration number or description


class MealsProvided(BaseModel):
    """Meals the traveller got free on one local date of a trip; they reduce the per diem (diæter)."""

    trip = ForeignKeyField(Trip, backref="meals", on_delete="CASCADE")
    date = DateField()
    breakfast = BooleanField(default=False)
    lunch = BooleanField(default=False)
    dinner = BooleanField(default=False)
    lodging = BooleanField(default=False)  # the night after this date was paid by the company (frit logi)

    class Meta:
        indexes = ((("trip", "date"), True),)


class TripExpense(BaseModel):
    """An expense on a trip (taxi, train ticket, a dinner with a client…), amount including VAT."""

    trip = ForeignKeyField(Trip, backref="expenses", on_delete="CASCADE")
    date = DateField()
    description = CharField(default="")
    category = CharField(default="other")  # transport | hotel | food | other
    amount_minor = IntegerField()
    currency = CharField(default="DKK")
    exchange_rate = DecimalTextField(default="1")  # one unit of currency in DKK
    vat_rate = DecimalTextField(default="25")
    entertainment = BooleanField(default=False)
    receipt_reference = CharField(default="")
    position = IntegerField(default=0)


class EntertainmentMark(BaseModel):
    """An outing (all its expenses) or one outing expense marked as entertainment (repræsentation)."""

    outing = ForeignKeyField(Outing, null=True, unique=True, on_delete="CASCADE")
    expense = ForeignKeyField(Expense, null=True, unique=True, on_delete="CASCADE")


RECEPTION_MODELS = [Visitor, DrivingLogEntry, MealsProvided, TripExpense, EntertainmentMark]

EXTRA_SQL = [
    "CREATE INDEX IF NOT EXISTS visitor_left ON visitor (left_utc)",
    "CREATE INDEX IF NOT EXISTS driving_log_driver_date ON driving_log_entry (driver_id, date)",
]
