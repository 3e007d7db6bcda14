"""Calendar rows of work proportional to what is shown: the week and month views loaded and painted together,
full-range search (in process and as a cold command), Today's start-up against a bare window, and the one
expansion a bulk import costs. Part of :mod:`opsassistant.devtools.bench_calendar`'s area, on its open database.
"""

from __future__ import annotations

import sys
from datetime import date, datetime, time, timedelta
from itertools import cycle
from pathlib import Path

from opsassistant.db.models import Event
from opsassistant.devtools.bench_calendar import EXPAND_SUBSET, EXPAND_SUBSET_LARGE, SEARCH_WORD, _import_env
from opsassistant.devtools.bench_window import bare_window
from opsassistant.devtools.benchlib import BenchRow, Timing, bytecode_kept, run_process, timed
from opsassistant.services.calendar.occurrences import between


def proportional_rows(workdir: Path, days: list[date], month: date, month_first: date, tz,
                       scale: float = 1.0) -> list[BenchRow]:
    """Work proportional to what is shown: views loaded and painted together, search, start-up, and the one
    expansion a bulk import costs."""
    from opsassistant.db.models import database
    from opsassistant.devtools.bench import measure_startup
    from opsassistant.gui.calendar.layout import month_grid_start
    from opsassistant.gui.calendar.month_view import MonthView
    from opsassistant.gui.calendar.time_view import TimeGridView
    from opsassistant.services.calendar import listing, occurrences_grid, occurrences_index

    rows = []
    series = database.execute_sql("SELECT count(*) FROM event WHERE rrule != '' AND deleted_at IS NULL").fetchone()[0]
    total = Event.select().count()
    view = TimeGridView()
    view.resize(1280, 800)
    week = (datetime.combine(days[0], time(), tz), datetime.combine(days[-1] + timedelta(days=1), time(), tz))

    def week_view() -> None:
        view.set_data(days, between(*week), {}, {}, None)
        view.grab()

    week_timing = timed(week_view, 7 if scale <= 1 else 3)
    rows.append(BenchRow.of("week view, load + paint", f"{len(between(*week))} occurrences, {series} series, "
                            f"{total} events", "≤ 30 ms + load", week_timing,
                            f"occurrences from the index; {week_timing.samples} runs after a warm-up"))
    month_view = MonthView()
    month_view.resize(1280, 800)

    after = (month + timedelta(days=32)).replace(day=1)  # the month after: navigation there and back, in turn
    months = cycle([(month, month_first), (after, month_grid_start(after))])

    def month_load_paint() -> None:  # as the calendar panel loads it: what the cells show, and each day's count
        shown_month, first_day = next(months)
        room = month_view.room()
        found = occurrences_grid.month_grid(first_day, 42, room)
        month_view.set_cells(shown_month, found.cells, found.counts, room, {}, {},
                             ["M", "T", "W", "T", "F", "S", "S"], "+%1")
        month_view.grab()

    shown = occurrences_grid.month_grid(month_first, 42, month_view.room())
    # A warm-up of each month: the first visit to a month materialises its series' rows (a write, once).
    month_timing = timed(month_load_paint, repeat=6 if scale <= 1 else 4, warmup=2)
    rows.append(BenchRow.of("month view, load + paint", f"{sum(shown.counts.values())} occurrences laid out, "
                            f"{sum(len(c) for c in shown.cells.values())} shown in the cells", "≤ 50 ms + load",
                            month_timing, f"occurrences built only for what the cells show; the month and the next "
                            f"in turn (navigation: nothing written between them); {month_timing.samples} runs after "
                            "a warm-up of each"))
    first, last = database.execute_sql(
        "SELECT min(coalesce(date(start_utc), start_date)), max(coalesce(date(start_utc), start_date)) "
        "FROM event").fetchone()

    def search() -> list:
        return listing.records(search=SEARCH_WORD, date_from=first, date_to=last)

    if scale <= 1:
        hits = len(search())  # also the warm-up of the timed runs
        searched = timed(search, repeat=3, warmup=0)
        runs = f"{searched.samples} runs after a warm-up"
    else:  # each search takes tens of seconds here: the first timed run counts the hits (a user's first search)
        counted: list[int] = []
        searched = timed(lambda: counted.append(len(search())), repeat=2, warmup=0)
        hits = counted[0]
        runs = f"{searched.samples} runs, no warm-up above scale 1 (the first is a user's first search)"
    rows.append(BenchRow.of("full-range search", f"'{SEARCH_WORD}' {first}…{last}: {hits} occurrences of "
                            f"{total} events", "≤ 1 s, ≤ 200 MB", searched,
                            f"listing.records in process, {runs}; the next row is the CLI process"))
    path = str(database.database)
    samples, peaks = [], []
    command = [sys.executable, "-m", "opsassistant", "--database", path, "list", "events", "--search", SEARCH_WORD,
               "--from", first, "--to", last, "--json"]
    with bytecode_kept():
        # The first run writes the bytecode: the same command over one day (the same modules, not the search
        # of the whole calendar once more untimed).
        run_process([*command[:-5], "--from", first, "--to", first, "--json"], _import_env(workdir))
        for _run in range(3 if scale <= 1 else 2):  # above scale 1: 2 timed runs
            done = run_process(command, _import_env(workdir))
            if done.returncode == 0:
                samples.append(done.wall_ms)
                peaks.append(done.peak_mb)
    if samples:
        rows.append(BenchRow.of("full-range search, cold CLI", f"`list events --search {SEARCH_WORD} --from {first} "
                                f"--to {last} --json`", "≤ 1 s, ≤ 200 MB", Timing.of(samples, max(peaks)),
                                f"process wall time (interpreter start included) and its peak RSS; {len(samples)} "
                                "runs after one over a day that writes the bytecode"))
    from opsassistant.devtools.bench import STARTED

    launched = total
    if Path(path).resolve() in STARTED:  # the start-up row of this run launched it on this file: the same work
        timing, note, bare, launched = STARTED[Path(path).resolve()]
        note = f"the start-up row's launches (this file, before this area added {total - launched} events); " + note
    else:
        with bytecode_kept():  # as an installed program starts: modules compiled once, not on every launch
            bare_window(runs=1), measure_startup(Path(path), runs=1)  # the first launch writes the bytecode
            launches = 5 if scale <= 1 else 3  # each launch takes seconds on a large database
            bare = bare_window(runs=launches)
            timing, note = measure_startup(Path(path), runs=launches)
    if timing is not None:
        ratio = f"; {timing.median_ms / bare.median_ms:.1f}× a bare PySide6 window ({bare.median_ms:g} ms)" \
            if bare else ""
        rows.append(BenchRow.of("Today start-up", f"{launched} events, {series} series", "≤ 2.5× a bare window",
                                timing, note + ratio))
    if bare is not None:
        rows.append(BenchRow.of("bare PySide6 window start-up", "an empty QMainWindow", "—", bare,
                                f"{bare.samples} launches"))

    subset = EXPAND_SUBSET if scale <= 1 else min(EXPAND_SUBSET, EXPAND_SUBSET_LARGE)
    every = max(1, -(-series // subset))  # every n-th series: a subset spread over the whole calendar
    picked = "SELECT id FROM event WHERE (rrule != '' OR rdates != '[]') AND deleted_at IS NULL AND id % ?1 = 0"
    chosen = database.execute_sql(f"SELECT count(*) FROM ({picked})", (every,)).fetchone()[0]

    def materialise() -> None:
        database.execute_sql(f"INSERT OR IGNORE INTO event_occurrence_dirty (series_id) {picked}", (every,))
        occurrences_index.refresh(week[1])

    made = timed(materialise, repeat=1, warmup=0)
    stored = database.execute_sql(f"SELECT count(*) FROM event_occurrence WHERE series_id IN ({picked})",
                                  (every,)).fetchone()[0]
    if chosen >= series:
        rows.append(BenchRow.of("expand every series after a bulk import", f"{series} series → {stored} rows", "—",
                                made, "once per import by another process (or a migration); each later read is SQL"))
    else:
        per = made.median_ms / max(chosen, 1)
        rows.append(BenchRow.of("expand every series after a bulk import", f"{chosen} of {series} series (every "
                                f"{every}th) → {stored} rows", "—", made,
                                f"measured on the subset: {per * 1000:.0f} µs a series, so ≈ {per * series / 1000:.0f} s "
                                f"for all {series} (linear); once per import by another process (or a migration); "
                                "each later read is SQL"))
    return rows

