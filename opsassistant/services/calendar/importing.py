"""Writing imported events: one batch at a time, one IMMEDIATE transaction per batch.

The reader (interop/ical.py) hands over parsed events — objects with ``row`` (the Event fields), ``uid``,
``recurrence_id``, ``sequence``, ``modified``, ``line``, ``principals`` and ``attendees``. Under the write lock the
batch reads what is stored for its UIDs (so it never decides on a stale snapshot), lets the reader apply what the
file says about its series (``prepare``), and writes: a known (UID, RECURRENCE-ID) is updated unless the calendar
holds a newer SEQUENCE, the rest is inserted; overrides whose master is stored link to it, and overrides stored
earlier without their master join it when it arrives. A batch that cannot get the lock is retried from the start,
reading again; the batches before it stay committed.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from zoneinfo import ZoneInfo

from opsassistant.db.errors import BusyError, from_sqlite
from opsassistant.db.fields import utc_text
from opsassistant.db.models import database
from opsassistant.db.models.base import utcnow
from opsassistant.i18n.messages import translate
from opsassistant.services.calendar import store

RETRIES = 3  # a batch that finds the database busy for the whole busy timeout is tried this many times

# prepare(events, stored_all_day, load) → the events to write (the reader's series rules applied to this batch);
# load(events) gives the stored events those rules need beside the batch (StoredEvent), once its keys are aligned.
Prepare = Callable[[list, dict[str, bool], Callable[[list], list]], list]


@dataclass
class ImportState:
    """What one import carries from batch to batch."""

    principal_id: int | None = None
    principals: dict[str, int] = field(default_factory=dict)
    # (UID, RECURRENCE-ID) → (SEQUENCE, LAST-MODIFIED) of what this import wrote: a later copy in the file wins
    # as it does within a batch (RFC 5546 §2.1.5), an older one is dropped without a report, none counts twice.
    written: dict[tuple[str, str | None], tuple[int, str]] = field(default_factory=dict)

    @classmethod
    def start(cls, principal_id: int | None) -> ImportState:
        return cls(principal_id if principal_id is not None else store.executive_id(), store.principal_ids())


def _line(number: int) -> str:
    return translate("ICalImport", "line %1").replace("%1", str(number))


def write_batch(events: list, result, state: ImportState, prepare: Prepare) -> None:
    """Write one batch in its own transaction; counts and notes go into ``result`` (an interop ImportResult)."""
    for attempt in range(RETRIES):
        skipped, imported, updated = len(result.skipped), result.imported, result.updated
        written = dict(state.written) if attempt < RETRIES - 1 else state.written
        try:
            with database.atomic():
                _write(_copies(events), result, state, prepare)
            return
        except BaseException as exc:
            del result.skipped[skipped:]  # nothing of this batch landed: forget what it counted
            result.imported, result.updated = imported, updated
            state.written = written
            if not isinstance(from_sqlite(exc), BusyError) or attempt == RETRIES - 1:
                raise


def _copies(events: list) -> list:
    """The reader's rules change the events in place; a retried batch starts again from what was read."""
    out = []
    for event in events:
        twin = object.__new__(type(event))  # copy.copy, without its __reduce_ex__ round trip
        twin.__dict__.update(event.__dict__)
        twin.row = dict(event.row)
        out.append(twin)
    return out


@dataclass
class StoredEvent:
    """A stored event handed to the reader's series rules beside a batch, shaped as the reader's parsed events: an
    override further after its master than one batch sees the same master (its EXDATEs, SEQUENCE, rule) as one
    in its batch would. Only what those rules change in it is written back, uncounted."""

    id: int
    row: dict
    uid: str
    recurrence_id: str | None
    sequence: int
    modified: str = ""
    line: int = 0
    this_and_future: bool = False
    start_moment: object = None
    rid_moment: object = None
    principals: list = field(default_factory=list)
    attendees: list = field(default_factory=list)
    stored: bool = True  # the reader reports nothing about it (it was read, and reported, by an earlier batch)
    original: dict = field(default_factory=dict)
    key: tuple = ()


_KEPT = ("id", "uid", "change_count", "created_at", "updated_at", "deleted_at")


def _stored(events: list, state: ImportState) -> list[StoredEvent]:
    """The stored masters of the batch's overrides whose master is not in the batch, and — for a THISANDFUTURE
    split — the stored overrides of that series the batch does not carry."""
    present = {e.uid for e in events if e.recurrence_id is None}
    keys = {(e.uid, e.recurrence_id) for e in events}
    loose = {e.uid for e in events if e.recurrence_id is not None and e.uid not in present}
    if not loose:
        return []
    splitting = {e.uid for e in events if e.this_and_future and e.uid in loose}
    out = []
    for record in store.stored_series(loose, splitting):
        if (record.uid, record.recurrence_id) in keys:
            continue
        row = {name: value for name, value in record._asdict().items() if name not in _KEPT}
        start = record.start_date if record.all_day else \
            record.start_utc.astimezone(ZoneInfo(record.start_timezone or "UTC"))
        rank = state.written.get((record.uid, record.recurrence_id), (record.sequence or 0, ""))
        out.append(StoredEvent(record.id, row, record.uid, record.recurrence_id, rank[0], rank[1],
                               start_moment=start, original=dict(row), key=(record.uid, record.recurrence_id)))
    return out


def _write_back(stored: list[StoredEvent], series_ids: dict[str, int]) -> list[dict]:
    """What the series rules changed in the stored events: a master's rule and dates, an override moved to the
    series split off (its UID, key and master)."""
    rows = []
    for event in stored:
        changed = {name: value for name, value in event.row.items() if event.original.get(name) != value}
        if event.recurrence_id is not None and (event.uid, event.recurrence_id) != event.key:
            changed.update(uid=event.uid, recurrence_id=event.recurrence_id, series=series_ids.get(event.uid))
        if changed:
            rows.append(dict(changed, id=event.id))
    return rows


def _write(events: list, result, state: ImportState, prepare: Prepare) -> None:
    existing, stored_all_day = store.existing(e.uid for e in events)
    uids = {e.uid for e in events}
    events = prepare(events, stored_all_day, lambda batch: _stored(batch, state))
    stored = [e for e in events if isinstance(e, StoredEvent)]
    events = [e for e in events if not isinstance(e, StoredEvent)]
    existing.update(store.existing({e.uid for e in events} - uids)[0])  # the series THISANDFUTURE made
    contacts = store.contact_ids(a["email"].casefold() for e in events for a in e.attendees if a["email"])
    now = utc_text(utcnow())
    masters = [e for e in events if e.recurrence_id is None]
    overrides = [e for e in events if e.recurrence_id is not None]
    links, attendees, replaced, new_rows, changed_rows = [], [], [], [], []
    next_id = store.next_id()
    series_ids: dict[str, int] = {}
    people = state.principals
    for group in (masters, overrides):
        for parsed in group:
            row = parsed.row
            row["updated_at"], row["long_span"] = now, store.long_span(row)
            key = (parsed.uid, parsed.recurrence_id)
            if parsed.recurrence_id is not None:
                found = existing.get((parsed.uid, None))
                series = series_ids.get(parsed.uid) or (found[0] if found else None)
                # No master (an invitation to one instance): kept as a single event with its RECURRENCE-ID,
                # linked to its series when that arrives (store.link_orphans).
                row.update(series=series, recurrence_id=parsed.recurrence_id, rrule="", series_until_utc=None)
            rank = (parsed.sequence, parsed.modified)
            earlier = state.written.get(key)
            if key in existing:
                event_id, stored_sequence = existing[key]
                if earlier is not None and rank < earlier:  # an older copy later in the same file
                    if parsed.recurrence_id is None:
                        series_ids[parsed.uid] = event_id
                    continue
                if earlier is None and parsed.sequence < stored_sequence:
                    result.note(_line(parsed.line), translate(
                        "ICalImport", "The calendar already has a newer revision (SEQUENCE) of this event; "
                                      "it was kept."))
                    if parsed.recurrence_id is None:
                        series_ids[parsed.uid] = event_id
                    continue
                changed_rows.append(dict(row, id=event_id))
                replaced.append(event_id)
                if earlier is None:
                    result.updated += 1
            else:
                event_id = next_id
                next_id += 1
                row["id"], row["uid"], row["created_at"] = event_id, parsed.uid, now
                new_rows.append(row)
                result.imported += 1
            state.written[key] = rank
            if parsed.recurrence_id is None:
                series_ids[parsed.uid] = event_id
            wanted = [people[n.casefold()] for n in parsed.principals if n.casefold() in people]
            if not wanted and state.principal_id is not None:
                wanted = [state.principal_id]
            links += [(event_id, p) for p in dict.fromkeys(wanted)]
            attendees += [(event_id, contacts.get(a["email"].casefold()), a["name"], a["email"], a["status"])
                          for a in parsed.attendees]
    store.insert(new_rows)
    store.update(changed_rows + _write_back(stored, series_ids))
    store.link_orphans(series_ids)
    store.replace_people(replaced, links, attendees)




def stored_masters(uids: set[str]) -> set[str]:
    """The UIDs that have a master in the calendar already (an override of theirs can be written at once)."""
    return store.stored_masters(uids)


__all__ = ["ImportState", "stored_masters", "write_batch"]
