"""Live matching while a call is being logged: partial numbers in any formatting, and names.

``match_number`` is an index range scan on the national digits (and the E.164 text), so it stays within a few
milliseconds at 100k contacts.
"""

from __future__ import annotations

from opsassistant.db.models import Contact, ContactPhone
from opsassistant.services import phones as phone_numbers
from opsassistant.services.contacts.search import ContactFilters, ContactSource, looks_like_number

MIN_DIGITS = 2


def _prefix_range(field, prefix: str):
    """``field LIKE 'prefix%'`` as an index-friendly range."""
    upper = prefix[:-1] + chr(ord(prefix[-1]) + 1)
    return (field >= prefix) & (field < upper)


def match_number(text: str, limit: int = 10) -> list[Contact]:
    """Live contacts with a number starting with what was typed ("3312", "+45 33 12", "0045 3312 34")."""
    digits = phone_numbers.match_digits(text)
    if len(digits) < MIN_DIGITS:
        return []
    ids: list[int] = []
    conditions = [_prefix_range(ContactPhone.digits, digits)]
    if text.strip().startswith(("+", "00")):
        raw = "+" + "".join(c for c in text if c.isdigit()).removeprefix("00")
        conditions.append(_prefix_range(ContactPhone.e164, raw))
    for condition in conditions:
        query = (ContactPhone.select(ContactPhone.contact_id, ContactPhone.digits).join(Contact)
                 .where(condition, Contact.deleted_at.is_null()).limit(limit * 4))
        for contact_id, found in query.tuples():
            if contact_id not in ids:
                # An exact number goes first.
                if found == digits:
                    ids.insert(0, contact_id)
                else:
                    ids.append(contact_id)
    ids = ids[:limit]
    if not ids:
        return []
    by_id = {c.id: c for c in Contact.select().where(Contact.id.in_(ids))}
    return [by_id[i] for i in ids if i in by_id]


def match_text(text: str, limit: int = 10) -> list[Contact]:
    """Live contacts whose name, organisation, title, e-mail or number starts with the typed words."""
    if not text.strip():
        return []
    if looks_like_number(text):
        return match_number(text, limit)
    rows = ContactSource().fetch(ContactFilters(search=text), None, False, 0, limit)
    ids = [r.id for r in rows]
    by_id = {c.id: c for c in Contact.select().where(Contact.id.in_(ids))} if ids else {}
    return [by_id[i] for i in ids if i in by_id]
