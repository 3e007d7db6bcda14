"""Exact money for outings: integer minor units + ISO currency, Decimal maths, rounding half-up.

Rules (the expense statement depends on them, so they are fixed here):

- An expense line's amount includes VAT and is stored in its own currency as positive minor units; a refund
  is an explicit flag and counts negative.
- A foreign line is converted into the outing's currency with the rate entered (one unit of the line's
  currency = ``rate`` units of the outing's currency), rounded half-up to the outing currency's minor unit
  (the øre) *per line*, so the lines of a statement always add up to its total.
- VAT is contained in the converted amount: ``vat = amount × rate / (100 + rate)``, rounded half-up per line.
- Sums are plain integer sums of the rounded lines; nothing is ever a float.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from babel import numbers as babel_numbers

from opsassistant.i18n.formatting import minor_units
from opsassistant.i18n.messages import Translator

HUNDRED = Decimal(100)
DEFAULT_VAT = Decimal(25)


class MoneyError(ValueError):
    """Bad money input; the message is in the UI language and meant to be shown next to the field."""


def is_currency(code: str) -> bool:
    code = (code or "").strip().upper()
    return len(code) == 3 and code.isalpha() and babel_numbers.is_currency(code)


def check_currency(code: str, *, lang: str | None = None) -> str:
    code = (code or "").strip().upper()
    if not is_currency(code):
        raise MoneyError(Translator(lang).translate("OutingMoney", "Unknown currency “{code}”. Use an ISO code such as "
                                   "DKK, EUR or SEK.").format(code=code))
    return code


def quantize_minor(value: Decimal, currency: str) -> int:
    """A Decimal amount in major units → integer minor units, rounded half-up (away from zero at .5)."""
    digits = minor_units(currency)
    scaled = (value * (Decimal(10) ** digits)).quantize(Decimal(1), rounding=ROUND_HALF_UP)
    return int(scaled)


def to_major(amount_minor: int, currency: str) -> Decimal:
    return Decimal(amount_minor).scaleb(-minor_units(currency))


def decimal_text(amount_minor: int, currency: str) -> str:
    """``123456, "DKK"`` → ``"1234.56"`` (for JSON and CSV: exact, a point, no grouping)."""
    digits = minor_units(currency)
    sign = "-" if amount_minor < 0 else ""
    whole, part = divmod(abs(amount_minor), 10 ** digits)
    return f"{sign}{whole}.{part:0{digits}d}" if digits else f"{sign}{whole}"


def convert(amount_minor: int, from_currency: str, rate: Decimal, to_currency: str) -> int:
    """Minor units of ``from_currency`` → minor units of ``to_currency`` at ``rate`` (1 from = rate to)."""
    if from_currency.upper() == to_currency.upper():
        return amount_minor
    return quantize_minor(to_major(amount_minor, from_currency) * Decimal(rate), to_currency)


def vat_included(amount_minor: int, vat_rate: Decimal) -> int:
    """The VAT contained in an amount that includes VAT, rounded half-up to the minor unit."""
    rate = Decimal(vat_rate)
    if rate == 0:
        return 0
    vat = Decimal(amount_minor) * rate / (HUNDRED + rate)
    return int(vat.quantize(Decimal(1), rounding=ROUND_HALF_UP))


def split_half_up(total_minor: int, parts: int) -> int | None:
    """``total / parts`` rounded half-up to the minor unit (None when there is nobody to share it)."""
    if parts <= 0:
        return None
    return int((Decimal(total_minor) / parts).quantize(Decimal(1), rounding=ROUND_HALF_UP))


# --- parsing what a person types ---------------------------------------------------------------------------
_SPACES = re.compile(r"[\s\u00a0\u202f']")


def parse_decimal(text: str, *, lang: str | None = None) -> Decimal:
    """Lenient, exact: ``1.234,50`` / ``1234,50`` / ``1234.50`` / ``-12`` → Decimal. Raises MoneyError.

    Danish writing (comma decimal, point grouping) comes first; a single point followed by one, two or more
    than three digits is read as a decimal point, since people type ``12.50`` too.
    """
    raw = _SPACES.sub("", text or "")
    for symbol in ("kr.", "kr", "DKK", "%"):
        raw = raw.replace(symbol, "")
    if not raw:
        raise MoneyError(Translator(lang).translate("OutingMoney", "Enter an amount."))
    sign = ""
    if raw[0] in "+-\u2212":
        sign = "-" if raw[0] in "-\u2212" else ""
        raw = raw[1:]
    if "," in raw:
        whole, _, part = raw.rpartition(",")
        whole = whole.replace(".", "")
        normal = f"{whole}.{part}"
    elif raw.count(".") == 1 and len(raw.partition(".")[2]) != 3:
        normal = raw
    else:
        normal = raw.replace(".", "")
    if not re.fullmatch(r"\d*(\.\d*)?", normal) or normal in ("", "."):
        raise MoneyError(Translator(lang).translate("OutingMoney", "“{text}” is not a number.").format(text=text))
    try:
        return Decimal(sign + normal)
    except InvalidOperation as exc:  # pragma: no cover - the regex above already guards it
        raise MoneyError(Translator(lang).translate("OutingMoney", "“{text}” is not a number.")
                         .format(text=text)) from exc


def parse_amount(text: str, currency: str, *, lang: str | None = None) -> int:
    """What a person typed → signed integer minor units of ``currency``; too many decimals are refused."""
    value = parse_decimal(text, lang=lang)
    digits = minor_units(currency)
    exponent = value.normalize().as_tuple().exponent
    if isinstance(exponent, int) and -exponent > digits:
        raise MoneyError(Translator(lang).translate("OutingMoney", "{currency} has at most {digits} decimals.")
                         .format(currency=currency.upper(), digits=digits))
    return int(value.scaleb(digits))


def parse_rate(text: str, *, lang: str | None = None) -> Decimal:
    """An exchange rate: a number greater than zero."""
    try:
        value = parse_decimal(text, lang=lang)
    except MoneyError as exc:
        raise MoneyError(Translator(lang).translate("OutingMoney", "Enter the exchange rate, e.g. 7,4603.")) from exc
    if value <= 0:
        raise MoneyError(Translator(lang).translate("OutingMoney", "The exchange rate must be greater than 0."))
    return value.normalize() if value == value.to_integral() else value


def parse_vat_rate(text: str, *, lang: str | None = None) -> Decimal:
    try:
        value = parse_decimal(text, lang=lang)
    except MoneyError as exc:
        raise MoneyError(Translator(lang).translate("OutingMoney", "Enter the VAT rate in percent, e.g. 25.")) from exc
    if value < 0 or value > 100:
        raise MoneyError(Translator(lang).translate("OutingMoney", "The VAT rate must be between 0 and 100 %."))
    return value.quantize(Decimal(1)) if value == value.to_integral() else value.normalize()


# --- totals ------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Line:
    """One expense line as the arithmetic sees it."""

    amount_minor: int  # positive, includes VAT, in ``currency``
    currency: str = "DKK"
    exchange_rate: Decimal = Decimal(1)
    vat_rate: Decimal = DEFAULT_VAT
    is_refund: bool = False
    paid_by: str = "invoice"
    paid_by_name: str = ""

    def converted(self, to_currency: str) -> int:
        """Signed minor units in the outing's currency (refunds negative)."""
        amount = convert(self.amount_minor, self.currency, self.exchange_rate, to_currency)
        return -amount if self.is_refund else amount

    def vat(self, to_currency: str) -> int:
        return vat_included(self.converted(to_currency), self.vat_rate)


@dataclass
class VatGroup:
    rate: Decimal
    gross_minor: int = 0
    vat_minor: int = 0

    @property
    def net_minor(self) -> int:
        return self.gross_minor - self.vat_minor


@dataclass
class Totals:
    currency: str
    budget_minor: int
    spent_minor: int = 0
    vat_minor: int = 0
    by_rate: dict[Decimal, VatGroup] = field(default_factory=dict)
    by_category: dict[str, int] = field(default_factory=dict)
    owed: dict[str, int] = field(default_factory=dict)  # out-of-pocket payer → what the office owes them
    accepted: int = 0

    @property
    def remaining_minor(self) -> int:
        return self.budget_minor - self.spent_minor

    @property
    def net_minor(self) -> int:
        return self.spent_minor - self.vat_minor

    @property
    def per_participant_minor(self) -> int | None:
        return split_half_up(self.spent_minor, self.accepted)

    @property
    def over_budget(self) -> bool:
        return self.budget_minor > 0 and self.spent_minor > self.budget_minor


def totals(lines: Iterable[Line], currency: str, budget_minor: int = 0, accepted: int = 0,
           categories: Iterable[str] | None = None) -> Totals:
    """Add up expense lines in the outing's currency (see the module's rules)."""
    result = Totals(currency=currency.upper(), budget_minor=budget_minor, accepted=accepted)
    by_rate: dict[Decimal, VatGroup] = {}
    by_category: dict[str, int] = defaultdict(int)
    owed: dict[str, int] = defaultdict(int)
    category_list = list(categories) if categories is not None else None
    for index, line in enumerate(lines):
        amount = line.converted(currency)
        vat = vat_included(amount, line.vat_rate)
        result.spent_minor += amount
        result.vat_minor += vat
        group = by_rate.setdefault(Decimal(line.vat_rate), VatGroup(Decimal(line.vat_rate)))
        group.gross_minor += amount
        group.vat_minor += vat
        if category_list is not None:
            by_category[category_list[index]] += amount
        if line.paid_by == "out_of_pocket":
            owed[line.paid_by_name.strip() or "?"] += amount
    result.by_rate = dict(sorted(by_rate.items(), key=lambda item: item[0], reverse=True))
    result.by_category = dict(by_category)
    result.owed = {name: value for name, value in sorted(owed.items()) if value}
    return result
