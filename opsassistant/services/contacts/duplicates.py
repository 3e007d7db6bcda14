"""Does a contact look like one we already have? Same number, same e-mail, or a very similar name at the same
organisation. Asked on save (a warning, never a block) and before merging."""

from __future__ import annotations

from dataclasses import dataclass
from difflib import SequenceMatcher

from peewee import fn

from opsassistant.db.models import Contact, ContactEmail, ContactPhone
from opsassistant.services import phones as phone_numbers
from opsassistant.services.contacts import indexing
from opsassistant.services.contacts.editing import ContactData

NAME_SIMILARITY = 0.85


@dataclass(frozen=True)
class Duplicate:
    contact: Contact
    reason: str  # "phone" | "email" | "name"
    detail: str  # the shared number, address or name


def _alive(ids: set[int], exclude: int | None) -> dict[int, Contact]:
    ids.discard(exclude)  # type: ignore[arg-type]
    if not ids:
        return {}
    return {c.id: c for c in Contact.select().where(Contact.id.in_(list(ids)), Contact.deleted_at.is_null())}


def similar_names(a: str, b: str) -> bool:
    a, b = indexing.fold(a).strip(), indexing.fold(b).strip()
    if not a or not b:
        return False
    if a == b or sorted(a.split()) == sorted(b.split()):
        return True
    return SequenceMatcher(None, a, b).ratio() >= NAME_SIMILARITY


def find(data: ContactData, exclude_id: int | None = None, limit: int = 5) -> list[Duplicate]:
    """Existing live contacts that look like ``data`` (excluding ``exclude_id``), most certain first."""
    found: list[Duplicate] = []
    seen: set[int] = set()

    def add(contact: Contact, reason: str, detail: str) -> None:
        if contact.id not in seen:
            seen.add(contact.id)
            found.append(Duplicate(contact, reason, detail))

    for phone in data.phones:
        parsed = phone_numbers.parse(phone.typed)
        if parsed.e164:
            condition = ContactPhone.e164 == parsed.e164
        elif len(parsed.digits) >= 6:
            condition = ContactPhone.digits == parsed.digits
        else:
            continue
        rows = {r.contact_id for r in ContactPhone.select(ContactPhone.contact_id).where(condition).limit(20)}
        for contact in _alive(rows, exclude_id).values():
            add(contact, "phone", phone_numbers.format_for_reading(parsed.e164, parsed.typed))
    for email in data.emails:
        address = email.address.strip().lower()
        if not address:
            continue
        rows = {r.contact_id for r in ContactEmail.select(ContactEmail.contact_id)
                .where(fn.lower(ContactEmail.address) == address).limit(20)}
        for contact in _alive(rows, exclude_id).values():
            add(contact, "email", email.address.strip())
    name = data.name()
    if name and (data.first_name or data.last_name):
        query = Contact.select().where(Contact.deleted_at.is_null(), Contact.organisation == data.organisation)
        if not data.organisation:
            # No organisation: only the same folded name counts, found through the index.
            query = Contact.select().where(Contact.deleted_at.is_null(), Contact.sort_name == indexing.sort_key(
                data.first_name, data.last_name, name))
        for contact in query.limit(2000):
            if contact.id != exclude_id and similar_names(contact.display_name, name):
                add(contact, "name", contact.display_name)
    return found[:limit]
