"""When a call-back is due: the quick choices of the quick entry and parsing a typed moment.

A moment is local to a zone (the principal's home zone, else the office's). Times that cannot exist — 30 February,
25:00, or 02:30 on the night the clocks go forward — are refused, never silently moved.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from opsassistant.i18n.messages import Translator
from opsassistant.services.home import DEFAULT_ZONE  # the default of the zone arguments below

LUNCH = time(11, 30)
QUICK_CHOICES = ("hour", "lunch", "end_of_day", "tomorrow")


class ImpossibleTime(ValueError):
    """A typed moment that does not exist; the message is translated and names the text."""


def quick_choice_label(key: str, lang: str | None = None) -> str:
    t = Translator(lang)
    labels = {
        "hour": t.translate("Callbacks", "In an hour"),
        "lunch": t.translate("Callbacks", "Before lunch"),
        "end_of_day": t.translate("Callbacks", "End of day"),
        "tomorrow": t.translate("Callbacks", "Tomorrow morning"),
    }
    return labels[key]


def _hhmm(text: str, fallback: time) -> time:
    try:
        hours, minutes = (int(part) for part in text.replace(".", ":").split(":"))
        return time(hours, minutes)
    except (ValueError, AttributeError):
        return fallback


def _next_working_day(day: date, work_days: str) -> date:
    day += timedelta(days=1)
    for _ in range(7):
        if str(day.isoweekday()) in work_days:
            return day
        day += timedelta(days=1)
    return day


def quick_choice(key: str, now: datetime, zone: str = DEFAULT_ZONE, *, work_start: str = "08:30",
                 work_end: str = "16:30", work_days: str = "12345") -> datetime:
    """The moment (aware, in ``zone``) a quick choice stands for, seen from ``now``.

    "Before lunch" and "end of day" move to the next working day once they have passed today.
    """
    tz = ZoneInfo(zone)
    local = now.astimezone(tz)
    if key == "hour":
        moment = local + timedelta(hours=1)
        extra = (5 - moment.minute % 5) % 5
        return (moment + timedelta(minutes=extra)).replace(second=0, microsecond=0)
    if key == "tomorrow":
        day = _next_working_day(local.date(), work_days)
        return datetime.combine(day, _hhmm(work_start, time(8, 30)), tz)
    at = LUNCH if key == "lunch" else _hhmm(work_end, time(16, 30))
    candidate = datetime.combine(local.date(), at, tz)
    if candidate <= local or str(local.isoweekday()) not in work_days:
        candidate = datetime.combine(_next_working_day(local.date(), work_days), at, tz)
    return candidate


_ISO = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2})[:.](\d{2})(?::(\d{2}))?)?\s*"
                  r"(Z|[+-]\d{2}:?\d{2})?\s*$")
_CLOCK = re.compile(r"^\s*(\d{1,2})[:.](\d{2})\s*$")
_DANISH = re.compile(r"^\s*(\d{1,2})\.(\d{1,2})\.(\d{4})(?:\s+(\d{1,2})[:.](\d{2}))?\s*$")


def _impossible(text: str, lang: str | None) -> ImpossibleTime:
    message = Translator(lang).translate(
        "Callbacks", "“{text}” is not a possible time. Use YYYY-MM-DD HH:MM, e.g. 2026-03-02 14:30.")
    return ImpossibleTime(message.format(text=text))


def exists_locally(moment: datetime) -> bool:
    """False for a wall-clock time skipped when the clocks go forward."""
    there_and_back = moment.astimezone(UTC).astimezone(moment.tzinfo)
    return there_and_back.replace(tzinfo=None) == moment.replace(tzinfo=None)


def parse_moment(text: str, zone: str = DEFAULT_ZONE, now: datetime | None = None,
                 lang: str | None = None) -> datetime:
    """``2026-03-02 14:30``, ``2026-03-02T14:30+01:00``, ``2.3.2026 14.30`` or ``14:30`` (today) → aware moment."""
    tz = ZoneInfo(zone)
    now = now or datetime.now(UTC)
    offset_text = None
    if match := _ISO.match(text):
        year, month, day, hour, minute, second, offset_text = match.groups()
    elif match := _DANISH.match(text):
        day, month, year, hour, minute = match.groups()
        second = None
    elif match := _CLOCK.match(text):
        hour, minute = match.groups()
        today = now.astimezone(tz).date()
        year, month, day, second = today.year, today.month, today.day, None
    else:
        raise _impossible(text, lang)
    try:
        naive = datetime(int(year), int(month), int(day), int(hour or 0), int(minute or 0), int(second or 0))
    except ValueError as exc:
        raise _impossible(text, lang) from exc
    if offset_text:
        if offset_text == "Z":
            return naive.replace(tzinfo=UTC)
        try:
            return datetime.fromisoformat(naive.isoformat() + offset_text)
        except ValueError as exc:
            raise _impossible(text, lang) from exc
    moment = naive.replace(tzinfo=tz)
    if not exists_locally(moment):
        message = Translator(lang).translate(
            "Callbacks", "“{text}” does not exist in {zone}: the clocks go forward then.")
        raise ImpossibleTime(message.format(text=text, zone=zone))
    return moment
