"""Creating, changing, trashing and restoring outings; each outing keeps one calendar entry in step."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from opsassistant.db.models import (
    Contact,
    Event,
    EventPrincipal,
    Outing,
    OutingParticipant,
    OutingProgrammeItem,
    Principal,
    database,
)
from opsassistant.db.models.base import utcnow
from opsassistant.i18n.messages import Translator
from opsassistant.services.home import DEFAULT_ZONE
from opsassistant.services.outings.constants import KINDS, STATUSES
from opsassistant.services.outings.money import MoneyError, check_currency


class OutingError(ValueError):
    """Refused input; ``problems`` maps a field name to a message in the UI language."""

    def __init__(self, problems: dict[str, str]):
        super().__init__("; ".join(problems.values()))
        self.problems = problems


@dataclass
class ProgrammeItemData:
    start: datetime | None  # aware; None for an item without a time
    title: str
    notes: str = ""


@dataclass
class OutingData:
    title: str
    start: datetime  # aware
    end: datetime  # aware
    kind: str = "team_outing"
    timezone: str = DEFAULT_ZONE  # the editor passes the zone chosen; DEFAULT_ZONE only for bare calls
    venue: str = ""
    venue_contact_id: int | None = None
    organiser_id: int | None = None
    description: str = ""
    status: str = "planning"
    budget_minor: int = 0
    currency: str = "DKK"
    programme: list[ProgrammeItemData] = field(default_factory=list)


def validate(data: OutingData, *, lang: str | None = None) -> dict[str, str]:
    problems: dict[str, str] = {}
    if not data.title.strip():
        problems["title"] = Translator(lang).translate("Outings", "Enter a title.")
    if data.kind not in KINDS:
        problems["kind"] = Translator(lang).translate("Outings", "Unknown kind of outing.")
    if data.status not in STATUSES:
        problems["status"] = Translator(lang).translate("Outings", "Unknown status.")
    try:
        ZoneInfo(data.timezone)
    except (ZoneInfoNotFoundError, ValueError):
        problems["timezone"] = Translator(lang).translate("Outings", "Unknown time zone.")
    if data.start.tzinfo is None or data.end.tzinfo is None:
        problems["start"] = Translator(lang).translate("Outings", "The start and end need a time zone.")
    elif data.end <= data.start:
        problems["end"] = Translator(lang).translate("Outings", "The outing must end after it starts.")
    try:
        check_currency(data.currency, lang=lang)
    except MoneyError as exc:
        problems["currency"] = str(exc)
    if data.budget_minor < 0:
        problems["budget"] = Translator(lang).translate("Outings", "The budget cannot be negative.")
    for item in data.programme:
        if not item.title.strip():
            problems["programme"] = Translator(lang).translate("Outings", "Every programme item needs a title.")
        elif item.start is not None and item.start.tzinfo is None:
            problems["programme"] = Translator(lang).translate("Outings", "Programme times need a time zone.")
    return problems


def _values(data: OutingData) -> dict:
    return {
        "title": data.title.strip(),
        "kind": data.kind,
        "start_utc": data.start.astimezone(UTC),
        "end_utc": data.end.astimezone(UTC),
        "timezone": data.timezone,
        "venue": data.venue.strip(),
        "venue_contact": data.venue_contact_id,
        "organiser": data.organiser_id,
        "description": data.description.strip(),
        "status": data.status,
        "budget_minor": data.budget_minor,
        "currency": data.currency.strip().upper(),
    }


def save(data: OutingData, outing_id: int | None = None) -> Outing:
    """Create (``outing_id`` None) or change an outing, its programme and its calendar entry, in one go."""
    problems = validate(data)
    if problems:
        raise OutingError(problems)
    with database.atomic():
        values = _values(data)
        if outing_id is None:
            outing = Outing.create(**values)
        else:
            outing = Outing.get_by_id(outing_id)
            for key, value in values.items():
                setattr(outing, key, value)
            outing.updated_at = utcnow()
            outing.save()
        OutingProgrammeItem.delete().where(OutingProgrammeItem.outing == outing).execute()
        items = sorted(data.programme, key=lambda i: (i.start is None, i.start or datetime.min.replace(tzinfo=UTC)))
        for position, item in enumerate(items):
            OutingProgrammeItem.create(outing=outing, start_utc=item.start.astimezone(UTC) if item.start else None,
                                       title=item.title.strip(), notes=item.notes.strip(), position=position)
        sync_event(outing)
        return outing


def get(outing_id: int) -> Outing:
    return Outing.get_by_id(outing_id)


def load(outing_id: int) -> OutingData:
    """An outing as editable data, times in its own zone."""
    outing = Outing.get_by_id(outing_id)
    zone = ZoneInfo(outing.timezone)
    programme = [ProgrammeItemData(item.start_utc.astimezone(zone) if item.start_utc else None, item.title,
                                   item.notes) for item in programme_of(outing_id)]
    return OutingData(
        title=outing.title, kind=outing.kind, start=outing.start_utc.astimezone(zone),
        end=outing.end_utc.astimezone(zone), timezone=outing.timezone, venue=outing.venue,
        venue_contact_id=outing.venue_contact_id, organiser_id=outing.organiser_id,
        description=outing.description, status=outing.status, budget_minor=outing.budget_minor,
        currency=outing.currency, programme=programme,
    )


def programme_of(outing_id: int) -> list[OutingProgrammeItem]:
    return list(OutingProgrammeItem.select().where(OutingProgrammeItem.outing == outing_id)
                .order_by(OutingProgrammeItem.position, OutingProgrammeItem.id))


def move_to_trash(outing_id: int) -> None:
    """Trash the outing and its calendar entry together."""
    with database.atomic():
        now = utcnow()
        outing = Outing.get_by_id(outing_id)
        outing.deleted_at = now
        outing.save()
        if outing.event_id:
            Event.update(deleted_at=now).where(Event.id == outing.event_id).execute()


def restore(outing_id: int) -> None:
    with database.atomic():
        outing = Outing.get_by_id(outing_id)
        outing.deleted_at = None
        outing.save()
        sync_event(outing)


# --- the calendar entry ------------------------------------------------------------------------------------
_EVENT_STATUS = {"planning": "tentative", "confirmed": "confirmed", "done": "confirmed", "cancelled": "cancelled"}


def taking_part(outing: Outing) -> list[int]:
    """Principal ids whose calendars show the outing: the organiser and principals who have not declined."""
    ids = {row.principal_id for row in OutingParticipant.select(OutingParticipant.principal)
           .where((OutingParticipant.outing == outing) & OutingParticipant.principal.is_null(False)
                  & (OutingParticipant.rsvp != "declined"))}
    if outing.organiser_id:
        ids.add(outing.organiser_id)
    alive = {p.id for p in Principal.alive().where(Principal.id.in_(list(ids)))} if ids else set()
    return sorted(alive)


def sync_event(outing: Outing) -> Event:
    """Create or update the outing's ``Event`` (``source="outing:<id>"``) and its principal links.

    Called inside the caller's transaction by every write that changes what the calendar shows.
    """
    event = None
    if outing.event_id:
        event = Event.get_or_none(Event.id == outing.event_id)
    if event is None:
        event = Event.get_or_none(Event.source == f"outing:{outing.id}")
    values = {
        "title": outing.title,
        "location": outing.venue,
        "all_day": False,
        "start_utc": outing.start_utc,
        "end_utc": outing.end_utc,
        "start_timezone": outing.timezone,
        "end_timezone": outing.timezone,
        "status": _EVENT_STATUS.get(outing.status, "confirmed"),
        "notes": outing.description,
        "source": f"outing:{outing.id}",
        "category": "outing",
        "deleted_at": outing.deleted_at,
    }
    if event is None:
        event = Event.create(**values)
    else:
        for key, value in values.items():
            setattr(event, key, value)
        event.updated_at = utcnow()
        event.save()
    wanted = set(taking_part(outing))
    have = {link.principal_id for link in EventPrincipal.select().where(EventPrincipal.event == event)}
    if have - wanted:
        EventPrincipal.delete().where((EventPrincipal.event == event)
                                      & EventPrincipal.principal.in_(list(have - wanted))).execute()
    for principal_id in sorted(wanted - have):
        EventPrincipal.create(event=event, principal=principal_id)
    if outing.event_id != event.id:
        outing.event = event
        Outing.update(event=event).where(Outing.id == outing.id).execute()
    return event


def venue_contact_name(outing: Outing) -> str:
    if not outing.venue_contact_id:
        return ""
    contact = Contact.get_or_none(Contact.id == outing.venue_contact_id)
    return contact.display_name if contact else ""
