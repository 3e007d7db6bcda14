from datetime import timedelta

from peewee import BooleanField, CharField, DateField, ForeignKeyField, IntegerField, TextField

from opsassistant.db.fields import JSONListField, UTCDateTimeField
from opsassistant.db.models.base import BaseModel, TrashableModel
from opsassistant.db.models.contacts import Contact
from opsassistant.db.models.principals import Principal

LONG_SPAN = timedelta(days=7)


def is_long_span(event) -> bool:
    if event.all_day and event.start_date and event.end_date:
        return (event.end_date - event.start_date) > LONG_SPAN
    if event.start_utc and event.end_utc:
        return (event.end_utc - event.start_utc) > LONG_SPAN
    return False


class Event(TrashableModel):
    """An appointment. Timed events: UTC moments plus the zone each end was entered in.
    All-day events: ``start_date``/``end_date`` (end exclusive, as in iCalendar).

    A recurring series has ``rrule``; an edited occurrence is its own row with ``series`` pointing at the
    master and ``recurrence_id`` holding the original start of that occurrence (UTC).
    """

    uid = CharField(null=True, index=True)
    title = CharField()
    location = CharField(default="")
    all_day = BooleanField(default=False)
    start_utc = UTCDateTimeField(null=True, index=True)
    end_utc = UTCDateTimeField(null=True, index=True)
    start_timezone = CharField(default="Europe/Copenhagen")
    end_timezone = CharField(default="Europe/Copenhagen")
    start_date = DateField(null=True, index=True)
    end_date = DateField(null=True)
    category = CharField(default="")
    status = CharField(default="confirmed")  # tentative | confirmed | cancelled
    reminder_minutes = IntegerField(null=True)
    rrule = TextField(default="")  # RFC 5545 RRULE value, e.g. "FREQ=WEEKLY;BYDAY=MO"
    exdates = JSONListField(default=list)  # ISO UTC moments (or dates for all-day) removed from the series
    rdates = JSONListField(default=list)
    # Indexed by event_series_rid (series_id, recurrence_id) below.
    series = ForeignKeyField("self", null=True, backref="overrides", on_delete="CASCADE", index=False)
    recurrence_id = CharField(null=True)
    # The last moment the series can reach (UTC text), None = open-ended; lets range queries skip old series.
    series_until_utc = UTCDateTimeField(null=True)
    notes = TextField(default="")
    source = CharField(default="")  # "" for user events; "outing:ID" / "segment:ID" for generated ones
    # True when the event lasts longer than LONG_SPAN; range queries look back LONG_SPAN by index and
    # fetch the (few) long events separately, so a week query never scans the whole table.
    long_span = BooleanField(default=False)
    # From a calendar file: the TZID as written there (start_timezone holds the IANA zone it was read as) and
    # the revision (SEQUENCE, RFC 5545 §3.8.7.4) that lets a later import of an older copy leave it alone.
    tzid_text = CharField(default="")
    sequence = IntegerField(default=0)

    def save(self, *args, **kwargs):
        self.long_span = is_long_span(self)
        return super().save(*args, **kwargs)


class EventPrincipal(BaseModel):
    event = ForeignKeyField(Event, backref="principal_links", on_delete="CASCADE")
    principal = ForeignKeyField(Principal, backref="event_links", on_delete="CASCADE")

    class Meta:
        indexes = ((("event", "principal"), True), (("principal", "event"), False))


class EventAttendee(BaseModel):
    event = ForeignKeyField(Event, backref="attendees", on_delete="CASCADE")
    contact = ForeignKeyField(Contact, null=True, backref="attendances", on_delete="SET NULL")
    name = CharField(default="")
    email = CharField(default="")
    status = CharField(default="needs-action")  # accepted | declined | tentative | needs-action


# Partial indexes for occurrences.between(): its queries repeat these WHERE clauses word for word, so a week
# is one index range however big the table is (singles by start, long events by end, masters apart). The
# queries test ``+deleted_at IS NULL`` so that, without ANALYZE statistics, SQLite never prefers the
# deleted_at index (every live event) over these.
EXTRA_SQL = [
    "CREATE INDEX IF NOT EXISTS event_timed_single ON event (start_utc, end_utc) WHERE rrule = '' AND all_day = 0",
    "CREATE INDEX IF NOT EXISTS event_all_day_single ON event (start_date, end_date) "
    "WHERE rrule = '' AND all_day = 1",
    "CREATE INDEX IF NOT EXISTS event_long ON event (end_utc) WHERE long_span = 1",
    "CREATE INDEX IF NOT EXISTS event_masters ON event (series_until_utc) WHERE rrule != ''",
    "CREATE INDEX IF NOT EXISTS event_series_rid ON event (series_id, recurrence_id)",
]
