"""Create, change, move and trash events; one occurrence or the whole series. One transaction per action."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, timedelta

from opsassistant.db.models import Event, EventAttendee, EventPrincipal, database
from opsassistant.db.models.base import utcnow
from opsassistant.i18n.messages import translate
from opsassistant.services.calendar import rules
from opsassistant.services.calendar.occurrences import (
    Occurrence,
    home_zone,
    occurrence_end,
    occurrence_key,
    series_end,
    zone,
)
from opsassistant.services.calendar.rekey import rekey_series

STATUSES = ("tentative", "confirmed", "cancelled")


class EditError(ValueError):
    pass


@dataclass
class Attendee:
    name: str = ""
    email: str = ""
    contact_id: int | None = None
    status: str = "needs-action"


@dataclass
class EventData:
    title: str
    start: datetime | None = None  # aware; timed events
    end: datetime | None = None
    start_timezone: str = ""  # "" = the home zone (the executive's setting)
    end_timezone: str = ""
    all_day: bool = False
    start_date: date | None = None  # all-day events; end_date exclusive
    end_date: date | None = None
    location: str = ""
    principal_ids: list[int] = field(default_factory=list)
    attendees: list[Attendee] = field(default_factory=list)
    category: str = ""
    status: str = "confirmed"
    reminder_minutes: int | None = None
    rrule: str = ""
    exdates: list[str] = field(default_factory=list)
    rdates: list[str] = field(default_factory=list)
    notes: str = ""
    uid: str | None = None
    source: str = ""
    duration: str = ""  # a nominal DURATION as read ("P1D"); kept while the end still matches it
    recurrence_range: str = ""  # "THISANDFUTURE" on such an override
    sequence: int = 0


def validate(data: EventData) -> dict[str, str]:
    """Field name → message in the UI language (empty when valid)."""
    problems: dict[str, str] = {}
    if not data.title.strip():
        problems["title"] = translate("CalendarEdit", "Enter a title.")
    for name in ("start_timezone", "end_timezone"):
        value = getattr(data, name)
        if value and zone(value).key != value:
            problems[name] = translate("CalendarEdit", "Unknown time zone.")
    if data.all_day:
        if data.start_date is None or data.end_date is None:
            problems["start"] = translate("CalendarEdit", "Enter a start and an end date.")
        elif data.end_date <= data.start_date:
            problems["end"] = translate("CalendarEdit", "The end must be after the start.")
    else:
        if data.start is None or data.end is None or data.start.tzinfo is None or data.end.tzinfo is None:
            problems["start"] = translate("CalendarEdit", "Enter a start and an end time.")
        elif data.end < data.start:
            problems["end"] = translate("CalendarEdit", "The end must be after the start.")
    if data.status not in STATUSES:
        problems["status"] = translate("CalendarEdit", "Unknown status.")
    start = data.start_date if data.all_day else data.start
    if data.rrule.strip() and start is not None and "start" not in problems:
        problem = rules.check_rule(data.rrule.strip(), start, data.start_timezone or home_zone())
        if problem:
            problems["rrule"] = problem
    if any(not _valid_key(key) for key in (*data.exdates, *data.rdates)):
        problems["rdates"] = translate("CalendarEdit", "An added or removed date of the series is not valid.")
    return problems


def _valid_key(key: str) -> bool:
    for part in key.split("/", 1):
        try:
            if len(part) == 10:
                date.fromisoformat(part)
            else:
                datetime.strptime(part, "%Y-%m-%d %H:%M:%S")
        except ValueError:
            return False
    return True


def _check(data: EventData) -> None:
    problems = validate(data)
    if problems:
        raise EditError("; ".join(problems.values()))


def _apply(event: Event, data: EventData) -> None:
    home = home_zone()
    event.title = data.title.strip()
    event.location = data.location.strip()
    event.all_day = data.all_day
    event.start_timezone = data.start_timezone or home
    event.end_timezone = data.end_timezone or event.start_timezone
    if data.all_day:
        event.start_date, event.end_date = data.start_date, data.end_date
        event.start_utc = datetime.combine(data.start_date, datetime.min.time(), zone(home)).astimezone(UTC)
        event.end_utc = datetime.combine(data.end_date, datetime.min.time(), zone(home)).astimezone(UTC)
    else:
        event.start_date = event.end_date = None
        event.start_utc, event.end_utc = data.start.astimezone(UTC), data.end.astimezone(UTC)
    event.category, event.status = data.category, data.status
    event.reminder_minutes = data.reminder_minutes
    event.rrule = data.rrule.strip()
    event.exdates, event.rdates = list(data.exdates), list(data.rdates)
    event.notes = data.notes
    event.source = data.source
    event.recurrence_range, event.sequence = data.recurrence_range, data.sequence
    event.duration = data.duration if not data.all_day and data.duration else ""
    if event.duration and occurrence_end(event, event.start_utc) != event.end_utc:
        event.duration = ""  # the end was changed: the length is now the exact DTEND - DTSTART
    if event.rrule or event.rdates:
        first = data.start_date if data.all_day else data.start
        last = series_end(event.rrule, first, event.start_timezone, event.rdates)
        # The last start plus the length (a nominal day can be 25 hours): the index hint must cover the end.
        longest = max(event.end_utc - event.start_utc, timedelta()) + (timedelta(hours=1) if event.duration else
                                                                      timedelta())
        event.series_until_utc = None if last is None else last if data.all_day else last + longest
    else:
        event.series_until_utc = None
    event.updated_at = utcnow()


def _links(event: Event, data: EventData) -> None:
    EventPrincipal.delete().where(EventPrincipal.event == event).execute()
    for principal_id in dict.fromkeys(data.principal_ids):
        EventPrincipal.create(event=event, principal=principal_id)
    EventAttendee.delete().where(EventAttendee.event == event).execute()
    for person in data.attendees:
        EventAttendee.create(event=event, contact=person.contact_id, name=person.name, email=person.email,
                             status=person.status)


def create(data: EventData) -> Event:
    _check(data)
    with database.atomic():
        event = Event(uid=data.uid or f"{uuid.uuid4()}@opsassistant")
        _apply(event, data)
        event.save()
        _links(event, data)
    return event


def _editable(event_id: int) -> Event:
    event = Event.get_by_id(event_id)
    if event.source:
        raise EditError(read_only_reason(event.source))
    return event


def read_only_reason(source: str) -> str:
    if source.startswith("outing:"):
        return translate("CalendarEdit", "This appointment comes from an outing; change it under Outings.")
    if source.startswith("segment:"):
        return translate("CalendarEdit", "This appointment comes from a trip; change it under Travel.")
    return translate("CalendarEdit", "This appointment cannot be changed here.")


def update(event_id: int, data: EventData) -> Event:
    """Change a single event, an override, or (for a master) the whole series. A series whose start moves
    takes its exceptions and edited occurrences along, in the same transaction."""
    _check(data)
    with database.atomic():
        event = _editable(event_id)
        before = (event.all_day, event.start_utc, event.start_date, event.start_timezone, event.rrule)
        _apply(event, data)
        if event.series_id is None and (event.rrule or event.rdates):
            rekey_series(event, *before)
        event.save()
        _links(event, data)
    return event


def load(event_id: int) -> EventData:
    event = Event.get_by_id(event_id)
    return EventData(
        title=event.title, location=event.location, all_day=event.all_day,
        start=None if event.all_day else event.start_utc.astimezone(zone(event.start_timezone)),
        end=None if event.all_day else event.end_utc.astimezone(zone(event.end_timezone)),
        start_timezone=event.start_timezone, end_timezone=event.end_timezone,
        start_date=event.start_date, end_date=event.end_date,
        principal_ids=[link.principal_id for link in event.principal_links],
        attendees=[Attendee(a.name, a.email, a.contact_id, a.status) for a in event.attendees],
        category=event.category, status=event.status, reminder_minutes=event.reminder_minutes,
        rrule=event.rrule, exdates=list(event.exdates), rdates=list(event.rdates), notes=event.notes,
        uid=event.uid, source=event.source, duration=event.duration or "",
        recurrence_range=event.recurrence_range or "", sequence=event.sequence or 0,
    )


def occurrence_data(occ: Occurrence) -> EventData:
    """The editable data of one occurrence (the series' data with this occurrence's times)."""
    data = load(occ.event_id)
    if occ.series_id and occ.event_id == occ.series_id:
        data = replace(data, rrule="", exdates=[], rdates=[], start=occ.start, end=occ.end,
                       start_date=occ.start_date, end_date=occ.end_date, recurrence_range="")
    return data


def update_occurrence(occ: Occurrence, data: EventData) -> Event:
    """Change only this occurrence: update its override row or create one."""
    if not occ.series_id or occ.event_id != occ.series_id:
        return update(occ.event_id, replace(data, rrule="", exdates=[], rdates=[]))
    _check(data)
    with database.atomic():
        master = _editable(occ.series_id)
        event = Event(uid=master.uid, series=master, recurrence_id=occ.recurrence_id)
        _apply(event, replace(data, rrule="", exdates=[], rdates=[]))
        event.save()
        _links(event, data)
    return event


def trash(event_id: int) -> None:
    """Move an event (a whole series with its overrides) to the trash."""
    with database.atomic():
        event = _editable(event_id)
        now = utcnow()
        Event.update(deleted_at=now, change_count=Event.change_count + 1).where(
            (Event.id == event.id) | (Event.series == event.id)).execute()


def restore(event_id: int) -> None:
    with database.atomic():
        Event.update(deleted_at=None, change_count=Event.change_count + 1).where(
            (Event.id == event_id) | (Event.series == event_id)).execute()


def trash_occurrence(occ: Occurrence) -> None:
    """Remove one occurrence from its series (an EXDATE); a single event goes to the trash."""
    if not occ.series_id:
        trash(occ.event_id)
        return
    with database.atomic():
        master = _editable(occ.series_id)
        if occ.recurrence_id not in master.exdates:
            master.exdates = [*master.exdates, occ.recurrence_id]
            master.save()
        Event.update(deleted_at=utcnow(), change_count=Event.change_count + 1).where(
            (Event.series == master.id) & (Event.recurrence_id == occ.recurrence_id)).execute()


def move(occ: Occurrence, new_start: datetime, new_end: datetime) -> int:
    """Drag/resize: new times for this occurrence (a series occurrence becomes an override).

    Returns the id of the row that now holds the occurrence.
    """
    data = occurrence_data(occ)
    if occ.all_day:
        days = (new_end.date() - new_start.date()).days or 1
        data = replace(data, start_date=new_start.date(), end_date=new_start.date() + timedelta(days=days))
    else:
        data = replace(data, start=new_start.astimezone(zone(data.start_timezone)),
                       end=new_end.astimezone(zone(data.end_timezone)))
    if occ.series_id:
        return update_occurrence(occ, data).id
    return update(occ.event_id, data).id


def purge_override(event_id: int) -> None:
    """Undo of a move that created an override: remove the override row entirely."""
    with database.atomic():
        Event.delete().where((Event.id == event_id) & Event.series.is_null(False)).execute()


def key_of(moment: datetime | date) -> str:
    return occurrence_key(moment)
