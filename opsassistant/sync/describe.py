"""A calendar object told as a person reads it — for the conflict dialog's two sides."""

from __future__ import annotations

from datetime import date, datetime

from opsassistant.i18n.formatting import format_date, format_datetime
from opsassistant.i18n.messages import translate


def _when(value) -> str:
    if isinstance(value, datetime):
        zone = getattr(value.tzinfo, "key", None) if value.tzinfo else None
        return format_datetime(value, zone) if value.tzinfo else format_datetime(value)
    if isinstance(value, date):
        return format_date(value)
    return ""


def describe(text: str) -> str:
    """Title, start, end, place and repeat rule of each VEVENT; "" → "Deleted"."""
    if not text:
        return translate("Sync", "Deleted")
    import icalendar

    try:
        calendar = icalendar.Calendar.from_ical(text)
    except ValueError:
        return text
    lines: list[str] = []
    for event in calendar.walk("VEVENT"):
        if lines:
            lines.append("")
        if event.get("RECURRENCE-ID") is not None:
            lines.append(translate("Sync", "Changed occurrence of {when}").format(
                when=_when(event.decoded("RECURRENCE-ID"))))
        lines.append(translate("Sync", "Title: {value}").format(value=str(event.get("SUMMARY", ""))))
        for name, label in (("DTSTART", translate("Sync", "Starts: {value}")),
                            ("DTEND", translate("Sync", "Ends: {value}"))):
            if event.get(name) is not None:
                lines.append(label.format(value=_when(event.decoded(name))))
        if event.get("LOCATION"):
            lines.append(translate("Sync", "Place: {value}").format(value=str(event["LOCATION"])))
        if event.get("RRULE") is not None:
            lines.append(translate("Sync", "Repeats: {value}").format(value=event["RRULE"].to_ical().decode()))
    return "\n".join(lines)
