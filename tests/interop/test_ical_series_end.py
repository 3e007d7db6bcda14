"""The end of a COUNT series of the common kinds (plain DAILY/WEEKLY, WEEKLY;BYDAY, MONTHLY, YEARLY) is computed
in one step; it must equal walking the rule, with dateutil as the independent reference."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from dateutil.rrule import rrulestr
from hypothesis import given, settings
from hypothesis import strategies as st

from opsassistant.interop import ical_rules


@settings(max_examples=300, deadline=None)
@given(zone=st.sampled_from(["Europe/Copenhagen", "America/New_York", "UTC", "Australia/Sydney"]),
       minutes=st.integers(0, 60 * 24 * 3000), all_day=st.booleans(), freq=st.sampled_from(["DAILY", "WEEKLY"]),
       count=st.integers(1, 600), interval=st.integers(1, 5))
def test_one_step_end_equals_the_walked_end(zone, minutes, all_day, freq, count, interval):
    start = datetime(2019, 1, 1, tzinfo=ZoneInfo(zone)) + timedelta(minutes=minutes)
    start = start.date() if all_day else start
    rule = f"FREQ={freq};COUNT={count};INTERVAL={interval}"
    fast = ical_rules.bounded_series_end(rule, start, zone, timedelta(hours=1))
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(ical_rules, "_last_by_step", lambda *args: None)
        walked = ical_rules.bounded_series_end(rule, start, zone, timedelta(hours=1))
    assert fast == walked and fast is not None


_DAYS = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]


@st.composite
def _rules(draw) -> str:
    """A COUNT rule of a kind _last_by_step computes (or of one it must leave to dateutil)."""
    freq = draw(st.sampled_from(["DAILY", "WEEKLY", "MONTHLY", "YEARLY"]))
    parts = [f"FREQ={freq}", f"COUNT={draw(st.integers(1, 800))}"]
    if draw(st.booleans()):
        parts.append(f"INTERVAL={draw(st.integers(1, 7))}")
    if freq == "WEEKLY" and draw(st.booleans()):
        days = draw(st.lists(st.sampled_from(_DAYS), min_size=1, max_size=7))
        parts.append("BYDAY=" + ",".join(days))
    if draw(st.booleans()):
        parts.append(f"WKST={draw(st.sampled_from(_DAYS))}")
    return ";".join(draw(st.permutations(parts)))


@settings(max_examples=1500, deadline=None)
@given(rule=_rules(), day=st.dates(date(1990, 1, 1), date(2060, 12, 31)), minute=st.integers(0, 24 * 60 - 1))
def test_the_computed_last_moment_is_dateutils_last_occurrence(rule, day, minute):
    naive = datetime.combine(day, time(minute // 60, minute % 60))
    values = dict(part.split("=") for part in rule.split(";"))
    computed = ical_rules._last_by_step(values, naive.replace(tzinfo=ZoneInfo("UTC")), "UTC")
    occurrences = list(rrulestr(rule, dtstart=naive))
    if computed is None:  # only the months that lack DTSTART's day and 29 February are left to the walk
        assert values["FREQ"] in ("MONTHLY", "YEARLY") and (naive.day > 28 or (naive.month, naive.day) == (2, 29))
    else:
        assert computed == occurrences[-1], rule


@settings(max_examples=300, deadline=None)
@given(rule=_rules(), day=st.dates(date(1990, 1, 1), date(2060, 12, 31)), all_day=st.booleans(),
       zone=st.sampled_from(["Europe/Copenhagen", "America/New_York", "Australia/Sydney"]))
def test_the_series_end_is_the_walked_end(rule, day, all_day, zone):
    start = day if all_day else datetime.combine(day, time(9, 30), ZoneInfo(zone))
    fast = ical_rules.bounded_series_end(rule, start, zone, timedelta(hours=1))
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(ical_rules, "_last_by_step", lambda *args: None)
        walked = ical_rules.bounded_series_end(rule, start, zone, timedelta(hours=1))
    assert fast == walked and fast is not None


def test_a_rule_with_other_by_parts_is_walked():
    start = datetime(2026, 3, 2, 9, tzinfo=ZoneInfo("UTC"))
    assert ical_rules._last_by_step({"FREQ": "MONTHLY", "COUNT": "3", "BYMONTHDAY": "2"}, start, "UTC") is None
    assert ical_rules._last_by_step({"FREQ": "WEEKLY", "COUNT": "3", "BYDAY": "1MO"}, start, "UTC") is None
    assert ical_rules._last_by_step({"FREQ": "YEARLY", "COUNT": "3", "BYMONTH": "3"}, start, "UTC") is None


def test_the_31st_and_the_leap_day_are_walked():
    assert ical_rules._last_by_step({"FREQ": "MONTHLY", "COUNT": "3"}, datetime(2026, 1, 31, 9), "") is None
    assert ical_rules._last_by_step({"FREQ": "YEARLY", "COUNT": "3"}, datetime(2028, 2, 29, 9), "") is None
