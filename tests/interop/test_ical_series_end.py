"""The end of a plain DAILY/WEEKLY COUNT series is computed in one step; it must equal walking the rule."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
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


def test_a_rule_with_by_parts_is_walked():
    assert ical_rules._last_by_step({"FREQ": "WEEKLY", "COUNT": "3", "BYDAY": "MO,WE"},
                                    datetime(2026, 3, 2, 9, tzinfo=ZoneInfo("UTC")), "UTC") is None
