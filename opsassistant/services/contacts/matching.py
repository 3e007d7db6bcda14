"""Live matching while a call is being logged: partial numbers in any formatting, and names.

``match_number`` is an index range scan on the national digits (and the E.164 text), so it stays within a few
milliseconds at 100k contacts.
"""

from __future__ import annotations

from opsassistant.db.models import Contact, database
from opsassistant.services import phones as phone_numbers
from opsassistant.services.contacts.search import ContactFilters, ContactSource, looks_like_number

MIN_DIGITS = 2


def _upper(prefix: str) -> str:
    return prefix[:-1] + chr(ord(prefix[-1]) + 1)


# CROSS JOIN keeps contact_phone as the outer loop, so the digits index drives the query (a range scan).
_SQL = ("SELECT p.contact_id, p.digits FROM contact_phone p CROSS JOIN contact c ON c.id = p.contact_id "
        "WHERE p.{column} >= ? AND p.{column} < ? AND c.deleted_at IS NULL LIMIT ?")


def match_number(text: str, limit: int = 10) -> list[Contact]:
    """Live contacts with a number starting with what was typed ("3312", "+45 33 12", "0045 3312 34")."""
    digits = phone_numbers.match_digits(text)
    if len(digits) < MIN_DIGITS:
        return []
    ids: list[int] = []
    lookups = [("digits", digits)]
    if text.strip().startswith(("+", "00")):
        lookups.append(("e164", "+" + "".join(c for c in text if c.isdigit()).removeprefix("00")))
    for column, prefix in lookups:
        rows = database.execute_sql(_SQL.format(column=column), (prefix, _upper(prefix), limit * 4)).fetchall()
        for contact_id, found in rows:
            if contact_id not in ids:
                if found == digits:  # an exact number goes first
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
