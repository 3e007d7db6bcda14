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

    A recurring series has ``rrule`` and/or ``rdates``; an edited occurrence is its own row with ``series``
    pointing at the master and ``recurrence_id`` holding the key of that occurrence's original start.

    Recurrence fields, shared by the expansion (services/calendar/occurrences.py) and the .ics reader/writer:

    - ``rrule``: the RRULE value exactly as read or written ("FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1"),
      never normalised; the editor rewrites it only when the user changes the repeat tab.
    - ``exdates``: JSON list of keys removed from the set. ``"YYYY-MM-DD HH:MM:SS"`` = a UTC moment (EXDATE
      DATE-TIME); ``"YYYY-MM-DD"`` = a date (EXDATE;VALUE=DATE; on a timed series it removes every occurrence
      starting that day in the start zone).
    - ``rdates``: JSON list of keys added to the set. ``"YYYY-MM-DD HH:MM:SS"`` = a UTC moment lasting the
      series' length; ``"YYYY-MM-DD"`` = a date (on a timed series: that day at DTSTART's wall-clock time);
      ``"YYYY-MM-DD HH:MM:SS/YYYY-MM-DD HH:MM:SS"`` = a PERIOD, UTC start/UTC end (a period given with a
      duration is stored with its end). A series may have rdates and no rrule.
    - ``duration``: "" when the length is DTEND - DTSTART (exact, RFC 5545 §3.8.5.3); else the DURATION value
      as read ("P1D", "PT90M"): its days and weeks are nominal (same wall-clock time), the rest exact.
    - ``recurrence_range``: on an override, "" or "THISANDFUTURE" (RECURRENCE-ID;RANGE=THISANDFUTURE: its
      changes of time, length and text apply to every later occurrence too).
    - ``sequence``: SEQUENCE as read (0 for events made here); the reader keeps the highest copy.
    - ``change_count``: bumped by every write of the row (sync and open windows compare it).
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
    duration = CharField(default="")
    recurrence_range = CharField(default="")
    sequence = IntegerField(default=0)
    change_count = IntegerField(default=0)
    # From a calendar file: the TZID as written there (start_timezone holds the IANA zone it was read as).
    tzid_text = CharField(default="")

    def save(self, *args, **kwargs):
        self.long_span = is_long_span(self)
        self.change_count = (self.change_count or 0) + 1
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
    # Series made of RDATEs alone (no RRULE): few, found by their own index like the masters above.
    "CREATE INDEX IF NOT EXISTS event_rdate_masters ON event (series_until_utc) WHERE rrule = '' AND rdates != '[]'",
]
