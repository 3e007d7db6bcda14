from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from opsassistant.services.outings import money
from opsassistant.services.outings.money import Line, MoneyError


def test_vat_included_half_up():
    assert money.vat_included(12500, Decimal(25)) == 2500
    # 100.01 kr incl. 25 % VAT: VAT 20.002 → 20.00
    assert money.vat_included(10001, Decimal(25)) == 2000
    # 0.03 kr: 0.006 → 0.01 (half-up of 0.6 øre)
    assert money.vat_included(3, Decimal(25)) == 1
    # exactly half an øre rounds up: 2.5 øre of VAT in 12.5 øre? use 12 % of 56 øre → 6 øre exactly
    assert money.vat_included(10, Decimal(25)) == 2
    assert money.vat_included(5000, Decimal(0)) == 0


def test_half_up_not_bankers():
    # 0.125 EUR * 1 → 13 cents? convert 1 cent at rate 12.5 → 12.5 cents → 13
    assert money.convert(1, "EUR", Decimal("12.5"), "DKK") == 13
    assert money.convert(1, "EUR", Decimal("2.5"), "DKK") == 3  # bankers' would give 2
    assert money.split_half_up(5, 2) == 3
    assert money.split_half_up(-5, 2) == -3  # away from zero


def test_convert_foreign_with_entered_rate():
    assert money.convert(10000, "EUR", Decimal("7.4603"), "DKK") == 74603
    assert money.convert(12345, "SEK", Decimal("0.6512"), "DKK") == 8039  # 80.390... → 80.39
    # JPY has no minor unit
    assert money.convert(1000, "JPY", Decimal("0.0456"), "DKK") == 4560
    assert money.convert(999, "DKK", Decimal("5"), "DKK") == 999


def test_mixed_currencies_and_rates_to_the_ore():
    lines = [
        Line(125000, "DKK", Decimal(1), Decimal(25)),  # venue 1.250,00
        Line(33333, "EUR", Decimal("7.4603"), Decimal(25)),  # 333.33 EUR → 2486.74 kr (2486.741...)
        Line(19999, "SEK", Decimal("0.6512"), Decimal(0)),  # 199.99 SEK → 130.23 kr (130.233...)
        Line(5000, "DKK", Decimal(1), Decimal(25), is_refund=True),  # refund 50,00
        Line(2999, "DKK", Decimal(1), Decimal(12), paid_by="out_of_pocket", paid_by_name="Mads"),
    ]
    t = money.totals(lines, "DKK", budget_minor=500000, accepted=3)
    assert t.spent_minor == 125000 + 248674 + 13023 - 5000 + 2999
    assert t.vat_minor == 25000 + 49735 + 0 - 1000 + 321
    assert t.by_rate[Decimal(25)].gross_minor == 125000 + 248674 - 5000
    assert t.by_rate[Decimal(25)].vat_minor == 25000 + 49735 - 1000
    assert t.by_rate[Decimal(0)].vat_minor == 0
    assert t.by_rate[Decimal(12)].vat_minor == 321  # 29.99*12/112 = 3.2132 → 3.21
    assert t.remaining_minor == 500000 - t.spent_minor
    assert t.per_participant_minor == 128232  # 384696 / 3 = 128232
    assert t.owed == {"Mads": 2999}
    assert list(t.by_rate) == [Decimal(25), Decimal(12), Decimal(0)]


def test_parse_amount_danish_and_points():
    assert money.parse_amount("1.234,50", "DKK") == 123450
    assert money.parse_amount("1234,5", "DKK") == 123450
    assert money.parse_amount("1234.50", "DKK") == 123450
    assert money.parse_amount("1.234", "DKK") == 123400
    assert money.parse_amount(" 12 345 kr. ", "DKK") == 1234500
    assert money.parse_amount("-50", "DKK") == -5000
    assert money.parse_amount("1000", "JPY") == 1000
    with pytest.raises(MoneyError):
        money.parse_amount("12,345", "DKK")
    with pytest.raises(MoneyError):
        money.parse_amount("abc", "DKK")
    with pytest.raises(MoneyError):
        money.parse_amount("", "DKK")
    with pytest.raises(MoneyError):
        money.parse_amount("12,5", "JPY")


def test_rates_and_currencies_refused():
    with pytest.raises(MoneyError, match="greater than 0"):
        money.parse_rate("0")
    with pytest.raises(MoneyError, match="greater than 0"):
        money.parse_rate("-7,46")
    assert money.parse_rate("7,4603") == Decimal("7.4603")
    with pytest.raises(MoneyError, match="Unknown currency"):
        money.check_currency("XYZ")
    assert money.check_currency("eur") == "EUR"
    with pytest.raises(MoneyError):
        money.parse_vat_rate("125")
    assert money.parse_vat_rate("25") == Decimal(25)


def test_refused_in_danish():
    with pytest.raises(MoneyError) as info:
        money.check_currency("QQQ", lang="da")
    assert "valuta" in str(info.value).lower()


def test_decimal_text():
    assert money.decimal_text(123456, "DKK") == "1234.56"
    assert money.decimal_text(-5, "DKK") == "-0.05"
    assert money.decimal_text(500, "JPY") == "500"


amounts = st.integers(min_value=1, max_value=10**9)
rates = st.decimals(min_value=Decimal("0.0001"), max_value=Decimal("100"), places=4)
vats = st.sampled_from([Decimal(0), Decimal(25), Decimal(12), Decimal("6.5")])
currencies = st.sampled_from(["DKK", "EUR", "SEK", "JPY", "USD"])


@st.composite
def lines(draw):
    currency = draw(currencies)
    return Line(draw(amounts), currency, Decimal(1) if currency == "DKK" else draw(rates), draw(vats),
                draw(st.booleans()))


@given(st.lists(lines(), max_size=30))
def test_totals_are_sums_of_rounded_lines(items):
    t = money.totals(items, "DKK", budget_minor=10**7, accepted=4)
    assert isinstance(t.spent_minor, int)
    assert t.spent_minor == sum(i.converted("DKK") for i in items)
    assert t.vat_minor == sum(g.vat_minor for g in t.by_rate.values())
    assert t.spent_minor == sum(g.gross_minor for g in t.by_rate.values())
    assert t.net_minor + t.vat_minor == t.spent_minor
    assert t.remaining_minor + t.spent_minor == 10**7
    for i in items:
        assert abs(i.vat("DKK")) <= abs(i.converted("DKK"))


@given(st.integers(min_value=-10**12, max_value=10**12))
def test_decimal_text_round_trips(value):
    assert money.parse_amount(money.decimal_text(value, "DKK"), "DKK") == value


@given(st.text(max_size=20))
def test_parse_garbage_never_crashes(text):
    try:
        value = money.parse_amount(text, "DKK")
    except MoneyError:
        return
    assert isinstance(value, int)
