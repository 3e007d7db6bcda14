"""Answering an invitation (an incoming iTIP REQUEST) on the executive's behalf: the appointment lands in the
calendar (unless declined) and a REPLY for the organizer is written, with the assistant as ``SENT-BY``."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from opsassistant.errors import UserError
from opsassistant.i18n.messages import translate
from opsassistant.interop import itip
from opsassistant.services.calendar import answers
from opsassistant.services.mail import settings as mail_settings
from opsassistant.services.mail.invitations import Person


@dataclass(frozen=True)
class Answered:
    item: itip.Incoming
    attendee: Person
    status: str
    reply: str  # the REPLY's iCalendar text
    event_id: int | None  # the appointment in the calendar (None when declined and not there)


def read_request(path: Path | str) -> itip.Incoming:
    return request_of(itip._read_file(Path(path)), Path(path).name)


def request_of(text: str, name: str) -> itip.Incoming:
    """The REQUEST in ``text`` (a file's or a scheduling inbox object's; ``name`` names it in the message)."""
    items = [i for i in itip.read(text) if i.method == "REQUEST"]
    if not items:
        raise UserError(translate("Invitations", "{path} is not an invitation (its METHOD is not REQUEST).").format(
            path=name))
    item = items[0]
    if not item.uid or not item.organizer.email:
        raise UserError(translate("Invitations", "The invitation names no organizer to answer."))
    return item


def addressee(item: itip.Incoming, principal) -> Person:
    """The attendee line of ``principal`` (by e-mail); an invitation not addressed to them cannot be answered."""
    wanted = (principal.email or "").strip().casefold()
    if not wanted:
        raise UserError(translate("Invitations", "{name} has no e-mail address; add it under Settings ▸ "
                                                 "Executive and team.").format(name=principal.name))
    for person in item.attendees:
        if person.email.casefold() == wanted:
            return Person(person.name or principal.name, person.email, person.status)
    raise UserError(translate("Invitations", "The invitation is not addressed to {name} <{email}>.").format(
        name=principal.name, email=principal.email))


def answer(path: Path | str, status: str, principal) -> Answered:
    """Accept, tentatively accept or decline the REQUEST in ``path`` for ``principal``."""
    return answer_text(itip._read_file(Path(path)), status, principal, Path(path).name)


def answer_text(text: str, status: str, principal, name: str = "") -> Answered:
    """:func:`answer` for a REQUEST held as text (one read from the server's scheduling inbox)."""
    from opsassistant.db.models import Event
    from opsassistant.interop import ical_resource
    from opsassistant.services.calendar import editing

    if status not in ("accepted", "tentative", "declined"):
        raise UserError(translate("Invitations", "Answer with accepted, tentative or declined."))
    item = request_of(text, name)
    person = addressee(item, principal)
    sender = mail_settings.load().assistant_email
    if not sender:
        raise UserError(translate("Invitations", "Enter your own e-mail address under Settings ▸ E-mail: answers "
                                                 "are sent on the executive's behalf."))
    reply = itip.reply_text(item, person, status, sender)
    existing = Event.alive().where((Event.uid == item.uid) & Event.series.is_null()).first()
    event_id = existing.id if existing else None
    if status == "declined":
        if existing is not None and not existing.source:
            editing.trash(existing.id)
    else:
        ical_resource.import_texts([text], principal_id=principal.id)
        event = Event.alive().where((Event.uid == item.uid) & Event.series.is_null()).first()
        event_id = event.id if event else None
        if event is not None:
            Event.update(status="tentative" if status == "tentative" else "confirmed").where(
                Event.id == event.id).execute()
            answers.apply(item.uid, person.email, status, person.name)
    return Answered(item, person, status, reply, event_id)
