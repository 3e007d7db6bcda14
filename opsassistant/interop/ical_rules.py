"""RRULE values as the import reads them and the export writes them, and bounds that never expand a rule to its end.

- :func:`normalise_rrule`: ``UNTIL`` of the type of DTSTART (§3.3.10: a DATE for an all-day series, a UTC
  date-time otherwise), no ``COUNT`` ≤ 0 (some programs write ``COUNT=-1`` for "forever"), not both COUNT and
  UNTIL; an UNTIL past the years the calendar holds means "no end". Strict readers accept the result.
- A sub-daily rule that would make more than :data:`MAX_OCCURRENCES` occurrences is refused (FREQ=SECONDLY for
  ten years is 315 million of them); nothing here calls ``list(rule)``.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, time, timedelta
from itertools import islice
from zoneinfo import ZoneInfo

from dateutil.rrule import rrulestr

from opsassistant.i18n.messages import translate

MAX_OCCURRENCES = 50_000
_COUNT_WALK = 5_000  # a COUNT up to this is walked to find the series' end; above it the end stays open
_FREQS = ("SECONDLY", "MINUTELY", "HOURLY", "DAILY", "WEEKLY", "MONTHLY", "YEARLY")
_PERIOD = {"SECONDLY": 1, "MINUTELY": 60, "HOURLY": 3600}
_LAST = datetime(9999, 12, 30, tzinfo=UTC)
_MAX_YEAR = 9000


class RuleError(ValueError):
    """A rule the calendar refuses; the message is one sentence in the UI language."""


def _parts(text: str) -> list[tuple[str, str]]:
    text = text.strip()
    if text.upper().startswith("RRULE:"):
        text = text[6:]
    out = []
    for part in text.split(";"):
        key, sep, value = part.partition("=")
        if sep and key.strip():
            out.append((key.strip().upper(), value.strip()))
    return out


def _until(value: str, zone_name: str) -> datetime | date:
    value = value.upper()
    if len(value) == 8:
        return date(int(value[:4]), int(value[4:6]), int(value[6:8]))
    moment = datetime.strptime(value.rstrip("Z")[:15], "%Y%m%dT%H%M%S")
    if value.endswith("Z"):
        return moment.replace(tzinfo=UTC)
    return moment.replace(tzinfo=ZoneInfo(zone_name or "UTC"))  # floating UNTIL: the wall clock of DTSTART


def _all_day_until(until: datetime, home_zone: str) -> str:
    """The last day of an all-day series whose UNTIL is a date-time (§3.3.10 wants a DATE there).

    Exchange writes the midnight that starts the last day in the organiser's zone (20260916T230000Z: the 17th in
    London), which is that day in the home zone too. Google writes the last second of the last day in UTC
    (20080323T235959Z: the 23rd); read in Copenhagen it would be 00:59 on the 24th and add a day nobody asked for."""
    if until.tzinfo is UTC and until.time() == time(23, 59, 59):
        return until.strftime("%Y%m%d")
    return until.astimezone(ZoneInfo(home_zone)).strftime("%Y%m%d")


def normalise_rrule(text: str, start: datetime | date, zone_name: str, home_zone: str = "Europe/Copenhagen") -> str:
    """The rule as strict readers want it; raises ValueError on a rule that is not one, RuleError when absurd."""
    all_day = not isinstance(start, datetime)
    parts = _parts(text)
    values = dict(parts)
    if values.get("FREQ", "").upper() not in _FREQS:
        raise ValueError(text)
    out = []
    for key, value in parts:
        if key == "COUNT":
            if not value.lstrip("-").isdigit() or int(value) <= 0 or "UNTIL" in values:
                continue
        elif key == "INTERVAL":
            if not value.isdigit() or int(value) <= 0:
                continue
        elif key == "UNTIL":
            until = _until(value, zone_name)
            if until.year > _MAX_YEAR:
                continue
            if all_day and isinstance(until, datetime):
                value = _all_day_until(until, home_zone)
            elif not all_day and not isinstance(until, datetime):
                end = datetime.combine(until, time(23, 59, 59), ZoneInfo(zone_name or "UTC"))
                value = end.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
            elif not all_day:
                value = until.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
        elif key == "FREQ":
            value = value.upper()
        out.append(f"{key}={value}")
    rule = ";".join(out)
    _check_density(rule, start)
    if not _plain_rule(out):
        _dateutil_rule(rule, start, zone_name)  # raises ValueError on parts dateutil cannot read
    return rule


_PLAIN_VALUE = {
    "FREQ": re.compile(r"(?:SECONDLY|MINUTELY|HOURLY|DAILY|WEEKLY|MONTHLY|YEARLY)\Z"),
    "COUNT": re.compile(r"[1-9][0-9]{0,8}\Z"),
    "INTERVAL": re.compile(r"[1-9][0-9]{0,8}\Z"),
    "UNTIL": re.compile(r"[0-9]{8}(?:T[0-9]{6}Z)?\Z"),
    "WKST": re.compile(r"(?:MO|TU|WE|TH|FR|SA|SU)\Z"),
    "BYDAY": re.compile(r"(?:MO|TU|WE|TH|FR|SA|SU)(?:,(?:MO|TU|WE|TH|FR|SA|SU))*\Z"),
}


def _plain_rule(parts: list[str]) -> bool:
    """A normalised rule of only the parts dateutil surely reads (each once, in the form it reads): its check
    parse is skipped. Anything else is parsed to be checked (a rule dateutil refuses is refused)."""
    keys = set()
    for part in parts:
        key, _, value = part.partition("=")
        pattern = _PLAIN_VALUE.get(key)
        if pattern is None or key in keys or not pattern.match(value):
            return False
        keys.add(key)
    return "FREQ" in keys


def _check_density(rule: str, start: datetime | date) -> None:
    values = dict(_parts(rule))
    period = _PERIOD.get(values.get("FREQ", ""))
    if period is None:
        return
    step = period * int(values.get("INTERVAL", "1") or 1)
    if "COUNT" in values:
        count = int(values["COUNT"])
    elif "UNTIL" in values and isinstance(start, datetime):
        until = _until(values["UNTIL"], "UTC")
        span = (until if isinstance(until, datetime) else datetime.combine(until, time(), UTC)) - start
        count = span.total_seconds() / step
    else:
        count = float("inf")
    if count > MAX_OCCURRENCES:
        raise RuleError(translate("ICalImport", "The repeat rule would make more than %1 occurrences "
                                  "(%2); the event was not imported.")
                        .replace("%1", f"{MAX_OCCURRENCES:,}".replace(",", ".")).replace("%2", rule[:80]))


def _naive(start: datetime | date, zone_name: str) -> datetime:
    if isinstance(start, datetime):
        return start.astimezone(ZoneInfo(zone_name or "UTC")).replace(tzinfo=None)
    return datetime.combine(start, time())


_last_rule: tuple = (None, None)  # (key, rule) of the last call: one event asks for its rule three times


def _dateutil_rule(rule: str, start: datetime | date, zone_name: str):
    """dateutil wants UNTIL as naive as DTSTART: the UTC UNTIL becomes wall-clock time of the start zone.

    The parsed rule of the last call is kept: reading one event asks for the same rule to check it, to see
    whether it starts the series and to find its end (a dateutil rule can be iterated again and again)."""
    global _last_rule
    key = (rule, start, type(start), start.tzinfo if isinstance(start, datetime) else None, zone_name)
    last = _last_rule  # one reference, read and replaced whole: the import's reader thread uses it too
    if last[0] == key:
        return last[1]
    parsed = _parse_rule(rule, start, zone_name)
    _last_rule = (key, parsed)
    return parsed


def _parse_rule(rule: str, start: datetime | date, zone_name: str):
    parts = []
    for key, value in _parts(rule):
        if key == "UNTIL" and value.endswith("Z"):
            local = _until(value, zone_name).astimezone(ZoneInfo(zone_name or "UTC"))
            value = local.strftime("%Y%m%dT%H%M%S")
        parts.append(f"{key}={value}")
    return rrulestr(";".join(parts), dtstart=_naive(start, zone_name))


def _localise(naive: datetime, zone_name: str) -> datetime:
    zone = ZoneInfo(zone_name or "UTC")
    aware = naive.replace(tzinfo=zone)
    if aware.astimezone(UTC).astimezone(zone).replace(tzinfo=None) != naive:  # in a spring-forward gap
        aware = aware.astimezone(UTC).astimezone(zone)
    return aware


def _key_end(key: str, length: timedelta) -> datetime | None:
    text = key.split("/")[-1]
    try:
        if len(text) == 10:
            return datetime.combine(date.fromisoformat(text), time(), UTC) + length
        return datetime.fromisoformat(text).replace(tzinfo=UTC) + (length if "/" not in key else timedelta())
    except (ValueError, OverflowError):
        return None


def bounded_series_end(rule: str, start: datetime | date, zone_name: str, length: timedelta,
                       rdates: list[str] = ()) -> datetime | None:
    """The last moment a series reaches (UTC), None when open-ended (or too long to walk): UNTIL is read, not
    expanded; a COUNT is walked only up to :data:`_COUNT_WALK` occurrences."""
    if not rule:
        return None
    values = dict(_parts(rule))
    all_day = not isinstance(start, datetime)
    last: datetime | None = None
    try:
        if "UNTIL" in values:
            until = _until(values["UNTIL"], zone_name)
            if isinstance(until, datetime):
                last = until.astimezone(UTC) + length
            else:
                last = datetime.combine(until + timedelta(days=1), time(), UTC) + length
        elif "COUNT" in values and int(values["COUNT"]) <= _COUNT_WALK:
            final = _last_by_step(values, start, zone_name)
            if final is None:
                moments = list(islice(_dateutil_rule(rule, start, zone_name), int(values["COUNT"])))
                final = moments[-1] if moments else _naive(start, zone_name)
            if all_day:
                last = datetime.combine(final.date() + timedelta(days=1), time(), UTC) + length
            else:
                last = _localise(final, zone_name).astimezone(UTC) + length
        else:
            return None
        for key in rdates:
            end = _key_end(key, length if not all_day else length + timedelta(days=1))
            if end is not None and end > last:
                last = end
    except OverflowError:
        return None
    return min(last, _LAST)


_STEP_DAYS = {"DAILY": 1, "WEEKLY": 7}
_WEEKDAYS = {"MO": 0, "TU": 1, "WE": 2, "TH": 3, "FR": 4, "SA": 5, "SU": 6}


def _last_by_step(values: dict[str, str], start: datetime | date, zone_name: str) -> datetime | None:
    """The last wall-clock moment of a COUNT rule computed in one step, as walking the rule gives it: plain
    DAILY/WEEKLY (DTSTART plus (COUNT - 1) steps), WEEKLY with a plain BYDAY list, MONTHLY on a day that every
    month has and YEARLY off 29 February (both with no BY… part). None for any other rule (it is walked)."""
    freq = values.get("FREQ", "").upper()
    by = set(values) - {"FREQ", "COUNT", "INTERVAL", "WKST"}
    try:
        count, interval = int(values["COUNT"]), int(values.get("INTERVAL") or 1)
    except ValueError:
        return None
    if count < 1 or interval < 1:
        return None
    naive = _naive(start, zone_name)
    if not by and freq in _STEP_DAYS:  # an OverflowError here leaves the series open (bounded_series_end)
        return naive + timedelta(days=_STEP_DAYS[freq] * interval * (count - 1))
    try:
        if by == {"BYDAY"} and freq == "WEEKLY":
            return _last_weekly(values, naive, count, interval)
        if not by and freq == "MONTHLY" and naive.day <= 28:
            months = naive.month - 1 + interval * (count - 1)
            return naive.replace(year=naive.year + months // 12, month=months % 12 + 1)
        if not by and freq == "YEARLY" and (naive.month, naive.day) != (2, 29):
            return naive.replace(year=naive.year + interval * (count - 1))
    except (ValueError, OverflowError):
        return None  # past the last year a date holds: walked (the rule stops there)
    return None


def _last_weekly(values: dict[str, str], naive: datetime, count: int, interval: int) -> datetime | None:
    """WEEKLY;BYDAY=…: the weeks start on WKST; the first one is DTSTART's (its days before DTSTART do not
    count), then every ``interval``-th week gives every BYDAY day in order."""
    days = [_WEEKDAYS.get(day) for day in values["BYDAY"].split(",")]
    wkst = _WEEKDAYS.get(values.get("WKST", "MO"))
    if None in days or wkst is None:
        return None  # 1MO, lower case, an unknown day: walked
    offsets = sorted({(day - wkst) % 7 for day in days})
    here = (naive.weekday() - wkst) % 7
    week = naive - timedelta(days=here)  # DTSTART's time on the first day of its week
    first = [offset for offset in offsets if offset >= here]
    if count <= len(first):
        return week + timedelta(days=first[count - 1])
    weeks, index = divmod(count - len(first) - 1, len(offsets))
    return week + timedelta(days=7 * interval * (weeks + 1) + offsets[index])


def occurrences_on(rule: str, start: datetime | date, zone_name: str, days: list[date]) -> list[str]:
    """The UTC keys of the occurrences falling on each of ``days`` (wall-clock days of the start zone): how an
    ``EXDATE;VALUE=DATE`` on a timed series is applied."""
    if not isinstance(start, datetime):
        return []
    from opsassistant.db.fields import utc_text

    parsed = _dateutil_rule(rule, start, zone_name)
    keys = []
    for day in days:
        lo = datetime.combine(day, time())
        for moment in parsed.between(lo, lo + timedelta(days=1), inc=True):
            if moment.date() == day:
                keys.append(utc_text(_localise(moment, zone_name)))
    return list(dict.fromkeys(keys))


_PLAIN = {"FREQ", "INTERVAL", "COUNT", "WKST"}
_WHOLE_PERIODS = {"DAILY", "WEEKLY", "MONTHLY", "YEARLY"}


def starts_series(rule: str, start: datetime | date, zone_name: str) -> bool:
    """Does the rule itself produce DTSTART as its first moment? (One step of the rule, never more.)

    A rule of whole days, weeks, months or years with no BY… part and no UNTIL steps from DTSTART itself, so
    its first moment is DTSTART (a COUNT ≤ 0 is dropped by :func:`normalise_rrule` first); others are walked."""
    values = dict(_parts(rule))
    if set(values) <= _PLAIN and values.get("FREQ", "").upper() in _WHOLE_PERIODS \
            and values.get("COUNT", "1").isdigit() and int(values.get("COUNT", "1")) > 0:
        return True
    if set(values) <= _PLAIN | {"BYDAY"} and values.get("FREQ") == "WEEKLY" \
            and _plain_rule(rule.split(";")):
        return _weekday(start, zone_name) in {_WEEKDAYS[day] for day in values["BYDAY"].split(",")}
    first = next(iter(_dateutil_rule(rule, start, zone_name)), None)
    return first == _naive(start, zone_name)


def _weekday(start: datetime | date, zone_name: str) -> int:
    return _naive(start, zone_name).weekday()


def ends_before(rule: str, start: datetime | date, zone_name: str) -> bool:
    """UNTIL before DTSTART: the author ended the series before it began (no instance at all)."""
    values = dict(_parts(rule))
    if "UNTIL" not in values:
        return False
    until = _until(values["UNTIL"], zone_name)
    if isinstance(start, datetime) and isinstance(until, datetime):
        return until < start
    return (until.date() if isinstance(until, datetime) else until) < \
        (start.date() if isinstance(start, datetime) else start)
