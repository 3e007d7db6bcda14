"""The month grid's cells place and order occurrences from other zones as ``astimezone`` does, whether the zones
hold one offset over the grid (converted by adding a timedelta) or change clocks inside it (the exact path)."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from opsassistant.gui.calendar import steady_zones
from opsassistant.gui.calendar.layout import month_cells, month_grid_start
from opsassistant.services.calendar.occurrences_model import Occurrence

CPH, NY, LONDON = ZoneInfo("Europe/Copenhagen"), ZoneInfo("America/New_York"), ZoneInfo("Europe/London")


def _occ(n: int, start: datetime, minutes: int) -> Occurrence:
    return Occurrence(event_id=n, series_id=None, title=f"e{n}", location="", start=start,
                      end=start + timedelta(minutes=minutes), all_day=False, start_date=None, end_date=None,
                      start_timezone=start.tzinfo.key, end_timezone=start.tzinfo.key, principal_ids=(),
                      status="confirmed", category="", source="local", recurrence_id=None, reminder_minutes=None)


def _reference(first: date, items: list[Occurrence], zone_name: str) -> dict[date, list[int]]:
    """Every start and end through ``astimezone``: the rule the cells follow."""
    tz = ZoneInfo(zone_name)
    last = first + timedelta(days=41)
    placed = []
    for occ in items:
        s, e = occ.start.astimezone(tz), occ.end.astimezone(tz)
        a, b = s.date(), e.date()
        if b != a and e.time() == time():
            b -= timedelta(days=1)
        if b >= first and a <= last:
            placed.append((occ.start.astimezone(UTC), a, b, occ.event_id))
    placed.sort(key=lambda p: p[0])
    cells: dict[date, list[int]] = {}
    for _key, a, b, n in placed:
        day = max(a, first)
        while day <= min(b, last):
            cells.setdefault(day, []).append(n)
            day += timedelta(days=1)
    return cells


def _items(first: date) -> list[Occurrence]:
    """Starts every 25 minutes across the grid and beyond it, in three zones, some crossing midnight."""
    out = []
    moment = datetime.combine(first - timedelta(days=5), time(), UTC)
    n = 0
    while moment < datetime.combine(first + timedelta(days=47), time(), UTC):
        zone = (CPH, NY, LONDON)[n % 3]
        out.append(_occ(n, moment.astimezone(zone), (30, 95, 600)[n % 3]))
        moment += timedelta(minutes=25 * 60 + 25)
        n += 1
    out.reverse()  # not in start order: the cells sort them
    return out


@pytest.mark.parametrize("month", [date(2027, 1, 1), date(2027, 3, 1), date(2027, 10, 1), date(2027, 11, 1)])
@pytest.mark.parametrize("zone_name", ["Europe/Copenhagen", "America/New_York", "UTC"])
def test_cells_as_astimezone_places_them(month, zone_name):
    first = month_grid_start(month)
    items = _items(first)
    cells = month_cells(first, items, zone_name)
    assert {day: [o.event_id for o in found] for day, found in cells.items()} == _reference(first, items, zone_name)


def test_a_start_in_the_repeated_hour_sorts_by_its_utc_moment():
    first = month_grid_start(date(2027, 10, 1))  # Copenhagen repeats 02:00-03:00 on 31 October 2027
    early = _occ(1, datetime(2027, 10, 31, 2, 40, tzinfo=CPH), 10)  # fold 0: 00:40 UTC
    late = _occ(2, datetime(2027, 10, 31, 2, 10, fold=1, tzinfo=CPH), 10)  # fold 1: 01:10 UTC
    assert [o.event_id for o in month_cells(first, [late, early], "Europe/Copenhagen")[date(2027, 10, 31)]] == [1, 2]


def test_a_zone_is_steady_only_without_a_clock_change_in_the_window():
    def window(day: date) -> tuple[datetime, datetime]:
        lo = datetime.combine(day, time(), UTC)
        return lo, lo + timedelta(days=45)

    assert steady_zones.steady_offset(CPH, *window(date(2026, 12, 28))) == timedelta(hours=1)
    assert steady_zones.steady_offset(CPH, *window(date(2027, 3, 1))) is None  # 28 March
    assert steady_zones.steady_offset(NY, *window(date(2027, 3, 1))) is None  # 14 March
    assert steady_zones.steady_offset(NY, *window(date(2027, 6, 1))) == timedelta(hours=-4)
    steady = steady_zones.Steady(CPH, *window(date(2026, 12, 28)))
    base, shift = steady.of(NY)
    moment = datetime(2027, 1, 10, 20, 30, tzinfo=NY)
    assert moment - base == moment.astimezone(UTC) - steady_zones.EPOCH
    assert (moment + shift).replace(tzinfo=None) == moment.astimezone(CPH).replace(tzinfo=None)
    assert steady_zones.Steady(CPH, *window(date(2027, 3, 1))).of(NY) is None
