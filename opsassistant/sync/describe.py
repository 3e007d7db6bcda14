"""A calendar object told as a person reads it — for the conflict dialog's two sides."""

from __future__ import annotations

from datetime import date, datetime

from opsassistant.i18n.formatting import format_date, format_datetime
from opsassistant.i18n.messages import translate


def _when(value) -> str:
    """A moment in its own zone when it names an IANA one, else (UTC, a fixed offset) in the home zone."""
    if isinstance(value, datetime):
        if value.tzinfo is None:
            return format_datetime(value)
        from opsassistant.services.home import home_zone

        zone = getattr(value.tzinfo, "key", None)
        return format_datetime(value, zone if zone and zone not in ("UTC", "Etc/UTC", "GMT") else home_zone())
    if isinstance(value, date):
        return format_date(value)
    return ""


def describe_card(text: str) -> str:
    """A contact's name, organisation, title, phones and e-mails, as the card has them."""
    import re

    labels = {"FN": translate("Sync", "Name: {value}"), "ORG": translate("Sync", "Organisation: {value}"),
              "TITLE": translate("Sync", "Job title: {value}"), "TEL": translate("Sync", "Phone: {value}"),
              "EMAIL": translate("Sync", "E-mail: {value}")}
    lines = []
    for line in re.sub(r"\r?\n[ \t]", "", text).splitlines():
        name, _, value = line.partition(":")
        label = labels.get(name.split(";")[0].split(".")[-1].upper())
        if label and value.strip(" ;"):
            value = value.replace("\\,", ",").replace("\\;", ";").replace("\\n", " ")
            lines.append(label.format(value=value.strip(" ;").replace(";", ", ")))
    return "\n".join(lines)


def describe(text: str) -> str:
    """Title, start, end, place and repeat rule of each VEVENT (a card: see ``describe_card``); "" → "Deleted"."""
    if not text:
        return translate("Sync", "Deleted")
    if "BEGIN:VCARD" in text[:200].upper():
        return describe_card(text)
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


def headline(text: str) -> str:
    """One line for a list: the title and when it starts."""
    lines = describe(text).split("\n")
    title = next((line.split(": ", 1)[1] for line in lines if ": " in line), lines[0])
    start = next((line.split(": ", 1)[1] for line in lines[1:3] if ": " in line), "")
    return f"{title} — {start}" if start else title
