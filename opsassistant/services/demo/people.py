"""Demo principals and contacts: a Danish executive with three team members and ~80 contacts."""

from __future__ import annotations

import random
import unicodedata
from datetime import date, timedelta

from opsassistant.db.models import Contact, Principal
from opsassistant.services.contacts import editing
from opsassistant.services.contacts.editing import AddressData, ContactData, EmailData, PhoneData
from opsassistant.services.demo import data
from opsassistant.services.phones import DANISH_VALID

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
    while not DANISH_VALID.match(digits):  # a number outside the Danish plan would be flagged as invalid
        digits = prefix + "".join(str(rng.randint(0, 9)) for _ in range(8 - len(prefix)))
    style = rng.randrange(4)
    if style == 0:
        return f"+45 {digits[:2]} {digits[2:4]} {digits[4:6]} {digits[6:]}"
    if style == 1:
        return digits
    if style == 2:
        return f"{digits[:4]} {digits[4:]}"
    return f"0045 {digits[:2]} {digits[2:4]} {digits[4:6]} {digits[6:]}"


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
    """About 80 contacts: people at Danish companies, the board, family, and a few foreign contacts.

    Written through the contacts service, so every derived field (E.164, digits, search index, primary phone
    and e-mail, sort name) is exactly what the editor would store.
    """
    used: set[tuple[str, str]] = set()
    people: list[ContactData] = []

    def person() -> tuple[str, str]:
        while True:
            pair = (rng.choice(data.FIRST_NAMES), rng.choice(data.LAST_NAMES))
            if pair not in used:
                used.add(pair)
                return pair

    soon = {3: 2, 11: 5}  # contact index → birthday in N days (shows on the Today page)
    for index in range(DANISH_CONTACTS):
        first, last = person()
        org, domain, landline, street, postcode, city, company_groups = data.COMPANIES[index % len(data.COMPANIES)]
        numbers = [PhoneData(_danish_number(rng, rng.choice(data.MOBILE_PREFIXES)), "mobile")]
        if rng.random() < 0.7:
            numbers.append(PhoneData(_danish_number(rng, landline), "work"))
        groups = list(company_groups) + (["Presse"] if index % 17 == 5 else [])
        people.append(ContactData(
            first_name=first, last_name=last, organisation=org, title=rng.choice(data.COMPANY_TITLES),
            birthday=_birthday(rng, today, soon.get(index)), favourite=index % 9 == 0, vip=index % 13 == 0,
            phones=numbers, emails=[EmailData(f"{_ascii(first)}.{_ascii(last)}@{domain}", "work")],
            addresses=[AddressData("work", street, postcode, city, "", "Danmark")], groups=groups))

    for position, (name, title) in enumerate(data.BOARD + data.FAMILY):
        first, last = name.split(" ", 1)
        family = position >= len(data.BOARD)
        street, postcode, city = data.PRIVATE_STREETS[position % len(data.PRIVATE_STREETS)]
        people.append(ContactData(
            first_name=first, last_name=last, title="" if family else title, notes=title if family else "",
            favourite=True, vip=not family,
            birthday=_birthday(rng, today, None) or date(1960 + position * 5, 3 + position, 12),
            phones=[PhoneData(_danish_number(rng, rng.choice(data.MOBILE_PREFIXES)), "mobile")],
            emails=[] if family else [EmailData(f"{_ascii(first)}@{_ascii(last)}.dk", "home")],
            addresses=[AddressData("home", street, postcode, city, "", "Danmark")],
            groups=["Familie" if family else "Bestyrelse"]))

    for entry in data.FOREIGN:
        first, last, display, org, title, email, street, postcode, city, country, numbers, in_groups, notes = entry
        people.append(ContactData(
            first_name=first, last_name=last, display_name=display, organisation=org, title=title, notes=notes,
            vip=last in ("山田", "Walsh"), phones=[PhoneData(typed, kind) for kind, typed in numbers],
            emails=[EmailData(email, "work")], addresses=[AddressData("work", street, postcode, city, "", country)],
            groups=list(in_groups)))
    for group in data.GROUPS:
        editing.group_id(group)
    return [editing.save(person_data) for person_data in people]
