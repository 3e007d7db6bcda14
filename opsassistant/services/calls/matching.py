"""Who is calling: the contacts engineer's matcher seen through one small shape, ``Candidate``.

``opsassistant.services.contacts.matching`` owns matching. Until it exists a read-only prefix lookup on
``ContactPhone.digits`` stands in (to be removed once theirs has landed).
"""

from __future__ import annotations

from dataclasses import dataclass

from opsassistant.services import phones


@dataclass(frozen=True)
class Candidate:
    contact_id: int
    name: str
    organisation: str = ""
    number: str = ""  # E.164 when known, else as typed
    typed: str = ""


def _from_result(item) -> Candidate | None:
    """Accept what the contacts matcher returns: a Contact, a ContactPhone, an object with ``contact``/``phone``."""
    contact = getattr(item, "contact", None)
    phone = getattr(item, "phone", None)
    if contact is None and hasattr(item, "display_name"):
        contact = item
    if contact is None and hasattr(item, "contact_id"):
        return Candidate(item.contact_id, getattr(item, "name", "") or getattr(item, "display_name", ""),
                         getattr(item, "organisation", ""), getattr(item, "e164", "") or getattr(item, "number", ""),
                         getattr(item, "typed", ""))
    if contact is None:
        return None
    if isinstance(contact, int):
        from opsassistant.db.models import Contact

        contact = Contact.get_or_none(Contact.id == contact)
        if contact is None:
            return None
    if phone is None and hasattr(item, "typed") and hasattr(item, "digits"):
        phone = item
    number = (getattr(phone, "e164", None) or getattr(phone, "typed", "")) if phone is not None else ""
    return Candidate(contact.id, contact.display_name, contact.organisation, number or "",
                     getattr(phone, "typed", "") if phone is not None else "")


def _external(name: str):
    try:
        from opsassistant.services.contacts import matching
    except ImportError:
        return None
    return getattr(matching, name, None)


def _fallback_number(text: str, limit: int) -> list[Candidate]:
    from opsassistant.db.models import Contact, ContactPhone

    digits = phones.match_digits(text)
    if len(digits) < 2:
        return []
    query = (ContactPhone.select(ContactPhone, Contact).join(Contact)
             .where(ContactPhone.digits >= digits, ContactPhone.digits < digits + ":", Contact.deleted_at.is_null())
             .order_by(ContactPhone.digits).limit(limit))
    return [Candidate(p.contact.id, p.contact.display_name, p.contact.organisation, p.e164 or p.typed, p.typed)
            for p in query]


def _fallback_text(text: str, limit: int) -> list[Candidate]:
    from opsassistant.db.models import Contact

    words = text.strip()
    if not words:
        return []
    query = (Contact.alive().where(Contact.display_name.contains(words) | Contact.organisation.contains(words))
             .order_by(Contact.sort_name).limit(limit))
    return [Candidate(c.id, c.display_name, c.organisation) for c in query]


def _dedupe(items: list[Candidate], limit: int) -> list[Candidate]:
    seen: set[tuple[int, str]] = set()
    out = []
    for item in items:
        key = (item.contact_id, item.number)
        if key not in seen:
            seen.add(key)
            out.append(item)
    return out[:limit]


def by_number(text: str, limit: int = 10) -> list[Candidate]:
    matcher = _external("match_number")
    if matcher is None:
        return _fallback_number(text, limit)
    return _dedupe([c for c in map(_from_result, matcher(text, limit=limit)) if c], limit)


def by_text(text: str, limit: int = 10) -> list[Candidate]:
    matcher = _external("match_text")
    if matcher is None:
        return _fallback_text(text, limit)
    return _dedupe([c for c in map(_from_result, matcher(text, limit)) if c], limit)


def looks_like_number(text: str) -> bool:
    stripped = text.strip()
    return bool(stripped) and sum(ch.isdigit() for ch in stripped) >= max(2, len(stripped.replace(" ", "")) // 2)


def candidates(text: str, limit: int = 10) -> list[Candidate]:
    """Live candidates for the quick entry's number-or-name field."""
    if not text.strip():
        return []
    return by_number(text, limit) if looks_like_number(text) else by_text(text, limit)


def exact_contact_for_number(text: str) -> Candidate | None:
    """The one contact whose stored number has exactly these digits (None when none or ambiguous)."""
    digits = phones.match_digits(text)
    if len(digits) < 6:
        return None
    hits = [c for c in by_number(text, 10) if phones.match_digits(c.number or c.typed) == digits]
    people = {c.contact_id for c in hits}
    return hits[0] if len(people) == 1 else None
