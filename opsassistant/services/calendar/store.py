"""The calendar's bulk data layer: the one place that writes the event tables in bulk (imports, stored UIDs) and
reads them in chunks for export.

Rows go in as plain dicts of Python values (the fields of ``Event``) and come out as frozen records (named tuples
with the same attribute names as ``Event``). Every write bumps the row's ``change_count`` — a new row starts at 1,
as ``Event.save`` makes it — so sync and the occurrence index see each change. Callers hold the transaction: these
functions never begin or commit one.
"""

from __future__ import annotations

import json
import sqlite3
import uuid
from collections import namedtuple
from collections.abc import Iterable, Iterator
from datetime import UTC, date, datetime

from peewee import SQL, BooleanField, DateField, Field, ForeignKeyField, NodeList, fn

from opsassistant.db.fields import JSONListField, UTCDateTimeField, utc_text
from opsassistant.db.models import Event, EventPrincipal, Principal, database
from opsassistant.db.models.calendar import LONG_SPAN
from opsassistant.services.calendar.bulk_journal import journalled

_IN = 900  # values per IN (...) list: under SQLite's 999 host parameters


def chunks(items: list, size: int = _IN) -> Iterator[list]:
    for index in range(0, len(items), size):
        yield items[index:index + size]


def _marks(values: list) -> str:
    return ", ".join("?" * len(values))


# --- reads for an import ----------------------------------------------------------------------------------------

def existing(uids: Iterable[str]) -> tuple[dict[tuple[str, str | None], tuple[int, int]], dict[str, bool]]:
    """(UID, RECURRENCE-ID) → (id, SEQUENCE) of every live event with one of ``uids``, and whether each stored
    master is all-day."""
    found, all_day = {}, {}
    for chunk in chunks(sorted(set(uids))):
        sql = (f"SELECT id, uid, recurrence_id, sequence, all_day FROM event WHERE +deleted_at IS NULL "
               f"AND uid IN ({_marks(chunk)})")
        for event_id, uid, rid, sequence, is_all_day in database.execute_sql(sql, chunk).fetchall():
            found[(uid, rid)] = (event_id, sequence or 0)
            if rid is None:
                all_day[uid] = bool(is_all_day)
    return found, all_day


def stored_masters(uids: Iterable[str]) -> set[str]:
    """The UIDs among ``uids`` that have a live master (a row without RECURRENCE-ID)."""
    found: set[str] = set()
    for chunk in chunks(sorted(set(uids))):
        sql = (f"SELECT uid FROM event WHERE +deleted_at IS NULL AND recurrence_id IS NULL "
               f"AND uid IN ({_marks(chunk)})")
        found.update(uid for (uid,) in database.execute_sql(sql, chunk).fetchall())
    return found


def stored_series(masters: Iterable[str], overrides: Iterable[str]) -> list:
    """The live masters with a UID in ``masters`` and the live overrides with one in ``overrides``, as frozen
    records (an import applies a late override's series rules to them as if they were in its batch)."""
    out = []
    for wanted, test in ((masters, "IS NULL"), (overrides, "IS NOT NULL")):
        for chunk in chunks(sorted(set(wanted))):
            out += _records(_SELECT + f'WHERE +"deleted_at" IS NULL AND "recurrence_id" {test} '
                            f'AND "uid" IN ({_marks(chunk)}) ORDER BY "id"', chunk)
    return out


def contact_ids(emails: Iterable[str]) -> dict[str, int]:
    """Case-folded e-mail address → contact id, for the attendees of an import."""
    found = {}
    for chunk in chunks(sorted(set(emails))):
        sql = f"SELECT address, contact_id FROM contact_email WHERE address IN ({_marks(chunk)})"
        for address, contact_id in database.execute_sql(sql, chunk).fetchall():
            found[address.casefold()] = contact_id
    return found


def principal_ids() -> dict[str, int]:
    """Case-folded name → id of every live principal (X-OPSASSISTANT-PRINCIPALS names them)."""
    return {p.name.casefold(): p.id for p in Principal.alive()}


def executive_id() -> int | None:
    first = Principal.alive().where(Principal.role == "executive").order_by(Principal.position).first()
    return first.id if first else None


def next_id() -> int:
    """The first free event id; take the write lock first (an IMMEDIATE transaction has it)."""
    return (database.execute_sql("SELECT max(id) FROM event").fetchone()[0] or 0) + 1


# --- writes -----------------------------------------------------------------------------------------------------

def long_span(row: dict) -> bool:
    if row["all_day"]:
        return (row["end_date"] - row["start_date"]) > LONG_SPAN
    return (row["end_utc"] - row["start_utc"]) > LONG_SPAN


ROWS_PER_INSERT = 500  # rows of one multi-row INSERT (see insert)


def _rows_per_statement(columns: int) -> int:
    """How many rows of ``columns`` values one statement may bind (SQLite's host-parameter limit)."""
    try:
        limit = database.connection().getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER)
    except (AttributeError, sqlite3.Error):  # getlimit is Python 3.11+
        limit = 999
    return max(1, min(ROWS_PER_INSERT, limit // columns))


def insert(rows: list[dict]) -> None:
    """New events (each dict has its ``id``), in id order, each column converted by a small function chosen once
    per column (Peewee's per-value ``db_value`` dispatch cost more than the INSERT).

    Written as multi-row ``INSERT … VALUES (…), (…)`` statements of up to :data:`ROWS_PER_INSERT` rows, not one
    executemany of single rows: every statement opens a statement savepoint, and at each one FTS5 flushes what
    the ``event_fts_ai`` trigger has gathered into a segment of its own (a segment per row, merged again and
    again). One statement per few hundred rows made the insert of 50k events about half as costly; the rows,
    the triggers' work and its order are the same."""
    if not rows:
        return
    present = set().union(*(row.keys() for row in rows)) - {"change_count"}
    fields = [f for f in Event._meta.sorted_fields if f.name in present]
    constants = [f for f in Event._meta.sorted_fields if f.name not in present and f.name != "change_count"]
    columns = [f.column_name for f in fields + constants] + ["change_count"]
    head = f'INSERT INTO "event" ({", ".join(chr(34) + c + chr(34) for c in columns)}) VALUES '
    one = f'({", ".join("?" for _ in columns)})'
    tail = [f.db_value(f.default() if callable(f.default) else f.default) for f in constants] + [1]
    names = [f.name for f in fields]
    # Only the columns whose values need converting are visited one by one; the rest are taken as they are.
    plan = [(index, convert) for index, f in enumerate(fields) if (convert := _converter(f)) is not _same]
    size = _rows_per_statement(len(columns))
    cursor = database.cursor()
    with journalled("event"):
        _insert_rows(cursor, rows, names, plan, tail, head, one, size)


def _insert_rows(cursor, rows: list[dict], names: list[str], plan: list, tail: list, head: str, one: str,
                 size: int) -> None:
    for start in range(0, len(rows), size):
        values: list = []
        part = rows[start:start + size]
        for row in part:
            own = list(map(row.get, names))
            for index, convert in plan:
                own[index] = convert(own[index])
            values += own
            values += tail
        cursor.execute(head + ", ".join([one] * len(part)), values)


def copy_events(first_id: int, last_id: int, offset: int, cut: int, suffix: str) -> int:
    """Copies of the events ``first_id``…``last_id`` whose series (or own id) is below ``cut``: ids moved by
    ``offset``, ``suffix`` added to each UID, principals and attendees copied with them; returns the rows copied.
    For the benchmark's seeder (devtools/bench_calendar), which makes a large calendar from a real-shaped one;
    the triggers keep the search and occurrence indexes as for any write."""
    columns = [row[1] for row in database.execute_sql("PRAGMA table_info(event)").fetchall()]
    shifted = {"id": "id + ?1", "uid": "uid || ?2", "series_id": "series_id + ?1"}
    select = ", ".join(shifted.get(name, f'"{name}"') for name in columns)
    names = ", ".join(f'"{name}"' for name in columns)
    window = "id BETWEEN ?3 AND ?5 AND coalesce(series_id, id) < ?4"
    args = (offset, suffix, first_id, cut, last_id)
    copied = database.execute_sql(f"INSERT INTO event ({names}) SELECT {select} FROM event WHERE {window}",
                                  args).rowcount
    for table, cols in (("event_principal", ("event_id", "principal_id")),
                        ("event_attendee", ("event_id", "contact_id", "name", "email", "status"))):
        database.execute_sql(f"INSERT INTO {table} ({', '.join(cols)}) SELECT event_id + ?1, {', '.join(cols[1:])} "
                             f"FROM {table} WHERE event_id IN (SELECT id FROM event WHERE {window})", args)
    return copied


def update(rows: list[dict]) -> None:
    """Changed events (each dict has its ``id``): one executemany per shape of row, each bumping the counter."""
    groups: dict[tuple[str, ...], list[dict]] = {}
    for row in rows:
        groups.setdefault(tuple(name for name in row if name not in ("id", "change_count")), []).append(row)
    for names, members in groups.items():
        fields = [Event._meta.fields[name] for name in names]
        sets = ", ".join(f'"{f.column_name}" = ?' for f in fields)
        sql = f'UPDATE "event" SET {sets}, "change_count" = "change_count" + 1 WHERE "id" = ?'
        plan = [(f.name, _converter(f)) for f in fields]
        values = [[convert(row[name]) for name, convert in plan] + [row["id"]] for row in members]
        database.cursor().executemany(sql, values)


def link_orphans(series_ids: dict[str, int]) -> None:
    """Overrides stored earlier without their master (series_id NULL) join the series that has now arrived.

    The UIDs that have such an override are looked up first, a few hundred per query: an UPDATE per master of
    a large import (nearly all of them with nothing to link) cost more than the rest of the batch's writes."""
    orphaned: set[str] = set()
    for chunk in chunks(list(series_ids)):
        sql = (f"SELECT DISTINCT uid FROM event WHERE uid IN ({_marks(chunk)}) AND +recurrence_id IS NOT NULL "
               f"AND +series_id IS NULL AND +deleted_at IS NULL")  # by the uid index only
        orphaned.update(uid for (uid,) in database.execute_sql(sql, chunk).fetchall())
    if not orphaned:
        return
    database.cursor().executemany(
        "UPDATE event SET series_id = ?, change_count = change_count + 1 WHERE uid = ? "
        "AND recurrence_id IS NOT NULL AND series_id IS NULL AND deleted_at IS NULL",
        [(event_id, uid) for uid, event_id in series_ids.items() if uid in orphaned])


def replace_people(replaced: list[int], links: list[tuple[int, int]], attendees: list[tuple]) -> None:
    """The principals and attendees of the events just written: the old ones of ``replaced`` go first."""
    cursor = database.cursor()
    cursor.executemany("DELETE FROM event_principal WHERE event_id = ?", [(i,) for i in replaced])
    cursor.executemany("DELETE FROM event_attendee WHERE event_id = ?", [(i,) for i in replaced])
    if links:
        with journalled("event_principal"):
            cursor.executemany("INSERT INTO event_principal (event_id, principal_id) VALUES (?, ?)", links)
    if attendees:
        with journalled("event_attendee"):
            cursor.executemany("INSERT INTO event_attendee (event_id, contact_id, name, email, status) "
                               "VALUES (?, ?, ?, ?, ?)", attendees)


def store_uids(pairs: list[tuple[int, str]]) -> None:
    """(id, uid): UIDs made for events that had none (so every later export names them the same)."""
    if not pairs:
        return
    with database.atomic():
        database.cursor().executemany("UPDATE event SET uid = ?, change_count = change_count + 1 WHERE id = ?",
                                      [(uid, event_id) for event_id, uid in pairs])


def _utc_value(value):
    if value is None or isinstance(value, str):
        return value
    if value.tzinfo is not UTC:  # the reader hands in UTC moments already: no conversion for them
        if value.tzinfo is None:
            raise ValueError("naive datetime given where a UTC moment is required")
        value = value.astimezone(UTC)
    return value.isoformat(" ", "seconds")[:19] if value.year >= 1000 else utc_text(value)


def _json_value(value) -> str:
    return json.dumps(list(value), ensure_ascii=False) if value else "[]"


def _date_value(value):
    return value.isoformat() if isinstance(value, date) else value


def _bool_value(value):
    return None if value is None else int(bool(value))


def _same(value):
    return value


def _plain(value):
    return value.id if hasattr(value, "id") and not isinstance(value, int) else value


def _converter(f: Field):
    if isinstance(f, UTCDateTimeField):
        return _utc_value
    if isinstance(f, JSONListField):
        return _json_value
    if isinstance(f, BooleanField):
        return _bool_value
    if isinstance(f, DateField):
        return _date_value
    if isinstance(f, ForeignKeyField):
        return _plain
    return _same


# --- reads for an export ----------------------------------------------------------------------------------------



_ALIVE = NodeList((SQL("+"), Event.deleted_at)).is_null()  # never by the deleted_at index (every live row)


def export_query(principal_id: int | None, start: datetime | None, end: datetime | None):
    """The live masters and single events of one principal (or all) that reach [start, end], oldest first.

    The unary ``+`` keeps SQLite off the deleted_at and series indexes, so the rows come in the order of the
    start_utc index instead of being sorted in memory (a temporary B-tree of every row: not flat)."""
    query = Event.select().where(_ALIVE, NodeList((SQL("+"), Event.series)).is_null())
    if principal_id is not None:
        query = query.where(NodeList((SQL("+"), Event.id)).in_(
            EventPrincipal.select(EventPrincipal.event).where(EventPrincipal.principal == principal_id)))
    if end is not None:
        query = query.where(Event.start_utc <= end)
    if start is not None:
        single = (Event.rrule == "") & (Event.end_utc >= start)
        series = (Event.rrule != "") & (Event.series_until_utc.is_null() | (Event.series_until_utc >= start))
        query = query.where(single | series)
    return query.order_by(Event.start_utc, Event.id)


def _with_overrides(query):
    """The events of ``query`` and their live overrides, as a WHERE condition."""
    ids = query.select(Event.id).order_by()
    return Event.id.in_(ids) | (Event.series.in_(ids) & _ALIVE)


def give_uids(query) -> None:
    """Every event of ``query`` (and its overrides) that has no UID yet gets a UUID, stored."""
    missing = [i for (i,) in Event.select(Event.id).where(_with_overrides(query), Event.uid.is_null()
                                                           | (Event.uid == "")).tuples()]
    store_uids([(event_id, f"{uuid.uuid4()}@opsassistant") for event_id in missing])


def zones_and_years(query) -> tuple[set[str], tuple[int | None, int | None]]:
    """The zones of the timed events of ``query`` and their overrides, and the first and last year they start."""
    where = _with_overrides(query)
    zones: set[str] = set()
    for start_zone, end_zone in Event.select(Event.start_timezone, Event.end_timezone).where(
            where, Event.all_day == False).distinct().tuples():  # noqa: E712 - SQL, not Python
        zones.update((start_zone, end_zone))
    low, high = Event.select(fn.MIN(Event.start_utc), fn.MAX(Event.start_utc)).where(where).tuples().get()
    return zones, (_year(low), _year(high))


def _year(value) -> int | None:
    if not value:
        return None
    return int(value[:4]) if isinstance(value, str) else value.year


def _read_utc(value):
    if value is None:
        return None
    try:
        return datetime.fromisoformat(value + "+00:00")  # tzinfo is UTC (datetime.UTC is timezone.utc)
    except ValueError:
        return UTCDateTimeField().python_value(value)


def _read_date(value):
    if value is None or isinstance(value, date):
        return value
    try:
        return date.fromisoformat(value)
    except ValueError:
        return DateField().python_value(value)


def _read_json(value):
    return json.loads(value) if value and value != "[]" else []


def _read_bool(value):
    return None if value is None else bool(value)


def _reader(f: Field):
    """Row value → Python value, as the field's ``python_value`` gives it, without Peewee's per-value dispatch."""
    if isinstance(f, UTCDateTimeField):
        return _read_utc
    if isinstance(f, JSONListField):
        return _read_json
    if isinstance(f, BooleanField):
        return _read_bool
    if isinstance(f, DateField):
        return _read_date
    return None


_FIELDS = Event._meta.sorted_fields
# A stored event as a frozen record: the attribute names of Event (``series`` is the master's id).
EventRecord = namedtuple("EventRecord", [f.name for f in _FIELDS])
AttendeeRecord = namedtuple("AttendeeRecord", ["id", "event", "contact", "name", "email", "status"])
_SELECT = "SELECT " + ", ".join(f'"{f.column_name}"' for f in _FIELDS) + ' FROM "event" '
_READERS = [(index, reader) for index, f in enumerate(_FIELDS) if (reader := _reader(f)) is not None]


def _records(sql: str, params: list) -> list:
    out = []
    for row in database.execute_sql(sql, params).fetchall():
        row = list(row)
        for index, reader in _READERS:
            row[index] = reader(row[index])
        out.append(EventRecord._make(row))
    return out


def export_chunks(query, size: int) -> Iterator[tuple[list, list, dict[int, list[str]], dict[int, list]]]:
    """(masters, their overrides, principal names, attendees) ``size`` masters at a time, as frozen records."""
    sql, params = query.select(Event.id).sql()
    cursor = database.execute_sql(sql, params)  # ids in order, a step at a time: nothing held but a chunk
    names = {p.id: p.name for p in Principal.select(Principal.id, Principal.name)}
    while True:
        ids = [event_id for (event_id,) in cursor.fetchmany(size)]
        if not ids:
            return
        marks = _marks(ids)
        by_id = {r.id: r for r in _records(_SELECT + f'WHERE "id" IN ({marks})', ids)}
        masters = [by_id[i] for i in ids if i in by_id]
        overrides = _records(_SELECT + f'WHERE "series_id" IN ({marks}) AND +"deleted_at" IS NULL ORDER BY "id"',
                             ids)
        every = ids + [o.id for o in overrides]
        principal_names: dict[int, list[str]] = {}
        people: dict[int, list] = {}
        for chunk in chunks(every):
            marks = _marks(chunk)
            for event_id, principal_id in database.execute_sql(
                    f"SELECT event_id, principal_id FROM event_principal WHERE event_id IN ({marks}) "
                    f"ORDER BY id", chunk).fetchall():
                principal_names.setdefault(event_id, []).append(names.get(principal_id, ""))
            for row in database.execute_sql(
                    f"SELECT id, event_id, contact_id, name, email, status FROM event_attendee "
                    f"WHERE event_id IN ({marks}) ORDER BY id", chunk).fetchall():
                people.setdefault(row[1], []).append(AttendeeRecord._make(row))
        yield masters, overrides, principal_names, people
