"""Combine two contacts into one, field by field; the other one goes to the trash (restorable)."""

from __future__ import annotations

from dataclasses import replace

from opsassistant.db.models import Contact, database
from opsassistant.db.models.base import utcnow
from opsassistant.services import phones as phone_numbers
from opsassistant.services.contacts import editing, ranking
from opsassistant.services.contacts.editing import ContactData

# Fields chosen one side or the other in the merge dialog; lists are combined, flags are or-ed.
SCALAR_FIELDS = ("first_name", "last_name", "display_name", "organisation", "title", "department", "birthday",
                 "notes")


def proposal(keep: ContactData, other: ContactData) -> dict[str, str]:
    """Default choice per scalar field: "keep", unless only the other one has a value."""
    return {f: ("other" if not getattr(keep, f) and getattr(other, f) else "keep") for f in SCALAR_FIELDS}


def combined(keep: ContactData, other: ContactData, choices: dict[str, str] | None = None) -> ContactData:
    choices = {**proposal(keep, other), **(choices or {})}
    values = {f: getattr(other if choices.get(f) == "other" else keep, f) for f in SCALAR_FIELDS}
    phones, seen_numbers = [], set()
    for phone in keep.phones + other.phones:
        parsed = phone_numbers.parse(phone.typed)
        key = parsed.e164 or parsed.digits or phone.typed
        if key not in seen_numbers:
            seen_numbers.add(key)
            phones.append(phone)
    emails, seen_emails = [], set()
    for email in keep.emails + other.emails:
        if email.address.lower() not in seen_emails:
            seen_emails.add(email.address.lower())
            emails.append(email)
    addresses = list(keep.addresses)
    for address in other.addresses:
        if all(replace(address, kind=a.kind) != a for a in addresses):
            addresses.append(address)
    result = replace(keep, **values, phones=phones, emails=emails, addresses=addresses,
                     groups=list(dict.fromkeys(keep.groups + other.groups)),
                     extra=list(dict.fromkeys(keep.extra + other.extra)),
                     name_prefix=keep.name_prefix or other.name_prefix,
                     name_suffix=keep.name_suffix or other.name_suffix,
                     favourite=keep.favourite or other.favourite, vip=keep.vip or other.vip)
    if choices.get("notes") == "both" and keep.notes and other.notes and keep.notes != other.notes:
        result = replace(result, notes=f"{keep.notes}\n\n{other.notes}")
    return result


def merge(keep_id: int, other_id: int, choices: dict[str, str] | None = None) -> Contact:
    """Write the combined contact into ``keep_id``; calls and attendances of ``other_id`` move with it."""
    from opsassistant.db.models import Call, EventAttendee

    if keep_id == other_id:
        raise ValueError("cannot merge a contact with itself")
    keep, other = editing.snapshot(keep_id), editing.snapshot(other_id)
    data = combined(keep, other, choices)
    with database.atomic():
        editing._write(data.cleaned(), keep_id)
        Call.update(contact=keep_id).where(Call.contact == other_id).execute()
        EventAttendee.update(contact=keep_id).where(EventAttendee.contact == other_id).execute()
        Contact.update(deleted_at=utcnow()).where(Contact.id == other_id).execute()
        ranking.catch_up()
    return Contact.get_by_id(keep_id)


__all__ = ["SCALAR_FIELDS", "combined", "merge", "proposal"]
