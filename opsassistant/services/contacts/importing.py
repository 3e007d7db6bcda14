"""Writing imported contacts: re-importing the same file updates, never duplicates.

A record is matched on UID first, then on a shared number or e-mail *plus* a similar name. Each record is
written in its own savepoint inside one transaction for the whole file, so a broken record is reported and
skipped while the good ones land.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from peewee import fn

from opsassistant.db.models import Contact, ContactEmail, ContactPhone, database
from opsassistant.i18n.messages import translate
from opsassistant.services.contacts import editing
from opsassistant.services.contacts.duplicates import similar_names
from opsassistant.services.contacts.editing import ContactData, parse_number

# An item is (place, data) or (place, reason) when the reader already knows the record is broken.
Item = tuple[str, "ContactData | str"]


def find_existing(data: ContactData) -> int | None:
    if data.uid:
        row = (Contact.select(Contact.id).where(Contact.uid == data.uid, Contact.deleted_at.is_null())
               .tuples().first())
        if row:
            return row[0]
    candidates: set[int] = set()
    for phone in data.phones:
        parsed = parse_number(phone.typed)
        if parsed.e164:
            candidates.update(r[0] for r in ContactPhone.select(ContactPhone.contact_id)
                              .where(ContactPhone.e164 == parsed.e164).limit(20).tuples())
    for email in data.emails:
        candidates.update(r[0] for r in ContactEmail.select(ContactEmail.contact_id)
                          .where(fn.lower(ContactEmail.address) == email.address.lower()).limit(20).tuples())
    if not candidates:
        return None
    name = data.name()
    for contact_id, display in (Contact.select(Contact.id, Contact.display_name)
                                .where(Contact.id.in_(list(candidates)), Contact.deleted_at.is_null())
                                .order_by(Contact.id).tuples()):
        if similar_names(display, name):
            return contact_id
    return None


def updated_data(existing: ContactData, incoming: ContactData) -> ContactData:
    """The incoming record wins where it has a value; numbers, e-mails, addresses and groups are combined."""
    from opsassistant.services.contacts.merge import combined

    choices = {f: ("other" if getattr(incoming, f) else "keep")
               for f in ("first_name", "last_name", "display_name", "organisation", "title", "department",
                         "birthday", "notes")}
    result = combined(existing, incoming, choices)
    return replace(result, uid=existing.uid or incoming.uid, favourite=incoming.favourite or existing.favourite,
                   vip=incoming.vip or existing.vip)


def apply(items: Iterable[Item], result):
    """Write the items; counts and skips go into ``result`` (an interop ImportResult)."""
    with database.atomic():
        for place, data in items:
            if isinstance(data, str):
                result.skip(place, data)
                continue
            data = data.cleaned()
            errors = editing.validate(data)
            if errors:
                result.skip(place, next(iter(errors.values())))
                continue
            try:
                with database.atomic():
                    existing = find_existing(data)
                    if existing is None:
                        editing._write(data, None)
                        result.imported += 1
                    else:
                        editing._write(updated_data(editing.snapshot(existing), data).cleaned(), existing)
                        result.updated += 1
            except Exception as exc:  # noqa: BLE001 - one bad record never stops the good ones
                result.skip(place, translate("ContactsImport", "Could not be saved: {error}").format(error=exc))
    return result
