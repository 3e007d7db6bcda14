"""Calendar benchmarks: seed many events fast; measure painting, .ics import and recurrence expansion."""

from __future__ import annotations

import random
import tempfile
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

from opsassistant.db.models import Event, EventPrincipal, Principal, database
from opsassistant.devtools.benchlib import BenchRow, median_ms
from opsassistant.services.calendar.occurrences import HOME_ZONE, between, series_end, zone

TITLES = ("Bestyrelsesmøde", "Kundemøde", "Frokost", "Afdelingsmøde", "Telefonmøde", "Budgetgennemgang",
          "1:1 med Mads", "Leverandørmøde", "Workshop", "Status", "Tandlæge", "Rekruttering")
PLACES = ("Mødelokale 1", "Mødelokale Øresund", "Teams", "Kantinen", "Aarhus", "")
RULES = ("FREQ=WEEKLY;BYDAY=MO", "FREQ=DAILY;COUNT=20", "FREQ=WEEKLY;BYDAY=TU,TH;COUNT=30",
         "FREQ=MONTHLY;BYDAY=1WE", "FREQ=YEARLY")


def _rows(count: int, around: date, days: int, principal_ids: list[int], rng: random.Random,
          recurring_share: float = 0.002) -> list[dict]:
    tz = zone(HOME_ZONE)
    now = datetime.now(UTC).replace(microsecond=0)
    rows = []
    for index in range(count):
        day = around + timedelta(days=rng.randint(-days, days))
        if rng.random() < 0.04:
            rows.append(dict(uid=f"bench-{index}@opsassistant", title=rng.choice(TITLES), all_day=True,
                             start_date=day, end_date=day + timedelta(days=1),
                             start_utc=datetime.combine(day, time(), tz).astimezone(UTC),
                             end_utc=datetime.combine(day + timedelta(days=1), time(), tz).astimezone(UTC),
                             created_at=now, updated_at=now, exdates=[], rdates=[]))
            continue
        start = datetime.combine(day, time(rng.randint(7, 17), rng.choice((0, 15, 30, 45))), tz)
        end = start + timedelta(minutes=rng.choice((30, 45, 60, 60, 90, 120)))
        rule = rng.choice(RULES) if rng.random() < recurring_share else ""
        rows.append(dict(uid=f"bench-{index}@opsassistant", title=rng.choice(TITLES), location=rng.choice(PLACES),
                         start_utc=start.astimezone(UTC), end_utc=end.astimezone(UTC), rrule=rule,
                         series_until_utc=series_end(rule, start, HOME_ZONE) if rule else None,
                         created_at=now, updated_at=now, exdates=[], rdates=[]))
    return rows


def _insert(rows: list[dict], principal_ids: list[int], rng: random.Random) -> None:
    with database.atomic():
        first_id = (Event.select(Event.id).order_by(Event.id.desc()).scalar() or 0) + 1
        for start in range(0, len(rows), 500):
            Event.insert_many(rows[start:start + 500]).execute()
        if principal_ids:
            ids = [r[0] for r in Event.select(Event.id).where(Event.id >= first_id).tuples()]
            links = [{"event": i, "principal": rng.choice(principal_ids)} for i in ids]
            for start in range(0, len(links), 900):
                EventPrincipal.insert_many(links[start:start + 900]).execute()


def seed(count: int, around: date | None = None, days: int = 365) -> None:
    """Bulk-insert ``count`` events (about 0.2 % recurring series) spread over ±``days`` around ``around``."""
    rng = random.Random(4711)
    principal_ids = [p.id for p in Principal.alive()]
    _insert(_rows(count, around or date.today(), days, principal_ids, rng), principal_ids, rng)


def _week_of(day: date) -> date:
    return day - timedelta(days=day.weekday())


def _ics(path: Path, count: int) -> None:
    from opsassistant.interop import ical_write as w

    rng = random.Random(7)
    tz = zone(HOME_ZONE)
    blocks = []
    for index in range(count):
        start = datetime.combine(date(2025, 1, 1) + timedelta(days=rng.randint(0, 700)), time(rng.randint(7, 17)), tz)
        lines = [w.prop("UID", f"ics-bench-{index}"), w.prop("DTSTAMP", "20260101T000000Z"),
                 w.text_prop("SUMMARY", rng.choice(TITLES)), w.dt_prop("DTSTART", start, HOME_ZONE),
                 w.dt_prop("DTEND", start + timedelta(hours=1), HOME_ZONE), w.text_prop("LOCATION", "Mødelokale 1")]
        if index % 50 == 0:
            lines.append("RRULE:FREQ=WEEKLY;COUNT=10")
        blocks.append(w.vevent(lines, [w.display_alarm(15, "")] if index % 3 == 0 else []))
    path.write_text(w.calendar_text(blocks, [HOME_ZONE], (2025, 2027)), encoding="utf-8")


def measure(workdir: Path, scale: float = 1.0) -> list[BenchRow]:
    """Rows for the budget table; expects an open database (events are added to it)."""
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    rows = []
    principal_ids = [p.id for p in Principal.alive()]
    rng = random.Random(99)
    week = _week_of(date(2031, 3, 3))  # a week of its own, far from the seeded data
    week_count, month_count = max(1, int(500 * scale)), max(1, int(3000 * scale))
    _insert(_rows(week_count, week + timedelta(days=3), 3, principal_ids, rng, 0.0), principal_ids, rng)
    from opsassistant.gui.calendar.month_view import MonthView
    from opsassistant.gui.calendar.time_view import TimeGridView

    tz = zone(HOME_ZONE)
    days = [week + timedelta(days=i) for i in range(7)]
    view = TimeGridView()
    view.resize(1280, 800)

    def load_week() -> list:
        return between(datetime.combine(days[0], time(), tz), datetime.combine(days[-1], time(23, 59), tz))

    week_items = load_week()

    def paint_week() -> None:
        view.set_data(days, week_items, {}, {}, None)
        view.grab()

    rows.append(BenchRow("paint the week view", f"{week_count} events that week", "≤ 30 ms", median_ms(paint_week),
                         note="layout + paint; loading the occurrences is the next row"))
    rows.append(BenchRow("load the week's occurrences", f"{len(week_items)} occurrences", "—", median_ms(load_week)))
    month = date(2032, 5, 1)
    _insert(_rows(month_count, month + timedelta(days=15), 15, principal_ids, rng, 0.0), principal_ids, rng)
    month_view = MonthView()
    month_view.resize(1280, 800)

    first = month - timedelta(days=month.weekday())

    def load_month() -> list:
        return between(datetime.combine(first, time(), tz), datetime.combine(first + timedelta(days=42), time(), tz))

    month_items = load_month()

    def paint_month() -> None:
        month_view.set_data(month, month_items, {}, {}, ["M", "T", "W", "T", "F", "S", "S"], "+%1")
        month_view.grab()

    rows.append(BenchRow("paint the month view", f"{month_count} events in the month", "≤ 50 ms",
                         median_ms(paint_month), note="layout + paint"))
    rows.append(BenchRow("load the month's occurrences", f"{len(month_items)} occurrences", "—",
                         median_ms(load_month)))
    ics_count = max(1, int(10_000 * scale))
    path = Path(workdir) / "bench.ics"
    _ics(path, ics_count)
    from opsassistant.interop import ical

    def import_ics() -> None:
        with database.atomic() as transaction:
            ical.import_file(path)
            transaction.rollback()

    rows.append(BenchRow("import an .ics", f"{ics_count} events", "≤ 1.5 s", median_ms(import_ics, repeat=3)))
    from opsassistant.services.calendar import editing

    daily = editing.create(editing.EventData(
        title="Daily standup", start=datetime(2033, 1, 3, 9, tzinfo=tz), end=datetime(2033, 1, 3, 9, 15, tzinfo=tz),
        rrule="FREQ=DAILY"))
    editing.create(editing.EventData(
        title="Weekly", start=datetime(2033, 1, 3, 10, tzinfo=tz), end=datetime(2033, 1, 3, 11, tzinfo=tz),
        rrule="FREQ=WEEKLY;BYDAY=MO,WE,FR"))
    year = (datetime(2033, 1, 1, tzinfo=tz), datetime(2034, 1, 1, tzinfo=tz))
    from opsassistant.services.calendar import occurrences

    def expand_year() -> None:
        occurrences.clear_caches()
        occurrences.expand(Event.get_by_id(daily.id), *year)

    rows.append(BenchRow("expand a year of recurrences", "daily series, 365 occurrences", "≤ 50 ms",
                         median_ms(expand_year)))
    del app
    return rows


if __name__ == "__main__":  # python -m opsassistant.devtools.bench_calendar
    from opsassistant.db.database import open_database

    with tempfile.TemporaryDirectory() as folder:
        open_database(Path(folder) / "bench.db")
        Principal.create(name="Karen Holm", role="executive")
        seed(100_000)
        for row in measure(Path(folder)):
            print(f"{row.what:32} {row.data:34} {row.budget:10} {row.median_ms} ms")
