"""Mileage and per diem at the Danish rates, computed by hand from the rules and compared to the øre."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest

from opsassistant.errors import UserError
from opsassistant.services.travel import segments, trips
from opsassistant.services.travel.allowances import meals, mileage, per_diem, rates
from opsassistant.services.travel.allowances.per_diem import Meals
from opsassistant.services.travel.segments import SegmentData

CPH = ZoneInfo("Europe/Copenhagen")


@pytest.fixture
def tokyo_trip(executive):
    trip = trips.save(trips.TripData(title="Tokyo", traveller_ids=[executive.id]))
    # CPH 3 Dec 07:15 → HEL → NRT 4 Dec; NRT 8 Dec 10:30 → CPH 8 Dec 15:30, each leg in its own zones
    segments.save(trip.id, SegmentData(kind="flight", start=datetime(2026, 12, 3, 7, 15),
                                       end=datetime(2026, 12, 3, 10, 0), from_code="CPH", to_code="HEL"))
    segments.save(trip.id, SegmentData(kind="flight", start=datetime(2026, 12, 3, 11, 55),
                                       end=datetime(2026, 12, 4, 8, 40), from_code="HEL", to_code="NRT"))
    segments.save(trip.id, SegmentData(kind="hotel", start=datetime(2026, 12, 4, 15, 0), start_timezone="Asia/Tokyo",
                                       end=datetime(2026, 12, 8, 8, 0), end_timezone="Asia/Tokyo",
                                       from_place="Hotel Okura"))
    segments.save(trip.id, SegmentData(kind="flight", start=datetime(2026, 12, 8, 10, 30),
                                       end=datetime(2026, 12, 8, 15, 30), from_code="NRT", to_code="CPH"))
    return trip


def test_per_diem_of_the_tokyo_trip_equals_the_hand_calculation(tokyo_trip):
    meals.save(tokyo_trip.id, {date(2026, 12, 5): Meals(breakfast=True), date(2026, 12, 6): Meals(breakfast=True)})
    # By hand, 2026 rates (kost 625 kr., logi 268 kr. per døgn):
    # departure 3 Dec 07:15 CET (06:15 UTC), return 8 Dec 15:30 CET (14:30 UTC): 5 døgn 8 h 15 min.
    # 5 full døgn:      5 × 625,00 = 3.125,00 meals    5 × 268,00 = 1.340,00 lodging
    # 8 h 15 min = 9 started hours: 9 × 625 / 24 = 234,375 → 234,38
    # breakfast twice: 2 × 15 % × 625 = 2 × 93,75 = −187,50
    # meals 3.125,00 + 234,38 − 187,50 = 3.171,88; total 3.171,88 + 1.340,00 = 4.511,88 kr.
    result = per_diem.for_trip(tokyo_trip.id)
    assert result.eligible
    assert result.departure == datetime(2026, 12, 3, 7, 15, tzinfo=CPH)
    assert result.returned == datetime(2026, 12, 8, 15, 30, tzinfo=CPH)
    assert (result.full_days, result.extra_hours) == (5, 9)
    assert result.meals_minor == 317188
    assert result.lodging_minor == 134000
    assert result.total_minor == 451188
    kinds = [line.kind for line in result.lines]
    assert kinds == ["day"] * 5 + ["hours", "meals", "meals"]
    assert [line.meals_minor for line in result.lines if line.kind == "meals"] == [-9375, -9375]


def test_started_hours_count_a_few_minutes_as_an_hour_and_short_trips_get_nothing():
    start = datetime(2026, 3, 2, 8, 0, tzinfo=CPH)
    exactly = per_diem.compute(start, datetime(2026, 3, 3, 8, 0, tzinfo=CPH))
    assert (exactly.full_days, exactly.extra_hours, exactly.total_minor) == (1, 0, 62500 + 26800)
    one_minute = per_diem.compute(start, datetime(2026, 3, 3, 8, 1, tzinfo=CPH))
    assert one_minute.extra_hours == 1 and one_minute.meals_minor == 62500 + 2604  # 625/24 = 26,0417 → 26,04
    short = per_diem.compute(start, datetime(2026, 3, 3, 7, 59, tzinfo=CPH))
    assert not short.eligible and short.total_minor == 0


def test_a_day_with_every_meal_reduces_by_75_percent_and_the_year_sets_the_rate():
    start = datetime(2025, 12, 31, 12, 0, tzinfo=CPH)
    result = per_diem.compute(start, datetime(2026, 1, 2, 12, 0, tzinfo=CPH),
                              {date(2026, 1, 1): Meals(True, True, True)})
    # døgn 1 starts in 2025 (597 + 256), døgn 2 in 2026 (625 + 268); 1 Jan: 75 % of 625 = 468,75
    assert [line.meals_minor for line in result.lines] == [59700, 62500, -46875]
    assert result.lodging_minor == 25600 + 26800


def test_the_return_is_read_in_its_own_zone():
    # leaves Tokyo 4 May 10:00 JST, lands Copenhagen 5 May 16:00 CEST: 37 hours, not 30
    result = per_diem.compute(datetime(2026, 5, 4, 10, 0, tzinfo=ZoneInfo("Asia/Tokyo")),
                              datetime(2026, 5, 5, 16, 0, tzinfo=CPH))
    assert (result.full_days, result.extra_hours) == (1, 13)


def test_rates_table_has_sources_and_2026_figures():
    assert rates.mileage_rate(2026).first == Decimal("3.94") and rates.mileage_rate(2026).above == Decimal("2.28")
    assert rates.per_diem_rate(2026).meals == Decimal("625") and rates.per_diem_rate(2026).lodging == Decimal("268")
    assert all(r.source.startswith("https://") for r in [*rates.MILEAGE_RATES.values(), *rates.PER_DIEM_RATES.values()])
    with pytest.raises(UserError):
        rates.per_diem_rate(1999)


def test_mileage_splits_the_drive_that_crosses_20000_km(executive, tokyo_trip):
    first = mileage.save(mileage.Drive(None, executive.id, "", None, date(2026, 3, 1), "Kunder", "Kbh", "Aarhus",
                                       Decimal("19990"), "AB 12 345"))
    second = mileage.save(mileage.Drive(None, executive.id, "", tokyo_trip.id, date(2026, 12, 2), "Til lufthavnen",
                                        "Hellerup", "CPH", Decimal("25.5"), "AB 12 345"))
    drives = mileage.of_trip(tokyo_trip.id)
    assert [d.id for d in drives] == [second]
    [allowance] = mileage.allowances(drives)
    # 10 km at 3,94 + 15,5 km at 2,28 = 39,40 + 35,34 = 74,74 kr.
    assert (allowance.km_first, allowance.km_above) == (Decimal("10"), Decimal("15.5"))
    assert allowance.amount_minor == 7474
    whole = mileage.allowances(mileage.of_driver(executive.id, 2026))
    assert whole[0].drive.id == first and whole[0].amount_minor == 19990 * 394


def test_bad_distances_are_refused_with_a_sentence():
    with pytest.raises(UserError, match="not a distance"):
        mileage.parse_km("tolv")
    with pytest.raises(UserError, match="more than 0"):
        mileage.parse_km("-3")
    assert mileage.parse_km("12,5") == Decimal("12.5")


def test_meals_are_replaced_per_trip(tokyo_trip):
    meals.save(tokyo_trip.id, {date(2026, 12, 5): Meals(lunch=True), date(2026, 12, 6): Meals()})
    assert meals.of_trip(tokyo_trip.id) == {date(2026, 12, 5): Meals(lunch=True)}
    meals.set_day(tokyo_trip.id, date(2026, 12, 5), Meals())
    assert meals.of_trip(tokyo_trip.id) == {}


def test_utc_helper_sanity():
    assert datetime(2026, 12, 3, 7, 15, tzinfo=CPH).astimezone(UTC).hour == 6


def test_a_night_with_lodging_paid_by_the_company_takes_off_one_lodging_rate():
    start = datetime(2026, 3, 2, 8, 0, tzinfo=CPH)
    result = per_diem.compute(start, datetime(2026, 3, 4, 18, 0, tzinfo=CPH),
                              {date(2026, 3, 2): Meals(lodging=True), date(2026, 3, 4): Meals(lodging=True)})
    # 2 døgn + 10 started hours; the night after 2 March is paid (−268); 4 March is the return day: no night
    assert result.lodging_minor == 2 * 26800 - 26800
    assert result.meals_minor == 2 * 62500 + kroner(Decimal(625) * 10 / 24)
    assert [line.kind for line in result.lines][-1] == "lodging"


def kroner(value: Decimal) -> int:
    return per_diem.kroner_to_minor(value)
