"""Materialised occurrences: right whoever writes (another process, raw SQL), moved and deleted series and
occurrences, ranges past the horizon extended from the stored point, read-only files, and search in SQL."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from opsassistant.db.models import Event, database
from opsassistant.services.calendar import editing, occurrences, occurrences_index, occurrences_search, rules
from opsassistant.services.calendar.editing import EventData
from opsassistant.services.calendar.occurrences_resume import RuleSource

CPH = ZoneInfo("Europe/Copenhagen")
TODAY = date.today()  # the horizon is counted from now: the dates here are too
THIS_MONDAY = TODAY - timedelta(days=TODAY.weekday())
MONDAY = datetime.combine(THIS_MONDAY - timedelta(days=28), time(9), CPH)  # the series start four weeks ago
NEXT = THIS_MONDAY + timedelta(days=7)  # the week the tests look at


def _week(day: date) -> tuple[datetime, datetime]:
    first = day - timedelta(days=day.weekday())
    return datetime.combine(first, time(), CPH), datetime.combine(first + timedelta(days=7), time(), CPH)


def _series(title="Standup", start=MONDAY, rule="FREQ=WEEKLY", **kw):
    return editing.create(EventData(title=title, start=start, end=start + timedelta(hours=1), rrule=rule, **kw))


def _rows(series_id: int) -> int:
    return database.execute_sql("SELECT count(*) FROM event_occurrence WHERE series_id = ?",
                                (series_id,)).fetchone()[0]


def _reference(event_id: int, start: datetime, end: datetime) -> list[tuple]:
    """The series expanded from its first date by the plain expander, as (key, start, end, title)."""
    occurrences.clear_caches()
    event = Event.get_by_id(event_id)
    return [(o.recurrence_id, o.start_utc, o.end_utc, o.title) for o in occurrences.expand(event, start, end)]


def _shown(event_id: int, start: datetime, end: datetime) -> list[tuple]:
    return [(o.recurrence_id, o.start_utc, o.end_utc, o.title) for o in occurrences.between(start, end)
            if o.series_id == event_id]


def test_a_week_comes_from_the_materialised_rows(db):
    event = _series()
    start, end = _week(NEXT)
    found = occurrences.between(start, end)
    assert [(o.title, o.start) for o in found] == [("Standup", datetime.combine(NEXT, time(9), CPH))]
    assert _rows(event.id) > 50  # expanded once to the horizon, not per read
    database.execute_sql("DELETE FROM event_occurrence WHERE series_id = ?", (event.id,))
    assert occurrences.between(start, end) == []  # so the read really is the rows


def test_an_import_by_another_process_shows_in_the_next_week_query(db, db_path, tmp_path):
    event = _series()
    uid = Event.get_by_id(event.id).uid
    start, end = _week(NEXT)
    assert [o.start.hour for o in occurrences.between(start, end)] == [9]
    ics = tmp_path / "moved.ics"
    ics.write_text("\r\n".join([
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//test//EN", "BEGIN:VEVENT", f"UID:{uid}",
        "DTSTAMP:20261201T000000Z", "SEQUENCE:5", "SUMMARY:Standup moved",
        f"DTSTART;TZID=Europe/Copenhagen:{MONDAY:%Y%m%d}T140000", f"DTEND;TZID=Europe/Copenhagen:{MONDAY:%Y%m%d}T150000", "RRULE:FREQ=WEEKLY;BYDAY=TU", "END:VEVENT",
        "END:VCALENDAR", ""]), encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "opsassistant", "--database", str(db_path), "import", str(ics)],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    found = occurrences.between(start, end)
    assert [(o.title, o.start) for o in found] == [
        ("Standup moved", datetime.combine(NEXT + timedelta(days=1), time(14), CPH))]


def test_a_raw_sql_write_that_bumps_nothing_is_still_seen(db, db_path):
    event = _series()
    start, end = _week(NEXT)
    assert len(occurrences.between(start, end)) == 1
    other = sqlite3.connect(db_path)
    with other:
        other.execute("UPDATE event SET rrule = 'FREQ=DAILY' WHERE id = ?", (event.id,))
    other.close()
    assert [o.start.date() for o in occurrences.between(start, end)] == [NEXT + timedelta(days=i) for i in range(7)]


def test_a_stale_stamp_is_expanded_again_even_without_the_triggers(db):
    event = _series()
    start, end = _week(NEXT)
    assert len(occurrences.between(start, end)) == 1
    database.execute_sql("DROP TRIGGER event_occurrence_au")
    database.execute_sql("UPDATE event SET rrule = 'FREQ=DAILY;COUNT=40', change_count = change_count + 1 "
                         "WHERE id = ?", (event.id,))
    assert database.execute_sql("SELECT count(*) FROM event_occurrence_dirty").fetchone()[0] == 0
    # COUNT=40 from four weeks before this Monday ends on next week's Friday.
    assert [o.start.date() for o in occurrences.between(start, end)] == [NEXT + timedelta(days=i) for i in range(5)]
    # An override's change counts too (its own change_count is part of the stamp).
    [friday] = [o for o in occurrences.between(start, end) if o.start.date() == NEXT + timedelta(days=4)]
    database.execute_sql("DROP TRIGGER event_occurrence_ai")
    Event.insert(title="Moved", series=event.id, recurrence_id=friday.recurrence_id, start_utc=friday.start_utc
                 + timedelta(days=1), end_utc=friday.end_utc + timedelta(days=1), rrule="").execute()
    assert [o.title for o in occurrences.between(start, end)] == ["Standup"] * 4 + ["Moved"]


def test_a_moved_series_and_a_deleted_occurrence(db):
    event = _series()
    start, end = _week(NEXT)
    [occ] = occurrences.between(start, end)
    data = editing.load(event.id)
    data.start, data.end = MONDAY.replace(hour=11), MONDAY.replace(hour=12)
    editing.update(event.id, data)
    [occ] = occurrences.between(start, end)
    assert occ.start == datetime.combine(NEXT, time(11), CPH)
    editing.trash_occurrence(occ)
    assert occurrences.between(start, end) == []
    later = _week(NEXT + timedelta(days=7))
    assert [o.start for o in occurrences.between(*later)] == [datetime.combine(later[0].date(), time(11), CPH)]


def test_a_moved_occurrence_and_this_and_future(db):
    event = _series()
    start, end = _week(NEXT)
    [occ] = occurrences.between(start, end)
    editing.move(occ, occ.start + timedelta(days=1), occ.end + timedelta(days=1))
    [moved] = occurrences.between(start, end)
    assert moved.start == occ.start + timedelta(days=1) and moved.event_id != event.id
    [turn] = occurrences.between(*_week(NEXT + timedelta(days=7)))
    Event.create(title="Standup (new time)", series=event.id, recurrence_id=turn.recurrence_id,
                 recurrence_range="THISANDFUTURE", start_utc=turn.start_utc + timedelta(hours=3),
                 end_utc=turn.start_utc + timedelta(hours=4, minutes=30), start_timezone="Europe/Copenhagen",
                 end_timezone="Europe/Copenhagen")
    for weeks in (14, 70):
        later = occurrences.between(*_week(NEXT + timedelta(days=weeks)))
        assert [(o.title, o.start.time(), o.end - o.start) for o in later] == [
            ("Standup (new time)", time(12), timedelta(minutes=90))]
    assert [o.title for o in occurrences.between(start, end)] == ["Standup"]


def test_a_trashed_and_a_purged_series_lose_their_rows(db):
    first, second = _series("A"), _series("B")
    start, end = _week(NEXT)
    assert {o.title for o in occurrences.between(start, end)} == {"A", "B"}
    editing.trash(first.id)
    assert {o.title for o in occurrences.between(start, end)} == {"B"}
    assert _rows(first.id) == 0
    Event.delete().where(Event.id == second.id).execute()
    assert _rows(second.id) == 0
    assert occurrences.between(start, end) == []


def test_past_the_horizon_the_rows_are_extended_from_the_stored_point(db):
    event = _series(rule="FREQ=MONTHLY;BYDAY=-1FR")  # last Friday of each month
    occurrences.between(*_week(NEXT))
    covered, resume_at, made = database.execute_sql(
        "SELECT covered_to, resume_at, resume_made FROM event_occurrence_series WHERE series_id = ?",
        (event.id,)).fetchone()
    horizon = datetime.now(UTC) + occurrences_index.HORIZON
    assert covered >= f"{horizon:%Y-%m-%d}" and resume_at >= f"{horizon - timedelta(days=40):%Y-%m-%d}"
    assert made >= 17  # the moments before the resume point: the next extension starts there
    far = (datetime(TODAY.year + 5, 1, 1, tzinfo=CPH), datetime(TODAY.year + 5, 7, 1, tzinfo=CPH))
    found = _shown(event.id, *far)
    assert found == _reference(event.id, *far)
    assert len(found) == 6 and all(o[1].astimezone(CPH).weekday() == 4 for o in found)
    covered, resume_at, later_made = database.execute_sql(
        "SELECT covered_to, resume_at, resume_made FROM event_occurrence_series WHERE series_id = ?",
        (event.id,)).fetchone()
    assert covered >= f"{TODAY.year + 5}-07-01" and later_made > made
    # Beyond the stored ten years: expanded for that read, from the resume point, still the same moments.
    very_far = (datetime(TODAY.year + 30, 1, 1, tzinfo=CPH), datetime(TODAY.year + 30, 12, 31, tzinfo=CPH))
    assert _shown(event.id, *very_far) == _reference(event.id, *very_far)
    assert len(_shown(event.id, *very_far)) == 12
    # A range across the stored rows' end: rows before it, expanded after it, no occurrence twice.
    covered = datetime.fromisoformat(database.execute_sql(
        "SELECT covered_to FROM event_occurrence_series WHERE series_id = ?", (event.id,)).fetchone()[0]
    ).replace(tzinfo=UTC)
    daily = _series("Across", start=covered.astimezone(CPH) - timedelta(minutes=30), rule="FREQ=HOURLY;INTERVAL=7;COUNT=500")
    across = (covered - timedelta(days=40), covered + timedelta(days=40))
    occurrences.between(covered - timedelta(days=2), covered)  # materialised to the same end as the other
    assert _shown(daily.id, *across) == _reference(daily.id, *across)
    assert _shown(event.id, *across) == _reference(event.id, *across)


def test_a_restarted_rule_makes_the_same_moments():
    start = datetime(2024, 1, 31, 9, 30)
    for rule in ("FREQ=WEEKLY", "FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH", "FREQ=MONTHLY", "FREQ=MONTHLY;BYDAY=-1FR",
                 "FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1", "FREQ=YEARLY", "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29",
                 "FREQ=DAILY;INTERVAL=3;COUNT=200", "FREQ=HOURLY;INTERVAL=5;UNTIL=20250101T000000",
                 "FREQ=YEARLY;BYWEEKNO=1,27;BYDAY=MO", "FREQ=MONTHLY;INTERVAL=5;BYMONTHDAY=31"):
        whole = RuleSource(rule, start, "Europe/Copenhagen", False)
        reference = whole.between(start, datetime(2040, 1, 1))
        cut = reference[len(reference) // 3]
        point = whole.resume_point(cut)
        resumed = RuleSource(rule, start, "Europe/Copenhagen", False, point)
        assert resumed.between(start, datetime(2040, 1, 1)) == [m for m in reference if m >= point[0]], rule
    capped = RuleSource("FREQ=DAILY;COUNT=10", start, "UTC", False, (datetime(2024, 2, 5, 9, 30), 6))
    assert len(capped.between(start, datetime(2030, 1, 1))) == 5  # numbers 6 to 10


def test_a_read_only_file_is_read_as_it_is(db, db_path):
    from opsassistant.db.database import _open_read_only, close_database

    event = _series()
    start, end = _week(NEXT)
    assert len(occurrences.between(start, end)) == 1
    data = editing.load(event.id)
    data.rrule = "FREQ=DAILY"
    editing.update(event.id, data)  # dirty, not yet expanded
    close_database()
    _open_read_only(Path(db_path))
    assert [o.start.date() for o in occurrences.between(start, end)] == [NEXT + timedelta(days=i) for i in range(7)]
    assert database.execute_sql("SELECT count(*) FROM event_occurrence_dirty").fetchone()[0] == 1


def test_all_day_series_in_the_home_zone(db):
    editing.create(EventData(title="Holiday", all_day=True, start_date=THIS_MONDAY - timedelta(days=7),
                             end_date=THIS_MONDAY - timedelta(days=5), rrule="FREQ=WEEKLY;COUNT=5"))
    found = occurrences.between(*_week(NEXT))
    assert [(o.start_date, o.end_date, o.start) for o in found] == [
        (NEXT, NEXT + timedelta(days=2), datetime.combine(NEXT, time(), CPH))]
    gap = datetime.combine(NEXT + timedelta(days=2), time(), CPH)
    assert occurrences.between(gap, gap + timedelta(days=5)) == []


def test_an_all_day_series_follows_a_new_home_zone(db, executive):
    from opsassistant.db.models import Principal

    late = datetime.combine(NEXT + timedelta(days=2), time(23, 30), UTC)  # already the next day in Copenhagen
    editing.create(EventData(title="Inventory", all_day=True, start_date=THIS_MONDAY, end_date=THIS_MONDAY
                             + timedelta(days=1), rdates=[late.strftime("%Y-%m-%d %H:%M:%S")]))
    week = (datetime.combine(NEXT, time(), UTC), datetime.combine(NEXT + timedelta(days=7), time(), UTC))
    assert [o.start_date for o in occurrences.between(*week)] == [NEXT + timedelta(days=3)]
    Principal.update(home_timezone="Europe/London").where(Principal.id == executive.id).execute()
    assert [o.start_date for o in occurrences.between(*week)] == [NEXT + timedelta(days=2)]


def test_many_series_in_one_week_and_the_cap(db):
    for number in range(60):
        _series(f"S{number}", start=MONDAY + timedelta(minutes=number))
    assert len(occurrences.between(*_week(NEXT))) == 60
    _series("Often", rule="FREQ=MINUTELY;COUNT=20000")
    found = [o for o in occurrences.between(MONDAY, MONDAY + timedelta(days=30)) if o.title == "Often"]
    assert len(found) == rules.MAX_PER_RANGE


def test_search_in_notes_expands_only_that_series(db):
    hit = _series("Weekly review", notes="Projekt Øresundsbroen, kvartalstal")
    other = _series("Weekly review 2")
    lunch = datetime.combine(NEXT, time(12), CPH)
    single = editing.create(EventData(title="Frokost på Øresund", start=lunch, end=lunch + timedelta(hours=1)))
    start, end = _week(NEXT)
    found = occurrences_search.search("oresund", start, end)
    assert [(o.title, o.start) for o in found] == [
        ("Weekly review", datetime.combine(NEXT, time(9), CPH)), ("Frokost på Øresund", lunch)]
    assert _rows(hit.id) > 0 and _rows(other.id) == 0  # the other series was never expanded
    assert database.execute_sql("SELECT series_id FROM event_occurrence_dirty").fetchall() == [(other.id,)]
    assert [o.event_id for o in occurrences_search.search("kvartal", start, end)] == [hit.id]
    a_year_on = _week(NEXT + timedelta(days=364))
    assert [o.start for o in occurrences_search.search("kvartal", *a_year_on)] == [
        datetime.combine(a_year_on[0].date(), time(9), CPH)]
    editing.trash(single.id)
    assert [o.title for o in occurrences_search.search("øresund", start, end)] == ["Weekly review"]


def test_search_keeps_the_principals_shown(db, executive, team_member):
    _series("Budget", principal_ids=[executive.id])
    _series("Budget", start=MONDAY + timedelta(hours=2), principal_ids=[team_member.id])
    start, end = _week(NEXT)
    assert len(occurrences_search.search("budget", start, end)) == 2
    [found] = occurrences_search.search("budget", start, end, [team_member.id])
    assert found.principal_ids == (team_member.id,) and found.start.hour == 11


def test_search_sees_edits_of_another_connection(db, db_path):
    event = _series("Budget")
    start, end = _week(NEXT)
    assert occurrences_search.search("forecast", start, end) == []
    other = sqlite3.connect(db_path)
    with other:
        other.execute("UPDATE event SET title = 'Forecast meeting' WHERE id = ?", (event.id,))
    other.close()
    assert [o.title for o in occurrences_search.search("FORE", start, end)] == ["Forecast meeting"]
    assert occurrences_search.search("budget", start, end) == []


def test_list_events_search_uses_the_index(db):
    from opsassistant.services.calendar import listing

    _series("Bestyrelsesmøde", location="Mødelokale 1")
    _series("Kundemøde")
    found = listing.records(search="bestyr modelok", date_from=NEXT, date_to=NEXT + timedelta(days=27))
    assert [r["start"][:10] for r in found] == [str(NEXT + timedelta(days=7 * i)) for i in range(4)]
    assert {r["title"] for r in found} == {"Bestyrelsesmøde"}
    assert listing.records(search="moede", date_from=NEXT, date_to=NEXT + timedelta(days=27)) == []


def test_a_bulk_of_dirty_series_is_expanded_a_few_hundred_per_transaction(db, monkeypatch):
    from opsassistant.db.database import add_commit_listener, remove_commit_listener

    for number in range(5):
        _series(f"S{number}", start=MONDAY + timedelta(minutes=number))
    monkeypatch.setattr(occurrences_index, "CHUNK", 2)
    commits = []

    def count() -> None:
        commits.append(1)

    add_commit_listener(count)
    try:
        assert len(occurrences.between(*_week(NEXT))) == 5
    finally:
        remove_commit_listener(count)
    assert len(commits) == 3  # 2 + 2 + 1: the write lock is let go between them
    assert database.execute_sql("SELECT count(*) FROM event_occurrence_series").fetchone()[0] == 5


def test_a_days_read_fetches_only_the_series_near_that_day(db, monkeypatch):
    """The index is read a day wider on each side (all-day rows hold dates); the rows only that widening brought
    in are dropped on their stored texts before any master is fetched, all-day ones judged by home-zone dates."""
    wednesday = NEXT + timedelta(days=2)
    made = {day: _series(title=f"Weekly {day}", start=datetime.combine(THIS_MONDAY - timedelta(days=7 - day),
                                                                         time(9), CPH)).id for day in (1, 2, 3)}
    all_day = {day: editing.create(EventData(title=f"All day {day}", all_day=True,
                                             start_date=THIS_MONDAY - timedelta(days=7 - day),
                                             end_date=THIS_MONDAY - timedelta(days=6 - day),
                                             rrule="FREQ=WEEKLY")).id for day in (1, 2, 3)}
    late = datetime.combine(wednesday, time(23, 30), CPH)  # 22:30 UTC: still Wednesday at home
    night = editing.create(EventData(title="Night shift", start=late - timedelta(days=14),
                                     end=late - timedelta(days=14) + timedelta(hours=2), rrule="FREQ=WEEKLY")).id
    start = datetime.combine(wednesday, time(), CPH)
    occurrences.between(start, start + timedelta(days=1))  # the rows are materialised by the first read

    fetched: list[int] = []
    real_fetch = occurrences._fetch

    def counting(sql, ids):
        if sql is occurrences._MASTER_TEXTS:
            fetched.extend(ids)
        return real_fetch(sql, ids)

    monkeypatch.setattr(occurrences, "_fetch", counting)
    found = occurrences.between(start, start + timedelta(days=1))
    assert sorted(o.title for o in found) == ["All day 2", "Night shift", "Weekly 2"]
    # Tuesday's and Thursday's timed series are near misses; the all-day rows of the days beside are kept for
    # the exact check (a day's margin for zones whose midnight falls in a clock change).
    assert set(fetched) == {made[2], night, all_day[1], all_day[2], all_day[3]}
