"""A month grid's occurrences, proportional to what it shows: per day the first ``per_day`` occurrences (all-day
first, then by start, as the month view orders a cell) and how many there are in all ("+N more").

The rows of the range are read as light tuples (texts compared, no datetimes): a day is found by bisecting the
UTC text of each start among the grid's midnights, so counting the thousands of occurrences of a busy month
costs a few tuples each; occurrences are built only for those shown. What :func:`occurrences.between` does to
be right is done the same way here: waiting series are expanded first, and series whose rows are missing or
stale (a read-only file, a write that bypassed the triggers) are read through ``between`` itself.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from heapq import nsmallest
from operator import itemgetter

from opsassistant.db.fields import utc_text
from opsassistant.db.models import database
from opsassistant.db.models.calendar import LONG_SPAN
from opsassistant.gcpause import paused_gc
from opsassistant.services.calendar import occurrences_index as index
from opsassistant.services.calendar import rules
from opsassistant.services.calendar.occurrences import (
    _fetch,
    _from_rows,
    _series_rows,
    between,
)
from opsassistant.services.calendar.occurrences_model import Occurrence, zone
from opsassistant.services.calendar.occurrences_sql import (
    _ALL_DAY,
    _TIMED,
    SINGLE_SELECT,
    principal_filter,
    singles,
)
from opsassistant.services.calendar.rows_memo import RowsMemo
from opsassistant.services.home import home_zone

# Single events as light rows (the range queries' own WHERE clauses, so their indexes): built when shown.
_LIGHT = ("SELECT id, series_id, title, CASE WHEN all_day THEN start_date ELSE start_utc END, "
          "CASE WHEN all_day THEN end_date ELSE end_utc END FROM event ")
# What a series row's cell place needs of its master (title, all-day, rows current: as ``_MASTER_TEXTS``) and of
# an override's texts (its title); the rest is read for the shown occurrences only, when they are built.
_LIGHT_MASTERS = ("SELECT id, title, all_day, (SELECT stamp FROM event_occurrence_series WHERE series_id = event.id) "
                  "IS (" + index.STAMP_OF + ") FROM event WHERE id IN ({marks}) AND deleted_at IS NULL")
_LIGHT_TEXTS = "SELECT id, title FROM event WHERE id IN ({marks})"
# Month after month the same series come back: their light masters are kept while nothing is written.
_masters = RowsMemo(lambda ids: _fetch(_LIGHT_MASTERS, ids))


@dataclass(frozen=True)
class Grid:
    cells: dict[date, list[Occurrence]]  # day → the first ``per_day`` occurrences touching it, in cell order
    counts: dict[date, int]  # day → how many touch it in all


def month_grid(first: date, days: int, per_day: int, principal_ids: list[int] | None = None, *,
               stored_only: bool = False) -> Grid:
    """The grid of ``days`` days from ``first`` (home zone): see the module. ``stored_only``: the series as the
    rows hold them now, nothing expanded or written (as :func:`occurrences.between`)."""
    with paused_gc():  # a busy month is a hundred thousand light tuples, none of them garbage until the end
        return _month_grid(first, days, per_day, principal_ids, stored_only)


def _month_grid(first: date, days: int, per_day: int, principal_ids: list[int] | None, stored_only: bool) -> Grid:
    home = home_zone()
    tz = zone(home)
    bounds = [utc_text(datetime.combine(first + timedelta(days=i), time(), tz)) for i in range(days + 1)]
    start, end = datetime.combine(first, time(), tz), datetime.combine(first + timedelta(days=days), time(), tz)
    if not stored_only:
        index.safe_refresh(end)
    s_txt, e_txt = bounds[0], bounds[-1]
    where_p, p = principal_filter(principal_ids)
    cursor = database.cursor()
    day_from, day_to = first.isoformat(), (first + timedelta(days=days - 1)).isoformat()
    timed = cursor.execute(_LIGHT + _TIMED.replace(SINGLE_SELECT, _LIGHT).format(p=where_p), [
        utc_text(start - LONG_SPAN), e_txt, s_txt, *p, utc_text(start - LONG_SPAN), s_txt, *p]).fetchall()
    day_back = (first - LONG_SPAN).isoformat()
    all_day = cursor.execute(_LIGHT + _ALL_DAY.replace(SINGLE_SELECT, _LIGHT).format(p=where_p),
                             [day_back, day_to, day_from, *p, day_back, day_from, *p]).fetchall()
    dead = _dead_masters({row[1] for rows in (timed, all_day) for row in rows if row[1] is not None})
    # Series whose rows are missing, short of the range or stale are read through between() itself.
    missing = {} if stored_only else index.uncovered(end)
    rows = [row for row in _series_rows(start, end, where_p, p, None, home) if row[0] not in missing]
    masters = _masters.rows(list({row[0] for row in rows}))
    special = set(missing) | {series_id for series_id, master in masters.items()
                              if not master[-1] and not stored_only}
    texts = _fetch(_LIGHT_TEXTS, list({row[4] for row in rows if row[4] is not None}))
    # (kind, start text, title, order: unique) → what to build: 0 a single row, 1 a series row, 2 an occurrence.
    light: list[tuple] = []
    append = light.append
    # The grid days a timed occurrence touches, as _span (inlined: tens of thousands of rows a busy month).
    for n, row in enumerate(timed):  # (id, series id, title, start, end)
        if row[1] is None or row[1] not in dead:
            a = bisect_right(bounds, row[3]) - 1
            b = bisect_left(bounds, row[4]) - 1
            append((True, row[3], row[2], n, 0, row, (a, b) if b > a else (a, a)))
    n = len(timed)
    for row in all_day:
        if row[1] is None or row[1] not in dead:
            append((False, row[3], row[2], n, 0, row, _day_span(first, row[3], row[4])))
        n += 1
    for row in rows:
        series_id, _key, s_text, e_text, texts_id = row
        master = masters.get(series_id)
        if master is None or series_id in special or not (s_text < e_txt and e_text > s_txt):
            continue
        title = master[0] if texts_id is None or texts_id not in texts else texts[texts_id][0]
        if master[1]:  # all-day: dates
            if not (s_text[:10] <= day_to and e_text[:10] > day_from):
                continue
            append((False, s_text[:10], title, n, 1, row, _day_span(first, s_text, e_text)))
        else:
            a = bisect_right(bounds, s_text) - 1
            b = bisect_left(bounds, e_text) - 1
            append((True, s_text, title, n, 1, row, (a, b) if b > a else (a, a)))
        n += 1
    if special:
        for occ in between(start, end, principal_ids, only=special):
            if occ.all_day:
                append((False, occ.start_date.isoformat(), occ.title, n, 2, occ,
                        _day_span(first, occ.start_date.isoformat(), occ.end_date.isoformat())))
            else:
                append((True, utc_text(occ.start), occ.title, n, 2, occ,
                        _span(bounds, utc_text(occ.start), utc_text(occ.end))))
            n += 1
    # Only a series with more rows than the cap in the whole range can lose any to it.
    capped = any(count > rules.MAX_PER_RANGE for count in Counter(map(itemgetter(0), rows)).values())
    chosen, counts = (_capped_cells if capped else _cells)(days, per_day, light)
    return _grid(first, chosen, counts, start, end, home, stored_only)


def _capped_cells(days: int, per_day: int, light: list[tuple]) -> tuple[list[list[tuple]], list[int]]:
    """Each day's first ``per_day`` light tuples and its count, in cell order, a series' occurrences past the
    cap left out (which ones depends on the order: the whole range sorted first)."""
    light.sort(key=_ORDER)  # all-day first, by start; then title and the order read (stable)
    counts = [0] * days
    chosen: list[list[tuple]] = [[] for _ in range(days)]
    per_series: dict[int, int] = {}
    for item in light:
        a, b = item[6]
        if b < 0 or a >= days:
            continue
        if item[4] == 1 and _over_cap(per_series, item[5][0]):
            continue
        for day in range(max(a, 0), min(b, days - 1) + 1):
            counts[day] += 1
            if len(chosen[day]) < per_day:
                chosen[day].append(item)
    return chosen, counts


def _cells(days: int, per_day: int, light: list[tuple]) -> tuple[list[list[tuple]], list[int]]:
    """As :func:`_capped_cells` when no series reaches the cap: each day's tuples gathered unsorted, then only
    its first ``per_day`` picked (no sort of the whole range)."""
    touching: list[list[tuple]] = [[] for _ in range(days)]
    last = days - 1
    for item in light:
        a, b = item[6]
        if a == b:  # most occurrences lie within one day
            if 0 <= a <= last:
                touching[a].append(item)
            continue
        if b < 0 or a > last:
            continue
        for day in range(a if a > 0 else 0, (b if b < last else last) + 1):
            touching[day].append(item)
    # The tuples themselves compare as _ORDER does: their fourth field (the order read) is unique.
    return [nsmallest(per_day, items) for items in touching], [len(items) for items in touching]


_ORDER = itemgetter(0, 1, 2, 3)  # the cell order: all-day first, by start, title, the order read (unique)


def _grid(first: date, chosen: list[list[tuple]], counts: list[int], start, end, home, stored_only) -> Grid:
    built = _build({id(item): item for items in chosen for item in items}.values(), start, end, home, stored_only)
    cells = {first + timedelta(days=d): [built[id(item)] for item in items if id(item) in built]
             for d, items in enumerate(chosen) if items}
    return Grid(cells, {first + timedelta(days=d): n for d, n in enumerate(counts) if n})


def _over_cap(per_series: dict[int, int], series_id: int) -> bool:
    per_series[series_id] = per_series.get(series_id, 0) + 1
    return per_series[series_id] > rules.MAX_PER_RANGE


def _build(items, start, end, home, stored_only) -> dict[int, Occurrence]:
    """The occurrences of the chosen light tuples only (their masters' and texts' other columns read for them)."""
    items = list(items)
    out: dict[int, Occurrence] = {}
    for timed in (True, False):
        wanted = [item for item in items if item[4] == 0 and item[0] is timed]
        full: dict[int, tuple] = {}
        for first in range(0, len(wanted), 900):
            chunk = [item[5][0] for item in wanted[first:first + 900]]
            full.update((row[0], row) for row in database.execute_sql(
                SINGLE_SELECT + f"WHERE id IN ({', '.join('?' for _ in chunk)})", chunk).fetchall())
        rows = [full[item[5][0]] for item in wanted]
        for item, (_key, occ) in zip(wanted, singles(rows, not timed, set(), home), strict=True):
            out[id(item)] = occ
    wanted = [item for item in items if item[4] == 1]
    made = {(o.series_id, o.recurrence_id): o for _key, o in _from_rows(
        [item[5] for item in wanted], start, end, home, None, stored_only)[0]}
    for item in wanted:
        occ = made.get((item[5][0], item[5][1]))
        if occ is not None:
            out[id(item)] = occ
    for item in items:
        if item[4] == 2:
            out[id(item)] = item[5]
    return out


def _span(bounds: list[str], s_text: str, e_text: str) -> tuple[int, int]:
    """The grid days a timed occurrence touches (as the month view counts them: an end at midnight is the day
    before, unless it began then)."""
    a = bisect_right(bounds, s_text) - 1
    return a, max(bisect_left(bounds, e_text) - 1, a)


def _day_span(first: date, s_text: str, e_text: str) -> tuple[int, int]:
    a = (date.fromisoformat(s_text[:10]) - first).days
    return a, (date.fromisoformat(e_text[:10]) - first).days - 1


def _dead_masters(ids: set[int]) -> set[int]:
    out: set[int] = set()
    ordered = sorted(ids)
    for first in range(0, len(ordered), 900):
        chunk = ordered[first:first + 900]
        out.update(row[0] for row in database.execute_sql(
            f"SELECT id FROM event WHERE id IN ({', '.join('?' for _ in chunk)}) AND deleted_at IS NOT NULL",
            chunk).fetchall())
    return out
