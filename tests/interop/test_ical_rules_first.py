"""starts_series answers without walking for plain rules: the answer must be the one walking the rule gives."""

from __future__ import annotations

from datetime import date, datetime
from itertools import product
from zoneinfo import ZoneInfo

from opsassistant.interop import ical_rules
from opsassistant.interop.ical_rules import _naive, _parse_rule, starts_series

STARTS = [
    datetime(2026, 1, 31, 9, 0, tzinfo=ZoneInfo("Europe/Copenhagen")),  # the 31st: months without one are skipped
    datetime(2028, 2, 29, 23, 30, tzinfo=ZoneInfo("America/New_York")),  # a leap day
    datetime(2026, 3, 29, 2, 30, tzinfo=ZoneInfo("Europe/London")),  # the night the clocks go forward
    datetime(2026, 10, 25, 1, 30, tzinfo=ZoneInfo("Europe/Copenhagen")),  # the night they go back
    date(2026, 5, 31),
    date(2024, 2, 29),
]
RULES = ["FREQ=DAILY", "FREQ=WEEKLY;INTERVAL=2;COUNT=5", "FREQ=MONTHLY;COUNT=3", "FREQ=YEARLY;INTERVAL=4",
         "FREQ=MONTHLY;WKST=SU", "FREQ=WEEKLY;BYDAY=MO,WE;COUNT=4",
         "FREQ=WEEKLY;BYDAY=TU,SU;WKST=SU", "FREQ=WEEKLY;INTERVAL=2;BYDAY=SA", "FREQ=WEEKLY;BYDAY=1MO", "FREQ=MONTHLY;BYMONTHDAY=15",
         "FREQ=YEARLY;BYMONTH=3", "FREQ=DAILY;UNTIL=20200101T000000Z", "FREQ=HOURLY;COUNT=2"]


def _walked(rule: str, start, zone_name: str) -> bool:
    first = next(iter(_parse_rule(rule, start, zone_name)), None)
    return first == _naive(start, zone_name)


def test_starts_series_agrees_with_walking_the_rule():
    for start, rule in product(STARTS, RULES):
        zone_name = start.tzinfo.key if isinstance(start, datetime) else ""
        assert starts_series(rule, start, zone_name) == _walked(rule, start, zone_name), (rule, start)


def test_a_rule_with_a_by_part_that_skips_dtstart_is_walked():
    monday = datetime(2026, 6, 1, 9, tzinfo=ZoneInfo("Europe/Copenhagen"))  # a Monday
    assert not starts_series("FREQ=WEEKLY;BYDAY=TU", monday, "Europe/Copenhagen")
    assert starts_series("FREQ=WEEKLY;BYDAY=MO", monday, "Europe/Copenhagen")


def test_the_kept_rule_is_the_one_asked_for():
    start = datetime(2026, 6, 1, 9, tzinfo=ZoneInfo("Europe/Copenhagen"))
    weekly = ical_rules._dateutil_rule("FREQ=WEEKLY;COUNT=3", start, "Europe/Copenhagen")
    daily = ical_rules._dateutil_rule("FREQ=DAILY;COUNT=3", start, "Europe/Copenhagen")
    assert [m.day for m in weekly] == [1, 8, 15]
    assert [m.day for m in daily] == [1, 2, 3]
    later = datetime(2026, 6, 2, 9, tzinfo=ZoneInfo("Europe/Copenhagen"))
    assert [m.day for m in ical_rules._dateutil_rule("FREQ=DAILY;COUNT=3", later, "Europe/Copenhagen")] == [2, 3, 4]
    london = start.astimezone(ZoneInfo("Europe/London"))  # the same moment, another zone: another wall clock
    assert [m.hour for m in ical_rules._dateutil_rule("FREQ=DAILY;COUNT=1", london, "Europe/London")] == [8]
