"""Recurrence that never rewrites what it cannot show: kept rules, re-keyed exceptions, exact lengths, RDATE,
EXDATE of either kind, THISANDFUTURE, bounded expansion, the home zone and the change counter."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from opsassistant.db.models import Event
from opsassistant.services.calendar import editing, occurrences, rules
from opsassistant.services.calendar.editing import EventData

CPH = ZoneInfo("Europe/Copenhagen")
YEAR = (datetime(2026, 1, 1, tzinfo=UTC), datetime(2027, 1, 1, tzinfo=UTC))


def _series(rule, start=datetime(2026, 1, 5, 9, 0, tzinfo=CPH), minutes=60, **kw):
    return editing.create(EventData(title="Series", start=start, end=start + timedelta(minutes=minutes),
                                    rrule=rule, start_timezone="Europe/Copenhagen",
                                    end_timezone="Europe/Copenhagen", **kw))


def _starts(window=YEAR):
    return [o.start for o in occurrences.between(*window)]


def _stored(event_id):
    row = Event.get_by_id(event_id)
    return row.rrule, list(row.exdates), list(row.rdates)


@pytest.mark.parametrize("rule", ["FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1", "FREQ=MONTHLY;BYMONTHDAY=1,15",
                                  "FREQ=MONTHLY;BYDAY=4MO", "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,TH;WKST=SU"])
def test_changing_only_the_title_keeps_the_rule_and_every_occurrence(db, rule):
    event = _series(rule)
    before_rule, before_starts = _stored(event.id), _starts()
    editing.update(event.id, replace(editing.load(event.id), title="Renamed"))
    assert _stored(event.id) == before_rule
    assert _starts() == before_starts
    assert {o.title for o in occurrences.between(*YEAR)} == {"Renamed"}


def test_last_weekday_of_the_month_is_what_it_says(db):
    _series("FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1")
    days = [s.date() for s in _starts((datetime(2026, 1, 1, tzinfo=UTC), datetime(2026, 6, 1, tzinfo=UTC)))]
    assert days == [date(2026, 1, 30), date(2026, 2, 27), date(2026, 3, 31), date(2026, 4, 30), date(2026, 5, 29)]


def test_moving_a_series_takes_its_exceptions_and_overrides_along(db):
    event = _series("FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1")
    found = occurrences.between(*YEAR)
    editing.trash_occurrence(found[1])  # 27 February deleted
    editing.move(found[2], found[2].start + timedelta(hours=3), found[2].end + timedelta(hours=3))  # 31 March
    before = occurrences.between(*YEAR)
    assert len(before) == len(found) - 1
    data = editing.load(event.id)
    editing.update(event.id, replace(data, start=data.start + timedelta(hours=1), end=data.end + timedelta(hours=1)))
    after = occurrences.between(*YEAR)
    assert len(after) == len(before)  # the deleted one stays deleted, the moved one is there once
    assert date(2026, 2, 27) not in {o.start.date() for o in after}
    march = [o for o in after if o.start.date() == date(2026, 3, 31)]
    assert [o.start.hour for o in march] == [12]  # where the user moved it, not also at the series' new time
    assert all(o.start.hour == 10 for o in after if o.start.date() != date(2026, 3, 31))
    assert Event.get_by_id(event.id).rrule == "FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1"


def test_moving_a_series_by_days_keeps_deleted_days_deleted(db):
    event = _series("FREQ=DAILY;COUNT=10")
    found = occurrences.between(*YEAR)
    editing.trash_occurrence(found[3])  # 8 January
    data = editing.load(event.id)
    editing.update(event.id, replace(data, start=data.start + timedelta(days=2), end=data.end + timedelta(days=2)))
    days = [s.date() for s in _starts()]
    assert days == [date(2026, 1, d) for d in (7, 8, 9, 11, 12, 13, 14, 15, 16)]


def test_all_day_series_moved_by_a_day(db):
    event = editing.create(EventData(title="Duty", all_day=True, start_date=date(2026, 3, 2),
                                     end_date=date(2026, 3, 3), rrule="FREQ=WEEKLY;COUNT=4"))
    editing.trash_occurrence(occurrences.between(*YEAR)[1])
    data = editing.load(event.id)
    editing.update(event.id, replace(data, start_date=date(2026, 3, 3), end_date=date(2026, 3, 4)))
    assert [o.start_date for o in occurrences.between(*YEAR)] == [date(2026, 3, 3), date(2026, 3, 17),
                                                                  date(2026, 3, 24)]


def test_lengths_are_exact_on_the_night_summer_time_ends(db):
    # 25 October 2026: 03:00 summer time becomes 02:00. A 23:00-04:00 shift lasts its 5 real hours.
    _series("FREQ=DAILY;COUNT=5", start=datetime(2026, 10, 22, 23, 0, tzinfo=CPH), minutes=300)
    _series("FREQ=DAILY;COUNT=5", start=datetime(2026, 10, 22, 2, 30, tzinfo=CPH), minutes=30)
    found = occurrences.between(datetime(2026, 10, 20, tzinfo=UTC), datetime(2026, 11, 1, tzinfo=UTC))
    assert len(found) == 10
    assert all(o.end_utc - o.start_utc in (timedelta(hours=5), timedelta(minutes=30)) for o in found)
    night = [o for o in found if o.start.date() == date(2026, 10, 24) and o.start.hour == 23][0]
    assert night.end.hour == 3 and night.end.utcoffset() == timedelta(hours=1)
    short = [o for o in found if o.start.date() == date(2026, 10, 25) and o.start.hour == 2][0]
    assert short.end_utc - short.start_utc == timedelta(minutes=30)


def test_a_nominal_duration_keeps_the_wall_clock(db):
    start = datetime(2026, 10, 24, 9, 0, tzinfo=CPH)
    editing.create(EventData(title="Course", start=start, end=datetime(2026, 10, 25, 9, 0, tzinfo=CPH),
                             rrule="FREQ=WEEKLY;COUNT=2", duration="P1D"))
    found = occurrences.between(*YEAR)
    assert [(o.start.hour, o.end.hour) for o in found] == [(9, 9), (9, 9)]
    assert found[0].end_utc - found[0].start_utc == timedelta(hours=25)


def test_all_day_lengths_are_whole_days(db):
    editing.create(EventData(title="Fair", all_day=True, start_date=date(2026, 10, 24), end_date=date(2026, 10, 26),
                             rrule="FREQ=YEARLY;COUNT=2"))
    found = occurrences.between(*YEAR)
    assert [(o.start_date, o.end_date) for o in found] == [(date(2026, 10, 24), date(2026, 10, 26))]
    assert found[0].end.hour == 0 and found[0].start.hour == 0


def test_rdates_of_every_kind_with_and_without_a_rule(db):
    start = datetime(2026, 5, 4, 9, 0, tzinfo=CPH)
    editing.create(EventData(title="Extra", start=start, end=start + timedelta(hours=1), rdates=[
        "2026-05-06 12:00:00",  # a UTC moment: 14:00 in Copenhagen, an hour long
        "2026-05-08",  # a date: at DTSTART's wall-clock time
        "2026-05-11 06:00:00/2026-05-11 09:30:00",  # a PERIOD: its own length
    ]))
    found = occurrences.between(*YEAR)
    assert [(o.start.day, o.start.hour, o.end_utc - o.start_utc) for o in found] == [
        (4, 9, timedelta(hours=1)), (6, 14, timedelta(hours=1)), (8, 9, timedelta(hours=1)),
        (11, 8, timedelta(hours=3, minutes=30))]
    assert all(o.series_id == found[0].event_id for o in found)
    editing.trash_occurrence(found[2])
    assert [o.start.day for o in occurrences.between(*YEAR)] == [4, 6, 11]
    _series("FREQ=WEEKLY;COUNT=2", start=datetime(2026, 6, 1, 9, 0, tzinfo=CPH), rdates=["2026-06-03"])
    assert [o.start.day for o in occurrences.between(datetime(2026, 6, 1, tzinfo=UTC),
                                                     datetime(2026, 7, 1, tzinfo=UTC))] == [1, 3, 8]


def test_exdate_as_a_date_removes_that_days_occurrence_of_a_timed_series(db):
    _series("FREQ=DAILY;COUNT=4", exdates=["2026-01-06", "2026-01-07 08:00:00"])
    assert [s.day for s in _starts()] == [5, 8]


def test_this_and_future_override_moves_and_renames_every_later_occurrence(db):
    event = _series("FREQ=WEEKLY;COUNT=5")
    third = occurrences.between(*YEAR)[2]
    data = replace(editing.occurrence_data(third), title="Later", start=third.start + timedelta(hours=2),
                   end=third.end + timedelta(hours=3), recurrence_range="THISANDFUTURE")
    editing.update_occurrence(third, data)
    found = occurrences.between(*YEAR)
    assert [(o.title, o.start.hour, o.end.hour) for o in found] == [
        ("Series", 9, 10), ("Series", 9, 10), ("Later", 11, 13), ("Later", 11, 13), ("Later", 11, 13)]
    assert sum(o.event_id != event.id for o in found) == 1


def test_every_expansion_is_capped(db):
    start = datetime(2026, 1, 1, 0, 0, tzinfo=UTC)
    editing.create(EventData(title="Tick", start=start, end=start + timedelta(seconds=30),
                             start_timezone="UTC", end_timezone="UTC", rrule="FREQ=MINUTELY;COUNT=50000"))
    assert len(occurrences.between(*YEAR)) == rules.MAX_PER_RANGE


@pytest.mark.parametrize(("rule", "words"), [
    ("FREQ=SECONDLY;UNTIL=20360101T000000Z", "too often"),
    ("FREQ=MINUTELY;UNTIL=21260101T000000Z", "too often"),
    ("FREQ=MINUTELY", "needs an end"),
    ("FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30", "never happens"),
    ("FREQ=DAILY;COUNT=-1", "not valid"),
    ("FREQ=DAILY;COUNT=1000000", "more than"),
    ("FREQ=FORTNIGHTLY", "not valid"),
])
def test_absurd_rules_are_refused_with_a_clear_message(db, rule, words):
    start = datetime(2026, 1, 1, 9, 0, tzinfo=CPH)
    problems = editing.validate(EventData(title="X", start=start, end=start + timedelta(hours=1), rrule=rule))
    assert words in problems["rrule"]
    with pytest.raises(editing.EditError):
        editing.create(EventData(title="X", start=start, end=start + timedelta(hours=1), rrule=rule))


def test_a_daily_rule_until_9999_is_stored_as_open_ended_without_expanding_it(db):
    event = _series("FREQ=DAILY;UNTIL=99991231T000000Z")
    assert Event.get_by_id(event.id).series_until_utc is None
    assert len(_starts()) == 361


def test_series_end_covers_rdates(db):
    event = _series("FREQ=DAILY;COUNT=2", rdates=["2026-03-01 10:00:00"])
    assert Event.get_by_id(event.id).series_until_utc == datetime(2026, 3, 1, 11, 0, tzinfo=UTC)
    assert len(_starts()) == 3
    # The last occurrence is found from a range that starts while it is under way.
    late = occurrences.between(datetime(2026, 3, 1, 10, 30, tzinfo=UTC), datetime(2026, 3, 2, tzinfo=UTC))
    assert [o.start_utc for o in late] == [datetime(2026, 3, 1, 10, 0, tzinfo=UTC)]


def test_home_zone_is_the_executives_setting(db):
    from opsassistant.services import principals

    principals.save(principals.PrincipalData(name="Boss", role="executive", home_timezone="America/New_York"))
    assert occurrences.home_zone() == "America/New_York"
    editing.create(EventData(title="Holiday", all_day=True, start_date=date(2026, 7, 3), end_date=date(2026, 7, 4)))
    (found,) = occurrences.on_day(date(2026, 7, 3))
    assert found.start.tzinfo.key == "America/New_York"
    assert Event.get(Event.title == "Holiday").start_timezone == "America/New_York"


def test_no_zone_is_hard_coded_in_the_services():
    # The demo's Danish office and the airport names are data, not a default zone.
    folder = Path(occurrences.__file__).parent.parent
    found = [str(p.relative_to(folder)) for p in folder.rglob("*.py")
             if "Europe/Copenhagen" in p.read_text(encoding="utf-8") and p.parent.name != "demo"]
    assert found == []


def test_calls_and_outings_use_the_executives_zone(db):
    from opsassistant.services import principals
    from opsassistant.services.calls import logging as call_logging
    from opsassistant.services.calls import queries

    principals.save(principals.PrincipalData(name="Boss", role="executive", home_timezone="Asia/Tokyo"))
    assert queries.local_zone() == "Asia/Tokyo"
    call = call_logging.log_call(call_logging.CallData(name="Ole", number="20 30 40 50"))
    assert call.timezone == "Asia/Tokyo"


def test_every_write_bumps_the_change_counter(db):
    event = _series("FREQ=DAILY;COUNT=5")
    counts = [Event.get_by_id(event.id).change_count]
    editing.update(event.id, replace(editing.load(event.id), title="Again"))
    counts.append(Event.get_by_id(event.id).change_count)
    editing.trash_occurrence(occurrences.between(*YEAR)[0])
    counts.append(Event.get_by_id(event.id).change_count)
    editing.trash(event.id)
    counts.append(Event.get_by_id(event.id).change_count)
    editing.restore(event.id)
    counts.append(Event.get_by_id(event.id).change_count)
    assert counts == [1, 2, 3, 4, 5]


def test_migration_adds_the_recurrence_columns_to_a_version_1_file(db_path):
    import sqlite3

    from opsassistant.db.database import close_database, open_database

    open_database(db_path)
    close_database()
    conn = sqlite3.connect(db_path)
    for column in ("duration", "recurrence_range", "sequence", "change_count"):
        conn.execute(f"ALTER TABLE event DROP COLUMN {column}")
    conn.execute("DROP INDEX event_rdate_masters")
    conn.execute("PRAGMA user_version = 1")
    conn.commit()
    conn.close()
    open_database(db_path)
    try:
        start = datetime(2026, 5, 4, 9, 0, tzinfo=CPH)
        editing.create(EventData(title="After", start=start, end=start + timedelta(hours=1), rdates=["2026-05-05"]))
        assert len(occurrences.between(*YEAR)) == 2
    finally:
        close_database()


def test_a_stored_rule_that_never_happens_shows_nothing_instead_of_hanging(db):
    # Written past validate() (an old import): the expansion still stops at once.
    start = datetime(2026, 1, 5, 9, 0, tzinfo=CPH)
    Event.create(title="Never", start_utc=start.astimezone(UTC), end_utc=(start + timedelta(hours=1)).astimezone(UTC),
                 start_timezone="Europe/Copenhagen", end_timezone="Europe/Copenhagen",
                 rrule="FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30")
    assert occurrences.between(*YEAR) == []
    assert occurrences.series_end("FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30;COUNT=3", start, "Europe/Copenhagen") == \
        start.astimezone(UTC)


def test_a_pinned_rule_moved_by_a_day_keeps_its_exceptions_on_the_same_occurrences(db):
    # "Last weekday of the month" moved from Friday 30 to Thursday 29 January, rule kept: the occurrences are
    # still the last weekdays, so the deleted 27 February must stay deleted (n-th maps to n-th).
    event = _series("FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1", start=datetime(2026, 1, 30, 9, 0, tzinfo=CPH))
    editing.trash_occurrence(occurrences.between(*YEAR)[1])
    data = editing.load(event.id)
    editing.update(event.id, replace(data, start=data.start - timedelta(days=1), end=data.end - timedelta(days=1)))
    days = [s.date() for s in _starts((datetime(2026, 1, 1, tzinfo=UTC), datetime(2026, 5, 1, tzinfo=UTC)))]
    assert date(2026, 2, 27) not in days and date(2026, 3, 31) in days


def test_moving_a_series_to_another_zone_re_keys_in_that_zone(db):
    event = _series("FREQ=DAILY;COUNT=3")
    editing.trash_occurrence(occurrences.between(*YEAR)[1])  # 6 January
    data = editing.load(event.id)
    london = ZoneInfo("Europe/London")
    editing.update(event.id, replace(data, start=datetime(2026, 1, 5, 9, 0, tzinfo=london),
                                     end=datetime(2026, 1, 5, 10, 0, tzinfo=london),
                                     start_timezone="Europe/London", end_timezone="Europe/London"))
    found = occurrences.between(*YEAR)
    assert [(o.start.day, o.start.hour, o.start.tzinfo.key) for o in found] == [
        (5, 9, "Europe/London"), (7, 9, "Europe/London")]


def test_huge_nominal_durations_fall_back_to_the_exact_end(db):
    start = datetime(9999, 11, 1, 9, 0, tzinfo=UTC)
    for duration in ("P9999999D", "P999999999999999999W", "P36000D"):
        editing.create(EventData(title=duration, start=start, end=start + timedelta(hours=1), start_timezone="UTC",
                                 end_timezone="UTC", rrule="FREQ=DAILY;COUNT=2", duration=duration))
    found = occurrences.between(datetime(9999, 10, 1, tzinfo=UTC), datetime(9999, 12, 31, tzinfo=UTC))
    assert len(found) == 6
    assert [o.end_utc - o.start_utc for o in found if o.title != "P36000D"] == [timedelta(hours=1)] * 4
