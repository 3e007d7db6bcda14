"""What an event's invitations must say next (RFC 5546 as the organizer): who gets a REQUEST, who a CANCEL,
and which SEQUENCE; remembered per event once handed over, so a change of time or place becomes an update.

SEQUENCE rises when the time, the repetition or the place changes (of the series or of an edited occurrence), when attendees are removed, and when a
cancelled event is invited again; a new attendee alone gets the current SEQUENCE (RFC 5546 §2.1.4).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime

from opsassistant.db.fields import utc_text
from opsassistant.db.models import Event, EventAttendee, EventPrincipal, Principal, database
from opsassistant.db.models.base import utcnow
from opsassistant.db.models.mail import Invitation
from opsassistant.errors import UserError
from opsassistant.i18n.messages import translate
from opsassistant.services.calendar.occurrences import zone


@dataclass(frozen=True)
class Person:
    name: str
    email: str
    status: str = "needs-action"


@dataclass(frozen=True)
class Instance:
    """An edited occurrence of a series: its own VEVENT with RECURRENCE-ID in the series' REQUEST."""

    recurrence: datetime | date  # the occurrence's original start (UTC, or a date for all-day series)
    title: str
    location: str
    notes: str
    start: datetime | date
    end: datetime | date
    start_timezone: str
    end_timezone: str
    status: str
    this_and_future: bool = False  # RANGE=THISANDFUTURE: the change holds for the later occurrences too


@dataclass(frozen=True)
class EventInfo:
    """An event as an invitation describes it."""

    id: int
    uid: str
    title: str
    location: str
    notes: str
    all_day: bool
    start: datetime | date
    end: datetime | date
    start_timezone: str
    end_timezone: str
    rrule: str
    exdates: tuple[str, ...]
    status: str
    organizer: Person
    attendees: tuple[Person, ...]  # every attendee row, with or without an address
    deleted: bool
    instances: tuple[Instance, ...] = ()  # the series' edited occurrences


@dataclass(frozen=True)
class Plan:
    event: EventInfo
    method: str  # REQUEST | CANCEL
    sequence: int
    recipients: tuple[Person, ...]  # who gets this message
    attendees: tuple[Person, ...]  # the ATTENDEE lines
    removed: tuple[Person, ...] = ()  # REQUEST plans: removed attendees, who get a CANCEL of their own
    without_address: tuple[str, ...] = ()  # attendees nobody can invite (no e-mail address)
    update: bool = False  # the time or place changed since the last invitation
    whole: bool = False  # CANCEL plans: the whole event is cancelled (not only some attendees removed)

    @property
    def empty(self) -> bool:
        return not self.recipients and not self.removed


def organizer_of(event: Event) -> Person:
    linked = (Principal.select().join(EventPrincipal, on=EventPrincipal.principal == Principal.id)
              .where(EventPrincipal.event == event.id).order_by(Principal.role != "executive", Principal.position))
    chosen = linked.first() or Principal.alive().where(Principal.role == "executive").order_by(
        Principal.position).first()
    if chosen is None:
        raise UserError(translate("Invitations", "Add the executive under Settings: invitations are sent on their "
                                                 "behalf."))
    if not chosen.email.strip():
        raise UserError(translate("Invitations", "{name} has no e-mail address; add it under Settings ▸ "
                                                 "Executive and team.").format(name=chosen.name))
    return Person(chosen.name, chosen.email.strip())


def event_info(event_id: int) -> EventInfo:
    event = Event.get_or_none(Event.id == event_id)
    if event is None:
        raise UserError(translate("Invitations", "There is no appointment with ID {id}.").format(id=event_id))
    if event.series_id is not None:
        event = event.series
    people = tuple(Person(a.name.strip(), a.email.strip(), a.status)
                   for a in EventAttendee.select().where(EventAttendee.event == event.id).order_by(EventAttendee.id))
    if event.all_day:
        start, end = event.start_date, event.end_date
    else:
        start = event.start_utc.astimezone(zone(event.start_timezone))
        end = event.end_utc.astimezone(zone(event.end_timezone))
    return EventInfo(event.id, event.uid or f"event-{event.id}@opsassistant", event.title, event.location,
                     event.notes, event.all_day, start, end, event.start_timezone, event.end_timezone, event.rrule,
                     tuple(event.exdates), event.status, organizer_of(event), people, event.deleted_at is not None,
                     _instances(event))


def _key_moment(key: str, all_day: bool) -> datetime | date:
    if all_day or len(key) == 10:
        return date.fromisoformat(key[:10])
    return datetime.strptime(key, "%Y-%m-%d %H:%M:%S").replace(tzinfo=UTC)


def _instances(master: Event) -> tuple[Instance, ...]:
    rows = (Event.select().where((Event.series == master.id) & Event.deleted_at.is_null()
                                 & Event.recurrence_id.is_null(False)).order_by(Event.recurrence_id))
    found = []
    for row in rows:
        if row.all_day:
            start, end = row.start_date, row.end_date
        else:
            start = row.start_utc.astimezone(zone(row.start_timezone))
            end = row.end_utc.astimezone(zone(row.end_timezone))
        found.append(Instance(_key_moment(row.recurrence_id, master.all_day), row.title, row.location, row.notes,
                              start, end, row.start_timezone, row.end_timezone, row.status,
                              row.recurrence_range == "THISANDFUTURE"))
    return tuple(found)


def _keys(info: EventInfo) -> tuple[str, str]:
    def key(moment):
        return utc_text(moment) if isinstance(moment, datetime) else moment.isoformat()

    moved = "".join(f"|{key(i.recurrence)}>{key(i.start)}/{key(i.end)}/{i.location}" for i in info.instances)
    return f"{key(info.start)}|{info.rrule}{moved}", key(info.end)


def _addressed(info: EventInfo) -> tuple[list[Person], list[str]]:
    seen: set[str] = set()
    found, missing = [], []
    for person in info.attendees:
        address = person.email.casefold()
        if not address:
            missing.append(person.name)
        elif address not in seen and address != info.organizer.email.casefold():
            seen.add(address)
            found.append(person)
    return found, missing


def plan_request(event_id: int) -> Plan:
    """The REQUEST due now: everyone when first invited or when time/place changed, else only new attendees."""
    info = event_info(event_id)
    if info.deleted:
        raise UserError(translate("Invitations", "“{title}” is in the trash; send a cancellation instead.").format(
            title=info.title))
    everyone, missing = _addressed(info)
    if not everyone and not missing:
        raise UserError(translate("Invitations", "“{title}” has no attendees to invite.").format(title=info.title))
    if not everyone:
        raise UserError(translate("Invitations", "No attendee of “{title}” has an e-mail address: {names}.").format(
            title=info.title, names=", ".join(missing)))
    state = Invitation.get_or_none(Invitation.event == info.id)
    if state is None:
        return Plan(info, "REQUEST", 0, tuple(everyone), tuple(everyone), without_address=tuple(missing))
    start_key, end_key = _keys(info)
    current = {p.email.casefold() for p in everyone}
    removed = tuple(Person("", a) for a in state.addresses if a not in current)
    changed = (start_key, end_key, info.location) != (state.start_key, state.end_key, state.location)
    if state.cancelled or changed or removed:
        return Plan(info, "REQUEST", state.sequence + 1, tuple(everyone), tuple(everyone), removed, tuple(missing),
                    update=changed)
    new = tuple(p for p in everyone if p.email.casefold() not in state.addresses)
    return Plan(info, "REQUEST", state.sequence, new, tuple(everyone), (), tuple(missing))


def plan_cancel(event_id: int, addresses: list[str] | None = None) -> Plan:
    """A CANCEL of the whole event (``addresses`` None) or for the attendees given (who were removed)."""
    info = event_info(event_id)
    state = Invitation.get_or_none(Invitation.event == info.id)
    if addresses is None:
        invited = list(state.addresses) if state and not state.cancelled else [
            p.email.casefold() for p in _addressed(info)[0]]
        people = {p.email.casefold(): p for p in info.attendees if p.email}
        recipients = tuple(people.get(a, Person("", a)) for a in invited)
    else:
        recipients = tuple(Person("", a) for a in addresses)
    if not recipients:
        raise UserError(translate("Invitations", "Nobody was invited to “{title}”, so there is nobody to tell it is "
                                                 "cancelled.").format(title=info.title))
    sequence = state.sequence + 1 if state else 1
    return Plan(info, "CANCEL", sequence, recipients, recipients, whole=addresses is None)


def cancel_for_removed(plan: Plan) -> Plan | None:
    """The CANCEL that goes with a REQUEST plan to the attendees it removed (same SEQUENCE)."""
    if not plan.removed:
        return None
    return Plan(plan.event, "CANCEL", plan.sequence, plan.removed, plan.removed)


def remember(plan: Plan) -> None:
    """The plan was handed over: store what the attendees now know (and, on a time change, forget answers)."""
    info = plan.event
    start_key, end_key = _keys(info)
    with database.atomic():
        state = Invitation.get_or_none(Invitation.event == info.id) or Invitation(event=info.id)
        state.sequence = plan.sequence
        if plan.method == "REQUEST":
            state.addresses = [p.email.casefold() for p in plan.attendees]
            state.start_key, state.end_key, state.location = start_key, end_key, info.location
            state.cancelled = 0
            if plan.update:
                EventAttendee.update(status="needs-action").where(EventAttendee.event == info.id).execute()
        elif plan.whole:
            state.cancelled = 1
        else:
            gone = {p.email.casefold() for p in plan.recipients}
            state.addresses = [a for a in state.addresses if a not in gone]
        state.sent_at = utcnow()
        state.save()


def invited_addresses(event_id: int) -> list[str]:
    state = Invitation.get_or_none(Invitation.event == event_id)
    return [] if state is None or state.cancelled else list(state.addresses)


@dataclass(frozen=True)
class Sent:
    """What an event's attendees were last told: when, which SEQUENCE, how many, and whether it was cancelled."""

    sent_at: datetime
    sequence: int
    invited: int
    cancelled: bool


def last_sent(event_id: int) -> Sent | None:
    state = Invitation.get_or_none(Invitation.event == event_id)
    if state is None:
        return None
    return Sent(state.sent_at, state.sequence, len(state.addresses), bool(state.cancelled))
