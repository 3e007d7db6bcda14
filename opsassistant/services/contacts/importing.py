"""Writing imported contacts: re-importing the same file updates, never duplicates.

A record is matched on UID first, then on a shared number or e-mail *plus* a similar name. Each record is
written in its own savepoint inside one transaction for the whole file, so a broken record is reported and
skipped while the good ones land.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from opsassistant.db.models import database
from opsassistant.i18n.messages import translate
from opsassistant.services.contacts import editing
from opsassistant.services.contacts.duplicates import similar_names
from opsassistant.services.contacts.editing import ContactData, parse_number

# An item is (place, data) or (place, reason) when the reader already knows the record is broken.
Item = tuple[str, "ContactData | str"]


def find_existing(data: ContactData) -> int | None:
    """Plain SQL on indexed columns: this runs once per imported record."""
    cursor = database.cursor()
    if data.uid:
        row = cursor.execute("SELECT id FROM contact WHERE uid = ? AND deleted_at IS NULL LIMIT 1",
                             (data.uid,)).fetchone()
        if row:
            return row[0]
    candidates: set[int] = set()
    for phone in data.phones:
        parsed = parse_number(phone.typed)
        if parsed.e164:
            candidates.update(r[0] for r in cursor.execute(
                "SELECT contact_id FROM contact_phone WHERE e164 = ? LIMIT 20", (parsed.e164,)))
    for email in data.emails:
        candidates.update(r[0] for r in cursor.execute(
            "SELECT contact_id FROM contact_email WHERE lower(address) = ? LIMIT 20", (email.address.lower(),)))
    if not candidates:
        return None
    name = data.name()
    marks = ", ".join("?" * len(candidates))
    for contact_id, display in cursor.execute(
            f"SELECT id, display_name FROM contact WHERE id IN ({marks}) AND deleted_at IS NULL ORDER BY id",
            sorted(candidates)).fetchall():
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
        cursor = database.cursor()
        for place, data in items:
            if isinstance(data, str):
                result.skip(place, data)
                continue
            data = data.cleaned()
            errors = editing.validate(data)
            if errors:
                result.skip(place, next(iter(errors.values())))
                continue
            cursor.execute("SAVEPOINT contact_import")  # a failing record is rolled back alone
            try:
                existing = find_existing(data)
                if existing is None:
                    editing._write(data, None)
                    result.imported += 1
                else:
                    editing._write(updated_data(editing.snapshot(existing), data).cleaned(), existing)
                    result.updated += 1
            except Exception as exc:  # noqa: BLE001 - one bad record never stops the good ones
                cursor.execute("ROLLBACK TO contact_import")
                result.skip(place, translate("ContactsImport", "Could not be saved: {error}").format(error=exc))
            cursor.execute("RELEASE contact_import")
    return result
