"""Recurrence expansion, overrides, EXDATE/RDATE, summer time in Copenhagen, zones that differ."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from opsassistant.services.calendar import editing, occurrences
from opsassistant.services.calendar.editing import EventData

CPH = ZoneInfo("Europe/Copenhagen")


def _timed(title, start, minutes=60, **kw):
    return editing.create(EventData(title=title, start=start, end=start + timedelta(minutes=minutes), **kw))


def test_single_event_in_range(db, executive):
    _timed("Board", datetime(2026, 4, 2, 9, 0, tzinfo=CPH), principal_ids=[executive.id])
    found = occurrences.between(datetime(2026, 4, 2, tzinfo=CPH), datetime(2026, 4, 3, tzinfo=CPH))
    assert [o.title for o in found] == ["Board"]
    assert found[0].principal_ids == (executive.id,)
    assert found[0].start.hour == 9 and found[0].start.tzinfo.key == "Europe/Copenhagen"
    assert occurrences.between(datetime(2026, 4, 3, tzinfo=CPH), datetime(2026, 4, 4, tzinfo=CPH)) == []


def test_weekly_series_keeps_wall_clock_across_last_sunday_of_march(db):
    # Monday 23 March 2026 09:00 CET; summer time starts Sunday 29 March.
    _timed("Standup", datetime(2026, 3, 23, 9, 0, tzinfo=CPH), rrule="FREQ=WEEKLY;COUNT=3")
    found = occurrences.between(datetime(2026, 3, 1, tzinfo=UTC), datetime(2026, 5, 1, tzinfo=UTC))
    assert [o.start.hour for o in found] == [9, 9, 9]
    assert [o.start.utcoffset() for o in found] == [timedelta(hours=1), timedelta(hours=2), timedelta(hours=2)]
    assert all(o.end - o.start == timedelta(hours=1) for o in found)


def test_event_across_last_sunday_of_october_keeps_real_length(db):
    # 00:30 to 04:30 local on 25 October 2026: the clock goes back at 03:00, so 5 real hours.
    start = datetime(2026, 10, 25, 0, 30, tzinfo=CPH)
    end = datetime(2026, 10, 25, 4, 30, tzinfo=CPH)
    editing.create(EventData(title="Night shift", start=start, end=end))
    (occ,) = occurrences.on_day(date(2026, 10, 25))
    assert occ.end_utc - occ.start_utc == timedelta(hours=5)
    # The day itself is 25 hours long and the range covers it.
    assert len(occurrences.on_day(date(2026, 10, 25))) == 1


def test_start_and_end_zones_differ(db):
    start = datetime(2026, 5, 4, 10, 0, tzinfo=CPH)
    end = datetime(2026, 5, 4, 14, 0, tzinfo=ZoneInfo("America/New_York"))
    editing.create(EventData(title="Flight", start=start, end=end, start_timezone="Europe/Copenhagen",
                             end_timezone="America/New_York"))
    (occ,) = occurrences.on_day(date(2026, 5, 4))
    assert occ.start.hour == 10 and occ.end.hour == 14
    assert occ.end.tzinfo.key == "America/New_York"
    assert occ.end_utc - occ.start_utc == timedelta(hours=10)


def test_exdate_rdate_and_override(db):
    event = _timed("Weekly", datetime(2026, 1, 5, 10, 0, tzinfo=CPH), rrule="FREQ=WEEKLY;BYDAY=MO;COUNT=5")
    found = occurrences.between(datetime(2026, 1, 1, tzinfo=UTC), datetime(2026, 3, 1, tzinfo=UTC))
    assert len(found) == 5
    editing.trash_occurrence(found[1])
    moved = editing.move(found[2], found[2].start + timedelta(hours=2), found[2].end + timedelta(hours=2))
    assert moved != event.id
    master = editing.load(event.id)
    master.rdates = [occurrences.occurrence_key(datetime(2026, 2, 20, 8, 0, tzinfo=UTC))]
    editing.update(event.id, master)
    found = occurrences.between(datetime(2026, 1, 1, tzinfo=UTC), datetime(2026, 3, 1, tzinfo=UTC))
    assert len(found) == 5
    hours = sorted(o.start.hour for o in found)
    assert hours == [9, 10, 10, 10, 12]
    assert {o.series_id for o in found} == {event.id}


def test_until_in_utc_and_all_day_yearly(db):
    _timed("Daily", datetime(2026, 6, 1, 8, 0, tzinfo=CPH), rrule="FREQ=DAILY;UNTIL=20260603T060000Z")
    editing.create(EventData(title="Birthday", all_day=True, start_date=date(2020, 2, 29),
                             end_date=date(2020, 3, 1), rrule="FREQ=YEARLY"))
    found = occurrences.between(datetime(2026, 6, 1, tzinfo=CPH), datetime(2026, 6, 10, tzinfo=CPH))
    assert len(found) == 3
    leap = occurrences.between(datetime(2028, 1, 1, tzinfo=CPH), datetime(2029, 1, 1, tzinfo=CPH))
    assert [o.start_date for o in leap] == [date(2028, 2, 29)]


def test_principal_filter_and_trash(db, executive, team_member):
    a = _timed("Mine", datetime(2026, 4, 2, 9, 0, tzinfo=CPH), principal_ids=[executive.id])
    _timed("Theirs", datetime(2026, 4, 2, 11, 0, tzinfo=CPH), principal_ids=[team_member.id])
    day = (datetime(2026, 4, 2, tzinfo=CPH), datetime(2026, 4, 3, tzinfo=CPH))
    assert [o.title for o in occurrences.between(*day, [executive.id])] == ["Mine"]
    editing.trash(a.id)
    assert [o.title for o in occurrences.between(*day)] == ["Theirs"]


def test_long_event_found_from_the_middle(db):
    editing.create(EventData(title="Conference", all_day=True, start_date=date(2026, 3, 1),
                             end_date=date(2026, 3, 20)))
    assert [o.title for o in occurrences.on_day(date(2026, 3, 15))] == ["Conference"]


def test_long_timed_event_and_several_principals(db, executive, team_member):
    # Longer than LONG_SPAN: found through its own index when the range starts in the middle.
    _timed("Secondment", datetime(2026, 3, 2, 8, 0, tzinfo=CPH), minutes=60 * 24 * 12,
           principal_ids=[team_member.id, executive.id])
    _timed("Short", datetime(2026, 3, 10, 8, 0, tzinfo=CPH))
    found = occurrences.on_day(date(2026, 3, 10))
    assert [o.title for o in found] == ["Secondment", "Short"]
    assert found[0].principal_ids == tuple(sorted((executive.id, team_member.id)))
    assert found[0].end - found[0].start == timedelta(days=12)
    assert [o.title for o in occurrences.on_day(date(2026, 3, 10), [team_member.id])] == ["Secondment"]
    assert occurrences.on_day(date(2026, 3, 15)) == []


def test_old_open_series_any_range_in_any_order(db):
    # The generated moments are cached per rule: later, earlier and repeated ranges must all be right.
    _timed("Monday meeting", datetime(2020, 1, 6, 9, 0, tzinfo=CPH), rrule="FREQ=WEEKLY;BYDAY=MO")
    for year in (2031, 2021, 2031, 2026):
        found = occurrences.between(datetime(year, 6, 1, tzinfo=CPH), datetime(year, 7, 1, tzinfo=CPH))
        mondays = [date(year, 6, d) for d in range(1, 31) if date(year, 6, d).weekday() == 0]
        assert [o.start.date() for o in found] == mondays
        assert all(o.start.hour == 9 for o in found)


def test_overrides_of_a_trashed_series_are_hidden(db):
    event = _timed("Weekly", datetime(2026, 1, 5, 10, 0, tzinfo=CPH), rrule="FREQ=WEEKLY;COUNT=3")
    window = (datetime(2026, 1, 1, tzinfo=UTC), datetime(2026, 2, 1, tzinfo=UTC))
    first = occurrences.between(*window)[0]
    editing.move(first, first.start + timedelta(hours=1), first.end + timedelta(hours=1))
    assert len(occurrences.between(*window)) == 3
    editing.trash(event.id)
    assert occurrences.between(*window) == []


def test_range_queries_walk_the_partial_indexes_without_statistics(db, executive):
    # A user's database never gets ANALYZE: the plans must still be index ranges, never "every live event".
    from opsassistant.db.models import database

    timed = ["2026-03-01 00:00:00", "2026-03-09 00:00:00", "2026-03-08 00:00:00"]
    all_day = ["2026-03-01", "2026-03-08", "2026-03-08"]
    for principals in (None, [executive.id]):
        where, params = occurrences._principal_filter(principals)
        for sql, args, index in (
                (occurrences._TIMED, [*timed, *params, timed[0], timed[2], *params], "event_timed_single"),
                (occurrences._ALL_DAY, [*all_day, *params, all_day[0], all_day[2], *params], "event_all_day_single")):
            plan = " | ".join(row[3] for row in database.execute_sql(
                "EXPLAIN QUERY PLAN " + occurrences._SINGLE_SELECT + sql.format(p=where), args).fetchall())
            assert index in plan and "event_deleted_at" not in plan, plan
            assert "SCAN event" not in plan, plan
        # The series' occurrences: their materialised rows, short ones by start and long ones by end.
        from opsassistant.services.calendar import occurrences_index

        plan = " | ".join(row[3] for row in database.execute_sql(
            "EXPLAIN QUERY PLAN " + occurrences_index.ROWS.format(p=where.replace("event.id", "o.series_id")),
            [*timed, *params, timed[2], timed[1], *params]).fetchall())
        assert "event_occurrence_span" in plan and "event_occurrence_long" in plan and "SCAN" not in plan, plan
        assert "COVERING INDEX event_occurrence_span" in plan, plan  # no lookup of each row in the table
        # A search's hit series: their own rows by primary key, however many are named and however long the range.
        ids = list(range(1, 901))
        named = where.replace("event.id", "o.series_id") + f" AND series_id IN ({', '.join('?' for _ in ids)})"
        plan = " | ".join(row[3] for row in database.execute_sql(
            "EXPLAIN QUERY PLAN " + occurrences_index.ROWS_OF_SERIES.format(p=named),
            ["1990-01-01 00:00:00", "2090-01-01 00:00:00", "1990-01-01 00:00:00", *params, *ids,
             "1990-01-01 00:00:00", "2090-01-01 00:00:00", *params, *ids]).fetchall())
        assert plan.count("USING PRIMARY KEY (series_id=?)") == 2, plan
