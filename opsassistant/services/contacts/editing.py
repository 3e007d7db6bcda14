"""Creating and changing contacts: one ``ContactData`` in, one transaction, the FTS row kept in sync."""

from __future__ import annotations

import re
import sqlite3
import uuid
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

from opsassistant.db.fields import utc_text
from opsassistant.db.models import (
    Contact,
    ContactGroup,
    database,
)
from opsassistant.db.models.base import utcnow
from opsassistant.services import phones as phone_numbers
from opsassistant.services import regions
from opsassistant.services.contacts import indexing, journal, ranking

PHONE_KINDS = ("mobile", "work", "home", "fax", "other")
EMAIL_KINDS = ("work", "home", "other")
ADDRESS_KINDS = ("work", "home", "other")


_DANISH = re.compile(r"^(\+45|0045)?(\d{8})$")
_SEPARATORS = re.compile(r"[\s\-.()/]")
_ALL_BUT_DIGITS = re.compile(r"\D")


@lru_cache(maxsize=65536)
def parse_number(typed: str, region: str = phone_numbers.DEFAULT_REGION) -> phone_numbers.ParsedNumber:
    """``phones.parse`` with a fast path for Danish 8-digit numbers (same result, no phonenumbers call), so
    importing thousands of cards stays fast. ``region``: where a number without a country code is read."""
    match = _DANISH.match(_SEPARATORS.sub("", typed))
    if match and (match.group(1) or region == "DK"):
        if phone_numbers.DANISH_VALID.match(match.group(2)):
            return phone_numbers.ParsedNumber(typed, "+45" + match.group(2), match.group(2))
        return phone_numbers.ParsedNumber(typed, None, _ALL_BUT_DIGITS.sub("", typed))  # outside the Danish plan
    return phone_numbers.parse(typed, region)


def contact_region(data: ContactData, home: str | None = None) -> str:
    """The region a contact's numbers without a country code are read in: its first address with a known
    country, else ``home`` (the home region)."""
    for address in data.addresses:
        region = regions.region_for_country(address.country) if address.country.strip() else None
        if region:
            return region
    return home or regions.home_region()


def number_keys(data: ContactData, home: str | None = None) -> list[str]:
    """What a contact's numbers are matched on at import: the E.164 read in the contact's region, or "#" and
    the digits as typed for a number that does not validate (so a re-import still finds it)."""
    region = contact_region(data, home)
    keys = []
    for phone in data.phones:
        parsed = parse_number(phone.typed, region)
        if parsed.e164:
            keys.append(parsed.e164)
        elif len(parsed.digits) >= 6:
            keys.append("#" + parsed.digits)
    return keys


@dataclass
class PhoneData:
    typed: str
    kind: str = "mobile"
    label: str = ""

    @property
    def parsed(self) -> phone_numbers.ParsedNumber:
        return parse_number(self.typed)


@dataclass
class EmailData:
    address: str
    kind: str = "work"


@dataclass
class AddressData:
    kind: str = "work"
    street: str = ""
    postcode: str = ""
    city: str = ""
    region: str = ""
    country: str = ""

    def is_empty(self) -> bool:
        return not any((self.street, self.postcode, self.city, self.region, self.country))


@dataclass
class ContactData:
    first_name: str = ""
    last_name: str = ""
    display_name: str = ""  # empty: made from the names (or organisation, or e-mail)
    organisation: str = ""
    title: str = ""
    department: str = ""
    birthday: date | None = None
    notes: str = ""
    favourite: bool = False
    vip: bool = False
    phones: list[PhoneData] = field(default_factory=list)
    emails: list[EmailData] = field(default_factory=list)
    addresses: list[AddressData] = field(default_factory=list)
    groups: list[str] = field(default_factory=list)
    uid: str | None = None
    name_prefix: str = ""  # "Dr.", from the vCard N
    name_suffix: str = ""  # "jr."
    # vCard properties with no field of their own (PHOTO, URL, NICKNAME, IMPP, X-…), each one unfolded content
    # line as read, written back on export.
    extra: list[str] = field(default_factory=list)

    def name(self) -> str:
        if self.display_name.strip():
            return self.display_name.strip()
        full = " ".join(p for p in (self.first_name.strip(), self.last_name.strip()) if p)
        if full:
            return full
        if self.organisation.strip():
            return self.organisation.strip()
        return self.emails[0].address.strip() if self.emails else ""

    def cleaned(self) -> ContactData:
        """Blank rows dropped, whitespace trimmed, groups unique."""
        return copied(
            self,
            first_name=self.first_name.strip(), last_name=self.last_name.strip(),
            display_name=self.display_name.strip(), organisation=self.organisation.strip(),
            title=self.title.strip(), department=self.department.strip(), notes=self.notes.strip(),
            name_prefix=self.name_prefix.strip(), name_suffix=self.name_suffix.strip(),
            phones=[PhoneData(p.typed.strip(), p.kind, p.label) for p in self.phones if p.typed.strip()],
            emails=[EmailData(e.address.strip(), e.kind) for e in self.emails if e.address.strip()],
            addresses=[a for a in self.addresses if not a.is_empty()],
            groups=list(dict.fromkeys(g.strip() for g in self.groups if g.strip())),
        )


def copied(data: ContactData, **changes) -> ContactData:
    """``dataclasses.replace(data, **changes)`` for ContactData (no ``__post_init__``, every field in
    ``__init__``): the same object, made without replace's per-field walk, which an import paid several times a
    record. Values not changed are shared, as with replace."""
    unknown = changes.keys() - data.__dict__.keys()
    if unknown:
        raise TypeError(f"ContactData has no field {sorted(unknown)[0]!r}")
    new = object.__new__(type(data))
    new.__dict__.update(data.__dict__)
    new.__dict__.update(changes)
    return new


class ContactInvalid(ValueError):
    """Raised with {field: message} when a contact cannot be saved."""

    def __init__(self, errors: dict[str, str]):
        super().__init__("; ".join(errors.values()))
        self.errors = errors


def not_an_email(address: str) -> bool:
    """Whether a (stripped) e-mail address is refused: empty is not refused, it is left out."""
    return bool(address) and ("@" not in address or address.startswith("@") or address.endswith("@")
                              or " " in address)


def validate(data: ContactData) -> dict[str, str]:
    """Field → message in the UI language. An unparseable number is *not* an error (it is kept, flagged)."""
    from opsassistant.i18n.messages import translate

    errors: dict[str, str] = {}
    if not data.name():
        errors["name"] = translate("ContactsService", "Give the contact a name, an organisation or an e-mail.")
    for i, email in enumerate(data.emails):
        address = email.address.strip()
        if not_an_email(address):
            errors[f"email{i}"] = translate("ContactsService", "“{address}” is not an e-mail address.").format(
                address=address)
    return errors


def save(data: ContactData, contact_id: int | None = None) -> Contact:
    """Create (``contact_id`` None) or replace a contact's data. Raises ContactInvalid."""
    data = data.cleaned()
    errors = validate(data)
    if errors:
        raise ContactInvalid(errors)
    with database.atomic():
        return Contact.get_by_id(_write(data, contact_id))


_CONTACT_COLUMNS = ("first_name", "last_name", "display_name", "sort_name", "organisation", "title", "department",
                    "birthday", "notes", "favourite", "vip", "primary_phone", "primary_email", "name_prefix",
                    "name_suffix", "updated_at")


def _contact_values(data: ContactData, parsed: list, now_text: str) -> tuple:
    """The ``_CONTACT_COLUMNS`` of one contact, in order."""
    name = data.name()
    return (
        data.first_name, data.last_name, name, indexing.sort_key(data.first_name, data.last_name, name),
        data.organisation, data.title, data.department, data.birthday.isoformat() if data.birthday else None,
        data.notes, int(data.favourite), int(data.vip),
        (parsed[0][1].e164 or parsed[0][1].typed) if parsed else "",
        data.emails[0].address if data.emails else "", data.name_prefix, data.name_suffix, now_text,
    )


def _fts_row(contact_id: int, data: ContactData, parsed: list) -> tuple:
    name = data.name()
    return indexing.fts_row(
        contact_id, name=indexing.name_text(name, data.first_name, data.last_name), organisation=data.organisation,
        title=data.title, emails=[e.address for e in data.emails], phones=[(n.e164, n.digits) for _, n in parsed],
        department=data.department)


# A new contact is written with change_count = 1, what the contact_counted_insert trigger would set: that
# trigger's UPDATE (and the synced, ranked and counted update triggers it fires in turn) is skipped; an update
# raises change_count itself for the same reason (contact_counted_update fires only when it is not raised).
_INSERT_CONTACT = f"INSERT INTO contact (id, uid, created_at, {', '.join(_CONTACT_COLUMNS)}, change_count) VALUES "
_INSERT_PHONE = "INSERT INTO contact_phone (contact_id, kind, label, typed, e164, digits, position) VALUES "
_INSERT_EMAIL = "INSERT INTO contact_email (contact_id, kind, address, position) VALUES "
_INSERT_ADDRESS = ("INSERT INTO contact_address (contact_id, kind, street, postcode, city, region, country, "
                   "position) VALUES ")
_INSERT_MEMBER = "INSERT OR IGNORE INTO contact_group_member (contact_id, group_id) VALUES "
_INSERT_CHILDREN = (_INSERT_PHONE, _INSERT_EMAIL, _INSERT_ADDRESS)  # journal.CHILDREN's order
_INSERT_LINE = "INSERT INTO contact_vcard_line (contact_id, position, line) VALUES "
_INSERT_FTS = "INSERT INTO contact_fts (rowid, name, organisation, title, emails, phones, folded) VALUES "
_ASSIGNMENTS = ", ".join(f"{c} = ?" for c in _CONTACT_COLUMNS) + ", change_count = change_count + 1"
_UPDATE_CONTACT = f"UPDATE contact SET {_ASSIGNMENTS} WHERE id = ?"
_UPDATE_CONTACT_UID = f"UPDATE contact SET uid = ?, {_ASSIGNMENTS} WHERE id = ?"
ROWS_PER_INSERT = 500  # rows of one multi-row INSERT (see _insert_rows)


def _insert_rows(cursor, head: str, rows: list[tuple]) -> None:
    """``rows`` (all of one width) as multi-row ``head (…), (…)`` statements of up to :data:`ROWS_PER_INSERT`
    rows, in order, rather than one executemany of single rows: the sync triggers make every statement open a
    statement journal, and an executemany pays that (and a statement's start and end) per row. The rows, the
    triggers' work and its order are the same."""
    if not rows:
        return
    width = len(rows[0])
    size = max(1, min(ROWS_PER_INSERT, _variable_limit() // width))
    one = f"({', '.join('?' * width)})"
    for start in range(0, len(rows), size):
        part = rows[start:start + size]
        cursor.execute(head + ", ".join([one] * len(part)), [value for row in part for value in row])


def _variable_limit() -> int:
    try:
        return database.connection().getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER)
    except (AttributeError, sqlite3.Error):  # getlimit is Python 3.11+
        return 999
_CHILD_TABLES = ("contact_phone", "contact_email", "contact_address", "contact_group_member", "contact_vcard_line")


def _write(data: ContactData, contact_id: int | None, *, now=None) -> int:
    """The write itself, in plain SQL (imports write thousands); the caller holds the transaction."""
    return write_many([(contact_id, data)], now=now)[0]


def write_many(items: list[tuple[int | None, ContactData]], new_ids: frozenset[int] | set[int] = frozenset(), *,
               now=None, group_ids: dict[str, int] | None = None) -> list[int]:
    """Create or replace many contacts with one executemany per table; returns their ids. An item's id is
    None (create, id chosen by SQLite), in ``new_ids`` (create with that unused id) or an existing contact
    (replace). The caller holds the transaction; the data is already cleaned and valid. ``group_ids`` caches
    group name → id across calls."""
    now_text = utc_text(now or utcnow())
    cursor = database.cursor()
    groups = group_ids if group_ids is not None else {}
    ids: list[int] = []
    inserts, updates, with_uid, phones, emails, addresses, members, fts, lines = ([] for _ in range(9))
    home = regions.home_region() if items else phone_numbers.DEFAULT_REGION
    for contact_id, data in items:
        region = contact_region(data, home)
        parsed = [(p, parse_number(p.typed, region)) for p in data.phones]
        values = _contact_values(data, parsed, now_text)
        if contact_id is None:
            cursor.execute(f"INSERT INTO contact (uid, created_at, {', '.join(_CONTACT_COLUMNS)}, change_count) "
                           f"VALUES (?, ?, {', '.join('?' * len(_CONTACT_COLUMNS))}, 1)",
                           (data.uid or str(uuid.uuid4()), now_text, *values))
            contact_id = cursor.lastrowid
        elif contact_id in new_ids:
            inserts.append((contact_id, data.uid or str(uuid.uuid4()), now_text, *values, 1))
        else:
            (with_uid if data.uid else updates).append(
                (data.uid, *values, contact_id) if data.uid else (*values, contact_id))
        ids.append(contact_id)
        phones += [(contact_id, p.kind, p.label, p.typed, n.e164, n.digits, i) for i, (p, n) in enumerate(parsed)]
        emails += [(contact_id, e.kind, e.address, i) for i, e in enumerate(data.emails)]
        addresses += [(contact_id, a.kind, a.street, a.postcode, a.city, a.region, a.country, i)
                      for i, a in enumerate(data.addresses)]
        lines += [(contact_id, i, line) for i, line in enumerate(data.extra)]
        for name in data.groups:
            if name not in groups:
                groups[name] = group_id(name)
            members.append((contact_id, groups[name]))
        fts.append(_fts_row(contact_id, data, parsed))
    if inserts:
        with journal.journalled() as inserted:  # their sync journal set-wise, not by a trigger per row
            _insert_rows(cursor, _INSERT_CONTACT, inserts)
            inserted += [row[1] for row in inserts]
    cursor.executemany(_UPDATE_CONTACT, updates)
    cursor.executemany(_UPDATE_CONTACT_UID, with_uid)
    replaced = [(row[-1],) for row in updates + with_uid]
    for table in _CHILD_TABLES:
        cursor.executemany(f"DELETE FROM {table} WHERE contact_id = ?", replaced)
    cursor.executemany("DELETE FROM contact_fts WHERE rowid = ?", [(i,) for i in ids])  # a reused rowid
    children = [(table, head, rows) for table, head, rows in zip(journal.CHILDREN, _INSERT_CHILDREN,
                                                                 (phones, emails, addresses), strict=True) if rows]
    if children:
        with journal.journalled([table for table, _head, _rows in children]):
            for _table, head, rows in children:
                _insert_rows(cursor, head, rows)
    _insert_rows(cursor, _INSERT_MEMBER, members)  # after the journal: its trigger sees what the others left
    _insert_rows(cursor, _INSERT_LINE, lines)
    _insert_rows(cursor, _INSERT_FTS, fts)
    ranking.catch_up({row[0]: row[1:] for row in fts})  # the list-ordered index, in the same transaction
    return ids


def group_id(name: str) -> int:
    row = database.execute_sql("SELECT id FROM contact_group WHERE name = ?", (name,)).fetchone()
    if row is None:
        return ContactGroup.insert(name=name).execute()
    return row[0]


def snapshot(contact_id: int) -> ContactData:
    """Everything the editor shows about one contact (also the "before" of an undoable edit)."""
    found = snapshots([contact_id])
    if contact_id not in found:
        raise Contact.DoesNotExist(f"no contact {contact_id}")
    return found[contact_id]


def explicit_display(display: str, first: str, last: str, organisation: str, primary_email: str) -> str:
    """The stored display name if the user chose it, "" if it is the one ``ContactData.name`` makes anyway
    (a display name equal to the organisation is kept when the contact has names of its own)."""
    made = " ".join(p for p in (first.strip(), last.strip()) if p)
    implicit = made or organisation.strip() or primary_email.strip()
    return "" if display == implicit else display


def snapshots(contact_ids: list[int]) -> dict[int, ContactData]:
    """``snapshot`` of many contacts at once (a few queries per 900 contacts); missing ids are left out."""
    out: dict[int, ContactData] = {}
    cursor = database.cursor()
    for start in range(0, len(contact_ids), 900):
        chunk = list(contact_ids[start:start + 900])
        marks = ", ".join("?" * len(chunk))
        phones, emails, addresses, groups, lines = ({} for _ in range(5))
        for cid, typed, kind, label in cursor.execute(
                f"SELECT contact_id, typed, kind, label FROM contact_phone WHERE contact_id IN ({marks}) "
                f"ORDER BY position, id", chunk).fetchall():
            phones.setdefault(cid, []).append(PhoneData(typed, kind, label))
        for cid, address, kind in cursor.execute(
                f"SELECT contact_id, address, kind FROM contact_email WHERE contact_id IN ({marks}) "
                f"ORDER BY position, id", chunk).fetchall():
            emails.setdefault(cid, []).append(EmailData(address, kind))
        for cid, *fields in cursor.execute(
                f"SELECT contact_id, kind, street, postcode, city, region, country FROM contact_address "
                f"WHERE contact_id IN ({marks}) ORDER BY position, id", chunk).fetchall():
            addresses.setdefault(cid, []).append(AddressData(*fields))
        for cid, name in cursor.execute(
                f"SELECT m.contact_id, g.name FROM contact_group_member m JOIN contact_group g ON g.id = m.group_id "
                f"WHERE m.contact_id IN ({marks}) ORDER BY g.name", chunk).fetchall():
            groups.setdefault(cid, []).append(name)
        for cid, line in cursor.execute(
                f"SELECT contact_id, line FROM contact_vcard_line WHERE contact_id IN ({marks}) "
                f"ORDER BY contact_id, position", chunk).fetchall():
            lines.setdefault(cid, []).append(line)
        for (cid, first, last, display, organisation, title, department, birthday, notes, favourite, vip,
             primary_email, uid, prefix, suffix) in cursor.execute(
                f"SELECT id, first_name, last_name, display_name, organisation, title, department, birthday, "
                f"notes, favourite, vip, primary_email, uid, name_prefix, name_suffix FROM contact "
                f"WHERE id IN ({marks})", chunk).fetchall():
            out[cid] = ContactData(
                first_name=first, last_name=last,
                display_name=explicit_display(display, first, last, organisation, primary_email),
                organisation=organisation, title=title, department=department,
                birthday=date.fromisoformat(birthday[:10]) if birthday else None, notes=notes,
                favourite=bool(favourite), vip=bool(vip), phones=phones.get(cid, []), emails=emails.get(cid, []),
                addresses=addresses.get(cid, []), groups=groups.get(cid, []), uid=uid, name_prefix=prefix,
                name_suffix=suffix, extra=lines.get(cid, []))
    return out


def stored_form(data: ContactData, uid: str | None) -> ContactData:
    """What ``snapshot`` reads back after ``data`` (cleaned) is written with ``uid``: lets an import tell
    whether a record changes anything without reading it back."""
    primary_email = data.emails[0].address if data.emails else ""
    display = explicit_display(data.name(), data.first_name, data.last_name, data.organisation, primary_email)
    return copied(data, display_name=display,
                  groups=sorted(set(data.groups)), uid=uid, favourite=bool(data.favourite), vip=bool(data.vip))


def set_flags(contact_id: int, *, favourite: bool | None = None, vip: bool | None = None) -> None:
    changes = {}
    if favourite is not None:
        changes["favourite"] = favourite
    if vip is not None:
        changes["vip"] = vip
    if changes:
        with database.atomic():
            Contact.update(updated_at=utcnow(), **changes).where(Contact.id == contact_id).execute()
            ranking.catch_up()
