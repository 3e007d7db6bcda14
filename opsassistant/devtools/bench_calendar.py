"""Calendar benchmarks on a calendar shaped like a real one, written through the real importer.

``seed(count)`` imports ``count`` events into the open database from generated .ics files, so every index or
table the write path keeps (now or later) is filled as for a user. The shape, from real exports: about 20 %
recurring series (open-ended weekly ones among them), most series with exceptions (EXDATEs and moved
occurrences), three zones, all-day and multi-day events. ``measure`` times the calendar rows on the bench
database it is given open (start-up and the areas share it); the .ics import row is a cold
``opsassistant import`` process. Never a test: nothing here asserts a time.

The seeded database is measured as a user has it after the import was first shown: :func:`seed` ends with the
one read that materialises the series (``occurrences_index``); what that read costs is a row of its own
("expand every series after a bulk import"). Start-up is timed against a bare PySide6 window on the same machine,
since the bar is a ratio.
"""

from __future__ import annotations

import os
import random
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime, time, timedelta
from pathlib import Path

from opsassistant.db.models import Event, Principal, database
from opsassistant.db.models.occurrence_index import FILL
from opsassistant.devtools.benchlib import (
    JOB,
    BenchRow,
    Timing,
    bench_copy,
    open_path,
    run_process,
    stamped_as_closed,
    timed,
    without_indexes,
)
from opsassistant.services.calendar.occurrences import HOME_ZONE, between, zone

TITLES = ("Bestyrelsesmøde", "Kundemøde", "Frokost", "Afdelingsmøde", "Telefonmøde", "Budgetgennemgang",
          "1:1 med Mads", "Leverandørmøde", "Workshop", "Status", "Tandlæge", "Rekruttering")
PLACES = ("Mødelokale 1", "Mødelokale Øresund", "Teams", "Kantinen", "Aarhus", "")
ZONES = ((HOME_ZONE, 0.7), ("Europe/London", 0.15), ("America/New_York", 0.15))
RECURRING_SHARE = 0.20
# (RRULE with {n} for a count, days between occurrences for the exceptions, or 0: none computed for that rule).
# Most real series end (a project's weekly meeting, a course); a few run on for years.
RULES = (("FREQ=WEEKLY;COUNT={n}", 7), ("FREQ=WEEKLY;COUNT={n}", 7), ("FREQ=WEEKLY;INTERVAL=2;COUNT={n}", 14),
         ("FREQ=DAILY;COUNT={n}", 1), ("FREQ=WEEKLY;BYDAY=MO,WE;COUNT={n}", 0), ("FREQ=MONTHLY;COUNT={n}", 0),
         ("FREQ=DAILY;INTERVAL=7;COUNT={n}", 7))
OPEN_ENDED = (("FREQ=WEEKLY", 7), ("FREQ=MONTHLY", 0), ("FREQ=YEARLY", 0))
OPEN_ENDED_SHARE = 0.05  # of the series
SPREAD_DAYS = 3 * 365  # the seeded calendar covers three years back and three ahead
IMPORT_RUNS = 3
CHUNK = 10_000  # events per generated file while seeding (a series and its exceptions share a file)
EXPAND_SUBSET = 20_000  # series re-expanded by that row at most (per series and extrapolated above)
EXPAND_SUBSET_LARGE = 5_000  # above scale 1: a spread sample of 5k series gives the per-series cost as well
TEMPLATE = 20_000  # events imported while seeding; a larger calendar copies them in SQL (see seed)


def _zone_name(rng: random.Random) -> str:
    pick, total = rng.random(), 0.0
    for name, share in ZONES:
        total += share
        if pick < total:
            return name
    return HOME_ZONE


def _event(index: int, around: date, days: int, rng: random.Random, prefix: str,
           recurring_share: float = RECURRING_SHARE) -> tuple[list[list[str]], int]:
    """One VEVENT (a series brings its moved occurrences along); returns (blocks, rows they make)."""
    from opsassistant.interop import ical_write as w

    uid = f"{prefix}-{index}@opsassistant"
    day = around + timedelta(days=rng.randint(-days, days))
    head = [w.prop("UID", uid), w.prop("DTSTAMP", "20260101T000000Z"), w.text_prop("SUMMARY", rng.choice(TITLES))]
    kind = rng.random()
    if kind < 0.05:  # all-day, one day
        return [w.vevent(head + [w.dt_prop("DTSTART", day), w.dt_prop("DTEND", day + timedelta(days=1))])], 1
    if kind < 0.08:  # all-day, several days (holiday, conference)
        return [w.vevent(head + [w.dt_prop("DTSTART", day),
                                 w.dt_prop("DTEND", day + timedelta(days=rng.randint(2, 6)))])], 1
    zone_name = _zone_name(rng)
    tz = zone(zone_name)
    start = datetime.combine(day, time(rng.randint(7, 17), rng.choice((0, 15, 30, 45))), tz)
    if kind < 0.11:  # timed, over several days (a trip, a seminar)
        end = start + timedelta(days=rng.randint(1, 3), hours=rng.randint(1, 6))
    else:
        end = start + timedelta(minutes=rng.choice((30, 45, 60, 60, 90, 120)))
    lines = head + [w.dt_prop("DTSTART", start, zone_name), w.dt_prop("DTEND", end, zone_name),
                    w.text_prop("LOCATION", rng.choice(PLACES))]
    alarms = [w.display_alarm(15, "")] if index % 3 == 0 else []
    if kind < 0.11 or rng.random() >= recurring_share / 0.89:
        return [w.vevent(lines, alarms)], 1
    rule, step = rng.choice(OPEN_ENDED if rng.random() < OPEN_ENDED_SHARE else RULES)
    rule = rule.replace("{n}", str(rng.randint(14, 52)))
    lines.append(f"RRULE:{rule}")
    blocks: list[list[str]] = []
    if step and rng.random() < 0.7:  # most real series have exceptions
        skipped = sorted(rng.sample(range(1, 12), rng.randint(1, 2)))
        lines.append(w.dt_list_prop("EXDATE", [start + timedelta(days=step * k) for k in skipped], zone_name))
        moved = next(k for k in range(2, 14) if k not in skipped)
        original = start + timedelta(days=step * moved)
        shifted = original + timedelta(hours=rng.choice((-2, -1, 1, 2, 24)))
        blocks.append(w.vevent(head + [w.dt_prop("RECURRENCE-ID", original, zone_name),
                                       w.dt_prop("DTSTART", shifted, zone_name),
                                       w.dt_prop("DTEND", shifted + (end - start), zone_name),
                                       w.text_prop("LOCATION", "Flyttet")]))
    return [w.vevent(lines, alarms)] + blocks, 1 + len(blocks)


def write_ics(path: Path, count: int, around: date, days: int = 365, seed: int = 4711, prefix: str = "bench",
              recurring_share: float = RECURRING_SHARE) -> int:
    """A real-shaped .ics of ``count`` VEVENTs (moved occurrences included); returns (series, with exceptions)."""
    from opsassistant.interop import ical_write as w

    rng = random.Random(seed)
    blocks: list[list[str]] = []
    series = excepted = made = 0
    index = 0
    while made < count:
        event, rows = _event(index, around, days, rng, prefix, recurring_share)
        if made + rows > count:  # the last slot is too small for a series and its exception
            event, rows = _event(index, around, days, rng, prefix, 0.0)
        series += any(line.startswith("RRULE") for line in event[0])
        excepted += len(event) > 1
        blocks += event
        made += rows
        index += 1
    years = (around.year - days // 365 - 2, around.year + days // 365 + 2)
    path.write_text(w.calendar_text(blocks, [name for name, _share in ZONES], years), encoding="utf-8")
    return series, excepted


def seed(count: int, around: date | None = None, days: int = SPREAD_DAYS) -> None:
    """``count`` real-shaped events (see the module's docstring) spread over ±``days`` around today.

    Up to :data:`TEMPLATE` events are imported from generated files and their series materialised by the first
    read, as for a user; a larger calendar is that one copied in SQL (new ids and UIDs, every copy at the same
    moments, the app's triggers filling the search index), its materialised occurrences copied with it (the same
    series at the same moments give the same rows), so scale 10 seeds in a minute and not in an hour."""
    from opsassistant.interop import ical

    around = around or date.today()
    template = min(count, TEMPLATE)
    first_id = (database.execute_sql("SELECT coalesce(max(id), 0) FROM event").fetchone()[0] or 0) + 1
    with tempfile.TemporaryDirectory(prefix="opsassistant-bench-ics-") as folder:
        for number, first in enumerate(range(0, template, CHUNK)):
            path = Path(folder) / f"seed-{number}.ics"
            write_ics(path, min(CHUNK, template - first), around, days, seed=4711 + number, prefix=f"bench{number}")
            ical.import_file(path)
            path.unlink()
    from opsassistant.services.calendar import occurrences_index

    occurrences_index.refresh(datetime.now(zone(HOME_ZONE)))  # the first read after the import: series materialised
    if count > template:
        copy_calendar(first_id, count - template)


def copy_calendar(first_id: int, count: int) -> int:
    """Add about ``count`` events as SQL copies of the events from ``first_id`` on (a series with its overrides,
    principals, attendees and materialised occurrences); returns the rows added."""
    from opsassistant.services.calendar import store

    last_id = database.execute_sql("SELECT max(id) FROM event").fetchone()[0]
    size = last_id - first_id + 1
    added, copy = 0, 0
    tables = ("event", "event_occurrence", "event_occurrence_series", "event_principal", "event_attendee")
    with _fast_writes(), database.atomic(), without_indexes(
            database, tables, ("event_fts_ai",), keep=("event_principal_event_id", "event_attendee_event_id")):
        while added < count:
            copy += 1
            offset = copy * size
            cut = first_id + min(size, count - added)  # a series is copied whole, with its overrides
            window = (offset, first_id, cut, last_id)
            added += store.copy_events(first_id, last_id, offset, cut, f"-copy{copy}")
            database.execute_sql(
                "INSERT INTO event_occurrence (series_id, okey, start_utc, end_utc, long_span, texts_id) "
                "SELECT series_id + ?1, okey, start_utc, end_utc, long_span, texts_id + ?1 FROM event_occurrence "
                "WHERE series_id >= ?2 AND series_id < ?3 AND series_id <= ?4", window)
            database.execute_sql(
                "INSERT INTO event_occurrence_series (series_id, stamp, covered_to, complete, resume_at, "
                "resume_made) SELECT series_id + ?1, stamp, covered_to, complete, resume_at, resume_made "
                "FROM event_occurrence_series WHERE series_id >= ?2 AND series_id < ?3 AND series_id <= ?4",
                window)
        # The copies' search rows in one statement (the app's own fill of event_fts, for the new ids only) while
        # its insert trigger is off; the trigger and every index come back as they were.
        fill = next(sql for sql in FILL if sql.startswith("INSERT INTO event_fts"))
        database.execute_sql(f"{fill} WHERE id > ?", (last_id,))
        # The copies' series are materialised (copied with them): they are not left for the next read to expand.
        database.execute_sql("DELETE FROM event_occurrence_dirty WHERE series_id > ? AND series_id IN "
                             "(SELECT series_id FROM event_occurrence_series)", (last_id,))
    database.execute_sql("PRAGMA analysis_limit = 1000")  # statistics from a sample, as the planner needs them
    database.execute_sql("ANALYZE")
    database.execute_sql("PRAGMA analysis_limit = 0")
    return added


@contextmanager
def _fast_writes():
    """The bench file only: no fsync while it is seeded (a crash loses a bench database, nothing else)."""
    database.execute_sql("PRAGMA synchronous = OFF")
    try:
        yield
    finally:
        database.execute_sql("PRAGMA synchronous = NORMAL")


def _week_of(day: date) -> date:
    return day - timedelta(days=day.weekday())


def _add(workdir: Path, name: str, count: int, around: date, days: int, seed: int) -> None:
    """Add ``count`` single events (no series) around ``around`` through the importer."""
    from opsassistant.interop import ical

    path = Path(workdir) / name
    write_ics(path, count, around, days, seed=seed, prefix=name.split(".")[0], recurring_share=0.0)
    ical.import_file(path)


def _import_env(home: Path) -> dict[str, str]:
    env = dict(os.environ)
    env["XDG_CONFIG_HOME"] = str(home / "config")  # never the developer's settings
    env["XDG_DATA_HOME"] = str(home / "data")
    return env


JOB_ICS = 10_000  # DESIGN's .ics import at every scale


def cold_import(workdir: Path, count: int, runs: int | None = None, into: Path | None = None,
                in_place: bool = False) -> BenchRow:
    """``opsassistant import FILE.ics`` as a user starts it: a new process each run, into a fresh copy of the
    database ``into`` (the bench database), or into an empty database. ``in_place`` (one run): into ``into``
    itself, for a bench database no later row reads the calendar of (no 2.4 GB copy at scale 10). The bench
    database (or its copy) is first left as the app leaves a file it closes (:func:`stamped_as_closed`): a user's
    import finds it so; the ``quick_check`` of a file changed outside the program is not the import's work."""
    from opsassistant.db.database import close_database, open_database

    workdir = Path(workdir)
    path = workdir / "bench-import.ics"
    series, excepted = write_ics(path, count, date.today(), seed=99, prefix="import")
    samples, peaks, notes = [], [], []
    runs = 1 if in_place else runs or IMPORT_RUNS
    into_events = _events_in(into) if into is not None else None  # before the import adds to it
    stamped = False
    for run in range(runs):
        target = workdir / f"import-{run}.db"
        # In place, the bench's own connection is closed while the import runs: a statement of an earlier row
        # left pending holds a read snapshot, and no checkpoint can pass it (the import's WAL grew to 100 MB and
        # it took 4.7 s instead of 1.6 s on the 2.6 GB file). The app holds none while idle.
        open_now = open_path()
        reopen = in_place and into is not None and open_now is not None and open_now.resolve() == Path(into).resolve()
        if in_place and into is not None:
            target = into
        elif into is not None:
            bench_copy(into, target)
        if reopen:
            close_database()
        try:
            stamped = into is not None and stamped_as_closed(target, _import_env(workdir))
            done = run_process([sys.executable, "-m", "opsassistant", "--database", str(target), "import",
                                str(path)], _import_env(workdir))
        finally:
            if reopen:
                open_database(into)
        if done.returncode != 0:  # 3 (records skipped) would mean the file did not import as generated
            notes.append(f"exit {done.returncode}: " + (done.stderr.strip().splitlines() or [""])[-1])
            break
        samples.append(done.wall_ms)
        peaks.append(done.peak_mb)
        if target != into:
            for suffix in ("", "-wal", "-shm"):
                Path(f"{target}{suffix}").unlink(missing_ok=True)
    data = f"{count} events ({series} series, {excepted} with exceptions; 3 zones; all-day, multi-day)"
    if into is not None:
        whose = "the bench database itself" if in_place else "a copy of the bench database"
        data += f" into {whose} ({into_events} events)" if into_events else f" into {whose}"
    if not samples:
        return BenchRow("import an .ics", data, "≤ 1.5 s", None, note="; ".join(notes), kind=JOB)
    timing = Timing.of(samples, max(peaks))
    return BenchRow.of("import an .ics", data, "≤ 1.5 s", timing,
                       f"cold `opsassistant import` process, wall time, peak RSS of the process; {len(samples)} "
                       f"run(s){', each into a fresh copy' if into is not None and not in_place else ''}"
                       f"{'; after every row that reads the seeded calendar' if in_place else ''}"
                       f"{'; the file as the app leaves it on closing (stamped verified: no quick_check)' if stamped else ''}",
                       kind=JOB)


def _events_in(path: Path) -> int | None:
    import sqlite3

    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return connection.execute("SELECT count(*) FROM event").fetchone()[0]
    except sqlite3.Error:
        return None
    finally:
        connection.close()


def _navigating(*weeks: tuple) -> Iterator[tuple]:
    """(days, occurrences) of each week in turn, for ever: every paint shows another week than the last one."""
    while True:
        yield from weeks


def _changing(items: list) -> Iterator[list]:
    """The occurrences and the same without their first one, in turn, for ever: each paint gets data that
    differs from the last, as after an edit or a navigation, so a view's caches never hide the layout and paint."""
    shorter = items[1:]
    while True:
        yield items
        yield shorter


def _loads(scale: float, repeat: int = 7) -> tuple[int, int]:
    """(timed runs, warm-ups) of a load whose result was just read once (the rows' data): above scale 1 each run
    takes seconds, so 3 runs and that first read as the warm-up."""
    return (repeat, 1) if scale <= 1 else (3, 0)


def _runs_note(timing: Timing, scale: float) -> str:
    return f"{timing.samples} runs" + (" (the read before them was the warm-up)" if scale > 1 else
                                       " after a warm-up")


def measure(workdir: Path, scale: float = 1.0) -> list[BenchRow]:
    """Rows for the budget table on the open bench database (the seeded calendar; events are added to it)."""
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    workdir = Path(workdir)
    rows = []
    seeded = Event.select().count()
    tz = zone(HOME_ZONE)
    week = _week_of(date.today()) + timedelta(days=7)  # next week: inside the seeded calendar and its series
    week_count, month_count = max(1, int(500 * scale)), max(1, int(3000 * scale))
    _add(workdir, "week.ics", week_count, week + timedelta(days=3), 3, 11)
    from opsassistant.gui.calendar.month_view import MonthView
    from opsassistant.gui.calendar.time_view import TimeGridView

    days = [week + timedelta(days=i) for i in range(7)]
    view = TimeGridView()
    view.resize(1280, 800)

    def load_week() -> list:
        return between(datetime.combine(days[0], time(), tz), datetime.combine(days[-1], time(23, 59), tz))

    week_items = load_week()

    week_variants = _changing(week_items)
    next_days = [day + timedelta(days=7) for day in days]
    next_items = between(datetime.combine(next_days[0], time(), tz), datetime.combine(next_days[-1], time(23, 59), tz))
    weeks = _navigating((days, week_items), (next_days, next_items))

    def paint_week() -> None:
        shown, items = next(weeks)
        view.set_data(shown, items, {}, {}, None)
        view.grab()

    def paint_week_edited() -> None:
        view.set_data(days, next(week_variants), {}, {}, None)
        view.grab()

    def repaint_week() -> None:
        view.set_data(days, week_items, {}, {}, None)
        view.grab()

    on_top = f"{week_count} added to {seeded} seeded events"
    rows.append(BenchRow.of("paint the week view", f"{len(week_items)} occurrences that week ({on_top}) and "
                            f"{len(next_items)} the week after", "≤ 30 ms", timed(paint_week),
                            "layout + paint of a week the view did not show last (navigation to the next week and "
                            "back, in turn): nothing of the last layout or drawing can be reused; loading them is a "
                            "row below"))
    rows.append(BenchRow.of("paint the week view after an edit", f"{len(week_items)} occurrences, one of them "
                            "gone or back", "—", timed(paint_week_edited),
                            "the same week with one occurrence fewer and again all of them, in turn: what the view "
                            "re-uses from its last layout (the days, drawings and areas that did not change)"))
    rows.append(BenchRow.of("repaint the week view, same occurrences", f"{len(week_items)} occurrences", "—",
                            timed(repaint_week), "what a scroll-free refresh costs: the view's cached layers"))
    total = Event.select().count()
    loaded = timed(load_week, *_loads(scale))
    rows.append(BenchRow.of("load the week's occurrences", f"{len(week_items)} occurrences, {total} events", "—",
                            loaded, _runs_note(loaded, scale)))
    month = (week + timedelta(days=40)).replace(day=1)
    _add(workdir, "month.ics", month_count, month + timedelta(days=15), 15, 12)
    month_view = MonthView()
    month_view.resize(1280, 800)
    first = month - timedelta(days=month.weekday())

    def load_month() -> list:
        return between(datetime.combine(first, time(), tz), datetime.combine(first + timedelta(days=42), time(), tz))

    month_items = load_month()

    month_variants = _changing(month_items)
    weekdays = ["M", "T", "W", "T", "F", "S", "S"]

    def paint_month() -> None:
        month_view.set_data(month, next(month_variants), {}, {}, weekdays, "+%1")
        month_view.grab()

    def repaint_month() -> None:
        month_view.set_data(month, month_items, {}, {}, weekdays, "+%1")
        month_view.grab()

    rows.append(BenchRow.of("paint the month view", f"{len(month_items)} occurrences in the month "
                            f"({month_count} added to the seeded calendar)", "≤ 50 ms", timed(paint_month),
                            "layout + paint of changed occurrences (another list every paint)"))
    rows.append(BenchRow.of("repaint the month view, same occurrences", f"{len(month_items)} occurrences", "—",
                            timed(repaint_month), "from the view's cached layers"))
    loaded = timed(load_month, *_loads(scale, 5))
    rows.append(BenchRow.of("load the month's occurrences", f"{len(month_items)} occurrences", "—",
                            loaded, _runs_note(loaded, scale)))
    from opsassistant.devtools.bench_calendar_views import proportional_rows  # it imports this module

    rows += proportional_rows(workdir, days, month, first, tz, scale)
    # A job row: DESIGN's 10k events at every scale, into a copy of the bench database (1 run above scale 1).
    # Above scale 1 (one run) the import goes into the bench database itself: the rows that read the seeded
    # calendar are done; those after it (the .ics files, a year of a new series) use databases of their own.
    rows.append(cold_import(workdir, JOB_ICS, None if scale <= 1 else 1, into=open_path(), in_place=scale > 1))
    from opsassistant.devtools import bench_ical

    rows += bench_ical.rows(workdir, scale)
    from opsassistant.services.calendar import editing

    daily = editing.create(editing.EventData(
        title="Daily standup", start=datetime(2033, 1, 3, 9, tzinfo=tz), end=datetime(2033, 1, 3, 9, 15, tzinfo=tz),
        rrule="FREQ=DAILY"))
    year = (datetime(2033, 1, 1, tzinfo=tz), datetime(2034, 1, 1, tzinfo=tz))
    from opsassistant.services.calendar import occurrences

    def expand_year() -> None:
        occurrences.clear_caches()
        occurrences.expand(Event.get_by_id(daily.id), *year)

    rows.append(BenchRow.of("expand a year of recurrences", "daily series, 365 occurrences", "≤ 50 ms",
                            timed(expand_year), kind=JOB))
    del app
    return rows


SEARCH_WORD = "status"  # one title in twelve: a search with thousands of hits across the calendar


if __name__ == "__main__":  # python -m opsassistant.devtools.bench_calendar [COUNT]
    from opsassistant.db.database import open_database

    with tempfile.TemporaryDirectory() as folder:
        open_database(Path(folder) / "bench.db")
        Principal.create(name="Karen Holm", role="executive")
        seed(int(sys.argv[1]) if len(sys.argv) > 1 else 100_000)
        for row in measure(Path(folder)):
            print(f"{row.what:32} {row.data:60} {row.budget:10} {row.median_ms} ms ({row.min_ms}–{row.max_ms}) "
                  f"{row.memory_mb} MB")
