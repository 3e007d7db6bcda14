"""One VEVENT → the fields of an Event row, or a clear reason why it cannot be imported."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from opsassistant.db.fields import utc_text
from opsassistant.i18n.messages import translate
from opsassistant.interop.ical_parse import (
    Component,
    Prop,
    parse_date,
    parse_datetime,
    parse_duration,
    unescape,
)
from opsassistant.interop.ical_zones import resolve
from opsassistant.services.calendar.occurrences import HOME_ZONE, series_end

_STATUS = {"TENTATIVE": "tentative", "CONFIRMED": "confirmed", "CANCELLED": "cancelled"}


class BadEvent(ValueError):
    pass


@dataclass
class Context:
    """What every event of one file shares: its zones, the X-WR-TIMEZONE and the home zone."""

    vtimezones: dict[str, Component] = field(default_factory=dict)
    calendar_zone: str | None = None  # X-WR-TIMEZONE (Google)
    home_zone: str = HOME_ZONE
    resolved: dict[str, str] = field(default_factory=dict)

    def zone_of(self, tzid: str) -> str:
        if tzid not in self.resolved:
            found = resolve(tzid, self.vtimezones) or self.home_zone
            if found != tzid and _same_rules(found, self.home_zone):
                found = self.home_zone  # "Romance Standard Time" in a Danish office is Copenhagen, not Paris
            self.resolved[tzid] = found
        return self.resolved[tzid]


def _same_rules(a: str, b: str) -> bool:
    """Do two zones keep the same clock (checked hour by hour through this year)?"""
    if a == b:
        return True
    za, zb = ZoneInfo(a), ZoneInfo(b)
    moment = datetime(datetime.now(UTC).year, 1, 1, tzinfo=UTC)
    for _ in range(366 * 24):
        if moment.astimezone(za).utcoffset() != moment.astimezone(zb).utcoffset():
            return False
        moment += timedelta(hours=1)
    return True


@dataclass
class ParsedEvent:
    row: dict
    line: int
    uid: str
    recurrence_id: str | None
    principals: list[str] = field(default_factory=list)
    attendees: list[dict] = field(default_factory=list)


def _moment(prop: Prop, ctx: Context) -> tuple[datetime | date, str]:
    """(aware datetime or date, zone name) of a DTSTART-like property."""
    value = prop.value.strip().split(",")[0]
    if prop.params.get("VALUE", "").upper() == "DATE" or len(value) == 8:
        return parse_date(value), ""
    naive, is_utc = parse_datetime(value)
    if is_utc:
        zone_name = ctx.calendar_zone or "UTC"
        return naive.astimezone(ZoneInfo(zone_name)), zone_name
    tzid = prop.params.get("TZID")
    zone_name = ctx.zone_of(tzid) if tzid else (ctx.calendar_zone or ctx.home_zone)  # floating → home zone
    return naive.replace(tzinfo=ZoneInfo(zone_name)), zone_name


def _keys(props: list[Prop], ctx: Context, all_day: bool) -> list[str]:
    keys = []
    for prop in props:
        if prop.params.get("VALUE", "").upper() == "PERIOD":
            continue
        for part in prop.value.split(","):
            part = part.strip()
            if not part:
                continue
            single = Prop(prop.name, prop.params, part, prop.line)
            moment, _zone = _moment(single, ctx)
            if all_day:
                keys.append((moment.date() if isinstance(moment, datetime) else moment).isoformat())
            elif isinstance(moment, datetime):
                keys.append(utc_text(moment))
            else:
                keys.append(utc_text(datetime.combine(moment, time(), ZoneInfo(ctx.home_zone))))
    return keys


def _reminder(comp: Component, start: datetime | date) -> int | None:
    for alarm in comp.children:
        if alarm.name != "VALARM":
            continue
        trigger = alarm.get("TRIGGER")
        if trigger is None:
            continue
        try:
            if trigger.params.get("VALUE", "").upper() == "DATE-TIME":
                moment, _ = parse_datetime(trigger.value)
                if moment.tzinfo is None or not isinstance(start, datetime):
                    continue
                return max(0, int((start - moment).total_seconds() // 60))
            return max(0, int(-parse_duration(trigger.value).total_seconds() // 60))
        except ValueError:
            continue
    return None


def _uid(comp: Component, title: str, start_text: str) -> str:
    uid = comp.text("UID").strip()
    if uid:
        return uid
    return "generated-" + hashlib.sha1(f"{title}|{start_text}".encode()).hexdigest()[:20]


def read_event(comp: Component, ctx: Context) -> ParsedEvent:
    """Raises BadEvent with a sentence in the UI language when the event cannot be imported."""
    title = comp.text("SUMMARY").strip() or translate("ICalImport", "(no title)")
    start_prop = comp.get("DTSTART")
    if start_prop is None:
        raise BadEvent(translate("ICalImport", "The event has no start (DTSTART)."))
    try:
        start, start_zone = _moment(start_prop, ctx)
        end_prop = comp.get("DTEND") or comp.get("DUE")
        if end_prop is not None:
            end, end_zone = _moment(end_prop, ctx)
        elif comp.get("DURATION") is not None:
            end, end_zone = start + parse_duration(comp.get("DURATION").value), start_zone
        else:
            end, end_zone = (start + timedelta(days=1) if not isinstance(start, datetime) else start), start_zone
    except (ValueError, IndexError):
        raise BadEvent(translate("ICalImport", "The start or end is not a real date or time.")) from None
    all_day = not isinstance(start, datetime)
    if all_day and isinstance(end, datetime):
        end = end.date()
    if not all_day and not isinstance(end, datetime):
        end, end_zone = datetime.combine(end, time(), start.tzinfo), start_zone
    if end < start or (all_day and end == start):
        if all_day and end == start:
            end = start + timedelta(days=1)
        else:
            raise BadEvent(translate("ICalImport", "The event ends before it starts."))
    rrule = comp.get("RRULE").value.strip() if comp.get("RRULE") else ""
    if rrule.upper().startswith("RRULE:"):
        rrule = rrule[6:]
    row = {
        "title": title[:500], "location": comp.text("LOCATION").strip(), "notes": comp.text("DESCRIPTION"),
        "category": unescape(comp.get("CATEGORIES").value).split(",")[0].strip() if comp.get("CATEGORIES") else "",
        "status": _STATUS.get(comp.text("STATUS").upper(), "confirmed"), "all_day": all_day, "rrule": rrule,
        "start_timezone": start_zone or ctx.home_zone, "end_timezone": end_zone or start_zone or ctx.home_zone,
        "reminder_minutes": _reminder(comp, start),
    }
    home = ZoneInfo(ctx.home_zone)
    if all_day:
        row.update(start_date=start, end_date=end, start_utc=datetime.combine(start, time(), home).astimezone(UTC),
                   end_utc=datetime.combine(end, time(), home).astimezone(UTC))
    else:
        row.update(start_date=None, end_date=None, start_utc=start.astimezone(UTC), end_utc=end.astimezone(UTC))
    try:
        row["exdates"] = _keys(comp.all("EXDATE"), ctx, all_day)
        row["rdates"] = _keys(comp.all("RDATE"), ctx, all_day)
        row["series_until_utc"] = series_end(rrule, start, row["start_timezone"]) if rrule else None
    except (ValueError, TypeError, OverflowError):
        raise BadEvent(translate("ICalImport", "The repeat rule (RRULE) or its exceptions are not valid.")) from None
    recurrence_id = None
    rid_prop = comp.get("RECURRENCE-ID")
    if rid_prop is not None:
        try:
            recurrence_id = _keys([rid_prop], ctx, all_day)[0]
        except (ValueError, IndexError):
            raise BadEvent(translate("ICalImport", "The RECURRENCE-ID is not a real date or time.")) from None
        row["rrule"], row["series_until_utc"] = "", None
    principals = [unescape(p) for prop in comp.all("X-OPSASSISTANT-PRINCIPALS")
                  for p in prop.value.split(",") if p.strip()]
    attendees = []
    for prop in comp.all("ATTENDEE"):
        email = prop.value.split(":", 1)[1] if prop.value.lower().startswith("mailto:") else ""
        attendees.append({"name": prop.params.get("CN", "").strip(), "email": email.strip(),
                          "status": prop.params.get("PARTSTAT", "NEEDS-ACTION").lower()})
    return ParsedEvent(row=row, line=comp.line, uid=_uid(comp, title, start_prop.value),
                       recurrence_id=recurrence_id, principals=principals, attendees=attendees)
