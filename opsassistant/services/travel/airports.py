"""Airports from airportsdata: IATA code → name, city, country and IANA zone.

The table (~8,000 airports) is loaded lazily, once, on the first lookup, so start-up never pays for it.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import cache


@dataclass(frozen=True)
class Airport:
    code: str
    name: str
    city: str
    country: str
    timezone: str

    def local_city(self, lang: str | None = None) -> str:
        """The city in the language ("København" in Danish) where the airport's time zone is named after the
        same city (Babel's exemplar city); otherwise airportsdata's English name."""
        return localize_city(self.city, self.timezone, lang)

    def label(self, lang: str | None = None) -> str:
        """"CPH – København (Copenhagen Kastrup Airport)"."""
        return f"{self.code} – {self.local_city(lang)} ({self.name})"


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@cache
def _table() -> tuple[dict[str, Airport], list[tuple[str, Airport]]]:
    import airportsdata

    by_code: dict[str, Airport] = {}
    for code, row in airportsdata.load("IATA").items():
        if not code or not row.get("tz"):
            continue
        by_code[code.upper()] = Airport(code.upper(), row.get("name", ""), row.get("city", ""),
                                        row.get("country", ""), row["tz"])
    by_city = sorted(((_fold(a.city), a) for a in by_code.values()), key=lambda pair: (pair[0], pair[1].code))
    return by_code, by_city


@cache
def _zone_cities(lang: str) -> dict[str, tuple[str, str]]:
    """IANA zone → (folded English exemplar city, its name in ``lang``), for the zones of airports."""
    from opsassistant.i18n.formatting import timezone_name

    zones = {a.timezone for a in _table()[0].values()}
    return {z: (_fold(timezone_name(z, lang="en")), timezone_name(z, lang=lang)) for z in zones}


def localize_city(city: str, zone: str, lang: str | None = None) -> str:
    """``city`` in the language when it is the English exemplar city of ``zone`` ("Copenhagen" → "København")."""
    from opsassistant.i18n.language import current_language

    english, local = _zone_cities(lang or current_language()).get(zone, ("", ""))
    return local if local and english == _fold(city) else city


def localize_place(place: str, code: str, lang: str | None = None) -> str:
    """A stored place in the language when it is the English city of the airport ``code``, else unchanged."""
    airport = get(code) if place else None
    if airport is None or _fold(place.strip()) != _fold(airport.city):
        return place
    return airport.local_city(lang)


def get(code: str) -> Airport | None:
    """The airport with this IATA code (any case), or None."""
    code = (code or "").strip().upper()
    if len(code) != 3:
        return None
    return _table()[0].get(code)


def search(text: str, limit: int = 12) -> list[Airport]:
    """Airports for autocompletion: an exact code first, then cities (and names) starting with ``text``."""
    text = (text or "").strip()
    if not text:
        return []
    by_code, by_city = _table()
    found: list[Airport] = []
    exact = by_code.get(text.upper()) if len(text) == 3 else None
    if exact:
        found.append(exact)
    wanted = _fold(text)
    for city, airport in by_city:
        if len(found) >= limit:
            break
        if city.startswith(wanted) and airport not in found:
            found.append(airport)
    if len(found) < limit:  # the city's name in the UI language ("Køb" finds CPH)
        from opsassistant.i18n.language import current_language

        for city, airport in by_city:
            if len(found) >= limit:
                break
            english, local = _zone_cities(current_language()).get(airport.timezone, ("", ""))
            if english == city and _fold(local).startswith(wanted) and airport not in found:
                found.append(airport)
    if len(found) < limit and len(wanted) >= 3:
        for _, airport in by_city:
            if len(found) >= limit:
                break
            if airport not in found and _fold(airport.name).startswith(wanted):
                found.append(airport)
    return found[:limit]


def resolve(text: str) -> Airport | None:
    """An airport from what the user typed: a code, a label picked from the completer, or a unique city."""
    text = (text or "").strip()
    if not text:
        return None
    head = text.split("–")[0].split("-")[0].strip()
    airport = get(head)
    if airport:
        return airport
    matches = [a for a in search(text, limit=50) if _fold(text) in (_fold(a.city), _fold(a.local_city()))]
    return matches[0] if len(matches) == 1 else None
