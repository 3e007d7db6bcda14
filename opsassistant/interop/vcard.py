"""vCard import (2.1, 3.0, 4.0 as phones, Outlook, Apple and Google write them) and export (3.0 or 4.0).

What we export, we import back unchanged: UID, names, display name, organisation and department, title,
birthday, notes, typed numbers with their kind and label, e-mails, addresses, groups, favourite and VIP, and
every other property verbatim (``vcard_extra``). A value that cannot be used (an e-mail that is not one) is left
out with a report; the rest of the card is imported.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from opsassistant.fileio import atomic_text
from opsassistant.i18n.messages import translate
from opsassistant.interop import batched, vcard_extra
from opsassistant.interop.progress import ProgressCallback
from opsassistant.interop.result import ImportResult
from opsassistant.interop.vcard_parse import Card, escape, file_lines, fold, iter_cards, parts, unescape

NO_YEAR = 1604
_GOOGLE_SYSTEM_GROUPS = {"mycontacts", "* mycontacts", "* starred"}  # Apple's convention for a birthday without a year
_APPLE_LABEL = re.compile(r"^_\$!<(.*)>!\$_$")
_LABEL_KINDS = {"mobile": "mobile", "iphone": "mobile", "cell": "mobile", "work": "work", "home": "home",
                "other": "other", "main": "work", "workfax": "fax", "homefax": "fax", "fax": "fax",
                "home fax": "fax", "work fax": "fax", "pager": "other"}


def _phone_kind(types: list[str], label: str) -> tuple[str, str]:
    match = _APPLE_LABEL.match(label)
    if match:
        kind = _LABEL_KINDS.get(match.group(1).lower())
        if kind:
            return kind, ""
        label = match.group(1)
    if "fax" in types:
        return "fax", label
    for candidate, kind in (("cell", "mobile"), ("mobile", "mobile"), ("iphone", "mobile"), ("work", "work"),
                            ("home", "home")):
        if candidate in types:
            return kind, label
    if label and label.lower() in _LABEL_KINDS:
        return _LABEL_KINDS[label.lower()], ""
    return "other", label


def _email_kind(types: list[str]) -> str:
    return "home" if "home" in types else "other" if "other" in types else "work"


def _birthday(text: str) -> date | None:
    text = text.strip().split("T")[0]
    digits = text.replace("-", "")
    try:
        if text.startswith("--"):
            return date(NO_YEAR, int(digits[:2]), int(digits[2:4]))
        if len(digits) == 8 and digits.isdigit():
            return date(int(digits[:4]), int(digits[4:6]), int(digits[6:8]))
    except ValueError:
        return None
    return None


_DROPPED = {"VERSION", "PRODID", "REV"}  # made anew on export (REV would be stale)
_SINGLE = ("FN", "N", "ORG", "TITLE", "NOTE", "UID", "BDAY", "X-OPSASSISTANT-FAVOURITE", "X-OPSASSISTANT-VIP")
_ALL = {"TEL", "EMAIL", "ADR", "CATEGORIES"}


def card_to_data(card: Card):
    """One card as ContactData, or a reason (in the UI language) why it cannot be imported."""
    return card_to_data_and_problems(card)[0]


def card_to_data_and_problems(card: Card) -> tuple[object, list[tuple[int, str]]]:
    """``card_to_data`` and the values left out of it: (line, reason in the UI language)."""
    from opsassistant.services.contacts.editing import (
        AddressData,
        ContactData,
        EmailData,
        PhoneData,
        not_an_email,
    )

    if card.error == "missing-end":
        return translate("ContactsImport", "The record has no END:VCARD line."), []
    v21 = card.version.startswith("2")
    problems: list[tuple[int, str]] = []

    def text(value: str) -> str:
        return value.strip() if v21 else unescape(value).strip()

    data = ContactData()
    used: set[int] = set()  # id() of the properties that became fields
    for name in _SINGLE:
        prop = card.first(name)
        if prop is not None:
            used.add(id(prop))
    fn = card.first("FN")
    n = card.first("N")
    if n:
        fields = parts(n.value) + [""] * 5
        data.last_name, data.first_name = fields[0].strip(), fields[1].strip()
        middle = fields[2].strip()
        if middle:
            data.first_name = f"{data.first_name} {middle}".strip()
        data.name_prefix, data.name_suffix = fields[3].strip(), fields[4].strip()
    org = card.first("ORG")
    if org:
        org_parts = parts(org.value)
        data.organisation = org_parts[0].strip()
        data.department = " ".join(p.strip() for p in org_parts[1:] if p.strip())
    if fn:
        full = text(fn.value)
        made = " ".join(p for p in (data.first_name, data.last_name) if p)
        if not made and full and full == data.organisation:
            pass  # a company card: its name is the organisation
        elif not made and full:
            pieces = full.rsplit(" ", 1)
            if len(pieces) == 2:
                data.first_name, data.last_name = pieces
            else:
                data.display_name = full
        elif full and full != made:
            data.display_name = full
    if card.first("TITLE"):
        data.title = text(card.first("TITLE").value)
    if card.first("NOTE"):
        data.notes = text(card.first("NOTE").value)
    if card.first("UID"):
        data.uid = card.first("UID").value.strip() or None
    if card.first("BDAY"):
        data.birthday = _birthday(card.first("BDAY").value)
        if data.birthday is None:  # not a date we can show: kept verbatim instead
            used.discard(id(card.first("BDAY")))
    for prop in card.all("TEL"):
        number = text(prop.value)
        if number.lower().startswith("tel:"):
            number = number[4:].split(";")[0]
        if not number:
            continue
        kind, label = _phone_kind(prop.types, text(card.group_value(prop.group, "X-ABLABEL")))
        data.phones.append(PhoneData(number, kind, label))
        if prop.group:
            used.update(id(p) for p in card.properties if p.group == prop.group and p.name == "X-ABLABEL")
    for prop in card.all("EMAIL"):
        email = EmailData(text(prop.value), _email_kind(prop.types))
        if not_an_email(email.address.strip()):  # what validate() says of a contact with this address
            problems.append((prop.line, translate(
                "ContactsImport", "“{value}” is not an e-mail address: it was left out, the rest of the contact "
                "was imported.").format(value=email.address)))
        elif email.address:
            data.emails.append(email)
    for prop in card.all("ADR"):
        a = parts(prop.value) + [""] * 7
        street = ", ".join(p.strip() for p in (a[1], a[2]) if p.strip())
        if a[0].strip():
            street = f"{street}, {a[0].strip()}" if street else a[0].strip()
        address = AddressData(_email_kind(prop.types), street, a[5].strip(), a[3].strip(), a[4].strip(),
                              a[6].strip())
        if not address.is_empty():
            data.addresses.append(address)
    for prop in card.all("CATEGORIES"):
        for group in (g.strip() for g in parts(prop.value, ",")):
            if group.lower() == "starred":  # Google's favourites
                data.favourite = True
            elif group and group.lower() not in _GOOGLE_SYSTEM_GROUPS:
                data.groups.append(group)
    data.favourite = data.favourite or (card.first("X-OPSASSISTANT-FAVOURITE") or _false).value.strip() == "1"
    data.vip = (card.first("X-OPSASSISTANT-VIP") or _false).value.strip() == "1"
    data.extra = [vcard_extra.verbatim(p, v21) for p in card.properties
                  if p.name not in _DROPPED and p.name not in _ALL and id(p) not in used]
    if not data.name() and not data.phones:
        return translate("ContactsImport", "The record has no name, number or e-mail."), []
    return data, problems


class _False:
    value = ""


_false = _False()


def _place(card: Card, data, line: int = 0) -> str:
    name = data.name() if not isinstance(data, str) else ""
    if not name and card.first("FN"):
        name = card.first("FN").value.strip()
    return translate("ContactsImport", "line {line}").format(line=line or card.line) + (f" ({name})" if name else "")


def _card_items(card: Card) -> list[tuple[str, object]]:
    problems: list[tuple[int, str]] = []
    try:
        data, problems = card_to_data_and_problems(card)
    except Exception as exc:  # noqa: BLE001 - a broken record is reported, never fatal
        data = translate("ContactsImport", "The record could not be read: {error}").format(error=exc)
    items: list[tuple[str, object]] = [(_place(card, data, line), reason) for line, reason in problems]
    items.append((_place(card, data), data))
    return items


def read_items(text: str) -> list[tuple[str, object]]:
    """(place, ContactData) per card, or (place, reason) for a card that cannot be imported and for each value
    left out of an imported card (the import reports both)."""
    return [item for card in iter_cards(text) for item in _card_items(card)]


_BEGIN = "BEGIN:VCARD"


def count_cards(path: Path | str, encoding: str) -> int:
    """How many cards the file begins (the progress total), read a chunk at a time."""
    count, tail = 0, ""
    with batched.open_text(path, encoding) as handle:
        while chunk := handle.read(batched.CHUNK):
            text = tail + chunk.upper()
            count += text.count(_BEGIN)
            tail = text[-(len(_BEGIN) - 1):]
    return count


def import_file(path: Path | str, progress: ProgressCallback | None = None) -> ImportResult:
    """Import every card; broken ones are skipped with their line and reason. A file that is not a vCard
    at all changes nothing and is reported as one skipped record.

    The file is read as it is imported, ``importing.BATCH`` cards per transaction; ``progress(done, total)`` is
    called after each batch (``interop.progress``: raising ImportCancelled there keeps the batches written)."""
    result = ImportResult()
    encoding = batched.sniff_encoding(path, utf8="utf-8-sig")
    total = count_cards(path, encoding)
    if not total:
        result.skip(translate("ContactsImport", "line {line}").format(line=1),
                    translate("ContactsImport", "This is not a vCard file; nothing was imported."))
        return result
    with batched.open_text(path, encoding) as handle:
        records = (_card_items(card) for card in iter_cards(file_lines(handle)))
        return batched.write(records, result, progress=progress, total=total)


# --- export -------------------------------------------------------------------------------------------------
_TEL_TYPES = {"mobile": "CELL", "work": "WORK", "home": "HOME", "fax": "FAX", "other": "OTHER"}


def data_to_card(data, version: str = "3.0") -> str:
    """One contact as vCard text (CRLF lines, folded at 75 octets)."""
    v4 = version == "4.0"
    lines = ["BEGIN:VCARD", f"VERSION:{version}"]
    if data.uid:
        lines.append(f"UID:{data.uid}")
    lines.append(f"FN:{escape(data.name())}")
    lines.append(f"N:{escape(data.last_name)};{escape(data.first_name)};;{escape(data.name_prefix)};"
                 f"{escape(data.name_suffix)}")
    if data.organisation or data.department:
        org = escape(data.organisation) + (f";{escape(data.department)}" if data.department else "")
        lines.append(f"ORG:{org}")
    if data.title:
        lines.append(f"TITLE:{escape(data.title)}")
    if data.birthday:
        b = data.birthday
        if b.year == NO_YEAR:
            lines.append(f"BDAY:--{b:%m%d}" if v4 else f"BDAY;X-APPLE-OMIT-YEAR={NO_YEAR}:{b.isoformat()}")
        else:
            lines.append(f"BDAY:{b:%Y%m%d}" if v4 else f"BDAY:{b.isoformat()}")
    taken = {vcard_extra.group_of(line) for line in data.extra}
    groups = (g for g in (f"item{i}" for i in range(1, 1_000_000)) if g not in taken)
    for phone in data.phones:
        kind = _TEL_TYPES.get(phone.kind, "OTHER")
        if v4:
            kinds = {"CELL": "cell", "FAX": "fax", "OTHER": "voice"}.get(kind, f"{kind.lower()},voice")
            parsed = phone.parsed
            if parsed.e164 and phone.typed == parsed.e164:
                line = f'TEL;VALUE=uri;TYPE="{kinds}":tel:{parsed.e164}'
            else:
                line = f'TEL;VALUE=text;TYPE="{kinds}":{escape(phone.typed)}'
        else:
            line = f"TEL;TYPE={kind},VOICE:{escape(phone.typed)}" if kind in ("WORK", "HOME") else \
                f"TEL;TYPE={kind}:{escape(phone.typed)}"
        if phone.label:
            group = next(groups)
            lines += [f"{group}.{line}", f"{group}.X-ABLabel:{escape(phone.label)}"]
        else:
            lines.append(line)
    for email in data.emails:
        kind = email.kind.upper()
        lines.append(f"EMAIL;TYPE={email.kind}:{escape(email.address)}" if v4 else
                     f"EMAIL;TYPE=INTERNET,{kind}:{escape(email.address)}")
    for a in data.addresses:
        value = ";".join(escape(x) for x in ("", "", a.street, a.city, a.region, a.postcode, a.country))
        lines.append(f"ADR;TYPE={a.kind if v4 else a.kind.upper()}:{value}")
    if data.notes:
        lines.append(f"NOTE:{escape(data.notes)}")
    if data.groups:
        lines.append("CATEGORIES:" + ",".join(escape(g) for g in data.groups))
    if data.favourite:
        lines.append("X-OPSASSISTANT-FAVOURITE:1")
    if data.vip:
        lines.append("X-OPSASSISTANT-VIP:1")
    lines += [vcard_extra.for_version(line, version) for line in data.extra]
    lines.append("END:VCARD")
    return "".join(fold(line) for line in lines)


def iter_export_ids(ids: list[int] | None = None, chunk: int = 500):
    """Lists of at most ``chunk`` ids of live contacts (or of ``ids``) in name order, read a page at a time
    (keyset on sort name and id), so a million contacts never sit in memory at once."""
    from opsassistant.db.models import database

    if ids is not None:
        wanted = set(ids)
        cursor = database.cursor()
        found = []
        for start in range(0, len(ids), 900):
            part = list(ids[start:start + 900])
            found += cursor.execute(
                f"SELECT sort_name, id FROM contact WHERE deleted_at IS NULL AND id IN ({', '.join('?' * len(part))})",
                part).fetchall()
        ordered = [cid for _, cid in sorted(found) if cid in wanted]
        for start in range(0, len(ordered), chunk):
            yield ordered[start:start + chunk]
        return
    last: tuple[str, int] | None = None
    while True:
        if last is None:
            rows = database.execute_sql(
                "SELECT sort_name, id FROM contact WHERE deleted_at IS NULL ORDER BY sort_name, id LIMIT ?",
                (chunk,)).fetchall()
        else:
            rows = database.execute_sql(
                "SELECT sort_name, id FROM contact WHERE deleted_at IS NULL AND (sort_name, id) > (?, ?) "
                "ORDER BY sort_name, id LIMIT ?", (*last, chunk)).fetchall()
        if not rows:
            return
        yield [cid for _, cid in rows]
        last = rows[-1]


def iter_export_data(ids: list[int] | None = None, chunk: int = 500):
    """ContactData of every live contact (or of ``ids``), loaded a chunk at a time, in name order."""
    from opsassistant.services.contacts.editing import snapshots

    for batch in iter_export_ids(ids, chunk):
        found = snapshots(batch)
        for contact_id in batch:
            if contact_id in found:
                yield found[contact_id]


def export_file_v4(path: Path | str) -> int:
    """vCard 4.0 (``export contacts --format vcf4``), as Google and newer Apple Contacts read it."""
    return export_file(path, version="4.0")


def export_file(path: Path | str, version: str = "3.0", ids: list[int] | None = None) -> int:
    """Write live contacts as vCard ``version`` ("3.0" default, or "4.0"); returns how many were written."""
    if version not in ("3.0", "4.0"):
        raise ValueError(f"unsupported vCard version {version!r}")
    count = 0
    with atomic_text(path, newline="") as handle:
        for data in iter_export_data(ids):
            handle.write(data_to_card(data, version))
            count += 1
    return count
