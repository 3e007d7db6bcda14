from peewee import CharField, DateField, ForeignKeyField, IntegerField, TextField

from opsassistant.db.fields import UTCDateTimeField
from opsassistant.db.models.base import BaseModel, TrashableModel
from opsassistant.db.models.calendar import Event
from opsassistant.db.models.principals import Principal


class Trip(TrashableModel):
    title = CharField()
    destination = CharField(default="")
    purpose = TextField(default="")
    notes = TextField(default="")
    start_date = DateField(null=True, index=True)
    end_date = DateField(null=True)


class TripTraveller(BaseModel):
    trip = ForeignKeyField(Trip, backref="travellers", on_delete="CASCADE")
    principal = ForeignKeyField(Principal, backref="trips", on_delete="CASCADE")

    class Meta:
        indexes = ((("trip", "principal"), True),)


class TripSegment(BaseModel):
    """One leg or stay. A flight leaves in ``start_timezone`` and lands in ``end_timezone``.

    ``event`` is the calendar row that shows the segment in the travellers' calendars: a generated one
    (``Event.source == "segment:<id>"``, owned and kept in sync by the travel services) or, for a meeting,
    an existing appointment the segment was linked to (never deleted with the segment).
    """

    trip = ForeignKeyField(Trip, backref="segments", on_delete="CASCADE")
    kind = CharField()  # flight | train | car | transfer | hotel | meeting | restaurant | note
    title = CharField(default="")
    start_utc = UTCDateTimeField(index=True)
    start_timezone = CharField(default="Europe/Copenhagen")
    end_utc = UTCDateTimeField(null=True)
    end_timezone = CharField(default="Europe/Copenhagen")
    from_place = CharField(default="")  # city or station, or the hotel name
    from_code = CharField(default="")  # IATA code for flights
    to_place = CharField(default="")
    to_code = CharField(default="")
    carrier = CharField(default="")
    number = CharField(default="")  # flight or train number
    terminal = CharField(default="")
    seat = CharField(default="")
    booking_reference = CharField(default="")
    address = CharField(default="")
    phone = CharField(default="")
    notes = TextField(default="")
    event = ForeignKeyField(Event, null=True, on_delete="SET NULL")
    position = IntegerField(default=0)

    class Meta:
        indexes = ((("trip", "start_utc"), False),)
