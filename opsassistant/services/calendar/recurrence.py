"""The editor's repeat choices ⇄ an RFC 5545 RRULE value."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta

from opsassistant.services.calendar.occurrences import zone

DAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
KINDS = ("none", "daily", "weekly", "monthly_date", "monthly_weekday", "yearly", "custom")
_COMPARED = 400  # occurrences compared to decide whether the repeat choices show a rule exactly


@dataclass
class Repeat:
    kind: str = "none"
    interval: int = 1
    weekdays: set[int] = field(default_factory=set)  # ISO 1..7, for weekly
    until: date | None = None
    count: int | None = None


def to_rrule(repeat: Repeat, start: date, zone_name: str | None = None) -> str:
    """"" for no repeat. ``zone_name`` set (a timed event): UNTIL is the end of that day there, in UTC."""
    if repeat.kind in ("none", "custom"):
        return ""
    parts = []
    if repeat.kind == "daily":
        parts.append("FREQ=DAILY")
    elif repeat.kind == "weekly":
        parts.append("FREQ=WEEKLY")
        days = sorted(repeat.weekdays or {start.isoweekday()})
        parts.append("BYDAY=" + ",".join(DAYS[d - 1] for d in days))
    elif repeat.kind == "monthly_date":
        parts += ["FREQ=MONTHLY", f"BYMONTHDAY={start.day}"]
    elif repeat.kind == "monthly_weekday":
        nth = (start.day - 1) // 7 + 1
        if nth == 5 or (start + timedelta(days=7)).month != start.month and nth == 4:
            nth = -1
        parts += ["FREQ=MONTHLY", f"BYDAY={nth}{DAYS[start.weekday()]}"]
    elif repeat.kind == "yearly":
        parts.append("FREQ=YEARLY")
    if repeat.interval > 1:
        parts.append(f"INTERVAL={repeat.interval}")
    if repeat.until is not None:
        if zone_name:
            end = datetime.combine(repeat.until, time(23, 59, 59), zone(zone_name)).astimezone(UTC)
            parts.append("UNTIL=" + end.strftime("%Y%m%dT%H%M%SZ"))
        else:
            parts.append("UNTIL=" + repeat.until.strftime("%Y%m%d"))
    elif repeat.count:
        parts.append(f"COUNT={repeat.count}")
    return ";".join(parts)


def from_rrule(text: str, zone_name: str | None = None) -> Repeat:
    """Best reading of an RRULE for the editor's choices; see :func:`editable` for whether it is exact."""
    if not text:
        return Repeat()
    try:
        return _from_rrule(text, zone_name)
    except (ValueError, IndexError):
        return Repeat(kind="custom")


def editable(text: str, start: date | datetime, zone_name: str | None) -> Repeat:
    """The repeat choices showing ``text`` exactly, or ``Repeat(kind="custom")`` when they cannot: then the
    editor shows the rule as text and keeps it word for word."""
    repeat = from_rrule(text, zone_name)
    if repeat.kind in ("none", "custom"):
        return repeat
    day = start.astimezone(zone(zone_name or "UTC")).date() if isinstance(start, datetime) else start
    again = to_rrule(repeat, day, zone_name if isinstance(start, datetime) else None)
    return repeat if _same_moments(text, again, start, zone_name) else Repeat(kind="custom")


def _same_moments(first: str, second: str, start: date | datetime, zone_name: str | None) -> bool:
    from itertools import islice

    from opsassistant.services.calendar import rules

    all_day = not isinstance(start, datetime)
    name = zone_name or "UTC"
    dtstart = datetime.combine(start, time()) if all_day else start.astimezone(zone(name)).replace(tzinfo=None)
    try:
        a = list(islice(rules.bounded(rules.parse(first, dtstart, name, all_day)), _COMPARED))
        b = list(islice(rules.bounded(rules.parse(second, dtstart, name, all_day)), _COMPARED))
    except (ValueError, TypeError):
        return False
    return a == b


def _from_rrule(text: str, zone_name: str | None) -> Repeat:
    values = dict(part.split("=", 1) for part in text.upper().split(";") if "=" in part)
    freq = values.get("FREQ", "")
    repeat = Repeat(interval=int(values.get("INTERVAL", "1") or 1))
    if freq == "DAILY":
        repeat.kind = "daily"
    elif freq == "WEEKLY":
        repeat.kind = "weekly"
        repeat.weekdays = {DAYS.index(d[-2:]) + 1 for d in values.get("BYDAY", "").split(",") if d[-2:] in DAYS}
    elif freq == "MONTHLY":
        repeat.kind = "monthly_weekday" if "BYDAY" in values else "monthly_date"
    elif freq == "YEARLY":
        repeat.kind = "yearly"
    else:
        repeat.kind = "custom"
    if "UNTIL" in values:
        until = values["UNTIL"]
        if until.endswith("Z"):
            moment = datetime.strptime(until, "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC)
            repeat.until = moment.astimezone(zone(zone_name or "UTC")).date()
        else:
            repeat.until = date(int(until[0:4]), int(until[4:6]), int(until[6:8]))
    if "COUNT" in values:
        repeat.count = int(values["COUNT"])
    return repeat
