"""A trip as the traveller lives it: day by day in the local dates where they are, each segment with its
local times, duration across zones, "+1" day markers, layovers between connecting legs, and warnings for
overlapping segments and nights without a hotel.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from opsassistant.db.models import TripSegment
from opsassistant.i18n.formatting import format_date, format_duration, format_time
from opsassistant.i18n.messages import Translator

ACTIVITIES = ("flight", "train", "car", "transfer", "meeting", "restaurant")
CONNECTING = ("flight", "train")
MAX_LAYOVER = timedelta(hours=24)


@dataclass
class Entry:
    kind: str  # "segment" | "checkout" | "layover"
    segment: TripSegment | None
    at: datetime  # the instant the entry is placed at (UTC)
    zone: str  # the zone the entry's day is read in
    start: datetime  # aware, in the start zone (for a check-out: the check-out time)
    end: datetime | None  # aware, in the end zone
    home_zone: str
    duration: timedelta | None = None
    place: str = ""  # a layover's place

    @property
    def day(self) -> date:
        return self.at.astimezone(ZoneInfo(self.zone)).date()

    @property
    def day_shift(self) -> int:
        """Local arrival date minus local departure date: +1 overnight, -1 across the date line eastwards."""
        if self.kind != "segment" or self.end is None:
            return 0
        return (self.end.date() - self.start.date()).days

    def home(self, moment: datetime | None) -> datetime | None:
        return None if moment is None else moment.astimezone(ZoneInfo(self.home_zone))

    @property
    def zone_changes(self) -> bool:
        return self.segment is not None and self.segment.start_timezone != self.segment.end_timezone


@dataclass
class Day:
    date: date
    zone: str
    entries: list[Entry] = field(default_factory=list)


@dataclass
class Warning:
    kind: str  # "overlap" | "hotel_gap"
    message: str
    segment_ids: tuple[int, ...] = ()
    night: date | None = None


@dataclass
class Timeline:
    days: list[Day]
    warnings: list[Warning]
    home_zone: str

    def entries(self) -> list[Entry]:
        return [entry for day in self.days for entry in day.entries]

    def zones(self) -> list[str]:
        """Every zone the trip reaches, in order of first appearance."""
        seen: list[str] = []
        for entry in self.entries():
            if entry.segment is not None:
                for zone in (entry.segment.start_timezone, entry.segment.end_timezone):
                    if zone not in seen:
                        seen.append(zone)
        return seen


def day_shift_label(shift: int) -> str:
    return "" if shift == 0 else f"{shift:+d}"


def offset_difference(zone: str, home_zone: str, at: datetime) -> timedelta:
    """How far ``zone`` is ahead of home at that instant (negative when behind)."""
    there = at.astimezone(ZoneInfo(zone)).utcoffset() or timedelta(0)
    home = at.astimezone(ZoneInfo(home_zone)).utcoffset() or timedelta(0)
    return there - home


def format_difference(delta: timedelta, lang: str | None = None) -> str:
    """"+7 h", "-10 h", "+5 h 30 min", "±0"."""
    if not delta:
        return "±0"
    sign = "+" if delta > timedelta(0) else "-"
    return sign + format_duration(abs(delta), lang)


def build(segments: list[TripSegment], home_zone: str, lang: str | None = None) -> Timeline:
    """The timeline of ``segments`` (any order) for a traveller whose home is in ``home_zone``."""
    legs = sorted(segments, key=lambda s: (s.start_utc, s.position, s.id or 0))
    entries: list[Entry] = []
    for leg in legs:
        start = leg.start_utc.astimezone(ZoneInfo(leg.start_timezone))
        end = leg.end_utc.astimezone(ZoneInfo(leg.end_timezone)) if leg.end_utc else None
        duration = leg.end_utc - leg.start_utc if leg.end_utc and leg.kind != "note" else None
        entries.append(Entry("segment", leg, leg.start_utc, leg.start_timezone, start, end, home_zone, duration))
        if leg.kind == "hotel" and end is not None:
            entries.append(Entry("checkout", leg, leg.end_utc, leg.end_timezone, end, None, home_zone))
    entries.extend(_layovers(legs, home_zone))
    order = {"checkout": 0, "segment": 1, "layover": 2}
    entries.sort(key=lambda e: (e.at, order[e.kind]))
    days: list[Day] = []
    for entry in entries:
        if not days or days[-1].date != entry.day:
            days.append(Day(entry.day, entry.zone))
        days[-1].entries.append(entry)
    days.sort(key=lambda d: (d.date, d.entries[0].at))
    merged: list[Day] = []
    for day in days:  # a day line crossing may revisit a date: keep one header per date
        if merged and merged[-1].date == day.date:
            merged[-1].entries.extend(day.entries)
        else:
            merged.append(day)
    warnings = _overlaps(legs, lang) + _hotel_gaps(legs, lang)
    return Timeline(merged, warnings, home_zone)


def _layovers(legs: list[TripSegment], home_zone: str) -> list[Entry]:
    found = []
    previous: TripSegment | None = None
    for leg in legs:
        if leg.kind == "hotel":
            previous = None
            continue
        if leg.kind not in CONNECTING:
            continue
        if previous is not None and previous.end_utc and previous.end_utc <= leg.start_utc \
                and leg.start_utc - previous.end_utc <= MAX_LAYOVER and _same_place(previous, leg):
            arrival = previous.end_utc.astimezone(ZoneInfo(previous.end_timezone))
            departure = leg.start_utc.astimezone(ZoneInfo(leg.start_timezone))
            found.append(Entry("layover", None, previous.end_utc, previous.end_timezone, arrival, departure,
                               home_zone, leg.start_utc - previous.end_utc,
                               previous.to_place or previous.to_code))
        previous = leg
    return found


def _same_place(arrived: TripSegment, leaving: TripSegment) -> bool:
    if arrived.to_code and leaving.from_code:
        return arrived.to_code.upper() == leaving.from_code.upper()
    return bool(arrived.to_place) and arrived.to_place.strip().casefold() == leaving.from_place.strip().casefold()


def _describe(leg: TripSegment, lang: str | None) -> str:
    from opsassistant.services.travel.calendar_sync import event_title
    from opsassistant.services.travel.segments import kind_label

    start = leg.start_utc.astimezone(ZoneInfo(leg.start_timezone))
    title = event_title(leg) if leg.title or leg.kind != "meeting" else kind_label(leg.kind, lang)
    return f"{title} ({format_date(start.date(), 'short', lang)} {format_time(start, lang)})"


def _overlaps(legs: list[TripSegment], lang: str | None) -> list[Warning]:
    warnings = []
    for kinds in (ACTIVITIES, ("hotel",)):
        timed = [s for s in legs if s.kind in kinds and s.end_utc]
        for i, first in enumerate(timed):
            for second in timed[i + 1:]:
                if second.start_utc >= first.end_utc:
                    break
                message = Translator(lang).translate("Travel", "%1 overlaps %2.") \
                    .replace("%1", _describe(second, lang)).replace("%2", _describe(first, lang))
                warnings.append(Warning("overlap", message, (first.id, second.id)))
    return warnings


def _local_date(moment: datetime, zone: str) -> date:
    return moment.astimezone(ZoneInfo(zone)).date()


def _hotel_gaps(legs: list[TripSegment], lang: str | None) -> list[Warning]:
    """Nights between the first and the last day of the trip with neither a hotel nor an overnight leg."""
    if not legs:
        return []
    first = _local_date(legs[0].start_utc, legs[0].start_timezone)
    last = max(_local_date(s.end_utc or s.start_utc, s.end_timezone) for s in legs)
    covered: set[date] = set()
    for leg in legs:
        if leg.end_utc is None or leg.kind not in ("hotel", "flight", "train", "car", "transfer"):
            continue
        night = _local_date(leg.start_utc, leg.start_timezone)
        leaves = _local_date(leg.end_utc, leg.end_timezone)
        while night < leaves:
            covered.add(night)
            night += timedelta(days=1)
    warnings = []
    night = first
    while night < last:
        if night not in covered:
            message = Translator(lang).translate("Travel", "No hotel for the night after %1.") \
                .replace("%1", format_date(night, "medium", lang))
            warnings.append(Warning("hotel_gap", message, night=night))
        night += timedelta(days=1)
    return warnings
