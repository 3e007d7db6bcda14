"""TZID → time zone, in the order RFC 5545 gives them weight.

1. The file's VTIMEZONE *defines* the zone (§3.6.5): its STANDARD/DAYLIGHT rules become a tzinfo
   (icalendar's ``Timezone.to_tz``), and the IANA zone that keeps the same clock is looked for, the names the TZID
   suggests first. No IANA zone keeps that clock: times are still converted with the block's own rules, and the
   zone stored is reported as a fallback.
2. Without a block: IANA names (also ``America_Bogota``, ``/mozilla.org/…/Europe/Berlin``), Windows names
   (CLDR's windowsZones, shipped by icalendar), Outlook's ``(UTC+01:00) Brussels, …`` display names, fixed offsets
   (``UTC+11`` → ``Etc/GMT-11``).
3. Nothing matches: the home zone, reported as a fallback — never silently.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, tzinfo
from functools import lru_cache
from zoneinfo import ZoneInfo, available_timezones

from opsassistant.interop.contentline import param_escape

# Outlook display names ("(UTC+01:00) Brussels, Copenhagen, Madrid, Paris") → zone, for the common cities.
_CITY_ZONES = {
    "copenhagen": "Europe/Copenhagen", "københavn": "Europe/Copenhagen", "brussels": "Europe/Brussels",
    "amsterdam": "Europe/Amsterdam", "berlin": "Europe/Berlin", "stockholm": "Europe/Stockholm",
    "london": "Europe/London", "dublin": "Europe/Dublin", "helsinki": "Europe/Helsinki", "athens": "Europe/Athens",
    "eastern time": "America/New_York", "pacific time": "America/Los_Angeles", "central time": "America/Chicago",
    "mountain time": "America/Denver", "tokyo": "Asia/Tokyo", "beijing": "Asia/Shanghai",
    "singapore": "Asia/Singapore", "sydney": "Australia/Sydney", "new delhi": "Asia/Kolkata",
    "dubai": "Asia/Dubai", "abu dhabi": "Asia/Dubai", "moscow": "Europe/Moscow", "москва": "Europe/Moscow",
    "santiago": "America/Santiago", "bogota": "America/Bogota",
}
_OFFSET_NAME = re.compile(r"^(?:\(?\s*(?:UTC|GMT))\s*([+-])\s*(\d{1,2})(?::?(\d{2}))?\s*\)?$", re.IGNORECASE)
_DAYS = 366 * 2  # a block is compared with a candidate zone over two years …
_STEP = 7  # … weekly (a transition on another weekend shows; a block's offsets cost up to 0.4 ms each)


@dataclass(frozen=True)
class Zone:
    """How one TZID of a file is read: ``name`` is stored, ``tz`` converts its wall-clock times (the block's own
    rules where the file has one), ``fallback`` says that ``name`` is a stand-in, to be reported."""

    name: str
    tz: tzinfo
    fallback: bool = False
    span: tuple | None = None  # (first, last) moment the block defines; outside it the IANA zone ``name`` rules

    def tz_at(self, naive: datetime) -> tzinfo:
        """The block's own rules for a zone no IANA zone matches; else the matched IANA zone, which keeps the same
        clock over the span the block defines and also knows the years the block leaves out (a block of 2018–2020
        transitions says nothing of 2017) — and converts ten times faster."""
        return self.tz if self.fallback else ZoneInfo(self.name)


@lru_cache(maxsize=1)
def _iana() -> frozenset[str]:
    return frozenset(available_timezones())


@lru_cache(maxsize=1)
def _iana_folded() -> dict[str, str]:
    return {name.casefold(): name for name in _iana()}


@lru_cache(maxsize=1)
def _windows() -> dict[str, str]:
    try:
        from icalendar.timezone.windows_to_olson import WINDOWS_TO_OLSON
    except ImportError:  # pragma: no cover - icalendar ships it since 6.0
        return {}
    return {key.casefold(): value for key, value in WINDOWS_TO_OLSON.items()}


def name_candidates(tzid: str) -> list[str]:
    """IANA names the TZID text itself suggests, best first (no VTIMEZONE needed)."""
    name = tzid.strip().strip('"').strip()
    found: list[str] = []
    folded = _iana_folded()
    dashed = name.replace("-", "/", 1) if "/" not in name else name  # libical's old "US-Eastern"
    for variant in (name, name.replace(" ", "_"), name.replace("_", "/", 1), dashed):
        hit = folded.get(variant.casefold())
        if hit:
            found.append(hit)
    if name.upper() in ("UTC", "GMT", "Z", "ETC/UTC", "UT", "ZULU"):
        found.append("UTC")
    windows = _windows().get(name.casefold())
    if windows:
        found.append(windows)
    match = re.search(r"([A-Za-z]+/[A-Za-z_+-]+(?:/[A-Za-z_+-]+)?)$", name)  # /mozilla.org/…/Europe/Berlin
    if match and match.group(1).casefold() in folded:
        found.append(folded[match.group(1).casefold()])
    lowered = name.casefold()
    found += [zone for city, zone in _CITY_ZONES.items() if city in lowered]
    fixed = _OFFSET_NAME.match(name)
    if fixed:
        sign, hours, minutes = fixed.group(1), int(fixed.group(2)), int(fixed.group(3) or 0)
        if minutes == 0 and hours <= 14:
            found.append("UTC" if hours == 0 else f"Etc/GMT{'-' if sign == '+' else '+'}{hours}")  # POSIX signs
    return list(dict.fromkeys(found))


def block_text(props: list[tuple[str, dict[str, str], str]], children: list) -> str:
    """An icalendar-readable VTIMEZONE from our parsed component (name, params, value triples)."""
    def lines(name: str, props, children) -> list[str]:
        out = [f"BEGIN:{name}"]
        for prop_name, params, value in props:
            head = prop_name + "".join(f";{k}={param_escape(v)}" for k, v in params.items())
            out.append(f"{head}:{value}")
        for child in children:
            out += lines(child.name, [(p.name, p.params, p.value) for p in child.props], child.children)
        out.append(f"END:{name}")
        return out
    return "\r\n".join(lines("VTIMEZONE", props, children)) + "\r\n"


@lru_cache(maxsize=256)
def block_tz(text: str) -> tzinfo | None:
    """The VTIMEZONE's own rules as a tzinfo, or None when the block cannot be read."""
    try:
        from icalendar import Timezone

        block = Timezone.from_ical(text)
        tz = block.to_tz(lookup_tzid=False)
        tz.utcoffset(datetime(2026, 1, 15, 12))  # a broken block fails here rather than later
        return tz
    except Exception:  # noqa: BLE001 - icalendar raises many kinds on a malformed block; all mean "unreadable"
        return None


def _offset(tz: tzinfo, utc_moment: datetime) -> timedelta:
    return utc_moment.astimezone(tz).utcoffset()


Span = tuple[datetime | None, datetime | None]


def _samples(year: int, span: Span | None = None) -> list[datetime]:
    """Noon UTC of every day of two years, within the span the block defines (its first rule to its last
    one-off transition, when it has no yearly rule)."""
    since, until = span or (None, None)
    start = datetime(year - 1, 1, 1, 12, tzinfo=UTC)
    if since is not None and since + timedelta(days=1) > start:
        start = since.replace(hour=12, minute=0, second=0) + timedelta(days=1)
    if until is not None and until - timedelta(days=_DAYS) < start:
        start = max(until - timedelta(days=_DAYS), since or until - timedelta(days=_DAYS))
        start = start.replace(hour=12, minute=0, second=0) + timedelta(days=1)
    days = [start + timedelta(days=day) for day in range(_DAYS)]
    # Up to two days past the last transition: what the block says after it must agree too.
    return [d for d in days if until is None or d < until + timedelta(days=2)] or days[:1]


@lru_cache(maxsize=8)
def _signatures(year: int) -> dict[tuple[timedelta, timedelta], list[str]]:
    """Every IANA zone grouped by its offsets in mid-January and mid-July of ``year`` (a cheap first filter)."""
    groups: dict[tuple[timedelta, timedelta], list[str]] = {}
    jan, jul = datetime(year, 1, 15, 12, tzinfo=UTC), datetime(year, 7, 15, 12, tzinfo=UTC)
    for name in sorted(_iana()):
        if name.startswith(("posix/", "right/")) or name in ("Factory", "localtime"):
            continue
        try:
            zone = ZoneInfo(name)
        except (KeyError, ValueError, OSError):
            continue
        groups.setdefault((_offset(zone, jan), _offset(zone, jul)), []).append(name)
    return groups


def _canonical_first(name: str) -> tuple[int, str]:
    """Area/City names before links like ``US/Eastern`` or ``Etc/…``."""
    area = name.split("/")[0]
    regional = area in ("Africa", "America", "Antarctica", "Asia", "Atlantic", "Australia", "Europe", "Indian",
                        "Pacific")
    return (0 if regional else 1, name)


def same_clock(tz: tzinfo, name: str, year: int, span: Span | None = None) -> bool:
    """Same offsets, day by day, over the span the block defines (see :func:`_samples`)."""
    zone = ZoneInfo(name)
    moments = _samples(year, span)
    return all(_offset(tz, moment) == _offset(zone, moment) for moment in moments)


def block_span(block) -> Span:
    """(first DTSTART, last one-off transition or None) of a VTIMEZONE's rules: a block of RDATE transitions
    (Apple, Google) says nothing about the years after its last one. Day precision is enough for sampling."""
    def day(value: str) -> datetime:
        value = value.strip()
        return datetime(int(value[0:4]), int(value[4:6]), int(value[6:8]), tzinfo=UTC)
    starts, ends, yearly = [], [], False
    for child in block.children:
        yearly = yearly or child.get("RRULE") is not None
        for name in ("DTSTART", "RDATE"):
            for prop in child.all(name):
                for value in prop.value.split(","):
                    try:
                        (starts if name == "DTSTART" else ends).append(day(value))
                    except ValueError:
                        continue
    since = min(starts) if starts else None
    # One-off transitions (an RDATE list around the events' years, as Google and Apple write) bound the span;
    # yearly rules, or a single onset (a fixed offset from then on), hold for ever.
    single = len(set(starts + ends)) <= 1
    until = None if yearly or single or not (starts or ends) else max(starts + ends)
    return since, until


@lru_cache(maxsize=256)
def _cached_match(tz: tzinfo, hints: tuple[str, ...], year: int, span: Span | None) -> str | None:
    return _match(tz, list(hints), year, span)


def matching_zone(tz: tzinfo, hints: list[str], year: int, span: Span | None = None) -> str | None:
    """See :func:`_match`; one answer per block (text), hints and year, however often a file repeats a block."""
    return _cached_match(tz, tuple(hints), year, span)


def _match(tz: tzinfo, hints: list[str], year: int, span: Span | None = None) -> str | None:
    """The IANA zone that keeps the same clock as ``tz`` over the span the block defines (two years around
    ``year``, weekly), the hints first. The block's own offsets are computed once: they are the slow part."""
    every = _samples(year, span)
    samples = every[::_STEP] + every[-2:]  # the last days: what the block says after its last transition
    wanted = [_offset(tz, moment) for moment in samples]
    seen = set(wanted)
    year = samples[len(samples) // 2].year

    def candidates():
        yield from (h for h in hints if h in _iana())  # the names the TZID suggests: usually the answer
        group = [name for key, names in _signatures(year).items() if set(key) <= seen for name in names]
        yield from sorted(group, key=_canonical_first)

    tried = set()
    for name in candidates():
        if name in tried:
            continue
        tried.add(name)
        zone = ZoneInfo(name)
        if all(_offset(zone, moment) == offset for moment, offset in zip(samples, wanted, strict=True)):
            return name
    if len(seen) == 1 and wanted[0] % timedelta(hours=1) == timedelta(0) and abs(wanted[0]) <= timedelta(hours=14):
        hours = int(wanted[0] / timedelta(hours=1))
        return "UTC" if hours == 0 else f"Etc/GMT{'-' if hours > 0 else '+'}{abs(hours)}"
    return None


def standard_stand_in(tz: tzinfo, year: int) -> str:
    """A fixed-offset zone for a block that no IANA zone matches (reported as a fallback)."""
    offset = _offset(tz, datetime(year, 1, 15, 12, tzinfo=UTC))
    if offset % timedelta(hours=1) == timedelta(0) and abs(offset) <= timedelta(hours=14):
        hours = int(offset / timedelta(hours=1))
        return "UTC" if hours == 0 else f"Etc/GMT{'-' if hours > 0 else '+'}{abs(hours)}"
    return "UTC"


def resolve(tzid: str, vtimezones: dict | None = None) -> str | None:
    """The IANA name the TZID's text suggests (kept for callers that have no block); None when nothing does."""
    found = name_candidates(tzid)
    return found[0] if found else None
