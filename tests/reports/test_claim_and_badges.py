"""The travel-expense claim, the name badges and the roll call as PDFs; the claim as bookkeeping CSV."""

from __future__ import annotations

import csv
from datetime import UTC, date, datetime
from decimal import Decimal

import pytest
from pypdf import PdfReader

from opsassistant.errors import UserError
from opsassistant.i18n.formatting import format_money
from opsassistant.interop import claim_csv
from opsassistant.reports import badges, claim, roll_call
from opsassistant.services.reception import visitors
from opsassistant.services.reception.visitors import VisitorData
from opsassistant.services.travel import segments, trips
from opsassistant.services.travel.allowances import expenses, meals, mileage
from opsassistant.services.travel.allowances.expenses import TripExpenseRecord
from opsassistant.services.travel.allowances.per_diem import Meals
from opsassistant.services.travel.segments import SegmentData


def kr(minor: int, lang: str) -> str:
    return format_money(minor, "DKK", lang).replace("\xa0", " ")


def text_of(path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(str(path)).pages).replace("\xa0", " ")


def make_tokyo_trip(executive) -> int:
    trip = trips.save(trips.TripData(title="Tokyo", traveller_ids=[executive.id], purpose="Sakura Seiki"))
    segments.save(trip.id, SegmentData(kind="flight", start=datetime(2026, 12, 3, 7, 15),
                                       end=datetime(2026, 12, 3, 10, 0), from_code="CPH", to_code="HEL"))
    segments.save(trip.id, SegmentData(kind="flight", start=datetime(2026, 12, 3, 11, 55),
                                       end=datetime(2026, 12, 4, 8, 40), from_code="HEL", to_code="NRT"))
    segments.save(trip.id, SegmentData(kind="flight", start=datetime(2026, 12, 8, 10, 30),
                                       end=datetime(2026, 12, 8, 15, 30), from_code="NRT", to_code="CPH"))
    meals.save(trip.id, {date(2026, 12, 5): Meals(breakfast=True), date(2026, 12, 6): Meals(breakfast=True)})
    mileage.replace_for_trip(trip.id, [mileage.Drive(None, executive.id, "", None, date(2026, 12, 3), "Lufthavn",
                                                     "Hellerup", "CPH", Decimal("17.4"), "CX 41 227")])
    expenses.replace_for_trip(trip.id, [
        TripExpenseRecord(None, date(2026, 12, 3), "Parkering", 48000, receipt_reference="Bilag 7",
                          category="transport"),
        TripExpenseRecord(None, date(2026, 12, 5), "Middag med kunde", 100000, category="food", entertainment=True,
                          receipt_reference="Bilag 8"),
    ])
    return trip.id


@pytest.mark.parametrize("lang", ["da", "en"])
def test_the_claim_shows_the_hand_calculated_per_diem(executive, tmp_path, lang):
    trip_id = make_tokyo_trip(executive)
    # Per diem by hand (see tests/services/test_allowances.py): 5 døgn × (625 + 268) + 9 × 625/24 (234,38)
    # − 2 × 15 % × 625 (187,50) = 3.171,88 meals + 1.340,00 lodging = 4.511,88 kr.
    from decimal import ROUND_HALF_UP

    meal_rate, lodging_rate, ore = Decimal(625), Decimal(268), Decimal("0.01")
    hours = (meal_rate * 9 / 24).quantize(ore, rounding=ROUND_HALF_UP)  # 9 started hours after 5 døgn
    meals_by_hand = 5 * meal_rate + hours - 2 * (meal_rate * Decimal("0.15"))
    lodging_by_hand = 5 * lodging_rate
    assert (meals_by_hand, lodging_by_hand) == (Decimal("3171.88"), Decimal("1340"))
    text = text_of(claim.build(str(trip_id), tmp_path / "claim.pdf", lang=lang))
    total = {"da": "I alt", "en": "Total"}[lang]
    by_hand = [int(value * 100) for value in (meals_by_hand, lodging_by_hand, meals_by_hand + lodging_by_hand)]
    assert f"{total}\n" + "\n".join(kr(v, lang) for v in by_hand) in text  # the per diem's total line
    assert kr(by_hand[2], lang) == "4.511,88 kr."
    assert {"da": "Rejseafregning", "en": "Travel-expense claim"}[lang] in text
    assert {"da": "Kørebog", "en": "Driving log"}[lang] in text
    assert kr(6856, lang) in text  # 17,4 km × 3,94
    assert "Bilag 7" in text and "Bilag 8" in text
    # entertainment: 1.000 kr. incl. 200 kr. VAT; 25 % of the VAT (50) deductible, 150 not;
    # cost 950, of which 25 % (237,50) deductible
    assert kr(23750, lang) in text and kr(15000, lang) in text
    assert "tekniq.dk" in text.replace("\n", "")


def test_the_claim_csv_has_the_bookkeeping_columns(executive, tmp_path):
    trip_id = make_tokyo_trip(executive)
    assert claim_csv.export_file(tmp_path / "claim.csv", str(trip_id), "da") == 4
    with open(tmp_path / "claim.csv", encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle, delimiter=";"))
    assert rows[0] == ["Dato", "Tekst", "Beløb", "Momskode", "Konto"]
    by_account = {row[4]: row for row in rows[1:]}
    assert by_account["2750"][2] == "68,56" and by_account["2750"][3] == ""
    assert by_account["2760"][2] == "4511,88"
    assert by_account["2770"][1:4] == ["Parkering (Bilag 7)", "480,00", "I25"]
    assert by_account["2800"][2:4] == ["1000,00", "REP"]
    with pytest.raises(UserError):
        claim_csv.export_file(tmp_path / "none.csv", "999", "en")
    assert not (tmp_path / "none.csv").exists()


NAMES = ["Louise Brandt", "Γιώργος Παπαδόπουλος", "山田 花子"]


@pytest.mark.parametrize("lang,guest", [("da", "GÆST"), ("en", "GUEST")])
def test_badges_print_names_in_every_script(executive, tmp_path, lang, guest):
    for hour, name in enumerate(NAMES, start=9):
        visitors.save(VisitorData(name=name, expected=datetime(2026, 12, 3, hour, 0), company="Nordlys A/S",
                                  host_id=executive.id))
    visitors.save(VisitorData(name="Another day", expected=datetime(2026, 12, 4, 9, 0)))
    text = text_of(badges.build("2026-12-03", tmp_path / "badges.pdf", lang=lang))
    for name in NAMES:
        assert name in text
    assert "Another day" not in text
    assert text.count(guest) == 3
    assert {"da": "Vært: Karen Holm", "en": "Host: Karen Holm"}[lang] in text
    with pytest.raises(UserError):
        badges.build("2026-12-05", tmp_path / "empty.pdf", lang=lang)
    with pytest.raises(UserError):
        badges.build("3/12", tmp_path / "bad.pdf", lang=lang)


def test_badges_in_each_visitors_language(executive, tmp_path):
    visitors.save(VisitorData(name="Yuki", expected=datetime(2026, 12, 3, 9, 0), language="en"))
    visitors.save(VisitorData(name="Jens", expected=datetime(2026, 12, 3, 10, 0), language="da"))
    day = date(2026, 12, 3)
    text = text_of(badges.write(tmp_path / "b.pdf", visitors.between(day, day), day, lang="da", per_visitor=True))
    assert "GUEST" in text and "GÆST" in text


def test_roll_call_lists_who_is_in_the_building(executive, tmp_path):
    inside = visitors.save(VisitorData(name="Γιώργος Παπαδόπουλος", expected=datetime(2026, 12, 3, 9, 0)))
    gone = visitors.save(VisitorData(name="Gone Home", expected=datetime(2026, 12, 3, 9, 0)))
    visitors.save(VisitorData(name="Not Yet", expected=datetime(2026, 12, 3, 9, 0)))
    visitors.check_in(inside.id, datetime(2026, 12, 3, 8, 0, tzinfo=UTC))
    visitors.check_in(gone.id, datetime(2026, 12, 3, 8, 0, tzinfo=UTC))
    visitors.check_out(gone.id, datetime(2026, 12, 3, 9, 0, tzinfo=UTC))
    text = text_of(roll_call.build(None, tmp_path / "roll.pdf", lang="da"))
    assert "Γιώργος Παπαδόπουλος" in text and "Gone Home" not in text and "Not Yet" not in text
    assert "09.00" in text  # arrived 08:00 UTC = 09.00 in Copenhagen


def test_an_outing_marked_as_entertainment_shows_the_shares_in_its_report(executive, tmp_path):
    from zoneinfo import ZoneInfo

    from opsassistant.reports import outing as outing_report
    from opsassistant.services.outings import editing
    from opsassistant.services.outings import expenses as outing_expenses
    from opsassistant.services.outings.editing import OutingData
    from opsassistant.services.outings.expenses import ExpenseData
    from opsassistant.services.travel.allowances import entertainment

    cph = ZoneInfo("Europe/Copenhagen")
    o = editing.save(OutingData(title="Kundemiddag", kind="event", start=datetime(2026, 6, 12, 18, tzinfo=cph),
                                end=datetime(2026, 6, 12, 22, tzinfo=cph)))
    dinner = outing_expenses.save(o.id, ExpenseData(date=date(2026, 6, 12), amount_minor=250000,
                                                    description="Middag på Noma", category="food"))
    gifts = outing_expenses.save(o.id, ExpenseData(date=date(2026, 6, 12), amount_minor=50000,
                                                   description="Vin som gave", category="gifts"))
    plain = text_of(outing_report.build(str(o.id), tmp_path / "plain.pdf", lang="da"))
    assert "Repræsentation" not in plain
    entertainment.mark_expense(dinner.id, True)
    entertainment.mark_expense(gifts.id, True)
    text = text_of(outing_report.build(str(o.id), tmp_path / "o.pdf", lang="da"))
    assert "Repræsentation (til bogholderiet)" in text
    # dinner 2.500 incl. 500 VAT: 25 % of the VAT (125) deductible → 375 not; cost 2.375, 25 % = 593,75
    # gift 500 incl. 100 VAT: none deductible → 100; cost 500, 25 % = 125
    assert "Middag på Noma\n2.500,00 kr.\n375,00 kr.\n593,75 kr.\n1.781,25 kr." in text
    assert "Vin som gave\n500,00 kr.\n100,00 kr.\n125,00 kr.\n375,00 kr." in text
    entertainment.mark_expense(gifts.id, False)
    entertainment.mark_outing(o.id, True)  # the whole outing: both lines again
    total, lines = entertainment.outing_share(o.id)
    assert len(lines) == 2 and total.vat_not_deductible_minor == 47500
