"""``export claim TRIP_ID --format csv``: a trip's claim as bookkeeping lines — date, text, amount, VAT code,
account — the columns a Danish bookkeeping system (e-conomic, Dinero, Billy…) imports.

Written as a Danish spreadsheet reads it: UTF-8 with a BOM, semicolons between fields, a decimal comma and no
thousands separator (``1234,50``); dates ISO 8601. Text is made safe from formula injection.

Accounts and VAT codes are a plain default chart (one line each below, change them to the office's own):
tax-free allowances carry no VAT; Danish receipts at 25 % book their input VAT (``I25``); a restaurant meal
marked as entertainment gets the entertainment code (``REP``: 25 % of the VAT deductible, ML § 42, stk. 2);
other entertainment and foreign receipts book no input VAT.
"""

from __future__ import annotations

import csv
from decimal import Decimal
from pathlib import Path

from opsassistant.fileio import atomic_text
from opsassistant.i18n.messages import Translator
from opsassistant.interop.expenses_csv import safe_text
from opsassistant.services.travel.allowances import claim as claim_service
from opsassistant.services.travel.allowances.entertainment import RESTAURANT_CATEGORIES

ACCOUNTS = {
    "mileage": "2750",  # Kørselsgodtgørelse
    "per_diem": "2760",  # Diæter / rejsegodtgørelse
    "transport": "2770",  # Rejseudgifter, transport
    "hotel": "2780",  # Rejseudgifter, hotel
    "food": "2790",  # Rejseudgifter, fortæring
    "other": "2795",  # Rejseudgifter, øvrige
    "entertainment": "2800",  # Repræsentation
}
VAT_NONE, VAT_INPUT_25, VAT_ENTERTAINMENT = "", "I25", "REP"


def _amount(minor: int) -> str:
    sign = "-" if minor < 0 else ""
    whole, part = divmod(abs(minor), 100)
    return f"{sign}{whole},{part:02d}"


def rows(trip_id: int, lang: str | None = None) -> list[tuple[str, str, str, str, str]]:
    t = Translator(lang)
    claim = claim_service.for_trip(trip_id)
    result = []
    for item in claim.drives:
        d = item.drive
        text = t.translate("ClaimCsv", "Mileage %1 km: %2").replace("%1", str(d.km).replace(".", ",")).replace(
            "%2", f"{d.from_place} – {d.to_place}" + (f" ({d.purpose})" if d.purpose else ""))
        result.append((d.date.isoformat(), text, _amount(item.amount_minor), VAT_NONE, ACCOUNTS["mileage"]))
    pd = claim.per_diem
    if pd.eligible and pd.total_minor:
        text = t.translate("ClaimCsv", "Per diem %1: %2 days of 24 hours and %3 hours").replace("%1", claim.title).replace(
            "%2", str(pd.full_days)).replace("%3", str(pd.extra_hours))
        result.append((pd.returned.date().isoformat(), text, _amount(pd.total_minor), VAT_NONE,
                       ACCOUNTS["per_diem"]))
    for e in claim.expenses:
        if e.entertainment:
            account = ACCOUNTS["entertainment"]
            vat = VAT_ENTERTAINMENT if e.category in RESTAURANT_CATEGORIES and e.vat_dkk_minor else VAT_NONE
        else:
            account = ACCOUNTS.get(e.category, ACCOUNTS["other"])
            vat = VAT_INPUT_25 if e.vat_dkk_minor and e.vat_rate == Decimal(25) else VAT_NONE
        text = e.description + (f" ({e.receipt_reference})" if e.receipt_reference else "")
        result.append((e.date.isoformat(), text, _amount(e.amount_dkk_minor), vat, account))
    return result


def export_file(path: Path | str, target: str | int | None = None, lang: str | None = None) -> int:
    """Write the claim of trip ``target``; returns how many lines were written."""
    t = Translator(lang)
    trip = claim_service.trip_from_target(target, lang)
    lines = rows(trip.id, lang)
    header = [t.translate("ClaimCsv", "Date"), t.translate("ClaimCsv", "Text"), t.translate("ClaimCsv", "Amount"),
              t.translate("ClaimCsv", "VAT code"), t.translate("ClaimCsv", "Account")]
    with atomic_text(path, encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(header)
        for day, text, amount, vat, account in lines:
            writer.writerow([day, safe_text(text), amount, vat, account])
    return len(lines)
