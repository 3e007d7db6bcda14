"""Contacts as CSV: import with a column mapping (Outlook and Google exports recognised), export safely.

A mapping is a list with one *target* per column:
- scalar fields: ``first_name middle_name last_name full_name display_name organisation title department
  birthday notes groups uid favourite vip`` (``""`` = ignore the column);
- fixed kinds: ``phone:mobile``, ``email:work``, ``address:home:city`` …;
- numbered slots as Google writes them: ``phone#1`` with its kind in ``phonekind#1``, ``email#2`` /
  ``emailkind#2``, ``address#1:street`` / ``addresskind#1``.
Export writes UTF-8 with a BOM (so Excel shows æøå), one slot per number/e-mail/address, and prefixes cells that
a spreadsheet would run as a formula with ``'`` (removed again on import).
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path

from opsassistant.fileio import atomic_text
from opsassistant.i18n.messages import translate
from opsassistant.interop import batched
from opsassistant.interop.progress import ProgressCallback
from opsassistant.interop.result import ImportResult

SCALARS = ("first_name", "middle_name", "last_name", "full_name", "display_name", "organisation", "title",
           "department", "birthday", "notes", "groups", "uid", "favourite", "vip")
KINDS = ("mobile", "work", "home", "fax", "other")
ADDRESS_PARTS = ("street", "postcode", "city", "region", "country")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")

# Lower-cased header → target: Outlook (English and Danish), Google (old and new) and our own export.
KNOWN: dict[str, str] = {
    "first name": "first_name", "given name": "first_name", "fornavn": "first_name",
    "middle name": "middle_name", "additional name": "middle_name", "mellemnavn": "middle_name",
    "last name": "last_name", "family name": "last_name", "efternavn": "last_name",
    "name": "full_name", "navn": "full_name", "display name": "display_name", "file as": "",
    "company": "organisation", "organization 1 - name": "organisation", "organization name": "organisation",
    "organisation": "organisation", "firma": "organisation",
    "job title": "title", "organization 1 - title": "title", "organization title": "title", "stilling": "title",
    "department": "department", "organization 1 - department": "department",
    "organization department": "department", "afdeling": "department",
    "birthday": "birthday", "fødselsdag": "birthday", "notes": "notes", "noter": "notes", "note": "notes",
    "categories": "groups", "kategorier": "groups", "group membership": "groups", "labels": "groups",
    "groups": "groups", "uid": "uid", "favourite": "favourite", "vip": "vip",
    "mobile phone": "phone:mobile", "mobiltelefon": "phone:mobile",
    "business phone": "phone:work", "business phone 2": "phone:work", "arbejdstelefon": "phone:work",
    "company main phone": "phone:work", "home phone": "phone:home", "home phone 2": "phone:home",
    "telefon (privat)": "phone:home", "privattelefon": "phone:home",
    "business fax": "phone:fax", "home fax": "phone:fax", "fax (arbejde)": "phone:fax",
    "other phone": "phone:other", "primary phone": "phone:other", "anden telefon": "phone:other",
    "e-mail address": "email:work", "e-mail 2 address": "email:other", "e-mail 3 address": "email:other",
    "mail-adresse": "email:work", "mail 2-adresse": "email:other", "e-mail": "email:work",
    "business street": "address:work:street", "business city": "address:work:city",
    "business state": "address:work:region", "business postal code": "address:work:postcode",
    "business country/region": "address:work:country", "home street": "address:home:street",
    "home city": "address:home:city", "home state": "address:home:region",
    "home postal code": "address:home:postcode", "home country/region": "address:home:country",
    "arbejdsadresse, gade": "address:work:street", "arbejdsadresse, by": "address:work:city",
    "arbejdsadresse, postnummer": "address:work:postcode", "arbejdsadresse, land/område": "address:work:country",
    "privatadresse, gade": "address:home:street", "privatadresse, by": "address:home:city",
    "privatadresse, postnummer": "address:home:postcode", "privatadresse, land/område": "address:home:country",
}
_NUMBERED = re.compile(r"^(e-mail|phone|address) (\d+) - (type|label|value|street|city|region|postal code|"
                       r"country)$")
_NUMBERED_PART = {"street": "street", "city": "city", "region": "region", "postal code": "postcode",
                  "country": "country"}
_KIND_WORDS = {"mobile": "mobile", "cell": "mobile", "mobil": "mobile", "work": "work", "arbejde": "work",
               "main": "work", "home": "home", "privat": "home", "work fax": "fax", "home fax": "fax",
               "fax": "fax", "other": "other", "andet": "other"}


def detect_mapping(headers: list[str]) -> list[str]:
    """The target of each column as recognised from its header ("" when not recognised)."""
    mapping = []
    for header in headers:
        key = header.strip().lower()
        match = _NUMBERED.match(key)
        if match:
            what, number, part = match.groups()
            base = {"e-mail": "email", "phone": "phone", "address": "address"}[what]
            if part in ("type", "label"):
                mapping.append(f"{base}kind#{number}")
            elif base == "address":
                mapping.append(f"address#{number}:{_NUMBERED_PART.get(part, 'street')}")
            else:
                mapping.append(f"{base}#{number}")
            continue
        mapping.append(KNOWN.get(key, ""))
    return mapping


def usable(mapping: list[str]) -> bool:
    """Does the mapping name at least a name, a number or an e-mail column?"""
    wanted = ("first_name", "last_name", "full_name", "display_name", "organisation")
    return any(t in wanted or t.startswith(("phone:", "phone#", "email:", "email#")) for t in mapping)


def decode(raw: bytes) -> str:
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return raw.decode("utf-16")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace")


def read_table(path: Path | str) -> tuple[list[str], list[list[str]]]:
    """Header row and data rows; the delimiter (, ; tab) is sniffed from the first lines."""
    with open_table(path) as (headers, rows):
        return headers, list(rows)


def _delimiter(path: Path | str, encoding: str) -> str:
    with batched.open_text(path, encoding) as handle:
        sample = "\n".join(line for line in (handle.readline() for _ in range(5)) if line).splitlines()
    try:
        return csv.Sniffer().sniff("\n".join(sample[:5]), delimiters=",;\t").delimiter
    except csv.Error:
        return ","


def _has_nul(path: Path | str, encoding: str) -> bool:
    with batched.open_text(path, encoding) as handle:
        while chunk := handle.read(batched.CHUNK):
            if "\x00" in chunk:
                return True
    return False


@contextmanager
def open_table(path: Path | str) -> Iterator[tuple[list[str], Iterator[list[str]]]]:
    """Header row and the data rows read as they are used (blank rows left out); a file with NUL characters
    (not text) has neither. ``read_table`` without holding the file."""
    encoding = batched.sniff_encoding(path, utf8="utf-8-sig")
    if _has_nul(path, encoding):
        yield [], iter(())
        return
    delimiter = _delimiter(path, encoding)
    with open(path, encoding=encoding, errors="replace" if encoding == "cp1252" else "strict",
              newline="") as handle:
        rows = (r for r in csv.reader(handle, delimiter=delimiter) if any(cell.strip() for cell in r))
        header = next(rows, None)
        yield ([h.strip() for h in header] if header else []), rows


def count_rows(path: Path | str) -> int:
    """How many data rows the file has (the progress total)."""
    with open_table(path) as (_, rows):
        return sum(1 for _ in rows)


def _clean(cell: str) -> str:
    cell = cell.strip()
    if len(cell) > 1 and cell[0] == "'" and cell[1] in _FORMULA_START:
        return cell[1:]
    return cell


def _kind(text: str, default: str) -> tuple[str, str]:
    """A kind from a type/label cell ("* Mobile", "Work Fax", "Omstilling" → other + label)."""
    word = text.replace("*", "").strip()
    if not word:
        return default, ""
    known = _KIND_WORDS.get(word.lower())
    return (known, "") if known else ("other", word)


def parse_birthday(text: str) -> date | None:
    from opsassistant.interop.vcard import NO_YEAR

    text = text.strip()
    if not text or text in ("0.0.00", "0/0/00", "00-00-0000"):
        return None
    try:
        if text.startswith("--"):
            month, day = text[2:].replace("-", "")[:2], text[2:].replace("-", "")[2:4]
            return date(NO_YEAR, int(month), int(day))
        if re.fullmatch(r"\d{4}-\d{1,2}-\d{1,2}", text):
            y, m, d = text.split("-")
            return date(int(y), int(m), int(d))
        match = re.fullmatch(r"(\d{1,2})([./-])(\d{1,2})\2(\d{2,4})", text)
        if match:
            a, sep, b, y = int(match.group(1)), match.group(2), int(match.group(3)), int(match.group(4))
            y = y + (1900 if y > 30 else 2000) if y < 100 else y
            if sep == "/" and a <= 12:
                a, b = b, a  # US Outlook writes month/day/year
            return date(y, b, a)
    except ValueError:
        return None
    return None


def row_to_data(row: list[str], mapping: list[str]):
    """One row as ContactData, or the reason (UI language) why it cannot be imported."""
    from opsassistant.services.contacts.editing import AddressData, ContactData, EmailData, PhoneData

    data = ContactData()
    values: dict[str, str] = {}
    phones: list[tuple[int, PhoneData]] = []
    emails: list[tuple[int, EmailData]] = []
    addresses: dict[str, AddressData] = {}
    for index, target in enumerate(mapping):
        if not target or index >= len(row):
            continue
        cell = _clean(row[index])
        if not cell:
            continue
        if target in SCALARS:
            values[target] = f"{values[target]} ::: {cell}" if target == "groups" and target in values else cell
        elif target.startswith(("phone:", "phone#")):
            kind, slot = (target[6:], "") if target.startswith("phone:") else ("", target[6:])
            kind_cell = _cell_for(row, mapping, f"phonekind#{slot}") if slot else ""
            kind, label = _kind(kind_cell, kind or "other")
            for number in (n.strip() for n in cell.split(":::")):
                if number:
                    phones.append((index, PhoneData(number, kind, label)))
        elif target.startswith(("email:", "email#")):
            kind, slot = (target[6:], "") if target.startswith("email:") else ("work", target[6:])
            kind_cell = _cell_for(row, mapping, f"emailkind#{slot}") if slot else ""
            kind = _kind(kind_cell, kind)[0] if kind_cell else kind
            kind = kind if kind in ("work", "home", "other") else "other"
            for address in (a.strip() for a in cell.split(":::")):
                if address:
                    emails.append((index, EmailData(address, kind)))
        elif target.startswith(("address:", "address#")):
            if target.startswith("address:"):
                _, kind, part = target.split(":")
                key = kind
            else:
                slot, part = target[8:].split(":")
                key = f"#{slot}"
                kind = _kind(_cell_for(row, mapping, f"addresskind#{slot}"), "work")[0]
                kind = kind if kind in ("work", "home") else "other"
            address = addresses.setdefault(key, AddressData(kind=kind))
            setattr(address, part, cell)
    data.first_name = " ".join(v for v in (values.get("first_name", ""), values.get("middle_name", "")) if v)
    data.last_name = values.get("last_name", "")
    full = values.get("full_name", "")
    if full and not (data.first_name or data.last_name):
        pieces = full.rsplit(" ", 1)
        data.first_name, data.last_name = (pieces[0], pieces[1]) if len(pieces) == 2 else (full, "")
    data.display_name = values.get("display_name", "")
    for name in ("organisation", "title", "department", "notes"):
        setattr(data, name, values.get(name, ""))
    data.uid = values.get("uid") or None
    data.favourite = values.get("favourite", "").lower() in ("1", "yes", "ja", "true", "x")
    data.vip = values.get("vip", "").lower() in ("1", "yes", "ja", "true", "x")
    if values.get("birthday"):
        data.birthday = parse_birthday(values["birthday"])
    for group in re.split(r":::|;", values.get("groups", "")):
        group = group.replace("*", "", 1).strip() if group.strip().startswith("*") else group.strip()
        if group.lower() == "starred":
            data.favourite = True
        elif group and group.lower() != "mycontacts":
            data.groups.append(group)
    data.phones = [p for _, p in sorted(phones, key=lambda x: (x[1].kind == "fax", x[0]))]
    data.emails = [e for _, e in sorted(emails, key=lambda x: x[0])]
    data.addresses = [a for a in addresses.values() if not a.is_empty()]
    if not data.name() and not data.phones:
        return translate("ContactsImport", "The row has no name, number or e-mail.")
    return data


def _cell_for(row: list[str], mapping: list[str], target: str) -> str:
    try:
        index = mapping.index(target)
    except ValueError:
        return ""
    return _clean(row[index]) if index < len(row) else ""


def import_file(path: Path | str, mapping: list[str] | None = None, *,
                progress: ProgressCallback | None = None) -> ImportResult:
    """Import every row; ``mapping`` defaults to what ``detect_mapping`` recognises in the header.

    The file is read as it is imported, ``importing.BATCH`` rows per transaction; ``progress(done, total)`` is
    called after each batch (``interop.progress``: raising ImportCancelled there keeps the batches written)."""
    result = ImportResult()
    with open_table(path) as (headers, rows):
        mapping = mapping if mapping is not None else detect_mapping(headers)
        if not headers or not usable(mapping):
            result.skip(translate("ContactsImport", "line {line}").format(line=1),
                        translate("ContactsImport", "The columns of this CSV file were not recognised as contacts; "
                                                    "nothing was imported. Map the columns in the import dialog."))
            return result
        total = count_rows(path) if progress is not None else None

        def records():
            for number, row in enumerate(rows, start=2):
                data = row_to_data(row, mapping)
                name = "" if isinstance(data, str) else data.name()
                place = translate("ContactsImport", "line {line}").format(line=number) + (f" ({name})" if name else "")
                yield [(place, data)]

        return batched.write(records(), result, progress=progress, total=total)


# --- export -------------------------------------------------------------------------------------------------
EXPORT_HEADERS = ["First Name", "Last Name", "Display Name", "Organisation", "Job Title", "Department", "Birthday",
                  "Notes", "Groups", "Favourite", "VIP", "UID"]


def safe(cell: str) -> str:
    """A cell a spreadsheet will show as text, never run as a formula."""
    return "'" + cell if cell.startswith(_FORMULA_START) else cell


def _most(table: str, ids: list[int] | None) -> int:
    """The most rows of ``table`` (phones, e-mails, addresses) one exported contact has: its CSV slots."""
    from opsassistant.db.models import database

    sql = (f"SELECT coalesce(max(n), 0) FROM (SELECT count(*) AS n FROM {table} t JOIN contact c "
           f"ON c.id = t.contact_id WHERE c.deleted_at IS NULL{{where}} GROUP BY t.contact_id)")
    if ids is None:
        return database.execute_sql(sql.format(where="")).fetchone()[0]
    most = 0
    for start in range(0, len(ids), 900):
        part = list(ids[start:start + 900])
        where = f" AND c.id IN ({', '.join('?' * len(part))})"
        most = max(most, database.execute_sql(sql.format(where=where), part).fetchone()[0])
    return most


def export_file(path: Path | str, ids: list[int] | None = None) -> int:
    """Write live contacts (or ``ids``) as CSV, a chunk of contacts at a time; returns how many were written."""
    from opsassistant.interop.vcard import NO_YEAR, iter_export_data

    n_phones = _most("contact_phone", ids)
    n_emails = _most("contact_email", ids)
    n_addresses = _most("contact_address", ids)
    headers = list(EXPORT_HEADERS)
    for i in range(1, n_phones + 1):
        headers += [f"Phone {i} - Type", f"Phone {i} - Value"]
    for i in range(1, n_emails + 1):
        headers += [f"E-mail {i} - Type", f"E-mail {i} - Value"]
    for i in range(1, n_addresses + 1):
        headers += [f"Address {i} - Type", f"Address {i} - Street", f"Address {i} - Postal Code",
                    f"Address {i} - City", f"Address {i} - Region", f"Address {i} - Country"]
    count = 0
    with atomic_text(path, encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, quoting=csv.QUOTE_MINIMAL)
        writer.writerow(headers)
        for c in iter_export_data(ids):
            birthday = ""
            if c.birthday:
                birthday = f"--{c.birthday:%m-%d}" if c.birthday.year == NO_YEAR else c.birthday.isoformat()
            row = [c.first_name, c.last_name, c.display_name, c.organisation, c.title, c.department, birthday,
                   c.notes, " ::: ".join(c.groups), "1" if c.favourite else "", "1" if c.vip else "", c.uid or ""]
            for i in range(n_phones):
                p = c.phones[i] if i < len(c.phones) else None
                row += [(p.label or p.kind) if p else "", p.typed if p else ""]
            for i in range(n_emails):
                e = c.emails[i] if i < len(c.emails) else None
                row += [e.kind if e else "", e.address if e else ""]
            for i in range(n_addresses):
                a = c.addresses[i] if i < len(c.addresses) else None
                row += [a.kind, a.street, a.postcode, a.city, a.region, a.country] if a else [""] * 6
            writer.writerow([safe(str(cell)) for cell in row])
            count += 1
    return count
