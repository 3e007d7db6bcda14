"""Which phone region a contact's numbers are read in: the country of its address, else the home region.

Address countries are free text ("Danmark", "Germany", "Deutschland", "DE", "USA"): they are matched against
the territory names Babel knows in a few languages, and ISO codes.
"""

from __future__ import annotations

from functools import lru_cache

from babel import Locale
from babel.core import get_global

from opsassistant.services.phones import DEFAULT_REGION

_LANGUAGES = ("en", "da", "de", "sv", "nb", "nn", "fr", "es", "it", "nl", "fi", "pl", "pt")
_ALIASES = {"usa": "US", "u.s.a.": "US", "u.s.": "US", "united states of america": "US", "uk": "GB",
            "england": "GB", "scotland": "GB", "wales": "GB", "great britain": "GB", "holland": "NL",
            "storbritannien": "GB", "amerika": "US", "grønland": "GL", "færøerne": "FO"}


@lru_cache(maxsize=1)
def _names() -> dict[str, str]:
    import phonenumbers

    known = set(phonenumbers.SUPPORTED_REGIONS)
    names: dict[str, str] = {}
    for language in _LANGUAGES:
        for code, name in Locale.parse(language).territories.items():
            if code in known:
                names.setdefault(name.casefold(), code)
    for code in known:
        names.setdefault(code.casefold(), code)
    names.update(_ALIASES)
    return names


@lru_cache(maxsize=1024)
def region_for_country(country: str) -> str | None:
    """ISO region code of a country as typed in an address, or None when it is not recognised."""
    key = " ".join(country.split()).casefold().strip(" .")
    return _names().get(key) or _names().get(key + ".") if key else None


def home_region() -> str:
    """The region (ISO code) of the executive's home time zone."""
    from opsassistant.services.home import home_zone

    try:
        zone = home_zone()
    except Exception:  # noqa: BLE001 - no database open (a plain parse): the default region
        return DEFAULT_REGION
    return get_global("zone_territories").get(zone) or DEFAULT_REGION
