"""Who is calling: ``services.contacts.matching`` (owned by contacts) seen through one small shape, ``Candidate``.

The contacts matcher returns contacts; here each gets the phone number that matched what was typed, so the
quick entry can show "Name · Organisation · number" and the log can link a call to exactly one contact.
"""

from __future__ import annotations

from dataclasses import dataclass

from opsassistant.db.models import ContactPhone
from opsassistant.services import phones
from opsassistant.services.contacts import matching as contact_matching
from opsassistant.services.contacts.search import looks_like_number


@dataclass(frozen=True)
class Candidate:
    contact_id: int
    name: str
    organisation: str = ""
    number: str = ""  # E.164 when known, else as typed ("" when the contact has no phone)
    typed: str = ""
    digits: str = ""


def _with_phones(contacts, typed_digits: str) -> list[Candidate]:
    if not contacts:
        return []
    ids = [c.id for c in contacts]
    numbers: dict[int, list[ContactPhone]] = {}
    for phone in (ContactPhone.select().where(ContactPhone.contact.in_(ids))
                  .order_by(ContactPhone.position, ContactPhone.id)):
        numbers.setdefault(phone.contact_id, []).append(phone)
    out = []
    for contact in contacts:
        own = numbers.get(contact.id, [])
        best = next((p for p in own if typed_digits and p.digits.startswith(typed_digits)), own[0] if own else None)
        out.append(Candidate(contact.id, contact.display_name, contact.organisation,
                             (best.e164 or best.typed) if best else "", best.typed if best else "",
                             best.digits if best else ""))
    return out


def by_number(text: str, limit: int = 10) -> list[Candidate]:
    return _with_phones(contact_matching.match_number(text, limit=limit), phones.match_digits(text))


def by_text(text: str, limit: int = 10) -> list[Candidate]:
    return _with_phones(contact_matching.match_text(text, limit), "")


def candidates(text: str, limit: int = 10) -> list[Candidate]:
    """Live candidates for the quick entry's number-or-name field."""
    if not text.strip():
        return []
    return by_number(text, limit) if looks_like_number(text) else by_text(text, limit)


def exact_contact_for_number(text: str) -> Candidate | None:
    """The one contact with a number of exactly these digits (None when there is none, or several)."""
    digits = phones.match_digits(text)
    if len(digits) < 6:
        return None
    hits = [c for c in by_number(text, 10) if c.digits == digits]
    return hits[0] if len({c.contact_id for c in hits}) == 1 else None
