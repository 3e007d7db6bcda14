"""The SQL behind a range query: single events and edited occurrences straight from their rows, recurring
masters and their overrides as light rows (no Peewee models, no per-row queries).
"""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from functools import lru_cache

from opsassistant.db.models import database
from opsassistant.services.calendar.occurrences_model import (
    Future,
    Occurrence,
    all_day_bounds,
    naive_local,
    zone,
)
from opsassistant.services.calendar.rules import date_key as _date_key
from opsassistant.services.calendar.rules import moment_key as _moment_key


def principal_map(event_ids: list[int]) -> dict[int, tuple[int, ...]]:
    result: dict[int, list[int]] = {}
    for chunk_start in range(0, len(event_ids), 900):
        chunk = event_ids[chunk_start:chunk_start + 900]
        sql = (f"SELECT event_id, principal_id FROM event_principal "
               f"WHERE event_id IN ({', '.join('?' for _ in chunk)})")
        for event_id, principal_id in database.execute_sql(sql, chunk).fetchall():
            result.setdefault(event_id, []).append(principal_id)
    return {key: tuple(sorted(value)) for key, value in result.items()}


MASTER_COLUMNS = ("id", "series_id", "recurrence_id", "title", "location", "all_day", "start_utc", "end_utc",
                   "start_timezone", "end_timezone", "start_date", "end_date", "status", "category", "source",
                   "reminder_minutes", "rrule", "exdates", "rdates", "duration")
# Single events are turned straight into occurrences from these columns (no model, no JSON); the principals
# come along as one GROUP_CONCAT per row instead of a second query.
SINGLE_SELECT = ("SELECT id, series_id, recurrence_id, title, location, start_utc, end_utc, start_timezone, "
                  "end_timezone, start_date, end_date, status, category, source, reminder_minutes, "
                  "(SELECT group_concat(principal_id) FROM event_principal WHERE event_id = event.id) FROM event ")
# Each branch matches one partial index of EXTRA_SQL (db/models/calendar.py) word for word: a week of
# events is an index range, whatever the size of the table. Long events (> LONG_SPAN) come from their own index.
# A series of RDATEs alone has rrule = '' too: the single branches leave it (rdates = '[]') to its own query.
_TIMED = ("WHERE rrule = '' AND all_day = 0 AND +deleted_at IS NULL AND start_utc >= ? AND start_utc < ? "
          "AND end_utc > ? AND rdates = '[]'{p} UNION ALL " + SINGLE_SELECT +
          "WHERE long_span = 1 AND +deleted_at IS NULL AND rrule = '' AND all_day = 0 AND start_utc < ? "
          "AND end_utc > ? AND rdates = '[]'{p}")
_ALL_DAY = ("WHERE rrule = '' AND all_day = 1 AND +deleted_at IS NULL AND start_date >= ? AND start_date <= ? "
            "AND end_date > ? AND rdates = '[]'{p} UNION ALL " + SINGLE_SELECT +
            "WHERE long_span = 1 AND +deleted_at IS NULL AND rrule = '' AND all_day = 1 AND start_date < ? "
            "AND end_date > ? AND rdates = '[]'{p}")
# The singles among named events (a search's hits): the four branches of _TIMED and _ALL_DAY as one pass over
# the ids, each row read once instead of once per branch; the two last columns name the row's branch.
_NAMED = (SINGLE_SELECT.replace(" FROM event ", ", all_day = 1, CASE WHEN all_day = 1 THEN start_date >= ?4 "
                                "ELSE start_utc >= ?1 END FROM event ") +
          "WHERE id IN ({ids}) AND rrule = '' AND rdates = '[]' AND +deleted_at IS NULL AND ("
          "(all_day = 0 AND ((start_utc >= ?1 AND start_utc < ?2 AND end_utc > ?3) "
          "OR (long_span = 1 AND start_utc < ?1 AND end_utc > ?3))) OR "
          "(all_day = 1 AND ((start_date >= ?4 AND start_date <= ?5 AND end_date > ?6) "
          "OR (long_span = 1 AND start_date < ?4 AND end_date > ?6)))) ORDER BY id")


def named_singles(ids: list[int], look_back: str, end_text: str, start_text: str, day_back: str, day_to: str,
                  day_from: str) -> tuple[list[tuple], list[tuple]]:
    """The rows ``_TIMED`` and ``_ALL_DAY`` give for ``event.id IN ids`` (no principal filter), in the order
    they give them: each query's first branch, then its second, each as the date index it walks (by start, end
    and id; occurrences of the same start keep that order in a listing)."""
    branches: tuple[list[tuple], list[tuple], list[tuple], list[tuple]] = ([], [], [], [])
    sql = _NAMED.format(ids=", ".join(str(int(i)) for i in ids))
    for row in database.execute_sql(sql, (look_back, end_text, start_text, day_back, day_to, day_from)).fetchall():
        branches[2 * bool(row[-2]) + (not row[-1])].append(row[:-2])
    for branch in branches[:2]:
        branch.sort(key=_by_moments)
    for branch in branches[2:]:
        branch.sort(key=_by_dates)
    return branches[0] + branches[1], branches[2] + branches[3]


def _by_moments(row: tuple) -> tuple:
    return row[5], row[6], row[0]


def _by_dates(row: tuple) -> tuple:
    return row[9], row[10], row[0]


_OVERRIDES = ("SELECT series_id, recurrence_id, id, recurrence_range, deleted_at IS NULL, title, location, start_utc, "
              "end_utc, start_date, end_date, status, category, reminder_minutes FROM event "
              "WHERE series_id IN ({marks})")


class MasterRow:
    """A recurring master's columns, read without building a Peewee model."""

    __slots__ = MASTER_COLUMNS

    def __init__(self, values: tuple):
        for name, value in zip(MASTER_COLUMNS, values, strict=True):
            setattr(self, name, value)
        self.all_day = bool(self.all_day)
        self.start_utc = _utc(self.start_utc)
        self.end_utc = _utc(self.end_utc)
        self.start_date = date.fromisoformat(self.start_date) if self.start_date else None
        self.end_date = date.fromisoformat(self.end_date) if self.end_date else None
        self.exdates = json.loads(self.exdates) if self.exdates else []
        self.rdates = json.loads(self.rdates) if self.rdates else []
        self.duration = self.duration or ""


def _utc(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text).replace(tzinfo=UTC) if text else None


def principal_filter(principal_ids: list[int] | None) -> tuple[str, list[int]]:
    if principal_ids is None:
        return "", []
    marks = ", ".join("?" for _ in principal_ids) or "NULL"
    # EXISTS per row (not "id IN (all of their events)"): SQLite keeps walking the date range and checks each
    # event, instead of visiting every event a busy principal ever had.
    return (f" AND EXISTS (SELECT 1 FROM event_principal WHERE event_id = event.id AND principal_id IN ({marks}))",
            list(principal_ids))


@lru_cache(maxsize=256)
def _principal_tuple(text: str | None) -> tuple[int, ...]:
    return tuple(sorted(int(part) for part in text.split(","))) if text else ()


def singles(rows: list[tuple], all_day: bool, dead_masters: set[int],
             home: str) -> list[tuple[tuple, Occurrence]]:
    """(sort key, occurrence) of single events and edited occurrences, straight from their rows."""
    out = []
    append = out.append
    new = object.__new__
    moments: dict[tuple[str, str], tuple[datetime, datetime]] = {}  # many events share a start or an end
    for (event_id, series_id, rid, title, location, s_utc, e_utc, s_zone, e_zone, s_date, e_date, status,
         category, source, reminder, principals) in rows:
        if series_id is not None and series_id in dead_masters:
            continue
        if all_day:
            d1, d2 = date.fromisoformat(s_date), date.fromisoformat(e_date)
            start, end = all_day_bounds(d1, d2, home)
            key = (start.astimezone(UTC), False, title)
        else:
            d1 = d2 = None
            found = moments.get((s_utc, s_zone))
            if found is None:
                utc = datetime.fromisoformat(s_utc + "+00:00")
                found = moments[(s_utc, s_zone)] = (utc, utc.astimezone(zone(s_zone)))
            key, start = (found[0], True, title), found[1]
            found = moments.get((e_utc, e_zone))
            if found is None:
                utc = datetime.fromisoformat(e_utc + "+00:00")
                found = moments[(e_utc, e_zone)] = (utc, utc.astimezone(zone(e_zone)))
            end = found[1]
        # Occurrence is frozen: fill its __dict__ directly (a month view makes thousands of them).
        occurrence = new(Occurrence)
        occurrence.__dict__.update(
            event_id=event_id, series_id=series_id, title=title, location=location, start=start, end=end,
            all_day=all_day, start_date=d1, end_date=d2, start_timezone=s_zone, end_timezone=e_zone,
            principal_ids=_principal_tuple(principals), status=status, category=category, source=source,
            recurrence_id=rid if series_id else None, reminder_minutes=reminder)
        append((key, occurrence))
    return out


def future_of(master, rid: str | None, override_id: int, range_: str, alive: int, title, location, s_utc, e_utc,
              s_date, e_date, status, category, reminder) -> Future | None:
    """A THISANDFUTURE override row (alive, with its times) → its Future, else None."""
    if not rid or not alive or (range_ or "").upper() != "THISANDFUTURE":
        return None
    texts = {"title": title, "location": location, "status": status, "category": category,
             "reminder_minutes": reminder, "texts_id": override_id}
    if master.all_day:
        original, own_start = _date_key(rid), date.fromisoformat(s_date) if s_date else None
        if original is None or own_start is None or not e_date:
            return None
        return Future(rid, own_start - original, date.fromisoformat(e_date) - own_start, **texts)
    original, own_start, own_end = _moment_key(rid), _utc(s_utc), _utc(e_utc)
    if original is None or own_start is None or own_end is None:
        return None
    shift = naive_local(own_start, master.start_timezone) - naive_local(original, master.start_timezone)
    return Future(rid, shift, own_end - own_start, **texts)


MASTER_SELECT = f"SELECT {', '.join(MASTER_COLUMNS)} FROM event "


def masters_by_id(ids: list[int]) -> list[MasterRow]:
    """The live recurring masters among ``ids``."""
    out: list[MasterRow] = []
    cursor = database.cursor()
    for chunk_start in range(0, len(ids), 900):
        chunk = ids[chunk_start:chunk_start + 900]
        out += [MasterRow(row) for row in cursor.execute(
            MASTER_SELECT + f"WHERE id IN ({', '.join('?' for _ in chunk)}) AND deleted_at IS NULL "
            "AND (rrule != '' OR rdates != '[]')", chunk).fetchall()]
    return out


def overrides_of(masters: list[MasterRow]) -> tuple[dict[int, set[str]], dict[int, list[Future]]]:
    """Per master: the keys that have an override row, and its THISANDFUTURE overrides."""
    overridden: dict[int, set[str]] = {}
    futures: dict[int, list[Future]] = {}
    by_id = {m.id: m for m in masters}
    cursor = database.cursor()
    for chunk_start in range(0, len(masters), 900):
        chunk = [m.id for m in masters[chunk_start:chunk_start + 900]]
        sql = _OVERRIDES.format(marks=", ".join("?" for _ in chunk))
        for series_id, rid, *rest in cursor.execute(sql, chunk).fetchall():
            overridden.setdefault(series_id, set()).add(rid)
            future = future_of(by_id[series_id], rid, *rest)
            if future is not None:
                futures.setdefault(series_id, []).append(future)
    return overridden, futures
