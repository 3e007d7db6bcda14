"""Phone numbers: parsed with phonenumbers, stored as E.164 plus the text as typed.

A number without a country code is read in the contact's region (its address country, else the home region);
only a number that is *valid* there gets an E.164. Anything else ("0987 6543" in Denmark, "+49000000") keeps
its typed text and no E.164: flagged, never given a wrong one.

``digits`` is the national significant number ("33123456" for "+45 33 12 34 56" and "0045 3312 3456"), so a
number matches whatever formatting it was typed in.

phonenumbers takes a noticeable part of a second to import, so it is imported when a number is parsed, not
when this module is: the Today page shows its call-backs' Danish numbers without it (``format_for_reading``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

DEFAULT_REGION = "DK"
_NON_DIGITS = re.compile(r"\D")
# Every Danish number is eight digits written in pairs (the one national format of the DK plan in
# phonenumbers' metadata, "(\d{2})(\d{2})(\d{2})(\d{2})" → "\1 \2 \3 \4"); +45 is Denmark's alone.
_DANISH_E164 = re.compile(r"\+45([2-9]\d)(\d\d)(\d\d)(\d\d)")


@dataclass(frozen=True)
class ParsedNumber:
    typed: str
    e164: str | None  # None: could not be parsed; the typed text is kept and flagged
    digits: str

    @property
    def valid(self) -> bool:
        return self.e164 is not None


def _prepare(text: str) -> str:
    text = text.strip()
    if text.startswith("00"):
        text = "+" + text[2:]
    return text


def parse(typed: str, region: str = DEFAULT_REGION) -> ParsedNumber:
    import phonenumbers

    text = _prepare(typed)
    if not text or len(text) > 64:
        return ParsedNumber(typed, None, _NON_DIGITS.sub("", typed))
    try:
        number = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        return ParsedNumber(typed, None, _NON_DIGITS.sub("", typed))
    if not phonenumbers.is_valid_number(number):
        return ParsedNumber(typed, None, _NON_DIGITS.sub("", typed))
    e164 = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    return ParsedNumber(typed, e164, str(number.national_number))


def match_digits(text: str, region: str = DEFAULT_REGION) -> str:
    """The digits to look up for a (possibly partial) typed number: country prefix and trunk 0 removed."""
    parsed = parse(text, region)
    if parsed.valid:
        return parsed.digits
    digits = _NON_DIGITS.sub("", text)
    if text.strip().startswith("+45") or digits.startswith("0045"):
        digits = digits[4:] if digits.startswith("0045") else digits[2:]
    return digits


def format_for_reading(e164: str | None, typed: str = "", home_region: str = DEFAULT_REGION) -> str:
    """Danish numbers in national format ("33 12 34 56"), foreign ones in international format."""
    if not e164:
        return typed
    danish = _DANISH_E164.fullmatch(e164) if home_region == "DK" else None
    if danish:
        return " ".join(danish.groups())
    import phonenumbers

    number = phonenumbers.parse(e164, None)
    if phonenumbers.region_code_for_number(number) == home_region:
        return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


def _valid_national_pattern(region: str) -> re.Pattern[str]:
    """What ``is_valid_number`` accepts as a national number of ``region`` (for a fast path without parsing)."""
    import phonenumbers

    meta = phonenumbers.PhoneMetadata.metadata_for_region(region)
    patterns = [desc.national_number_pattern for desc in (
        meta.fixed_line, meta.mobile, meta.toll_free, meta.premium_rate, meta.shared_cost, meta.personal_number,
        meta.voip, meta.pager, meta.uan, meta.voicemail) if desc is not None and desc.national_number_pattern]
    return re.compile("^(?:" + "|".join(patterns) + ")$")


def __getattr__(name: str):
    """``DANISH_VALID``: the pattern is built from phonenumbers' metadata the first time it is used."""
    if name == "DANISH_VALID":
        pattern = globals()["DANISH_VALID"] = _valid_national_pattern("DK")
        return pattern
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
