"""TZID → IANA zone: IANA names as they are, Windows names through the mapping icalendar ships (CLDR's
windowsZones), Thunderbird's "/mozilla.org/…/Europe/Berlin" prefixes, Outlook's "(UTC+01:00) Brussels, …"
display names, and as a last resort a zone whose offsets match the file's VTIMEZONE block."""

from __future__ import annotations

import re
from datetime import datetime
from functools import lru_cache
from zoneinfo import ZoneInfo, available_timezones

from opsassistant.interop.ical_parse import Component

# Outlook display names ("(UTC+01:00) Brussels, Copenhagen, Madrid, Paris") → zone, for the common cities.
_CITY_ZONES = {
    "copenhagen": "Europe/Copenhagen", "brussels": "Europe/Brussels", "amsterdam": "Europe/Amsterdam",
    "berlin": "Europe/Berlin", "stockholm": "Europe/Stockholm", "london": "Europe/London",
    "dublin": "Europe/Dublin", "helsinki": "Europe/Helsinki", "athens": "Europe/Athens",
    "eastern time": "America/New_York", "pacific time": "America/Los_Angeles", "central time": "America/Chicago",
    "tokyo": "Asia/Tokyo", "beijing": "Asia/Shanghai", "singapore": "Asia/Singapore", "sydney": "Australia/Sydney",
    "new delhi": "Asia/Kolkata", "dubai": "Asia/Dubai", "abu dhabi": "Asia/Dubai", "moscow": "Europe/Moscow",
}


@lru_cache(maxsize=1)
def _windows() -> dict[str, str]:
    try:
        from icalendar.timezone.windows_to_olson import WINDOWS_TO_OLSON
    except ImportError:  # pragma: no cover - icalendar always ships it since 6.0
        return {}
    return {key.casefold(): value for key, value in WINDOWS_TO_OLSON.items()}


@lru_cache(maxsize=1)
def _iana() -> frozenset[str]:
    return frozenset(available_timezones())


def _offsets(vtimezone: Component) -> tuple[int, ...]:
    def minutes(text: str) -> int:
        text = text.strip()
        sign = -1 if text.startswith("-") else 1
        digits = text.lstrip("+-")
        return sign * (int(digits[0:2]) * 60 + int(digits[2:4]))
    found = set()
    for child in vtimezone.children:
        prop = child.get("TZOFFSETTO")
        if prop:
            try:
                found.add(minutes(prop.value))
            except ValueError:
                continue
    return tuple(sorted(found))


def _by_offsets(offsets: tuple[int, ...]) -> str | None:
    preferred = ("Europe/Copenhagen", "Europe/London", "America/New_York", "America/Chicago",
                 "America/Denver", "America/Los_Angeles", "Asia/Tokyo", "Asia/Shanghai", "Asia/Kolkata",
                 "Australia/Sydney", "Europe/Helsinki", "Asia/Dubai", "UTC")
    year = datetime.now().year
    for name in preferred:
        zone = ZoneInfo(name)
        seen = {int(datetime(year, month, 15, 12, tzinfo=zone).utcoffset().total_seconds() // 60)
                for month in (1, 7)}
        if tuple(sorted(seen)) == offsets:
            return name
    return None


def resolve(tzid: str, vtimezones: dict[str, Component] | None = None) -> str | None:
    """The IANA name for ``tzid``; None when nothing sensible matches."""
    name = tzid.strip().strip('"')
    if name in _iana():
        return name
    if name.upper() in ("UTC", "GMT", "Z", "ETC/UTC"):
        return "UTC"
    windows = _windows().get(name.casefold())
    if windows:
        return windows
    match = re.search(r"([A-Z][A-Za-z_]+/[A-Za-z_]+(?:/[A-Za-z_]+)?)$", name)
    if match and match.group(1) in _iana():
        return match.group(1)
    lowered = name.casefold()
    for city, zone_name in _CITY_ZONES.items():
        if city in lowered:
            return zone_name
    block = (vtimezones or {}).get(tzid)
    if block is not None:
        return _by_offsets(_offsets(block))
    return None
