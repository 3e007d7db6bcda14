"""``list events`` over long ranges: read a window at a time (streamed), equal to an independent expansion
(recurring-ical-events) of the same real-shaped file — series with exceptions and moved occurrences crossing the
materialised horizon, three zones, all-day and multi-day events — with and without a search."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from opsassistant.db.models import database
from opsassistant.services.calendar import editing, listing, occurrences, occurrences_index
from opsassistant.services.calendar.editing import EventData

CPH = ZoneInfo("Europe/Copenhagen")
TODAY = date.today()
FIRST, LAST = TODAY - timedelta(days=400), TODAY + timedelta(days=900)  # the horizon is today + 548 days


def _reference(path, words: str | None) -> set[tuple[str, str]]:
    """(UID, start) of every occurrence starting in [FIRST, LAST] whose SUMMARY contains ``words``."""
    import icalendar
    import recurring_ical_events

    calendar = icalendar.Calendar.from_ical(path.read_text(encoding="utf-8"))
    lo = datetime.combine(FIRST, time(), CPH)
    hi = datetime.combine(LAST + timedelta(days=1), time(), CPH)
    out = set()
    for event in recurring_ical_events.of(calendar).between(lo - timedelta(days=10), hi + timedelta(days=10)):
        if words and words.casefold() not in str(event["SUMMARY"]).casefold():
            continue
        start = event["DTSTART"].dt
        if isinstance(start, datetime):
            if lo <= start < hi:
                out.add((str(event["UID"]), f"{start.astimezone(UTC):%Y-%m-%d %H:%M}"))
        elif FIRST <= start <= LAST:
            out.add((str(event["UID"]), start.isoformat()))
    return out


def _ours(found: list[dict]) -> set[tuple[str, str]]:
    uids = dict(database.execute_sql("SELECT id, uid FROM event").fetchall())
    out = set()
    for record in found:
        if record["all_day"]:
            key = record["start"]
            inside = FIRST.isoformat() <= key <= LAST.isoformat()
        else:
            start = datetime.fromisoformat(record["start"])
            key = f"{start.astimezone(UTC):%Y-%m-%d %H:%M}"
            inside = datetime.combine(FIRST, time(), CPH) <= start < datetime.combine(LAST + timedelta(days=1),
                                                                                      time(), CPH)
        if inside:
            out.add((uids[record["series_id"] or record["id"]], key))
    return out


@pytest.fixture
def calendar_file(db, tmp_path):
    from opsassistant.devtools.bench_calendar import write_ics
    from opsassistant.interop import ical

    path = tmp_path / "shaped.ics"
    series, excepted = write_ics(path, 500, TODAY, days=700, seed=17)
    assert series > 60 and excepted > 30  # the shape the comparison is about
    result = ical.import_file(path)
    assert not result.skipped
    return path


def test_a_search_over_years_equals_the_reference_expansion(calendar_file):
    found = listing.records(search="status", date_from=FIRST, date_to=LAST)
    theirs = _reference(calendar_file, "status")
    assert len(theirs) > 100
    assert _ours(found) == theirs
    assert {r["title"] for r in found} == {"Status"}
    starts = [datetime.fromisoformat(r["start"]) if not r["all_day"] else
              datetime.combine(date.fromisoformat(r["start"]), time(), CPH) for r in found]
    assert starts == sorted(starts)  # in order across the windows
    moved = [r for r in found if r["location"] == "Flyttet"]
    assert moved and all(r["id"] != r["series_id"] for r in moved)  # edited occurrences are their own rows
    assert any(date.fromisoformat(r["start"][:10]) > TODAY + occurrences_index.HORIZON for r in found)


def test_every_occurrence_over_years_equals_the_reference_expansion(calendar_file):
    found = listing.records(date_from=FIRST, date_to=LAST)
    assert _ours(found) == _reference(calendar_file, None)
    assert len(found) == len({(r["id"], r["start"]) for r in found})  # none twice at the windows' edges


def test_the_stream_is_the_slow_path_in_one_read(calendar_file):
    """The windowed stream gives what one read of the whole range gives, in the same order."""
    start = datetime.combine(FIRST, time(), CPH)
    end = datetime.combine(LAST + timedelta(days=1), time(), CPH)
    whole = [(o.event_id, o.start, o.end, o.title) for o in occurrences.between(start, end)]
    streamed = [(r["id"], r["start"], r["end"], r["title"]) for r in listing.stream(date_from=FIRST, date_to=LAST)]
    assert streamed == [(i, s.date().isoformat() if _all_day(i) else s.isoformat(),
                         e.date().isoformat() if _all_day(i) else e.isoformat(), t) for i, s, e, t in whole]


def _all_day(event_id: int) -> bool:
    return bool(database.execute_sql("SELECT all_day FROM event WHERE id = ?", (event_id,)).fetchone()[0])


def test_events_on_a_window_edge_are_listed_once(db, monkeypatch):
    monkeypatch.setattr(listing, "WINDOW", timedelta(days=3))
    edge = datetime.combine(TODAY + timedelta(days=3), time(), CPH)  # where the second window begins
    editing.create(EventData(title="Midnight note", start=edge, end=edge))  # no length: on the edge itself
    editing.create(EventData(title="Seminar", start=edge - timedelta(hours=5), end=edge + timedelta(days=2)))
    editing.create(EventData(title="Trip", start=edge, end=edge, all_day=True, start_date=edge.date(),
                             end_date=edge.date() + timedelta(days=4)))
    found = listing.records(date_from=TODAY, date_to=TODAY + timedelta(days=9))
    assert sorted(r["title"] for r in found) == ["Midnight note", "Seminar", "Trip"]


def test_a_series_ending_just_past_a_stored_stretch_keeps_its_last_occurrence(db):
    start = datetime.combine(TODAY - timedelta(days=TODAY.weekday()), time(9), CPH)
    event = editing.create(EventData(title="Course", start=start, end=start + timedelta(hours=1),
                                     rrule="FREQ=WEEKLY;COUNT=10"))
    last = start + timedelta(weeks=9)
    with database.atomic():  # rows stored up to a few hours before the last occurrence (its look-ahead sees it)
        occurrences_index.materialise([event.id], last.astimezone(UTC) - timedelta(hours=6))
    found = occurrences.between(last - timedelta(days=1), last + timedelta(days=1))
    assert [o.start for o in found] == [last]


def test_a_search_reads_its_hits_as_the_range_queries_do(db):
    """The hits' single events, read in one pass by id, come as the range read gives them: long and all-day
    ones begun before the look-back, deleted ones left out, and events of the same start in the same order
    (by end, then id, whatever order they were made in)."""
    day = datetime.combine(TODAY, time(9), CPH)
    made = [editing.create(EventData(title="Status", start=day, end=day + timedelta(hours=hours)))
            for hours in (3, 1, 2, 1)]
    made.append(editing.create(EventData(title="Status", start=day, end=day + timedelta(hours=1))))
    made.append(editing.create(EventData(title="Status", start=day - timedelta(days=20), end=day)))  # long
    made.append(editing.create(EventData(title="Status", start=day, end=day, all_day=True,
                                         start_date=TODAY - timedelta(days=12), end_date=TODAY + timedelta(1))))
    made.append(editing.create(EventData(title="Status", start=day, end=day, all_day=True, start_date=TODAY,
                                         end_date=TODAY + timedelta(days=2))))
    made.append(editing.create(EventData(title="Status", start=day - timedelta(days=30),
                                         end=day - timedelta(days=29))))  # before the range
    gone = editing.create(EventData(title="Status", start=day, end=day + timedelta(hours=1)))
    editing.trash(gone.id)
    editing.create(EventData(title="Status", start=day, end=day + timedelta(hours=1), rrule="FREQ=DAILY;COUNT=3"))
    editing.create(EventData(title="Other", start=day, end=day + timedelta(hours=1)))
    start, end = datetime.combine(TODAY - timedelta(days=2), time(), CPH), day + timedelta(days=3)
    ids = {e.id for e in made} | {gone.id}
    wanted = [(o.event_id, o.start, o.end) for o in occurrences.between(start, end) if o.event_id in ids]
    found = occurrences.between(start, end, only=ids, texts=set())
    assert [(o.event_id, o.start, o.end) for o in found] == wanted
    assert len(wanted) == 8 and gone.id not in {o.event_id for o in found}
    searched = [(r["id"], r["start"]) for r in listing.records(search="status", date_from=start, date_to=end)]
    assert [i for i, _ in searched if i in ids] == [i for i, _, _ in wanted]


def test_a_search_with_many_hits_is_read_in_steps_with_the_same_result(calendar_file, monkeypatch):
    """Memory flat in the calendar's size: past SEARCH_ROWS stored occurrences a search reads its range in
    steps, and lists what one read gives, in the same order."""
    whole = list(listing.json_stream(search="status", date_from=FIRST, date_to=LAST))
    calls = []
    real = listing.between
    monkeypatch.setattr(listing, "between", lambda *a, **k: calls.append(a) or real(*a, **k))
    monkeypatch.setattr(listing, "SEARCH_ROWS", 40)
    assert list(listing.json_stream(search="status", date_from=FIRST, date_to=LAST)) == whole
    assert len(whole) > 100 and len(calls) > 3
    assert listing.records(search="status", date_from=FIRST, date_to=LAST) == [
        json.loads(text) for text in whole]
