"""Creating and changing contacts: one ``ContactData`` in, one transaction, the FTS row kept in sync."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field, replace
from datetime import date
from functools import lru_cache

from opsassistant.db.models import (
    Contact,
    ContactAddress,
    ContactEmail,
    ContactGroup,
    ContactGroupMember,
    ContactPhone,
    database,
)
from opsassistant.db.models.base import utcnow
from opsassistant.services import phones as phone_numbers
from opsassistant.services.contacts import indexing

PHONE_KINDS = ("mobile", "work", "home", "fax", "other")
EMAIL_KINDS = ("work", "home", "other")
ADDRESS_KINDS = ("work", "home", "other")


parse_number = lru_cache(maxsize=8192)(phone_numbers.parse)


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
        return replace(
            self,
            first_name=self.first_name.strip(), last_name=self.last_name.strip(),
            display_name=self.display_name.strip(), organisation=self.organisation.strip(),
            title=self.title.strip(), department=self.department.strip(), notes=self.notes.strip(),
            phones=[replace(p, typed=p.typed.strip()) for p in self.phones if p.typed.strip()],
            emails=[replace(e, address=e.address.strip()) for e in self.emails if e.address.strip()],
            addresses=[a for a in self.addresses if not a.is_empty()],
            groups=list(dict.fromkeys(g.strip() for g in self.groups if g.strip())),
        )


class ContactInvalid(ValueError):
    """Raised with {field: message} when a contact cannot be saved."""

    def __init__(self, errors: dict[str, str]):
        super().__init__("; ".join(errors.values()))
        self.errors = errors


def validate(data: ContactData) -> dict[str, str]:
    """Field → message in the UI language. An unparseable number is *not* an error (it is kept, flagged)."""
    from opsassistant.i18n.messages import translate

    errors: dict[str, str] = {}
    if not data.name():
        errors["name"] = translate("ContactsService", "Give the contact a name, an organisation or an e-mail.")
    for i, email in enumerate(data.emails):
        address = email.address.strip()
        if address and ("@" not in address or address.startswith("@") or address.endswith("@") or " " in address):
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


def _write(data: ContactData, contact_id: int | None, *, now=None) -> int:
    """The write itself; the caller holds the transaction (imports call it inside a savepoint)."""
    now = now or utcnow()
    name = data.name()
    parsed = [(p, parse_number(p.typed)) for p in data.phones]
    fields = dict(
        first_name=data.first_name, last_name=data.last_name, display_name=name,
        sort_name=indexing.sort_key(data.first_name, data.last_name, name),
        organisation=data.organisation, title=data.title, department=data.department, birthday=data.birthday,
        notes=data.notes, favourite=data.favourite, vip=data.vip,
        primary_phone=(parsed[0][1].e164 or parsed[0][1].typed) if parsed else "",
        primary_email=data.emails[0].address if data.emails else "", updated_at=now,
    )
    if contact_id is None:
        contact_id = Contact.insert(uid=data.uid or str(uuid.uuid4()), created_at=now, **fields).execute()
    else:
        if data.uid:
            fields["uid"] = data.uid
        Contact.update(**fields).where(Contact.id == contact_id).execute()
        for model in (ContactPhone, ContactEmail, ContactAddress, ContactGroupMember):
            model.delete().where(model.contact == contact_id).execute()
    if parsed:
        ContactPhone.insert_many([
            dict(contact=contact_id, kind=p.kind, label=p.label, typed=p.typed, e164=n.e164, digits=n.digits,
                 position=i) for i, (p, n) in enumerate(parsed)
        ]).execute()
    if data.emails:
        ContactEmail.insert_many([
            dict(contact=contact_id, kind=e.kind, address=e.address, position=i) for i, e in enumerate(data.emails)
        ]).execute()
    if data.addresses:
        ContactAddress.insert_many([
            dict(contact=contact_id, kind=a.kind, street=a.street, postcode=a.postcode, city=a.city,
                 region=a.region, country=a.country, position=i) for i, a in enumerate(data.addresses)
        ]).execute()
    if data.groups:
        ids = [group_id(g) for g in data.groups]
        ContactGroupMember.insert_many([dict(contact=contact_id, group=g) for g in ids]).execute()
    indexing.write(indexing.fts_row(
        contact_id, name=name, organisation=data.organisation, title=data.title,
        emails=[e.address for e in data.emails], phones=[(n.e164, n.digits) for _, n in parsed],
        department=data.department))
    return contact_id


def group_id(name: str) -> int:
    group = ContactGroup.get_or_none(ContactGroup.name == name)
    if group is None:
        return ContactGroup.insert(name=name).execute()
    return group.id


def snapshot(contact_id: int) -> ContactData:
    """Everything the editor shows about one contact (also the "before" of an undoable edit)."""
    contact = Contact.get_by_id(contact_id)
    phones = ContactPhone.select().where(ContactPhone.contact == contact_id).order_by(ContactPhone.position)
    emails = ContactEmail.select().where(ContactEmail.contact == contact_id).order_by(ContactEmail.position)
    addresses = (ContactAddress.select().where(ContactAddress.contact == contact_id)
                 .order_by(ContactAddress.position))
    groups = (ContactGroup.select().join(ContactGroupMember)
              .where(ContactGroupMember.contact == contact_id).order_by(ContactGroup.name))
    made = " ".join(p for p in (contact.first_name, contact.last_name) if p)
    return ContactData(
        first_name=contact.first_name, last_name=contact.last_name,
        display_name="" if contact.display_name in {made, contact.organisation, contact.primary_email}
        else contact.display_name,
        organisation=contact.organisation, title=contact.title, department=contact.department,
        birthday=contact.birthday, notes=contact.notes, favourite=contact.favourite, vip=contact.vip,
        phones=[PhoneData(p.typed, p.kind, p.label) for p in phones],
        emails=[EmailData(e.address, e.kind) for e in emails],
        addresses=[AddressData(a.kind, a.street, a.postcode, a.city, a.region, a.country) for a in addresses],
        groups=[g.name for g in groups], uid=contact.uid,
    )


def set_flags(contact_id: int, *, favourite: bool | None = None, vip: bool | None = None) -> None:
    changes = {}
    if favourite is not None:
        changes["favourite"] = favourite
    if vip is not None:
        changes["vip"] = vip
    if changes:
        with database.atomic():
            Contact.update(updated_at=utcnow(), **changes).where(Contact.id == contact_id).execute()
