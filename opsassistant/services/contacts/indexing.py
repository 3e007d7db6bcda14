"""The full-text index ``contact_fts`` (rowid = contact id), kept in sync on every write, and text folding.

``contact_ranked`` (the same texts in list order, ``ranking``) follows each write through ``contact_rank_pending``.

unicode61 with remove_diacritics folds é→e but not the Nordic letters, so a folded copy of the names is indexed
too: "Ostergaard" finds "Østergaard", "Aarhus" finds "Århus", "Baek" finds "Bæk".
"""

from __future__ import annotations

import re
import unicodedata

from opsassistant.db.models import database

_FOLD = str.maketrans({
    "ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "å": "aa", "Å": "AA", "ß": "ss", "ł": "l", "Ł": "L",
    "đ": "d", "Đ": "D", "þ": "th", "Þ": "TH", "ð": "d", "Ð": "D", "œ": "oe", "Œ": "OE",
})
_NON_DIGITS = re.compile(r"\D")


def fold(text: str) -> str:
    """Lower-case ASCII-ish form: Nordic letters spelled out, other accents removed."""
    text = text.translate(_FOLD)
    if text.isascii():  # most names once the Nordic letters are spelled out: NFKD and combining change nothing
        return text.casefold()
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if not unicodedata.combining(c)).casefold()


def sort_key(first: str, last: str, display: str) -> str:
    """The SQL ordering key: "last first", casefolded (so Å sorts with A is not attempted; Danish order is
    kept by the casefolded letters, which SQLite compares by code point: æ, ø, å after z)."""
    key = f"{last} {first}".strip() or display
    return key.casefold()


def name_text(display: str, first: str, last: str) -> str:
    """What is indexed as the name: the display name, plus first and last name when it differs from them."""
    made = f"{first} {last}".strip()
    return display if made == display or not made else f"{display} {made}"


def phone_tokens(pairs: list[tuple[str | None, str]]) -> str:
    """National digits and E.164 digits of each number: "33123456 4533123456"."""
    tokens: list[str] = []
    for e164, digits in pairs:
        if digits:
            tokens.append(digits)
        if e164:
            tokens.append(_NON_DIGITS.sub("", e164))
    return " ".join(dict.fromkeys(tokens))


def fts_row(contact_id: int, *, name: str, organisation: str, title: str, emails: list[str],
            phones: list[tuple[str | None, str]], department: str = "") -> tuple:
    org = f"{organisation} {department}".strip()
    folded = fold(f"{name} {org}")
    return (contact_id, name, org, title, " ".join(emails), phone_tokens(phones), folded)


INSERT_SQL = ("INSERT INTO contact_fts (rowid, name, organisation, title, emails, phones, folded) "
              "VALUES (?, ?, ?, ?, ?, ?, ?)")


# The list-ordered copy (services/contacts/ranking.py) follows: a contact whose texts change is pending there.
_PENDING = "INSERT OR IGNORE INTO contact_rank_pending (contact_id) VALUES (?)"


def write(row: tuple) -> None:
    database.execute_sql("DELETE FROM contact_fts WHERE rowid = ?", (row[0],))
    database.execute_sql(INSERT_SQL, row)
    database.execute_sql(_PENDING, (row[0],))


def remove(contact_id: int) -> None:
    database.execute_sql("DELETE FROM contact_fts WHERE rowid = ?", (contact_id,))
    database.execute_sql(_PENDING, (contact_id,))


def reindex(contact_id: int) -> None:
    """Rebuild one contact's row from the tables."""
    from opsassistant.db.models import Contact, ContactEmail, ContactPhone

    contact = Contact.get_or_none(Contact.id == contact_id)
    if contact is None:
        remove(contact_id)
        return
    emails = [e.address for e in ContactEmail.select().where(ContactEmail.contact == contact_id)]
    phones = [(p.e164, p.digits) for p in ContactPhone.select().where(ContactPhone.contact == contact_id)]
    name = name_text(contact.display_name, contact.first_name, contact.last_name)
    write(fts_row(contact.id, name=name, organisation=contact.organisation, title=contact.title,
                  emails=emails, phones=phones, department=contact.department))
