"""Per diem (diæter): the tax-free standard allowance for meals (kost) and lodging (logi) on a trip.

The rules, as Skattestyrelsen describes them (Den juridiske vejledning C.A.7.2; LL § 9 A):

- Only for a trip that lasts at least 24 hours and includes an overnight stay away from home (a trip of 24
  hours or more always spans a night; shorter trips get nothing).
- The trip runs from departure to return, taken from the trip's segments, each moment in its own zone: the
  first segment's start (in its start zone) to the last end (in its end zone). The length is the real elapsed
  time, so clock changes and the date line are counted right.
- Each full døgn (24 hours from the departure) gets the day rate for meals and for lodging of the year the
  døgn begins in.
- After the last full døgn, the meal rate is paid with 1/24 "for hver påbegyndt time" — for every started
  hour (e.g. "Efterfølgende dag – pr. påbegyndt time 21,71 kr." = 521/24 in 2020,
  https://www.businessdanmark.dk/fagforening/juridisk-service/i-arbejde/diat--og-korselssatser/). Lodging is
  paid per døgn only (it covers a night), never per hour.
- Lodging: the allowance covers a night the traveller pays; a night whose lodging the company paid (ticked as
  "lodging provided" on the date the night begins) takes one day's lodging rate off (never below 0).
- A meal provided free reduces the meal allowance by a share of that year's full day rate for meals: breakfast
  15 %, lunch 30 %, dinner 30 % (ticked per local date of the trip). The meal allowance never goes below 0.
- Money is Decimal; each line is rounded half-up to the øre and the total is the sum of the rounded lines.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal
from zoneinfo import ZoneInfo

from opsassistant.services.travel.allowances import rates

DAY = timedelta(hours=24)
HOUR = timedelta(hours=1)
_CENT = Decimal("0.01")


def kroner_to_minor(value: Decimal) -> int:
    """Kroner (Decimal) → øre, rounded half-up."""
    return int((value.quantize(_CENT, rounding=ROUND_HALF_UP) * 100).to_integral_value())


@dataclass(frozen=True)
class Meals:
    breakfast: bool = False
    lunch: bool = False
    dinner: bool = False
    lodging: bool = False  # the night after this date: lodging paid by the company

    @property
    def any(self) -> bool:
        return self.breakfast or self.lunch or self.dinner or self.lodging

    def reduction_percent(self) -> Decimal:
        total = Decimal(0)
        for name, percent in rates.MEAL_REDUCTION.items():
            if getattr(self, name):
                total += percent
        return total


@dataclass(frozen=True)
class PerDiemLine:
    """``kind``: ``day`` (a full døgn), ``hours`` (started hours after the last døgn), ``meals`` (meals
    provided on ``day``, a negative amount) or ``lodging`` (the night after ``day`` paid by the company). ``start``/``end`` are local moments in the departure's zone."""

    kind: str
    start: datetime | None
    end: datetime | None
    day: date | None
    hours: int
    meals_minor: int
    lodging_minor: int
    meals: Meals | None = None

    @property
    def total_minor(self) -> int:
        return self.meals_minor + self.lodging_minor


@dataclass(frozen=True)
class PerDiem:
    departure: datetime | None
    returned: datetime | None
    eligible: bool
    full_days: int
    extra_hours: int
    lines: tuple[PerDiemLine, ...]
    meals_minor: int
    lodging_minor: int

    @property
    def total_minor(self) -> int:
        return self.meals_minor + self.lodging_minor


NOT_ELIGIBLE = PerDiem(None, None, False, 0, 0, (), 0, 0)


def compute(departure: datetime, returned: datetime, meals: dict[date, Meals] | None = None) -> PerDiem:
    """The per diem for a trip from ``departure`` to ``returned`` (aware moments, each in its own zone)."""
    if departure.tzinfo is None or returned.tzinfo is None:
        raise ValueError("departure and return must be aware moments")
    elapsed = returned - departure  # aware arithmetic: real elapsed time whatever the zones
    if elapsed < DAY:
        return PerDiem(departure, returned, False, 0, 0, (), 0, 0)
    zone = departure.tzinfo
    full_days = elapsed // DAY
    rest = elapsed - full_days * DAY
    started_hours = -(-rest // HOUR)  # ceiling: every started hour counts
    lines: list[PerDiemLine] = []
    for index in range(full_days):
        start = departure + index * DAY
        rate = rates.per_diem_rate(start.astimezone(zone).year)
        lines.append(PerDiemLine("day", start.astimezone(zone), (start + DAY).astimezone(zone), None, 24,
                                 kroner_to_minor(rate.meals), kroner_to_minor(rate.lodging)))
    if started_hours:
        start = departure + full_days * DAY
        rate = rates.per_diem_rate(start.astimezone(zone).year)
        amount = rate.meals * started_hours / 24
        lines.append(PerDiemLine("hours", start.astimezone(zone), returned, None, started_hours,
                                 kroner_to_minor(amount), 0))
    earned_meals = sum(line.meals_minor for line in lines)
    first_day = departure.date()
    last_day = returned.date()
    reductions = 0
    for day, provided in sorted((meals or {}).items()):
        percent = provided.reduction_percent()
        if not percent or not first_day <= day <= last_day:
            continue
        rate = rates.per_diem_rate(day.year)
        minor = kroner_to_minor(rate.meals * percent / 100)
        minor = min(minor, earned_meals - reductions)  # never below nothing
        reductions += minor
        lines.append(PerDiemLine("meals", None, None, day, 0, -minor, 0, provided))
    meals_total = earned_meals - reductions
    earned_lodging = sum(line.lodging_minor for line in lines)
    lodging_off = 0
    for day, provided in sorted((meals or {}).items()):
        if not provided.lodging or not first_day <= day < last_day:
            continue
        minor = min(kroner_to_minor(rates.per_diem_rate(day.year).lodging), earned_lodging - lodging_off)
        lodging_off += minor
        lines.append(PerDiemLine("lodging", None, None, day, 0, 0, -minor, provided))
    lodging_total = earned_lodging - lodging_off
    return PerDiem(departure, returned, True, full_days, started_hours, tuple(lines), meals_total, lodging_total)


def trip_span(trip_id: int) -> tuple[datetime, datetime] | None:
    """Departure and return of a trip from its segments, each in its own zone (None without segments)."""
    from opsassistant.services.travel import trips

    legs = trips.segments(trip_id)
    if not legs:
        return None
    first = min(legs, key=lambda s: s.start_utc)
    last = max(legs, key=lambda s: s.end_utc or s.start_utc)
    departure = first.start_utc.astimezone(ZoneInfo(first.start_timezone))
    if last.end_utc is not None:
        returned = last.end_utc.astimezone(ZoneInfo(last.end_timezone))
    else:
        returned = last.start_utc.astimezone(ZoneInfo(last.start_timezone))
    return departure, returned


def for_trip(trip_id: int) -> PerDiem:
    """The per diem of a trip as stored: its segments and the meals ticked per day."""
    from opsassistant.services.travel.allowances import meals as meal_service

    span = trip_span(trip_id)
    if span is None:
        return NOT_ELIGIBLE
    return compute(span[0], span[1], meal_service.of_trip(trip_id))
