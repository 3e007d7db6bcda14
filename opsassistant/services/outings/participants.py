"""Who takes part in an outing: contacts, principals or just a name, with RSVP, dietary needs and notes."""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import quote

from opsassistant.db.models import Contact, ContactEmail, Outing, OutingParticipant, Principal, database
from opsassistant.i18n.messages import Translator, translate
from opsassistant.services.outings.constants import RSVPS
from opsassistant.services.outings.editing import OutingError, sync_event

_EMAIL = re.compile(r"^[^@\s,;<>]+@[^@\s,;<>]+\.[^@\s,;<>]+$")


@dataclass
class ParticipantData:
    name: str = ""
    email: str = ""
    contact_id: int | None = None
    principal_id: int | None = None
    rsvp: str = "no_reply"
    dietary: str = ""
    notes: str = ""


@dataclass(frozen=True)
class Person:
    """A suggestion for the participant field: a principal or a contact."""

    kind: str  # "principal" | "contact"
    id: int
    name: str
    email: str

    def label(self) -> str:
        return f"{self.name} <{self.email}>" if self.email else self.name


def _first_email(contact_id: int) -> str:
    row = (ContactEmail.select(ContactEmail.address).where(ContactEmail.contact == contact_id)
           .order_by(ContactEmail.position, ContactEmail.id).first())
    return row.address if row else ""


def search_people(text: str, limit: int = 20) -> list[Person]:
    """Principals, then contacts, whose name contains ``text`` (case-insensitive)."""
    wanted = text.strip()
    if not wanted:
        return []
    pattern = f"%{wanted}%"
    people = [Person("principal", p.id, p.name, p.email)
              for p in Principal.alive().where(Principal.name ** pattern).order_by(Principal.name).limit(limit)]
    room = max(limit - len(people), 0)
    contacts: list[Contact] = []
    try:  # the contacts area's own matching (full-text, prefix of any word, numbers)
        from opsassistant.services.contacts.matching import match_text

        contacts = list(match_text(wanted, room))
    except ImportError:  # pragma: no cover - only while the contacts area is absent
        pass
    if len(contacts) < room:
        seen = {c.id for c in contacts}
        contacts += [c for c in Contact.alive().where((Contact.display_name ** pattern)
                                                      | (Contact.organisation ** pattern))
                     .order_by(Contact.sort_name).limit(room) if c.id not in seen][:room - len(contacts)]
    people += [Person("contact", c.id, c.display_name or c.organisation, _first_email(c.id)) for c in contacts]
    return people


def validate(data: ParticipantData, *, lang: str | None = None) -> dict[str, str]:
    problems: dict[str, str] = {}
    if not data.name.strip() and not data.contact_id and not data.principal_id:
        problems["name"] = Translator(lang).translate("Outings", "Enter a name or choose a contact.")
    if data.email.strip() and not _EMAIL.match(data.email.strip()):
        problems["email"] = Translator(lang).translate("Outings", "This is not an e-mail address.")
    if data.rsvp not in RSVPS:
        problems["rsvp"] = Translator(lang).translate("Outings", "Unknown reply.")
    return problems


def _values(data: ParticipantData) -> dict:
    name, email = data.name.strip(), data.email.strip()
    if data.principal_id:
        principal = Principal.get_by_id(data.principal_id)
        name, email = name or principal.name, email or principal.email
    if data.contact_id:
        contact = Contact.get_by_id(data.contact_id)
        name = name or contact.display_name
        email = email or _first_email(contact.id)
    return {"name": name, "email": email, "contact": data.contact_id, "principal": data.principal_id,
            "rsvp": data.rsvp, "dietary": data.dietary.strip(), "notes": data.notes.strip()}


def save(outing_id: int, data: ParticipantData, participant_id: int | None = None) -> OutingParticipant:
    problems = validate(data)
    if problems:
        raise OutingError(problems)
    with database.atomic():
        outing = Outing.get_by_id(outing_id)
        values = _values(data)
        if participant_id is None:
            participant = OutingParticipant.create(outing=outing, **values)
        else:
            participant = OutingParticipant.get_by_id(participant_id)
            for key, value in values.items():
                setattr(participant, key, value)
            participant.save()
        sync_event(outing)
        return participant


def set_rsvp(participant_id: int, rsvp: str) -> None:
    if rsvp not in RSVPS:
        raise OutingError({"rsvp": translate("Outings", "Unknown reply.")})
    with database.atomic():
        participant = OutingParticipant.get_by_id(participant_id)
        participant.rsvp = rsvp
        participant.save()
        sync_event(participant.outing)


def remove(participant_id: int) -> None:
    with database.atomic():
        participant = OutingParticipant.get_by_id(participant_id)
        outing = participant.outing
        participant.delete_instance()
        sync_event(outing)


def load(participant_id: int) -> ParticipantData:
    p = OutingParticipant.get_by_id(participant_id)
    return ParticipantData(p.name, p.email, p.contact_id, p.principal_id, p.rsvp, p.dietary, p.notes)


def of_outing(outing_id: int) -> list[OutingParticipant]:
    return list(OutingParticipant.select().where(OutingParticipant.outing == outing_id)
                .order_by(OutingParticipant.name.collate("NOCASE"), OutingParticipant.id))


def counts(outing_id: int) -> dict[str, int]:
    """``{"accepted": n, "declined": n, "no_reply": n, "total": n}``."""
    result = dict.fromkeys(RSVPS, 0)
    for participant in OutingParticipant.select(OutingParticipant.rsvp).where(
            OutingParticipant.outing == outing_id):
        result[participant.rsvp] = result.get(participant.rsvp, 0) + 1
    result["total"] = sum(result[r] for r in RSVPS)
    return result


def count_summary(outing_id: int, *, lang: str | None = None) -> str:
    c = counts(outing_id)
    return Translator(lang).translate("Outings", "{total} participants: {accepted} accepted, {declined} declined, "
                     "{no_reply} no reply").format(**c)


def mailto_url(outing_id: int) -> str | None:
    """``mailto:?bcc=…&subject=…`` for every participant with an e-mail (None when nobody has one)."""
    addresses: list[str] = []
    for participant in of_outing(outing_id):
        address = participant.email.strip()
        if address and address.casefold() not in {a.casefold() for a in addresses}:
            addresses.append(address)
    if not addresses:
        return None
    outing = Outing.get_by_id(outing_id)
    bcc = ",".join(quote(a, safe="@") for a in addresses)
    return f"mailto:?bcc={bcc}&subject={quote(outing.title)}"
