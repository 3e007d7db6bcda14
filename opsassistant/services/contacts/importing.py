"""Writing imported contacts: re-importing the same file updates, never duplicates.

A record is matched on UID first, then on a shared number or e-mail *plus* a similar name. The file is written
in batches of ``BATCH`` records, each one IMMEDIATE transaction, so another program (a softphone's ``log-call``,
the open window) gets its turn between batches instead of waiting for the whole file. Each batch reads its match
keys once *after* taking the write lock (so it never matches against a stale snapshot), matches every record in
memory (a later record finds an earlier one; earlier batches are committed and read back), and writes only new or
really changed contacts, one executemany per table. If that bulk write fails, it is redone record by record, each
in its own savepoint, so a broken record is reported and skipped while the good ones land. A batch that cannot get
the lock is retried from the start, reading again; a storage failure (lock, disk full, damage) is never reported
as a skipped record: it stops the import with the batches before it kept, which a re-import completes.
"""

from __future__ import annotations

import time
import uuid
from collections.abc import Iterable
from dataclasses import replace

from opsassistant.db.errors import BusyError, from_sqlite
from opsassistant.db.models import database
from opsassistant.gcpause import paused_gc
from opsassistant.i18n.messages import translate
from opsassistant.interop.progress import ImportCancelled, ProgressCallback, report
from opsassistant.services import regions
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
    """The incoming record wins where it has a value; numbers, e-mails, addresses and groups are combined
    (as ``merge.combined`` with every filled field taken from the incoming record)."""
    values = {f: getattr(incoming, f) or getattr(existing, f) for f in _SCALARS}
    phones, numbers = [], set()
    for phone in existing.phones + incoming.phones:
        parsed = parse_number(phone.typed)  # cached: the same numbers come back on every re-import
        key = parsed.e164 or parsed.digits or phone.typed
        if key not in numbers:
            numbers.add(key)
            phones.append(phone)
    emails, addresses_seen = [], set()
    for email in existing.emails + incoming.emails:
        if email.address.lower() not in addresses_seen:
            addresses_seen.add(email.address.lower())
            emails.append(email)
    addresses = list(existing.addresses)
    for address in incoming.addresses:
        if all(replace(address, kind=a.kind) != a for a in addresses):
            addresses.append(address)
    return replace(existing, **values, phones=phones, emails=emails, addresses=addresses,
                   groups=list(dict.fromkeys(existing.groups + incoming.groups)), uid=existing.uid or incoming.uid,
                   favourite=incoming.favourite or existing.favourite, vip=incoming.vip or existing.vip)


_SCALARS = ("first_name", "last_name", "display_name", "organisation", "title", "department", "birthday", "notes",
            "name_prefix", "name_suffix", "extra")
_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def _sql_lower(text: str) -> str:
    """SQLite's lower(): ASCII letters only."""
    return text.translate(_ASCII_LOWER)


def _chunks(values: list, size: int = 900):
    for start in range(0, len(values), size):
        yield values[start:start + size]


class _Matcher:
    """``find_existing`` for a whole file: the UIDs, numbers and e-mails of the file are looked up once, and
    every record written during the import is added, so a later record finds an earlier one."""

    def __init__(self, records: list[ContactData]):
        self.by_uid: dict[str, int] = {}
        self.by_e164: dict[str, list[int]] = {}
        self.by_email: dict[str, list[int]] = {}
        self.names: dict[int, str] = {}  # live contacts: id → display_name as stored
        cursor = database.cursor()
        uids = sorted({d.uid for d in records if d.uid})
        for chunk in _chunks(uids):
            for contact_id, uid in cursor.execute(
                    f"SELECT id, uid FROM contact WHERE +deleted_at IS NULL AND uid IN ({_marks(chunk)}) "
                    f"ORDER BY id DESC", chunk).fetchall():
                self.by_uid[uid] = contact_id  # the lowest id wins, as LIMIT 1 on the uid index does
        self.home = regions.home_region()
        self.keys = [editing.number_keys(d, self.home) for d in records]  # each record's, in order
        keys = {k for record_keys in self.keys for k in record_keys}
        for chunk in _chunks(sorted(k for k in keys if not k.startswith("#"))):
            for e164, contact_id in cursor.execute(
                    f"SELECT e164, contact_id FROM contact_phone WHERE e164 IN ({_marks(chunk)})", chunk).fetchall():
                self.by_e164.setdefault(e164, []).append(contact_id)
        for chunk in _chunks(sorted(k[1:] for k in keys if k.startswith("#"))):  # numbers that do not validate
            for digits, contact_id in cursor.execute(
                    f"SELECT digits, contact_id FROM contact_phone WHERE e164 IS NULL AND digits IN ({_marks(chunk)})",
                    chunk).fetchall():
                self.by_e164.setdefault("#" + digits, []).append(contact_id)
        emails = sorted({e.address.lower() for d in records for e in d.emails})
        for chunk in _chunks(emails):
            for address, contact_id in cursor.execute(
                    f"SELECT lower(address), contact_id FROM contact_email WHERE lower(address) IN ({_marks(chunk)})",
                    chunk).fetchall():
                self.by_email.setdefault(address, []).append(contact_id)
        candidates = sorted({*self.by_uid.values(), *(i for ids in self.by_e164.values() for i in ids),
                             *(i for ids in self.by_email.values() for i in ids)})
        for chunk in _chunks(candidates):
            self.names.update(cursor.execute(
                f"SELECT id, display_name FROM contact WHERE deleted_at IS NULL AND id IN ({_marks(chunk)})",
                chunk).fetchall())

    def find(self, data: ContactData, keys: list[str] | None = None) -> int | None:
        """``keys``: ``number_keys`` of ``data``, when the caller has them."""
        if data.uid and data.uid in self.by_uid:
            return self.by_uid[data.uid]
        candidates: set[int] = set()
        for key in editing.number_keys(data, self.home) if keys is None else keys:
            candidates.update(self.by_e164.get(key, ()))
        for email in data.emails:
            candidates.update(self.by_email.get(email.address.lower(), ()))
        if not candidates:
            return None
        name = data.name()
        for contact_id in sorted(candidates):
            display = self.names.get(contact_id)
            if display is not None and similar_names(display, name):
                return contact_id
        return None

    def add(self, contact_id: int, data: ContactData, keys: list[str] | None = None, name: str | None = None) -> None:
        """``data`` (cleaned) is now what contact ``contact_id`` holds; ``keys`` and ``name``: its
        ``number_keys`` and ``name()``, when the caller has them."""
        if data.uid:
            self.by_uid.setdefault(data.uid, contact_id)
        for key in editing.number_keys(data, self.home) if keys is None else keys:
            if contact_id not in self.by_e164.setdefault(key, []):
                self.by_e164[key].append(contact_id)
        for email in data.emails:
            ids = self.by_email.setdefault(_sql_lower(email.address), [])
            if contact_id not in ids:
                ids.append(contact_id)
        self.names[contact_id] = data.name() if name is None else name


def _marks(values: list) -> str:
    return ", ".join("?" * len(values))


def _bulk(records: list[ContactData]) -> tuple[int, int]:
    """Match and write every record; only contacts whose data really changes are rewritten."""
    matcher = _Matcher(records)
    stored = editing.snapshots(sorted(matcher.names))  # what the matched contacts hold now
    raw_names = dict(matcher.names)
    cursor = database.cursor()
    cursor.execute("UPDATE contact SET id = id WHERE 0")  # take the write lock before choosing ids
    next_id = (cursor.execute("SELECT max(id) FROM contact").fetchone()[0] or 0) + 1
    final: dict[int, ContactData] = {}  # contact id → cleaned data to write
    new_ids: set[int] = set()
    unformed: dict[int, ContactData] = {}  # new contacts' data: its stored form made when a later record matches
    imported = updated = 0

    def form_of(contact_id: int) -> None:
        if contact_id in unformed:
            made = unformed.pop(contact_id)
            stored[contact_id] = editing.stored_form(made, made.uid)

    for data, keys in zip(records, matcher.keys, strict=True):
        contact_id = matcher.find(data, keys)
        if contact_id is None:  # new: always written; the same numbers and addresses, so the same keys
            contact_id, next_id = next_id, next_id + 1
            data = editing.copied(data, uid=data.uid or str(uuid.uuid4()))
            new_ids.add(contact_id)
            imported += 1
            final[contact_id] = unformed[contact_id] = data
            raw_names[contact_id] = name = data.name()
            matcher.add(contact_id, data, keys, name)
            continue
        form_of(contact_id)
        data = updated_data(stored[contact_id], data).cleaned()
        updated += 1
        form = editing.stored_form(data, data.uid)  # no uid in either: the stored one stays None too
        name = data.name()
        if contact_id in new_ids or form != stored.get(contact_id) or name != raw_names.get(contact_id):
            final[contact_id] = data
        stored[contact_id], raw_names[contact_id] = form, name
        matcher.add(contact_id, data, name=name)
    editing.write_many(list(final.items()), new_ids, group_ids={})
    return imported, updated


def _one_by_one(records: list[tuple[str, ContactData]], result) -> None:
    """The careful path: each record in its own savepoint, so a record the database refuses is reported and
    skipped while the others land (used when the bulk write fails)."""
    cursor = database.cursor()
    for place, data in records:
        cursor.execute("SAVEPOINT contact_import")
        try:
            existing = find_existing(data)
            if existing is None:
                editing._write(data, None)
                result.imported += 1
            else:
                editing._write(updated_data(editing.snapshot(existing), data).cleaned(), existing)
                result.updated += 1
        except Exception as exc:  # noqa: BLE001 - one bad record never stops the good ones
            if from_sqlite(exc) is not None:
                raise  # the lock, the disk or the file failed, not this record: stop, keep nothing of the batch
            cursor.execute("ROLLBACK TO contact_import")
            result.skip(place, translate("ContactsImport", "Could not be saved: {error}").format(error=exc))
        cursor.execute("RELEASE contact_import")



def apply(items: Iterable[Item], result, *, progress: ProgressCallback | None = None, gap: Gap | None = None):
    """Write the items in batches; counts and skips go into ``result`` (an interop ImportResult).

    ``progress(done, total)`` is called before the first batch and after each committed one; when it raises
    ImportCancelled the committed batches stay and the exception leaves with ``result`` (interop.progress).
    ``gap``: the import's pause between batches, when its batches come in several calls (``interop.batched``)."""
    gap = gap or Gap()
    with paused_gc():
        records: list[tuple[str, ContactData]] = []
        for place, data in items:
            if isinstance(data, str):
                result.skip(place, data)
                continue
            data = data.cleaned()
            errors = editing.validate(data)
            if errors:
                result.skip(place, next(iter(errors.values())))
                continue
            records.append((place, data))
        try:
            report(progress, 0, len(records))
            for start in range(0, len(records), BATCH):
                gap.wait()
                _write_batch(records[start:start + BATCH], result)
                gap.committed()
                report(progress, min(start + BATCH, len(records)), len(records))
        except ImportCancelled as cancelled:
            cancelled.result = result
            raise
    return result


BATCH = 2000  # records per transaction: about a tenth of a second of holding the write lock
# Between batches the lock is left free this long: SQLite's busy handler sleeps up to 100 ms between tries, so
# without the pause a waiting writer would sleep through every gap and starve until its timeout.
PAUSE = 0.12


class Gap:
    """The write lock left free for :data:`PAUSE` between an import's batches, counted from the commit: the work
    done meanwhile without the lock (reading, cleaning and checking the next batch) is part of the pause, not
    added to it. Before the first batch nothing is waited for."""

    def __init__(self) -> None:
        self.committed_at: float | None = None

    def wait(self) -> None:
        if self.committed_at is not None:
            left = PAUSE - (time.monotonic() - self.committed_at)
            if left > 0:
                time.sleep(left)

    def committed(self) -> None:
        self.committed_at = time.monotonic()


RETRIES = 3  # a batch that finds the database busy for the whole busy timeout is tried this many times


def _write_batch(records: list[tuple[str, ContactData]], result) -> None:
    try:
        for attempt in range(RETRIES):
            try:
                _write_batch_once(records, result)
                return
            except Exception as exc:
                if not isinstance(from_sqlite(exc), BusyError) or attempt == RETRIES - 1:
                    raise
    finally:
        # The parsed-number cache serves one batch (matching, merging and writing parse each number several
        # times); kept across batches it would grow with the file (65536 entries, ~30 MB) for no gain, since
        # every card of a file has numbers of its own.
        parse_number.cache_clear()


def _write_batch_once(records: list[tuple[str, ContactData]], result) -> None:
    """One IMMEDIATE transaction: read the match keys under the write lock, then write."""
    skipped = len(result.skipped)
    imported, updated = result.imported, result.updated
    try:
        # No savepoint around the bulk write: under an open savepoint every row's statement journal (the sync
        # triggers make each row need one) is truncated by walking SQLite's in-memory sub-journal, which holds
        # every page the batch changed, from its start: 0.3-0.5 ms a row, growing with the file. A failed bulk
        # write rolls the whole transaction back instead (and begins it again) before the careful path.
        with database.atomic() as transaction:
            try:
                bulk = _bulk([data for _, data in records])
            except Exception as exc:  # noqa: BLE001 - redo record by record to find and report the bad one
                if from_sqlite(exc) is not None:
                    raise
                transaction.rollback()
                _one_by_one(records, result)
            else:
                result.imported += bulk[0]
                result.updated += bulk[1]
    except BaseException:
        del result.skipped[skipped:]  # nothing of this batch landed: forget what it counted
        result.imported, result.updated = imported, updated
        raise
