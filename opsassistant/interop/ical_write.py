"""Writing iCalendar text: escaping, folding, date-times with TZID and a VTIMEZONE per zone used.

Reusable by other areas (e.g. a trip's segments): build lines with :func:`prop`, :func:`dt_prop`,
wrap each event with :func:`vevent`, then :func:`calendar_text` adds the VTIMEZONE blocks.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, date, datetime
from functools import lru_cache
from urllib.parse import quote
from zoneinfo import ZoneInfo

from opsassistant.interop.contentline import param_escape

PRODID = "-//Ops Assistant//Driftsassistent//DA"


def escape(text: str) -> str:
    return (text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\r\n", "\\n").replace("\n", "\\n"))


def fold(line: str) -> str:
    """Fold at 75 octets without cutting a UTF-8 character in two."""
    data = line.encode("utf-8")
    if len(data) <= 75:
        return line
    parts, current, size = [], [], 0
    limit = 75
    for char in line:
        width = len(char.encode("utf-8"))
        if size + width > limit:
            parts.append("".join(current))
            current, size, limit = [], 0, 74
        current.append(char)
        size += width
    parts.append("".join(current))
    return "\r\n ".join(parts)


def prop(name: str, value: str, **params: str) -> str:
    head = name + "".join(f";{key.replace('_', '-')}={_param(val)}" for key, val in params.items())
    return fold(f"{head}:{value}")


def _param(value: str) -> str:
    return param_escape(value)  # RFC 6868 ^-escapes, quoted when it holds : ; ,


def mailto(address: str) -> str:
    """A CAL-ADDRESS URI (RFC 6068): characters that would end or split the value are percent-encoded."""
    return "mailto:" + quote(address.strip(), safe="@!$&'()*+=-._~")


def text_prop(name: str, value: str) -> str:
    return prop(name, escape(value))


def utc_stamp(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def local_stamp(moment: datetime, zone_name: str) -> str:
    return moment.astimezone(ZoneInfo(zone_name)).strftime("%Y%m%dT%H%M%S")


def dt_prop(name: str, moment: datetime | date, zone_name: str | None = None) -> str:
    """``DTSTART;TZID=Europe/Copenhagen:20260402T090000``, ``…;VALUE=DATE:20260402`` or UTC ``…Z``."""
    if not isinstance(moment, datetime):
        return prop(name, moment.strftime("%Y%m%d"), VALUE="DATE")
    if not zone_name or zone_name == "UTC":
        return prop(name, utc_stamp(moment))
    return prop(name, local_stamp(moment, zone_name), TZID=zone_name)


def dt_list_prop(name: str, moments: list[datetime] | list[date], zone_name: str | None) -> str:
    if moments and not isinstance(moments[0], datetime):
        return prop(name, ",".join(m.strftime("%Y%m%d") for m in moments), VALUE="DATE")
    if not zone_name or zone_name == "UTC":
        return prop(name, ",".join(utc_stamp(m) for m in moments))
    return prop(name, ",".join(local_stamp(m, zone_name) for m in moments), TZID=zone_name)


def vevent(lines: Iterable[str], alarms: Iterable[list[str]] = ()) -> list[str]:
    out = ["BEGIN:VEVENT", *lines]
    for alarm in alarms:
        out += ["BEGIN:VALARM", *alarm, "END:VALARM"]
    out.append("END:VEVENT")
    return out


def display_alarm(minutes_before: int, description: str) -> list[str]:
    sign = "-" if minutes_before >= 0 else ""
    return ["ACTION:DISPLAY", text_prop("DESCRIPTION", description or "Reminder"),
            f"TRIGGER:{sign}PT{abs(minutes_before)}M"]


@lru_cache(maxsize=128)
def vtimezone(zone_name: str, first_year: int, last_year: int) -> str:
    """A VTIMEZONE block valid for the years given (transitions from the tz database)."""
    from icalendar import Timezone

    block = Timezone.from_tzid(zone_name, first_date=date(first_year, 1, 1), last_date=date(last_year + 1, 1, 1))
    lines = [line for line in block.to_ical().decode("utf-8").splitlines() if not line.startswith("COMMENT:")]
    return "\r\n".join(lines)


def calendar_text(events: Iterable[list[str]], zones: Iterable[str], years: tuple[int, int],
                  name: str | None = None, method: str | None = None) -> str:
    """The whole VCALENDAR, CRLF line ends, with a VTIMEZONE for every zone except UTC."""
    out = [calendar_head(zones, years, name, method)[:-2]]
    for event in events:
        out += event
    out.append("END:VCALENDAR")
    return "\r\n".join(out) + "\r\n"


def calendar_head(zones: Iterable[str], years: tuple[int, int], name: str | None = None,
                  method: str | None = None) -> str:
    """The start of a VCALENDAR up to its first event (CRLF after each line): a streamed export writes the
    events after it and ``END:VCALENDAR`` last."""
    out = ["BEGIN:VCALENDAR", "VERSION:2.0", f"PRODID:{PRODID}", "CALSCALE:GREGORIAN"]
    if method:
        out.append(f"METHOD:{method}")
    if name:
        out.append(text_prop("X-WR-CALNAME", name))
    for zone_name in sorted(set(zones) - {"UTC", ""}):
        out.append(vtimezone(zone_name, years[0], years[1]))
    return "\r\n".join(out) + "\r\n"
