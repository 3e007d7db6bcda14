"""Demo principals and contacts: a Danish executive with three team members and ~80 contacts."""

from __future__ import annotations

import random
import unicodedata
from datetime import date, timedelta

from opsassistant.db.models import (
    Contact,
    ContactAddress,
    ContactEmail,
    ContactGroup,
    ContactGroupMember,
    ContactPhone,
    Principal,
    database,
)
from opsassistant.services import phones
from opsassistant.services.demo import data

DANISH_CONTACTS = 69


def create_principals() -> list[Principal]:
    people = []
    for position, (name, role, title, colour, start, end, email, phone) in enumerate(data.PRINCIPALS, 1):
        people.append(Principal.create(name=name, role=role, title=title, colour=colour, work_start=start,
                                       work_end=end, email=email, phone=phone, position=position))
    return people


def _ascii(text: str) -> str:
    text = text.lower().replace("æ", "ae").replace("ø", "oe").replace("å", "aa")
    return "".join(c for c in unicodedata.normalize("NFKD", text) if c.isascii() and c.isalnum())


def _sort_name(first: str, last: str) -> str:
    return f"{last} {first}".strip().casefold()


def _danish_number(rng: random.Random, prefix: str) -> str:
    digits = prefix + "".join(str(rng.randint(0, 9)) for _ in range(8 - len(prefix)))
    style = rng.randrange(4)
    if style == 0:
        return f"+45 {digits[:2]} {digits[2:4]} {digits[4:6]} {digits[6:]}"
    if style == 1:
        return digits
    if style == 2:
        return f"{digits[:4]} {digits[4:]}"
    return f"0045 {digits[:2]} {digits[2:4]} {digits[4:6]} {digits[6:]}"


def _add_phone(contact: Contact, kind: str, typed: str, position: int) -> None:
    parsed = phones.parse(typed)
    ContactPhone.create(contact=contact, kind=kind, typed=typed, e164=parsed.e164, digits=parsed.digits,
                        position=position)


def _birthday(rng: random.Random, today: date, soon_days: int | None) -> date | None:
    if soon_days is not None:
        upcoming = today + timedelta(days=soon_days)
        year = today.year - rng.randint(28, 62)
        try:
            return upcoming.replace(year=year)
        except ValueError:  # 29 February
            return upcoming.replace(year=year, day=28)
    if rng.random() < 0.35:
        return date(today.year - rng.randint(25, 66), rng.randint(1, 12), rng.randint(1, 28))
    return None


def create_contacts(rng: random.Random, today: date) -> list[Contact]:
    """About 80 contacts: people at Danish companies, the board, family, and a few foreign contacts."""
    groups = {name: ContactGroup.create(name=name) for name in data.GROUPS}
    contacts: list[Contact] = []
    used: set[tuple[str, str]] = set()

    def person() -> tuple[str, str]:
        while True:
            pair = (rng.choice(data.FIRST_NAMES), rng.choice(data.LAST_NAMES))
            if pair not in used:
                used.add(pair)
                return pair

    soon = {3: 2, 11: 5}  # contact index → birthday in N days (shows on the Today page)
    for index in range(DANISH_CONTACTS):
        first, last = person()
        company = data.COMPANIES[index % len(data.COMPANIES)]
        org, domain, landline, street, postcode, city, company_groups = company
        contact = Contact.create(
            first_name=first, last_name=last, display_name=f"{first} {last}", sort_name=_sort_name(first, last),
            organisation=org, title=rng.choice(data.COMPANY_TITLES), birthday=_birthday(rng, today, soon.get(index)),
            favourite=index % 9 == 0, vip=index % 13 == 0,
        )
        _add_phone(contact, "mobile", _danish_number(rng, rng.choice(data.MOBILE_PREFIXES)), 0)
        if rng.random() < 0.7:
            _add_phone(contact, "work", _danish_number(rng, landline), 1)
        ContactEmail.create(contact=contact, kind="work", address=f"{_ascii(first)}.{_ascii(last)}@{domain}")
        ContactAddress.create(contact=contact, kind="work", street=street, postcode=postcode, city=city,
                              country="Danmark")
        for group in company_groups:
            ContactGroupMember.create(contact=contact, group=groups[group])
        if index % 17 == 5:
            ContactGroupMember.create(contact=contact, group=groups["Presse"])
        contacts.append(contact)

    for position, (name, title) in enumerate(data.BOARD + data.FAMILY):
        first, last = name.split(" ", 1)
        family = position >= len(data.BOARD)
        street, postcode, city = data.PRIVATE_STREETS[position % len(data.PRIVATE_STREETS)]
        contact = Contact.create(
            first_name=first, last_name=last, display_name=name, sort_name=_sort_name(first, last),
            title="" if family else title, notes=title if family else "", favourite=True, vip=not family,
            birthday=_birthday(rng, today, None) or date(1960 + position * 5, 3 + position, 12),
        )
        _add_phone(contact, "mobile", _danish_number(rng, rng.choice(data.MOBILE_PREFIXES)), 0)
        if not family:
            ContactEmail.create(contact=contact, kind="home", address=f"{_ascii(first)}@{_ascii(last)}.dk")
        ContactAddress.create(contact=contact, kind="home", street=street, postcode=postcode, city=city,
                              country="Danmark")
        ContactGroupMember.create(contact=contact, group=groups["Familie" if family else "Bestyrelse"])
        contacts.append(contact)

    for entry in data.FOREIGN:
        first, last, display, org, title, email, street, postcode, city, country, numbers, in_groups, notes = entry
        contact = Contact.create(first_name=first, last_name=last, display_name=display,
                                 sort_name=_sort_name(first, last), organisation=org, title=title, notes=notes,
                                 vip=last in ("山田", "Walsh"))
        for position, (kind, typed) in enumerate(numbers):
            _add_phone(contact, kind, typed, position)
        ContactEmail.create(contact=contact, kind="work", address=email)
        ContactAddress.create(contact=contact, kind="work", street=street, postcode=postcode, city=city,
                              country=country)
        for group in in_groups:
            ContactGroupMember.create(contact=contact, group=groups[group])
        contacts.append(contact)
    _reindex(contacts)
    return contacts


def _reindex(contacts: list[Contact]) -> None:
    """Fill the full-text index the way the contacts service does (its own function when it has one)."""
    try:
        from opsassistant.services.contacts.indexing import reindex as reindex_contact
    except ImportError:  # the contacts area's indexer not present: write the same row ourselves
        reindex_contact = None
    for contact in contacts:
        if reindex_contact is not None:
            reindex_contact(contact.id)
            continue
        emails = " ".join(e.address for e in contact.emails)
        numbers = " ".join(f"{p.typed} {p.e164 or ''} {p.digits}" for p in contact.phones)
        database.execute_sql("DELETE FROM contact_fts WHERE rowid = ?", (contact.id,))
        database.execute_sql(
            "INSERT INTO contact_fts (rowid, name, organisation, title, emails, phones) VALUES (?, ?, ?, ?, ?, ?)",
            (contact.id, contact.display_name, contact.organisation, contact.title, emails, numbers),
        )
