"""One VEVENT → the fields of an Event row, or a clear reason why it cannot be imported.

Stored as read (RFC 5545): RDATE of all three value types (a PERIOD of another length as ``start/end`` key),
EXDATE of both (a DATE on a timed series is kept as the day and also resolved to that day's occurrences), the
original TZID text, SEQUENCE and LAST-MODIFIED. Values that one line gets wrong (a bad RDATE) are dropped with a
note; what makes the event itself unreadable (no start, an absurd rule, a date no calendar holds) skips it.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from zoneinfo import ZoneInfo

from opsassistant.db.fields import utc_text
from opsassistant.i18n.messages import translate
from opsassistant.interop.contentline import split_escaped
from opsassistant.interop.ical_parse import Component, Prop, parse_date, parse_datetime, parse_duration
from opsassistant.interop.ical_rules import (
    RuleError,
    bounded_series_end,
    ends_before,
    normalise_rrule,
    occurrences_on,
    starts_series,
)
from opsassistant.interop.ical_zones import (
    Zone,
    block_span,
    block_text,
    block_tz,
    matching_zone,
    name_candidates,
    same_clock,
    standard_stand_in,
)
from opsassistant.services.calendar.occurrences import DEFAULT_ZONE as HOME_ZONE

_STATUS = {"TENTATIVE": "tentative", "CONFIRMED": "confirmed", "CANCELLED": "cancelled"}
MIN_YEAR, MAX_YEAR = 1000, 9000  # what the calendar stores and shows; outside: refused with the line


class BadEvent(ValueError):
    pass


class OutOfRange(ValueError):
    pass


@dataclass
class Context:
    """What every event of one file shares: its zones, the X-WR-TIMEZONE, the home zone, the notes made."""

    vtimezones: dict[str, Component] = field(default_factory=dict)
    calendar_zone: str | None = None  # X-WR-TIMEZONE (Google)
    home_zone: str = HOME_ZONE
    resolved: dict[str, Zone] = field(default_factory=dict)
    notes: list[tuple[int, str]] = field(default_factory=list)  # (line, sentence): fallbacks, dropped values
    year: int = field(default_factory=lambda: datetime.now(UTC).year)

    def zone(self, tzid: str, line: int, year: int | None = None) -> Zone:
        found = self.resolved.get(tzid)
        if found is None:  # compared in the years of its first use (a 2006 file's US rules are not today's)
            found = self.resolved[tzid] = self._resolve(tzid, line, min(max(year or self.year, 1971), 2037))
        return found

    def zone_of(self, tzid: str, line: int = 0) -> str:
        return self.zone(tzid, line).name

    def _resolve(self, tzid: str, line: int, year: int) -> Zone:
        hints = name_candidates(tzid)
        block = self.vtimezones.get(tzid)
        tz = block_tz(block_text([(p.name, p.params, p.value) for p in block.props], block.children)) \
            if block is not None else None
        if tz is not None:
            span = block_span(block)
            name = matching_zone(tz, hints + [self.home_zone], year, span)
            if name is not None:
                return Zone(self._home_if_same(name, tzid), tz, span=span)
            stand_in = standard_stand_in(tz, year)
            self.note(line, translate("ICalImport", "The time zone “%1” follows rules no known zone has; its times "
                                      "were read with the file's own rules and are kept in %2.")
                      .replace("%1", tzid).replace("%2", stand_in))
            return Zone(stand_in, tz, fallback=True)
        if hints:
            name = self._home_if_same(hints[0], tzid)
            return Zone(name, ZoneInfo(name))
        self.note(line, translate("ICalImport", "The time zone “%1” is not known; its times were read as %2.")
                  .replace("%1", tzid).replace("%2", self.home_zone))
        return Zone(self.home_zone, ZoneInfo(self.home_zone), fallback=True)

    def _home_if_same(self, name: str, tzid: str) -> str:
        """"Romance Standard Time" in a Danish office is Copenhagen, not Paris (an exact IANA TZID stays)."""
        if name == tzid or name == self.home_zone or name.startswith("Etc/") or name == "UTC":
            return name
        return self.home_zone if same_clock(ZoneInfo(name), self.home_zone, self.year) else name

    def note(self, line: int, sentence: str) -> None:
        self.notes.append((line, sentence))


@dataclass
class ParsedEvent:
    row: dict
    line: int
    uid: str
    recurrence_id: str | None
    principals: list[str] = field(default_factory=list)
    attendees: list[dict] = field(default_factory=list)
    sequence: int = 0
    modified: str = ""  # LAST-MODIFIED (else DTSTAMP) as UTC text: the later copy wins at equal SEQUENCE
    this_and_future: bool = False  # RECURRENCE-ID;RANGE=THISANDFUTURE
    start_moment: datetime | date | None = None
    rid_moment: datetime | date | None = None


def recurrence_key(moment: datetime | date, all_day_series: bool, home_zone: str) -> str:
    """The key of an instance in a series of that kind (an all-day series keys by day, a timed one by UTC)."""
    ctx = Context(home_zone=home_zone)
    return _day_key(moment, ctx) if all_day_series else _timed_key(moment, ctx)


def _check_year(moment: datetime | date) -> None:
    if not MIN_YEAR <= moment.year <= MAX_YEAR:
        raise OutOfRange(str(moment.year))


def _moment(prop: Prop, ctx: Context, value: str | None = None) -> tuple[datetime | date, str, tzinfo | None]:
    """(aware datetime or date, zone name, tzinfo) of a DTSTART-like value."""
    value = (prop.value if value is None else value).strip().split(",")[0]
    if prop.params.get("VALUE", "").upper() == "DATE" or len(value) == 8:
        day = parse_date(value)
        _check_year(day)
        return day, "", None
    naive, is_utc = parse_datetime(value)
    _check_year(naive)
    if is_utc:
        zone_name = ctx.calendar_zone or "UTC"
        return naive.astimezone(ZoneInfo(zone_name)), zone_name, ZoneInfo(zone_name)
    tzid = prop.params.get("TZID")
    if tzid:
        found = ctx.resolved.get(tzid) or ctx.zone(tzid, prop.line, naive.year)
        named = ZoneInfo(found.name)
        if not found.fallback:
            return naive.replace(tzinfo=named), found.name, named
        aware = naive.replace(tzinfo=found.tz_at(naive))
        if aware.tzinfo is not named:
            aware = aware.astimezone(named)  # the block's rules made the moment; shown in name
        return aware, found.name, aware.tzinfo
    zone_name = ctx.calendar_zone or ctx.home_zone  # floating → the calendar's or the home zone
    return naive.replace(tzinfo=ZoneInfo(zone_name)), zone_name, ZoneInfo(zone_name)


def _day_key(moment: datetime | date, ctx: Context) -> str:
    if isinstance(moment, datetime):  # a UTC date-time on an all-day series: the day it is at home
        moment = moment.astimezone(ZoneInfo(ctx.home_zone)).date()
    return moment.isoformat()


def _timed_key(moment: datetime | date, ctx: Context, zone_name: str | None = None) -> str:
    """UTC key; a DATE value in a timed series is midnight of that day in the series' zone."""
    if not isinstance(moment, datetime):
        moment = datetime.combine(moment, time(), ZoneInfo(zone_name or ctx.home_zone))
    return _utc_key(moment)


def _utc_key(moment: datetime) -> str:
    """``utc_text`` (YYYY-MM-DD HH:MM:SS in UTC) without strftime, for the years the calendar holds."""
    moment = moment.astimezone(UTC)
    return moment.isoformat(" ", "seconds")[:19] if moment.year >= 1000 else utc_text(moment)


def _values(props: list[Prop], ctx: Context, kind: str):
    """(prop, single value) of each comma-separated value; a value that does not read is noted and dropped."""
    for prop in props:
        for part in prop.value.split(","):
            part = part.strip()
            if part:
                yield prop, part


def _drop(ctx: Context, prop: Prop, part: str) -> None:
    ctx.note(prop.line, translate("ICalImport", "The value “%1” of %2 is not a date or time a calendar can hold; "
                                  "that value was left out.").replace("%1", part[:40]).replace("%2", prop.name))


def _rdates(props: list[Prop], ctx: Context, all_day: bool, length: timedelta, zone_name: str) -> list[str]:
    keys = []
    for prop, part in _values(props, ctx, "RDATE"):
        try:
            if prop.params.get("VALUE", "").upper() == "PERIOD" or "/" in part:
                first, _, second = part.partition("/")
                start, _zone, _tz = _moment(prop, ctx, first)
                if second[:1] in "P+-":
                    end = start + parse_duration(second)
                else:
                    end, _zone, _tz = _moment(prop, ctx, second)
                if all_day:
                    keys.append(_day_key(start, ctx))
                elif not isinstance(start, datetime) or end - start == length or end <= start:
                    keys.append(_timed_key(start, ctx, zone_name))  # a PERIOD of dates: only its start counts
                else:
                    keys.append(f"{_timed_key(start, ctx, zone_name)}/{_timed_key(end, ctx, zone_name)}")
                continue
            moment, _zone, _tz = _moment(prop, ctx, part)
            keys.append(_day_key(moment, ctx) if all_day else _timed_key(moment, ctx, zone_name))
        except (ValueError, IndexError, OverflowError):
            _drop(ctx, prop, part)
    return list(dict.fromkeys(keys))


def _exdates(props: list[Prop], ctx: Context, all_day: bool) -> tuple[list[str], list[date]]:
    """(keys, days): a DATE value on a timed series is a day whose occurrences all go (resolved by the caller)."""
    keys, days = [], []
    for prop, part in _values(props, ctx, "EXDATE"):
        try:
            moment, _zone, _tz = _moment(prop, ctx, part)
        except (ValueError, IndexError, OverflowError):
            _drop(ctx, prop, part)
            continue
        if all_day:
            keys.append(_day_key(moment, ctx))
        elif isinstance(moment, datetime):
            keys.append(_timed_key(moment, ctx))
        else:
            keys.append(moment.isoformat())
            days.append(moment)
    return list(dict.fromkeys(keys)), days


def _reminder(comp: Component, start: datetime | date, length: timedelta, ctx: Context) -> int | None:
    """Minutes before the start; RELATED=END counts from the end (negative: after the start). A TRIGGER that is no
    duration (§3.3.6: the sign comes before the P, "PT-2H" is none) or time is reported, not dropped in silence."""
    for alarm in comp.children:
        if alarm.name != "VALARM" or alarm.get("TRIGGER") is None:
            continue
        trigger = alarm.get("TRIGGER")
        try:
            if trigger.params.get("VALUE", "").upper() == "DATE-TIME":
                moment, _ = parse_datetime(trigger.value)
                if moment.tzinfo is None or not isinstance(start, datetime):
                    continue
                return int((start - moment).total_seconds() // 60)
            offset = parse_duration(trigger.value)
            if trigger.params.get("RELATED", "").upper() == "END":
                offset += length
            minutes = int(-offset.total_seconds() // 60)
            return minutes if abs(minutes) < 1_000_000 else None
        except (ValueError, OverflowError):
            ctx.note(trigger.line, translate("ICalImport", "The reminder time (TRIGGER) “%1” is not a duration or a "
                                             "time; that reminder was left out.").replace("%1", trigger.value[:40]))
            continue
    return None


def _end(comp: Component, ctx: Context, start, start_zone: str):
    end_prop = comp.get("DTEND") or comp.get("DUE")
    if end_prop is not None:
        end, end_zone, _tz = _moment(end_prop, ctx)
        return end, end_zone
    duration = comp.get("DURATION")
    if duration is None:
        return (start + timedelta(days=1) if not isinstance(start, datetime) else start), start_zone
    delta = parse_duration(duration.value)
    if not isinstance(start, datetime):
        return start + timedelta(days=delta.days), start_zone
    days, exact = timedelta(days=delta.days), delta - timedelta(days=delta.days)
    wall = (start.replace(tzinfo=None) + days).replace(tzinfo=start.tzinfo)  # a day is nominal (§3.3.6) …
    end = (wall.astimezone(UTC) + exact).astimezone(start.tzinfo)  # … hours, minutes, seconds are exact
    _check_year(end)
    return end, start_zone


def _int(text: str) -> int:
    try:
        return int(text.strip() or 0)
    except ValueError:
        return 0


def _stamp(comp: Component) -> str:
    """LAST-MODIFIED, else DTSTAMP, as written: UTC stamps of one form sort as text, so no parsing is needed."""
    for name in ("LAST-MODIFIED", "DTSTAMP"):
        prop = comp.get(name)
        if prop is not None:
            return prop.value.strip().upper()
    return ""


def read_event(comp: Component, ctx: Context) -> ParsedEvent:
    """Raises BadEvent with a sentence in the UI language when the event cannot be imported."""
    title = comp.text("SUMMARY").strip() or translate("ICalImport", "(no title)")
    start_prop = comp.get("DTSTART")
    if start_prop is None:
        raise BadEvent(translate("ICalImport", "The event has no start (DTSTART)."))
    for extra in comp.all("DTSTART")[1:]:  # §3.6.1: "MUST NOT occur more than once"; the first is used, not hidden
        ctx.note(extra.line, translate("ICalImport", "The event has more than one start (DTSTART); only the first, "
                                       "“%1”, is used.").replace("%1", start_prop.value[:40]))
    try:
        start, start_zone, _tz = _moment(start_prop, ctx)
        end, end_zone = _end(comp, ctx, start, start_zone)
    except OutOfRange as error:
        raise BadEvent(translate("ICalImport", "The year %1 lies outside the years %2–%3 the calendar holds.")
                       .replace("%1", str(error)).replace("%2", str(MIN_YEAR)).replace("%3", str(MAX_YEAR))) from None
    except OverflowError:
        raise BadEvent(translate("ICalImport", "The length (DURATION) is longer than any calendar holds.")) from None
    except (ValueError, IndexError):
        raise BadEvent(translate("ICalImport", "The start or end is not a real date or time.")) from None
    all_day = not isinstance(start, datetime)
    if all_day and isinstance(end, datetime):
        end = end.date()
    if not all_day and not isinstance(end, datetime):
        end, end_zone = datetime.combine(end, time(), start.tzinfo), start_zone
    if all_day and end == start:
        end = start + timedelta(days=1)
    if end < start:
        raise BadEvent(translate("ICalImport", "The event ends before it starts."))
    if all_day and end.year > MAX_YEAR:
        raise BadEvent(translate("ICalImport", "The year %1 lies outside the years %2–%3 the calendar holds.")
                       .replace("%1", str(end.year)).replace("%2", str(MIN_YEAR)).replace("%3", str(MAX_YEAR)))
    length = (end - start) if not all_day else timedelta(days=(end - start).days)
    raw_rule = comp.get("RRULE").value.strip() if comp.get("RRULE") else ""
    categories = comp.get("CATEGORIES")
    row = {
        "title": title[:500], "location": comp.text("LOCATION").strip(), "notes": comp.text("DESCRIPTION"),
        "category": split_escaped(categories.value)[0].strip() if categories else "",
        "status": _STATUS.get(comp.text("STATUS").upper(), "confirmed"), "all_day": all_day,
        "start_timezone": start_zone or ctx.home_zone, "end_timezone": end_zone or start_zone or ctx.home_zone,
        "reminder_minutes": _reminder(comp, start, length, ctx),
        "tzid_text": start_prop.params.get("TZID", ""),
        "sequence": _int(comp.text("SEQUENCE")),
    }
    home = ZoneInfo(ctx.home_zone)
    if all_day:
        row.update(start_date=start, end_date=end, start_utc=datetime.combine(start, time(), home).astimezone(UTC),
                   end_utc=datetime.combine(end, time(), home).astimezone(UTC))
    else:
        row.update(start_date=None, end_date=None, start_utc=start.astimezone(UTC), end_utc=end.astimezone(UTC))
    row["rdates"] = _rdates(comp.all("RDATE"), ctx, all_day, length, row["start_timezone"])
    row["exdates"], ex_days = _exdates(comp.all("EXDATE"), ctx, all_day)
    rid_prop = comp.get("RECURRENCE-ID")
    try:
        rrule = normalise_rrule(raw_rule, start, row["start_timezone"]) if raw_rule and rid_prop is None else ""
        if not rrule and row["rdates"] and rid_prop is None:
            rrule = "FREQ=DAILY;COUNT=1"  # RDATE without RRULE: DTSTART and the RDATEs are the whole set (§3.8.5.2)
        row["rrule"] = rrule
        if rrule and not starts_series(rrule, start, row["start_timezone"]) \
                and not ends_before(rrule, start, row["start_timezone"]):
            # DTSTART is the first instance even when the rule would not produce it (§3.8.5.3; Google, Apple and
            # recurring-ical-events agree): kept as an RDATE so that every reader shows it.
            key = _day_key(start, ctx) if all_day else _timed_key(start, ctx)
            row["rdates"] = [key, *(k for k in row["rdates"] if k != key)]
        if len(comp.all("RRULE")) > 1 and rid_prop is None:
            ctx.note(comp.all("RRULE")[1].line, translate(
                "ICalImport", "The event has more than one repeat rule (RRULE); only the first is used."))
        row["series_until_utc"] = bounded_series_end(rrule, start, row["start_timezone"], length, row["rdates"])
        if ex_days and rrule:
            row["exdates"] += [k for k in occurrences_on(rrule, start, row["start_timezone"], ex_days)
                               if k not in row["exdates"]]
    except RuleError as error:
        raise BadEvent(str(error)) from None
    except (ValueError, TypeError, OverflowError):
        raise BadEvent(translate("ICalImport", "The repeat rule (RRULE) is not valid.")) from None
    recurrence_id, rid_moment = None, None
    if rid_prop is not None:
        try:
            moment, _zone, _tz = _moment(rid_prop, ctx)
            rid_moment = moment  # the key is made to match the master's kind (see ical_series.align_keys)
            recurrence_id = _timed_key(moment, ctx) if isinstance(moment, datetime) else _day_key(moment, ctx)
        except (ValueError, IndexError):
            raise BadEvent(translate("ICalImport", "The RECURRENCE-ID is not a real date or time.")) from None
    principals = [p.strip() for prop in comp.all("X-OPSASSISTANT-PRINCIPALS")
                  for p in split_escaped(prop.value) if p.strip()]
    attendees = []
    for prop in comp.all("ATTENDEE"):
        email = prop.value.split(":", 1)[1] if prop.value.lower().startswith("mailto:") else ""
        attendees.append({"name": prop.params.get("CN", "").strip(), "email": _unquote_mailto(email.strip()),
                          "status": prop.params.get("PARTSTAT", "NEEDS-ACTION").lower()})
    uid = comp.text("UID").strip() or _content_uid(comp)  # made once, stored, exported as is
    return ParsedEvent(row=row, line=comp.line, uid=uid, recurrence_id=recurrence_id, principals=principals,
                       attendees=attendees, sequence=row["sequence"], modified=_stamp(comp),
                       this_and_future=bool(rid_prop is not None
                                            and rid_prop.params.get("RANGE", "").upper() == "THISANDFUTURE"),
                       start_moment=start, rid_moment=rid_moment)


def _content(comp: Component) -> str:
    props = "\n".join(f"{p.name};{sorted(p.params.items())}:{p.value}" for p in comp.props)
    return "\n".join([f"BEGIN:{comp.name}", props, *(_content(child) for child in comp.children)])


def _content_uid(comp: Component) -> str:
    """A UUID for an event without the UID §3.6.1 requires, made from what it says: the same event pasted twice
    (libical's large.ics has one 33 times) is one event, and importing the file again finds it again."""
    return str(uuid.uuid5(uuid.NAMESPACE_URL, "opsassistant:vevent:" + _content(comp)))


def _unquote_mailto(address: str) -> str:
    from urllib.parse import unquote

    return unquote(address) if "%" in address else address
