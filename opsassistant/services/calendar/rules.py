"""RRULE text → moments, always bounded: by the range asked for, by a horizon and by a cap.

dateutil expands a rule lazily, but a rule that never matches (``FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30``) or one
that repeats every second for ten years makes it walk to the year 9999 or fill memory. So nothing here ever
runs ``list(rule)`` on a rule as written: each rule is iterated through a copy whose UNTIL is at most
:data:`HORIZON_YEARS` after DTSTART, and at most :data:`MAX_GENERATED` moments are made per rule.
:func:`check_rule` refuses the absurd ones before they are stored.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from calendar import monthrange
from collections import deque
from collections.abc import Iterator
from datetime import UTC, date, datetime, time, timedelta
from functools import lru_cache
from itertools import islice
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from opsassistant.i18n.messages import translate

# dateutil (and six, which it brings) is imported when the first rule is parsed: the Today page of a started
# program reads the materialised occurrences and parses no rule before its first paint.
if TYPE_CHECKING:
    from dateutil.rrule import rrule

MAX_COUNT = 100_000  # COUNT above this is refused
MAX_PERIODS = 100_000  # an hourly/minutely/secondly rule may span at most this many of its periods
MAX_GENERATED = 200_000  # moments generated per rule (from DTSTART); beyond, a series is cut off
MAX_PER_RANGE = 10_000  # occurrences of one series in one range asked for
HORIZON_YEARS = 400  # no series is expanded further than this after its start (the Gregorian cycle)
_DURATION = re.compile(r"^([+-])?P(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$")


def _utc_zone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name or "UTC")
    except (KeyError, ValueError):
        return ZoneInfo("UTC")


def fix_until(rule_text: str, zone_name: str, all_day: bool) -> str:
    """dateutil wants UNTIL as naive as DTSTART: a UTC UNTIL becomes local wall-clock time (a date for an
    all-day series), a date UNTIL on a timed series the end of that day."""
    parts = []
    for part in rule_text.strip().split(";"):
        if part.upper().startswith("UNTIL="):
            value = part[6:].strip()
            if value.upper().endswith("Z"):
                moment = datetime.strptime(value[:-1], "%Y%m%dT%H%M%S").replace(tzinfo=UTC)
                local = moment.astimezone(_utc_zone(zone_name)).replace(tzinfo=None)
                value = local.strftime("%Y%m%d") if all_day else local.strftime("%Y%m%dT%H%M%S")
            elif len(value) == 8 and not all_day:
                value += "T235959"
            elif len(value) > 8 and all_day:
                value = value[:8]
            part = "UNTIL=" + value
        parts.append(part)
    return ";".join(p for p in parts if p)


@lru_cache(maxsize=4096)
def parse(rule_text: str, dtstart: datetime, zone_name: str, all_day: bool) -> rrule:
    """The dateutil rule of ``rule_text`` from ``dtstart`` (naive wall-clock time). Raises ValueError."""
    from dateutil.rrule import rrule, rrulestr

    text = fix_until(rule_text, zone_name, all_day)
    if text.upper().startswith("RRULE:"):
        text = text[6:]
    rule = rrulestr(text, dtstart=dtstart, cache=False)
    if not isinstance(rule, rrule):
        raise ValueError("not a single RRULE")
    return rule


def _horizon(dtstart: datetime) -> datetime:
    try:
        return dtstart.replace(year=dtstart.year + HORIZON_YEARS)
    except ValueError:  # 29 February, or past the year 9999
        return datetime(min(dtstart.year + HORIZON_YEARS, 9999), 12, 31, 23, 59, 59)


def bounded(rule: rrule, limit: datetime | None = None) -> Iterator[datetime]:
    """The rule's moments up to its own end, ``limit`` and the horizon, at most MAX_GENERATED of them."""
    stop = _horizon(rule._dtstart)
    if limit is not None:
        stop = min(stop, limit)
    if rule._until is not None:
        stop = min(stop, rule._until)
    count = rule._count
    if count is not None and count <= 0:
        return iter(())
    copy = rule.replace(until=stop, count=None)
    return islice(iter(copy), min(count or MAX_GENERATED, MAX_GENERATED))


class Moments:
    """A rule's moments, generated once and kept sorted: a range is then two bisections (dateutil's own
    cache walks its list from the series start on every call, slow for a years-old weekly meeting)."""

    __slots__ = ("_done", "_iterator", "items")

    def __init__(self, rule: rrule):
        self.items: list[datetime] = []
        self._iterator = bounded(rule)
        self._done = False

    def between(self, lo: datetime, hi: datetime) -> list[datetime]:
        """Moments in [lo, hi], both inclusive, at most MAX_PER_RANGE of them."""
        items = self.items
        if not self._done and (not items or items[-1] <= hi):
            for moment in self._iterator:  # up to the first moment after hi, not a step further
                items.append(moment)
                if moment > hi:
                    break
            else:
                self._done = True
        first = bisect_left(items, lo)
        return items[first:min(bisect_right(items, hi), first + MAX_PER_RANGE)]


@lru_cache(maxsize=4096)
def moments(rule_text: str, dtstart: datetime, zone_name: str, all_day: bool) -> Moments:
    rule = parse(rule_text, dtstart, zone_name, all_day)
    if not _possible(rule_text, rule):
        rule = rule.replace(count=0, until=None)  # a stored rule that never happens: nothing, instead of a walk to 9999
    return Moments(rule)


def _possible(rule_text: str, rule: rrule) -> bool:
    values = _values(rule_text)
    try:
        interval = int(values.get("INTERVAL", "1"))
    except ValueError:
        return False
    return interval >= 1 and _some_day_matches(values, rule._dtstart.date(), rule._freq, interval)


def clear_caches() -> None:
    parse.cache_clear()
    moments.cache_clear()


def _values(rule_text: str) -> dict[str, str]:
    return {k.strip().upper(): v.strip() for k, _, v in (p.partition("=") for p in rule_text.split(";")) if v}


def check_rule(rule_text: str, start: datetime | date, zone_name: str) -> str | None:
    """Why the rule cannot be kept (one sentence in the UI language), or None. Never expands without bound."""
    all_day = not isinstance(start, datetime)
    dtstart = datetime.combine(start, time()) if all_day else start.astimezone(_utc_zone(zone_name)).replace(
        tzinfo=None)
    values = _values(rule_text)
    invalid = translate("CalendarEdit", "The repeat rule is not valid.")
    try:
        rule = parse(rule_text, dtstart, zone_name, all_day)
        interval = int(values.get("INTERVAL", "1"))
        count = int(values["COUNT"]) if "COUNT" in values else None
    except (ValueError, TypeError, KeyError, OverflowError):
        return invalid
    if interval < 1 or (count is not None and count < 1):
        return invalid
    if count is not None and count > MAX_COUNT:
        return translate("CalendarEdit", "The repeat rule makes more than %1 appointments.").replace(
            "%1", f"{MAX_COUNT:,}".replace(",", "."))
    # A rule with no occurrence in a century never happens. dateutil walks to the year 9999 to find that out
    # (its UNTIL is only compared with days that match), so first a quick look at the days themselves.
    if not _some_day_matches(values, dtstart.date(), rule._freq, interval) or next(
            bounded(rule, _century(dtstart)), None) is None:
        return translate("CalendarEdit", "The repeat rule never happens.")
    from dateutil.rrule import HOURLY, MINUTELY, SECONDLY

    sub_daily = {SECONDLY: 1, MINUTELY: 60, HOURLY: 3600}
    if rule._freq in sub_daily:
        span = timedelta(seconds=sub_daily[rule._freq] * interval * MAX_PERIODS)
        try:
            limit = dtstart + span
        except OverflowError:
            limit = datetime.max
        if rule._until is None and count is None:
            return translate("CalendarEdit", "A rule that repeats every hour, minute or second needs an end.")
        too_often = translate("CalendarEdit", "The repeat rule repeats too often for too long (at most %1 "
                                              "repetitions).").replace("%1", f"{MAX_PERIODS:,}".replace(",", "."))
        if rule._until is not None and rule._until > limit:
            return too_often
        if count is not None and sum(1 for _ in bounded(rule, limit)) < count:
            return too_often
    return None


def _numbers(values: dict[str, str], name: str) -> set[int] | None:
    if name not in values:
        return None
    return {int(part) for part in values[name].split(",") if part.strip().lstrip("+-").isdigit()}


def _some_day_matches(values: dict[str, str], first: date, freq: int, interval: int) -> bool:
    """Whether any day of the next century passes the rule's day filters (a superset of its days: ordinals
    and BYSETPOS are ignored; for a daily rule the interval is kept)."""
    months, monthdays = _numbers(values, "BYMONTH"), _numbers(values, "BYMONTHDAY")
    yeardays, weeks = _numbers(values, "BYYEARDAY"), _numbers(values, "BYWEEKNO")
    weekdays = {("MO", "TU", "WE", "TH", "FR", "SA", "SU").index(part.strip()[-2:].upper())
                for part in values.get("BYDAY", "").split(",")
                if part.strip()[-2:].upper() in ("MO", "TU", "WE", "TH", "FR", "SA", "SU")} or None
    if months is monthdays is yeardays is weeks is weekdays is None:
        return True
    from dateutil.rrule import DAILY

    step = interval if freq == DAILY else 1
    day = first
    for _ in range(36_525 // step + 1):
        if _day_ok(day, months, monthdays, yeardays, weeks, weekdays):
            return True
        try:
            day += timedelta(days=step)
        except OverflowError:
            return False
    return False


def _day_ok(day: date, months, monthdays, yeardays, weeks, weekdays) -> bool:
    if months is not None and day.month not in months:
        return False
    if weekdays is not None and day.weekday() not in weekdays:
        return False
    if monthdays is not None:
        length = monthrange(day.year, day.month)[1]
        if day.day not in monthdays and day.day - length - 1 not in monthdays:
            return False
    if yeardays is not None:
        length = 366 if (day.year % 4 == 0 and day.year % 100 != 0) or day.year % 400 == 0 else 365
        number = day.timetuple().tm_yday
        if number not in yeardays and number - length - 1 not in yeardays:
            return False
    if weeks is not None:
        week = day.isocalendar()[1]
        if week not in weeks and week - 53 - 1 not in weeks and week - 52 - 1 not in weeks:
            return False
    return True


def _century(dtstart: datetime) -> datetime:
    try:
        return dtstart.replace(year=dtstart.year + 100)
    except ValueError:
        return datetime(min(dtstart.year + 100, 9999), 12, 31, 23, 59, 59)


def last_moment(rule_text: str, dtstart: datetime, zone_name: str, all_day: bool) -> datetime | None:
    """The last wall-clock moment of a rule that ends (UNTIL/COUNT), None when open-ended or too long to say."""
    upper = rule_text.upper()
    if "UNTIL=" not in upper and "COUNT=" not in upper:
        return None
    rule = parse(rule_text, dtstart, zone_name, all_day)
    if not _possible(rule_text, rule):
        return dtstart
    tail = deque(enumerate(bounded(rule), 1), maxlen=1)
    made, last = tail[0] if tail else (0, None)
    if made >= MAX_GENERATED or (rule._until is not None and rule._until > _horizon(dtstart)):
        return None  # cut off: treat as open-ended (the index hint must never hide an occurrence)
    if made == 0:
        return dtstart
    return last


def parse_duration(text: str) -> tuple[int, timedelta] | None:
    """An RFC 5545 DURATION → (nominal days, exact rest); None when empty or not a duration.

    Weeks and days are nominal (the same wall-clock time n days later); hours, minutes and seconds exact."""
    found = _DURATION.match(text.strip().upper()) if text else None
    if not found or text.strip().upper() in ("P", "PT", "+P", "-P"):
        return None
    sign = -1 if found.group(1) == "-" else 1
    weeks, days, hours, minutes, seconds = (int(g or 0) for g in found.groups()[1:])
    if weeks * 7 + days > 36_600 or hours > 880_000 or minutes > 53_000_000 or seconds > 3_200_000_000:
        return None  # more than a century: not a length the calendar keeps (the exact DTEND stands)
    return sign * (weeks * 7 + days), sign * timedelta(hours=hours, minutes=minutes, seconds=seconds)


def moment_key(key: str) -> datetime | None:
    try:
        return datetime.strptime(key.strip(), "%Y-%m-%d %H:%M:%S").replace(tzinfo=UTC)
    except ValueError:
        return None


def date_key(key: str) -> date | None:
    try:
        return date.fromisoformat(key.strip()[:10]) if len(key.strip()) == 10 else None
    except ValueError:
        return None


def rdate(key: str, all_day: bool) -> tuple[datetime | date, datetime | None] | None:
    """An rdate key → (start, end of a PERIOD or None): a UTC moment, or a date."""
    if "/" in key:
        first, _, second = key.partition("/")
        start, end = moment_key(first), moment_key(second)
        return (start, end) if start and end and end >= start else None
    day = date_key(key)
    if day is not None:
        return day, None
    moment = moment_key(key)
    return (moment, None) if moment else None
