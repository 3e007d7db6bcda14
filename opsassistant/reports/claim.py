"""``report claim TRIP_ID``: the travel-expense claim (rejseafregning) of one trip, to be signed: the driving
log with the mileage allowance, the per diem by døgn with the meals provided, the expenses with their
receipts, entertainment shares for the bookkeeper, the totals and the rates used with their sources."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from reportlab.platypus import CondPageBreak, Spacer, Table

from opsassistant.i18n.formatting import format_date, format_datetime, format_money
from opsassistant.i18n.messages import Translator
from opsassistant.reports import base
from opsassistant.reports.outing import number
from opsassistant.services.travel.allowances import claim as claim_service
from opsassistant.services.travel.allowances import rates
from opsassistant.services.travel.allowances.expenses import category_label

CTX = "Claim"


def _table(rows, widths, *, right_from: int | None = None, total: bool = False, header: bool = True):
    table = Table(rows, colWidths=[base.usable_width() * w for w in widths], repeatRows=1 if header else 0)
    extra = []
    if right_from is not None:
        extra.append(("ALIGN", (right_from, 0), (-1, -1), "RIGHT"))
    if total:
        last = len(rows) - 1
        extra += [("LINEABOVE", (0, last), (-1, last), 0.75, base.ACCENT),
                  ("FONTNAME", (0, last), (-1, last), base.FONT_BOLD)]
    table.setStyle(base.table_style(header=header, extra=extra))
    table.hAlign = "LEFT"
    return table


def build(target: str | None, path: Path | str, *, lang: str, principal: str | None = None) -> Path:
    t = Translator(lang)
    trip = claim_service.trip_from_target(target, lang)
    claim = claim_service.for_trip(trip.id)

    def kr(minor: int) -> str:
        return format_money(minor, "DKK", lang)

    title = t.translate("Claim", "Travel-expense claim: %1").replace("%1", claim.title)
    story: list = [base.para(title, "Title")]
    details = [[t.translate("Claim", "Traveller"), base.cell(claim.traveller or "–")]]
    if claim.purpose:
        details.append([t.translate("Claim", "Purpose"), base.cell(claim.purpose)])
    pd = claim.per_diem
    if pd.departure is not None:
        details.append([t.translate("Claim", "Departure"), f"{format_datetime(pd.departure, lang=lang)} ({pd.departure.tzinfo})"])
        details.append([t.translate("Claim", "Return"), f"{format_datetime(pd.returned, lang=lang)} ({pd.returned.tzinfo})"])
    story.append(_table(details, (0.22, 0.78), header=False))

    # --- driving log ---------------------------------------------------------------------------------------
    story.append(base.para(t.translate("Claim", "Driving log"), "Heading"))
    if claim.drives:
        rows = [base.header_cells([t.translate("Claim", "Date"), t.translate("Claim", "Purpose"), t.translate("Claim", "From – to"), t.translate("Claim", "Car"), t.translate("Claim", "km"), t.translate("Claim", "Rate"),
                                   t.translate("Claim", "Amount")], right=(4, 5, 6))]
        for item in claim.drives:
            d = item.drive
            rate = f"{number(item.rate_first, lang)}" if not item.km_above else \
                f"{number(item.rate_first, lang)} / {number(item.rate_above, lang)}"
            rows.append([format_date(d.date, "short", lang), base.para(d.purpose, "Cell"),
                         base.para(f"{d.from_place} – {d.to_place}", "Cell"), base.para(d.car, "Cell"),
                         number(d.km, lang), rate, kr(item.amount_minor)])
        rows.append(["", t.translate("Claim", "Total"), "", "", number(Decimal(claim.km), lang), "", kr(claim.mileage_minor)])
        story.append(_table(rows, (0.13, 0.19, 0.29, 0.11, 0.07, 0.08, 0.13), right_from=4, total=True))
    else:
        story.append(base.para(t.translate("Claim", "No drives logged for this trip."), "Muted"))

    # --- per diem --------------------------------------------------------------------------------------------
    story += [CondPageBreak(80), base.para(t.translate("Claim", "Per diem"), "Heading")]
    if pd.eligible:
        rows = [base.header_cells([t.translate("Claim", "Period"), t.translate("Claim", "Meals"), t.translate("Claim", "Lodging"), t.translate("Claim", "Total")], right=(1, 2, 3))]
        day_number = 0
        for line in pd.lines:
            if line.kind == "day":
                day_number += 1
                text = t.translate("Claim", "Day %1: %2 – %3").replace("%1", str(day_number)).replace(
                    "%2", format_datetime(line.start, lang=lang)).replace("%3", format_datetime(line.end, lang=lang))
            elif line.kind == "hours":
                text = t.translate("Claim", "%1 started hours × 1/24: %2 – %3").replace("%1", str(line.hours)).replace(
                    "%2", format_datetime(line.start, lang=lang)).replace("%3", format_datetime(line.end, lang=lang))
            elif line.kind == "lodging":
                text = t.translate("Claim", "Lodging provided the night after %1").replace(
                    "%1", format_date(line.day, "short", lang))
            else:
                names = [name for name, ticked in ((t.translate("Claim", "breakfast"), line.meals.breakfast),
                                                    (t.translate("Claim", "lunch"), line.meals.lunch),
                                                    (t.translate("Claim", "dinner"), line.meals.dinner)) if ticked]
                text = t.translate("Claim", "Meals provided %1: %2").replace("%1", format_date(line.day, "short", lang)).replace(
                    "%2", ", ".join(names))
            rows.append([base.cell(text), kr(line.meals_minor) if line.kind != "lodging" else "",
                         kr(line.lodging_minor) if line.kind != "meals" else "",
                         kr(line.total_minor)])
        rows.append([t.translate("Claim", "Total"), kr(pd.meals_minor), kr(pd.lodging_minor), kr(pd.total_minor)])
        story.append(_table(rows, (0.55, 0.15, 0.15, 0.15), right_from=1, total=True))
        story.append(base.para(t.translate("Claim", "Full rate per day of 24 hours from departure, then 1/24 of the meal rate for "
                                  "each started hour; meals provided reduce the meal rate by 15 % (breakfast), "
                                  "30 % (lunch) and 30 % (dinner)."), "Muted"))
    else:
        story.append(base.para(t.translate("Claim", "No per diem: the trip lasts less than 24 hours or has no segments."), "Muted"))

    # --- expenses ---------------------------------------------------------------------------------------------
    story += [CondPageBreak(80), base.para(t.translate("Claim", "Expenses"), "Heading")]
    if claim.expenses:
        rows = [base.header_cells([t.translate("Claim", "Date"), t.translate("Claim", "Description"),
                                   t.translate("Claim", "Category"), t.translate("Claim", "Receipt"),
                                   t.translate("Claim", "VAT"), t.translate("Claim", "Amount")], right=(4, 5))]
        for e in claim.expenses:
            description = e.description
            if e.entertainment:
                description += f" ({t.translate('Claim', 'entertainment')})"
            if e.currency != "DKK":
                description += f"\n{format_money(e.amount_minor, e.currency, lang)} à {number(e.exchange_rate, lang)}"
            rows.append([format_date(e.date, "short", lang), base.para(description, "Cell"),
                         category_label(e.category, lang), base.para(e.receipt_reference or "–", "Cell"),
                         kr(e.vat_dkk_minor), kr(e.amount_dkk_minor)])
        rows.append(["", t.translate("Claim", "Total"), "", "", kr(sum(e.vat_dkk_minor for e in claim.expenses)),
                     kr(claim.expenses_minor)])
        story.append(_table(rows, (0.13, 0.33, 0.12, 0.14, 0.13, 0.15), right_from=4, total=True))
    else:
        story.append(base.para(t.translate("Claim", "No expenses on this trip."), "Muted"))

    if claim.entertainment:
        story += [CondPageBreak(80), base.para(t.translate("Claim", "Entertainment (for the bookkeeper)"), "Heading")]
        rows = [base.header_cells([t.translate("Claim", "Expense"), t.translate("Claim", "Amount"), t.translate("Claim", "VAT not deductible"), t.translate("Claim", "Deductible (25 %)"),
                                   t.translate("Claim", "Not deductible")], right=(1, 2, 3, 4))]
        for e, share in claim.entertainment:
            rows.append([base.para(e.description, "Cell"), kr(share.gross_minor), kr(share.vat_not_deductible_minor),
                         kr(share.deductible_minor), kr(share.not_deductible_minor)])
        story.append(_table(rows, (0.32, 0.17, 0.17, 0.17, 0.17), right_from=1))
        story.append(base.para(t.translate("Claim", "Only 25 % of entertainment is deductible (LL § 8, stk. 4); VAT on "
                                  "entertainment cannot be deducted, except 25 % of the VAT on restaurant "
                                  "meals (ML § 42)."), "Muted"))

    # --- totals and signatures -------------------------------------------------------------------------------
    story += [CondPageBreak(140), base.para(t.translate("Claim", "To be paid out"), "Heading")]
    rows = [[t.translate("Claim", "Mileage allowance"), kr(claim.mileage_minor)], [t.translate("Claim", "Per diem"), kr(pd.total_minor)],
            [t.translate("Claim", "Expenses"), kr(claim.expenses_minor)], [t.translate("Claim", "Total"), kr(claim.total_minor)]]
    story.append(_table(rows, (0.5, 0.25), right_from=1, total=True, header=False))
    years = sorted({d.drive.date.year for d in claim.drives}
                   | ({pd.departure.year, pd.returned.year} if pd.eligible else set()))
    notes = []
    for year in years:
        if year in rates.MILEAGE_RATES and claim.drives:
            m = rates.MILEAGE_RATES[year]
            notes.append(t.translate("Claim", "Mileage %1: %2 kr./km up to 20,000 km, %3 kr./km above (%4).").replace(
                "%1", str(year)).replace("%2", number(m.first, lang)).replace("%3", number(m.above, lang)).replace(
                "%4", m.source))
        if year in rates.PER_DIEM_RATES and pd.eligible:
            p = rates.PER_DIEM_RATES[year]
            notes.append(t.translate("Claim", "Per diem %1: meals %2 kr., lodging %3 kr. per day of 24 hours (%4).").replace(
                "%1", str(year)).replace("%2", number(p.meals, lang)).replace("%3", number(p.lodging, lang)).replace(
                "%4", p.source))
    for note in notes:
        story.append(base.para(note, "Small"))
    story.append(Spacer(1, 28))
    sign = [[t.translate("Claim", "Date and traveller's signature"), "", t.translate("Claim", "Date and approval")]]
    table = Table(sign, colWidths=[base.usable_width() * w for w in (0.45, 0.1, 0.45)])
    table.setStyle(base.table_style(header=False, zebra=False, extra=[
        ("LINEABOVE", (0, 0), (0, 0), 0.75, base.ACCENT), ("LINEABOVE", (2, 0), (2, 0), 0.75, base.ACCENT)]))
    story.append(table)
    return base.build_document(path, title=title, subtitle=claim.traveller or None, lang=lang, story=story)
