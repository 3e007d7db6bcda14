"""Where each occurrence goes in the day/week grid and the month grid (pure Python, no painting)."""

from __future__ import annotations

import heapq
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from operator import itemgetter

from opsassistant.gui.calendar.steady_zones import EPOCH, Steady
from opsassistant.services.calendar.occurrences import Occurrence, zone


@dataclass(slots=True)
class Block:
    """One occurrence's piece on one day of the time grid; minutes from local midnight."""

    occ: Occurrence
    day: int
    top: int
    bottom: int
    column: int = 0
    columns: int = 1


@dataclass
class Bar:
    """An all-day (or multi-day) occurrence across day columns, on a row of the all-day strip."""

    occ: Occurrence
    first: int
    last: int
    row: int = 0


@dataclass
class More:
    """The "+N" chip in a crowded cluster's last lane: ``count`` occurrences that are not laid out as blocks."""

    day: int
    top: int
    bottom: int
    column: int
    columns: int
    count: int


def _columns(pieces: list[tuple[int, int, int, Occurrence]], day: int,
             max_lanes: int | None = None) -> tuple[list[Block], list[More]]:
    """Side by side where they overlap: greedy lanes per cluster of overlapping pieces, O(n log n).

    ``pieces`` are (top, -bottom, order read, occurrence) of one day: plain tuples, since a crowded week holds
    tens of thousands and only what is shown becomes a :class:`Block`. With ``max_lanes`` a cluster needing more
    lanes keeps its first ``max_lanes - 1`` lanes and summarises the rest in a :class:`More` chip in the last
    lane, so what is built and painted is bounded by what can be read."""
    pieces.sort()  # by top, longest first, then as read (the order is unique: occurrences are never compared)
    shown: list[Block] = []
    mores: list[More] = []
    cluster: list[tuple[int, int, int, Occurrence]] = []
    lanes_of: list[int] = []  # the lane of each cluster member
    busy: list[tuple[int, int]] = []  # (end, lane) of lanes in use
    free: list[int] = []  # lanes free again, lowest first
    lanes = 0
    cluster_end = -1
    keep = max_lanes - 1 if max_lanes is not None else 0
    for piece in pieces + [None]:
        if piece is None or (cluster and piece[0] >= cluster_end):
            if max_lanes is None or lanes <= max_lanes:
                shown += [Block(m[3], day, m[0], -m[1], lane, lanes)
                          for m, lane in zip(cluster, lanes_of, strict=True)]
            else:
                kept = [Block(m[3], day, m[0], -m[1], lane, max_lanes)
                        for m, lane in zip(cluster, lanes_of, strict=True) if lane < keep]
                shown += kept
                mores.append(More(day, cluster[0][0], cluster_end, keep, max_lanes, len(cluster) - len(kept)))
            cluster, lanes_of, busy, free, lanes, cluster_end = [], [], [], [], 0, -1
            if piece is None:
                break
        top, bottom = piece[0], -piece[1]
        while busy and busy[0][0] <= top:
            heapq.heappush(free, heapq.heappop(busy)[1])
        if free:
            lane = heapq.heappop(free)
        else:
            lane = lanes
            lanes += 1
        heapq.heappush(busy, (bottom, lane))
        cluster.append(piece)
        lanes_of.append(lane)
        if bottom > cluster_end:
            cluster_end = bottom
    return shown, mores


def time_grid(days: list[date], items: list[Occurrence], zone_name: str) -> tuple[list[Block], list[Bar]]:
    """Blocks per day for timed occurrences and bars for all-day ones, in ``zone_name``'s wall-clock."""
    blocks, bars, _mores = capped_time_grid(days, items, zone_name)
    return blocks, bars


class DayMemo:
    """The last layout of each day column: (its pieces as collected, blocks, chips), with the lane cap they were
    laid out for. A day whose pieces equal the last layout's (the same occurrences at the same minutes, in the
    same order) keeps its blocks: a changed list lays out only the days it changed."""

    def __init__(self) -> None:
        self.lanes: int | None = None
        self.days: dict[int, tuple[list, list[Block], list[More]]] = {}


def capped_time_grid(days: list[date], items: list[Occurrence], zone_name: str, max_lanes: int | None = None,
                     memo: DayMemo | None = None) -> tuple[list[Block], list[Bar], list[More]]:
    """:func:`time_grid` with at most ``max_lanes`` lanes per overlap cluster; the rest become "+N" chips.

    With ``memo`` (see :class:`DayMemo`) the blocks of a day laid out the same way last time are re-used (the
    same objects: a caller must not change them)."""
    tz = zone(zone_name)
    index = {day: i for i, day in enumerate(days)}
    per_day: dict[int, list[tuple[int, int, int, Occurrence]]] = {}  # (top, -bottom, order read, occ)
    bars: list[Bar] = []
    whole_day = timedelta(hours=24)
    for occ in items:
        if occ.all_day or occ.end - occ.start >= whole_day:
            first_day = occ.start_date or occ.start.astimezone(tz).date()
            last_day = (occ.end_date - timedelta(days=1)) if occ.end_date else occ.end.astimezone(tz).date()
            covered = [index[d] for d in days if first_day <= d <= last_day]
            if covered:
                bars.append(Bar(occ, covered[0], covered[-1]))
            continue
        start, end = occ.start, occ.end
        if start.tzinfo is not tz:
            start = start.astimezone(tz)
        if end.tzinfo is not tz:
            end = end.astimezone(tz)
        day = start.date()
        if day == end.date():  # the common case, once per occurrence (a crowded week holds tens of thousands)
            column = index.get(day)
            if column is not None:
                top = start.hour * 60 + start.minute
                bottom = min(max(end.hour * 60 + end.minute, top + 15), 24 * 60)
                bucket = per_day.get(column)
                if bucket is None:
                    bucket = per_day[column] = []
                bucket.append((top, -bottom, len(bucket), occ))
            continue
        while day <= end.date():
            if day in index:
                top = (start.hour * 60 + start.minute) if day == start.date() else 0
                bottom = (end.hour * 60 + end.minute) if day == end.date() else 24 * 60
                if day == end.date() and bottom == 0 and day != start.date():
                    break
                bottom = min(max(bottom, top + 15), 24 * 60)
                column = index[day]
                per_day.setdefault(column, []).append((top, -bottom, len(per_day.get(column, ())), occ))
            day += timedelta(days=1)
    blocks: list[Block] = []
    mores: list[More] = []
    previous = memo.days if memo is not None and memo.lanes == max_lanes else {}
    laid_out = {}
    for column, pieces in per_day.items():
        last = previous.get(column)
        if last is not None and last[0] == pieces:
            shown, more = last[1], last[2]
        else:
            collected = list(pieces)  # _columns sorts ``pieces``: the memo compares them as collected
            shown, more = _columns(pieces, column, max_lanes)
            pieces = collected
        laid_out[column] = (pieces, shown, more)
        blocks += shown
        mores += more
    if memo is not None:
        memo.lanes, memo.days = max_lanes, laid_out
    _rows(bars)
    return blocks, bars, mores


def _rows(bars: list[Bar]) -> None:
    """Each bar on the lowest row free on its first day, O(n log n) (a crowded week holds hundreds of bars)."""
    bars.sort(key=lambda b: (b.first, -(b.last - b.first)))
    busy: list[tuple[int, int]] = []  # (last day, row) of rows in use
    free: list[int] = []  # rows free again, lowest first
    rows = 0
    for bar in bars:
        while busy and busy[0][0] < bar.first:
            heapq.heappush(free, heapq.heappop(busy)[1])
        if free:
            bar.row = heapq.heappop(free)
        else:
            bar.row = rows
            rows += 1
        heapq.heappush(busy, (bar.last, bar.row))


def month_cells(first: date, items: list[Occurrence], zone_name: str, weeks: int = 6) -> dict[date, list[Occurrence]]:
    """Day → occurrences touching it (all-day first, then by start, then as given), for a grid at ``first``."""
    tz = zone(zone_name)
    last = first + timedelta(days=7 * weeks - 1)
    one_day = timedelta(days=1)
    midnight = time()
    # (UTC key of the start, first day, last day, occurrence) of those in the grid: a month holds thousands, so
    # each is converted once (UTC: same-zone compares ignore ``fold``); a stable sort keeps equal starts as given.
    # Zones whose offset holds over the grid convert by adding a timedelta (steady_zones), exactly.
    steady = Steady(tz, datetime.combine(first - 2 * one_day, midnight, UTC),
                    datetime.combine(last + 3 * one_day, midnight, UTC))
    lo_key, hi_key = steady.lo_key, steady.hi_key
    of = steady.of
    touching: list[tuple[timedelta, date, date, Occurrence]] = []
    # A home zone that changes clocks in the grid leaves no zone steady: every start through astimezone.
    for occ in items if steady.home_offset is not None else ():
        start = occ.start
        s_zone = of(start.tzinfo)
        if s_zone is None:
            key = start.astimezone(UTC) - EPOCH
        else:
            key = start - s_zone[0]
            if not lo_key <= key <= hi_key:
                key = start.astimezone(UTC) - EPOCH
                s_zone = None
        if occ.all_day:
            a, b = occ.start_date, occ.end_date - one_day
        else:
            end = occ.end
            e_zone = of(end.tzinfo) if s_zone is not None else None
            if e_zone is not None and lo_key <= end - e_zone[0] <= hi_key:
                local_start, local_end = start + s_zone[1], end + e_zone[1]  # home wall times
            else:
                local_start = start if start.tzinfo is tz else start.astimezone(tz)
                local_end = end if end.tzinfo is tz else end.astimezone(tz)
            a, b = local_start.date(), local_end.date()
            if b != a and local_end.time() == midnight:
                b -= one_day
        if b < first or a > last:
            continue
        touching.append((key, a, b, occ))
    if steady.home_offset is None:
        touching = _touching_exact(first, last, items, tz)
    touching.sort(key=itemgetter(0))
    cells: dict[date, list[Occurrence]] = {}
    with_all_day: set[date] = set()
    for _start, a, b, occ in touching:
        day, stop = (a, a) if a == b else (max(a, first), min(b, last))  # most lie within one day
        while day <= stop:
            cells.setdefault(day, []).append(occ)
            if occ.all_day:
                with_all_day.add(day)
            day += one_day
    for day in with_all_day:  # all-day first, each part in the order above
        cell = cells[day]
        cells[day] = [o for o in cell if o.all_day] + [o for o in cell if not o.all_day]
    return cells


def _touching_exact(first: date, last: date, items: list[Occurrence], tz) -> list[tuple]:
    """month_cells' (UTC start, first day, last day, occurrence) with every moment through ``astimezone``."""
    one_day, midnight = timedelta(days=1), time()
    touching = []
    for occ in items:
        if occ.all_day:
            a, b = occ.start_date, occ.end_date - one_day
        else:
            start, end = occ.start, occ.end
            if start.tzinfo is not tz:
                start = start.astimezone(tz)
            if end.tzinfo is not tz:
                end = end.astimezone(tz)
            a, b = start.date(), end.date()
            if b != a and end.time() == midnight:
                b -= one_day
        if b < first or a > last:
            continue
        touching.append((occ.start.astimezone(UTC), a, b, occ))
    return touching


def week_start(day: date) -> date:
    return day - timedelta(days=day.weekday())


def month_grid_start(day: date) -> date:
    return week_start(day.replace(day=1))


def wall_clock_shift(moment: datetime, zone_name: str, days: int = 0, minutes: int = 0) -> datetime:
    """Move by calendar days and wall-clock minutes in ``zone_name`` (what dragging on the grid means)."""
    tz = zone(zone_name)
    local = moment.astimezone(tz).replace(tzinfo=None) + timedelta(days=days, minutes=minutes)
    return local.replace(tzinfo=tz)
