"""Attendee suggestions from contacts (read-only): name prefix or e-mail prefix, in SQL."""

from __future__ import annotations

from dataclasses import dataclass

from opsassistant.db.models import Contact, ContactEmail


@dataclass(frozen=True)
class Candidate:
    contact_id: int
    name: str
    email: str

    @property
    def label(self) -> str:
        return f"{self.name} <{self.email}>" if self.email else self.name


def candidates(text: str, limit: int = 20) -> list[Candidate]:
    wanted = text.strip()
    if not wanted:
        return []
    like = wanted.replace("%", "").replace("_", "") + "%"
    query = (Contact.alive().where(
        Contact.display_name.startswith(wanted) | Contact.first_name.startswith(wanted)
        | Contact.last_name.startswith(wanted) | Contact.organisation.startswith(wanted)
        | Contact.id.in_(ContactEmail.select(ContactEmail.contact).where(ContactEmail.address ** like)))
        .order_by(Contact.sort_name).limit(limit))
    found = []
    for contact in query:
        email = (ContactEmail.select(ContactEmail.address).where(ContactEmail.contact == contact.id)
                 .order_by(ContactEmail.position).scalar()) or ""
        name = contact.display_name or f"{contact.first_name} {contact.last_name}".strip()
        found.append(Candidate(contact.id, name, email))
    return found
