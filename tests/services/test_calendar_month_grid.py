"""The month grid builds only what its cells show: per day the first few occurrences in cell order and the count
of all, equal to laying out every occurrence of the range (the slow path) on a real-shaped calendar."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from opsassistant.gui.calendar.layout import month_cells, month_grid_start
from opsassistant.services.calendar import editing, occurrences
from opsassistant.services.calendar.editing import EventData
from opsassistant.services.calendar.occurrences_grid import month_grid

CPH = ZoneInfo("Europe/Copenhagen")
TODAY = date.today()


def _slow(first: date, principal_ids=None) -> dict[date, list]:
    start = datetime.combine(first, time(), CPH)
    return month_cells(first, occurrences.between(start, start + timedelta(days=42), principal_ids),
                       "Europe/Copenhagen")


def _same(first: date, per_day: int, principal_ids=None) -> int:
    """Compares the grid with the slow path; returns how many occurrences the slow path laid out."""
    slow = _slow(first, principal_ids)
    grid = month_grid(first, 42, per_day, principal_ids)
    assert grid.counts == {day: len(items) for day, items in slow.items()}
    for day, items in slow.items():
        assert [(o.event_id, o.title, o.start, o.end, o.all_day, o.recurrence_id) for o in grid.cells[day]] == [
            (o.event_id, o.title, o.start, o.end, o.all_day, o.recurrence_id) for o in items[:per_day]], day
    assert set(grid.cells) == set(slow)
    return sum(len(items) for items in slow.values())


@pytest.fixture
def shaped(db, tmp_path):
    from opsassistant.devtools.bench_calendar import write_ics
    from opsassistant.interop import ical

    path = tmp_path / "shaped.ics"
    write_ics(path, 700, TODAY, days=60, seed=5)  # series with exceptions, three zones, all-day, multi-day
    assert not ical.import_file(path).skipped
    return path


def test_a_busy_month_is_the_slow_path_cut_to_the_cells(shaped):
    for months in (0, 1):
        first = month_grid_start((TODAY.replace(day=1) + timedelta(days=32 * months)).replace(day=1))
        laid_out = _same(first, 4)
        assert laid_out > 42 * 4  # far more than the cells show
        _same(first, 50)


def test_the_principals_shown_and_a_write_that_bypassed_the_triggers(shaped, db_path, executive, team_member):
    first = month_grid_start(TODAY.replace(day=1))
    at = datetime.combine(first + timedelta(days=3), time(10), CPH)
    mine = editing.create(EventData(title="Ugemøde", start=at, end=at + timedelta(hours=1), rrule="FREQ=WEEKLY",
                                    principal_ids=[team_member.id]))
    assert _same(first, 3, [team_member.id]) == 6  # only the team member's series, every week of the grid
    other = sqlite3.connect(db_path)
    with other:  # the triggers gone: the stamp shows the change
        other.execute("DROP TRIGGER event_occurrence_au")
        other.execute("UPDATE event SET rrule = 'FREQ=DAILY', change_count = change_count + 1 WHERE id = ?",
                      (mine.id,))
    other.close()
    assert _same(first, 3, [team_member.id]) == 42 - 3
    _same(first, 5)


def test_long_events_and_the_edges_of_the_grid(db):
    first = month_grid_start(TODAY.replace(day=1))
    edge = datetime.combine(first, time(), CPH)
    editing.create(EventData(title="Before", start=edge - timedelta(days=9), end=edge + timedelta(days=2)))
    editing.create(EventData(title="Zero at the start", start=edge, end=edge))
    editing.create(EventData(title="Ends at midnight", start=edge + timedelta(hours=20), end=edge + timedelta(days=1)))
    editing.create(EventData(title="Holiday", all_day=True, start_date=first + timedelta(days=40),
                             end_date=first + timedelta(days=50)))
    last = edge + timedelta(days=42)
    editing.create(EventData(title="At the end", start=last, end=last + timedelta(hours=1)))
    _same(first, 2)
    grid = month_grid(first, 42, 2)
    assert grid.counts[first] == 2 and grid.counts[first + timedelta(days=1)] == 1  # "Before" and "Ends at…"
    assert grid.counts[first + timedelta(days=41)] == 1  # the holiday, cut at the grid's end


def test_a_series_past_the_cap_of_one_range(db, monkeypatch):
    """Only a series with more occurrences in the grid than ``rules.MAX_PER_RANGE`` loses its later ones: the
    grid then drops the same ones as a range read, and a grid without such a series is cut the same way."""
    from opsassistant.services.calendar import rules

    first = month_grid_start(TODAY.replace(day=1))
    at = datetime.combine(first + timedelta(days=2), time(9), CPH)
    daily = editing.create(EventData(title="Daily", start=at, end=at + timedelta(hours=1), rrule="FREQ=DAILY"))
    editing.create(EventData(title="Weekly", start=at, end=at + timedelta(hours=2), rrule="FREQ=WEEKLY"))
    assert _same(first, 2) == 40 + 6
    monkeypatch.setattr(rules, "MAX_PER_RANGE", 10)
    assert _same(first, 2) == 10 + 6
    grid = month_grid(first, 42, 2)
    assert [o.series_id for o in grid.cells[first + timedelta(days=11)]] == [daily.id]  # its tenth and last
    assert first + timedelta(days=12) not in grid.counts


def _titles(first: date, per_day: int = 5) -> set[str]:
    return {o.title for cell in month_grid(first, 42, per_day).cells.values() for o in cell}


def test_a_series_renamed_here_or_by_another_process_shows_renamed_at_the_next_read(db, db_path):
    """The month grid keeps the series' masters it read while nothing is written (month after month reads the
    same weekly series); a rename through the service, a rename by another process and a series dropped from
    outside each show at the very next read, the same month as another."""
    first = month_grid_start(TODAY.replace(day=1))
    at = datetime.combine(first + timedelta(days=2), time(9), CPH)
    weekly = editing.create(EventData(title="Ugemøde", start=at, end=at + timedelta(hours=1), rrule="FREQ=WEEKLY"))
    next_month = month_grid_start((TODAY.replace(day=1) + timedelta(days=32)).replace(day=1))
    for _round in range(2):  # read twice: the second read is from the memo
        assert _titles(first) == {"Ugemøde"} and _titles(next_month) == {"Ugemøde"}
    editing.update(weekly.id, EventData(title="Tavlemøde", start=at, end=at + timedelta(hours=1),
                                        rrule="FREQ=WEEKLY"))
    assert _titles(first) == {"Tavlemøde"} and _titles(next_month) == {"Tavlemøde"}
    other = sqlite3.connect(db_path)
    with other:
        other.execute("UPDATE event SET title = 'Styregruppe', change_count = change_count + 1 WHERE id = ?",
                      (weekly.id,))
    assert _titles(next_month) == {"Styregruppe"} and _titles(first) == {"Styregruppe"}
    with other:
        other.execute("UPDATE event SET deleted_at = '2026-01-01 00:00:00', change_count = change_count + 1 "
                      "WHERE id = ?", (weekly.id,))
    other.close()
    assert _titles(first) == set() and _titles(next_month) == set()
