"""The entertainment (repræsentation) part of an outing's report: per marked expense the 25 % deductible share
and the VAT that cannot be deducted, for the bookkeeper (rules: services/travel/allowances/entertainment.py)."""

from __future__ import annotations

from reportlab.platypus import CondPageBreak, Table

from opsassistant.i18n.formatting import format_money
from opsassistant.i18n.messages import Translator
from opsassistant.reports import base
from opsassistant.services.travel.allowances import entertainment


def section(outing_id: int, currency: str, lang: str) -> list:
    total, lines = entertainment.outing_share(outing_id)
    if not lines:
        return []
    t = Translator(lang)

    def money(minor: int) -> str:
        return format_money(minor, currency, lang)

    rows = [base.header_cells([t.translate("EntertainmentReport", "Expense"),
                               t.translate("EntertainmentReport", "Amount"),
                               t.translate("EntertainmentReport", "VAT not deductible"),
                               t.translate("EntertainmentReport", "Deductible (25 %)"),
                               t.translate("EntertainmentReport", "Not deductible")], right=(1, 2, 3, 4))]
    for expense, share in lines:
        rows.append([base.para(expense.description, "Cell"), money(share.gross_minor),
                     money(share.vat_not_deductible_minor), money(share.deductible_minor),
                     money(share.not_deductible_minor)])
    rows.append([t.translate("EntertainmentReport", "Total"), money(total.gross_minor),
                 money(total.vat_not_deductible_minor), money(total.deductible_minor), money(total.not_deductible_minor)])
    last = len(rows) - 1
    table = Table(rows, colWidths=[base.usable_width() * w for w in (0.32, 0.17, 0.17, 0.17, 0.17)], repeatRows=1)
    table.setStyle(base.table_style(extra=[("ALIGN", (1, 0), (-1, -1), "RIGHT"),
                                           ("LINEABOVE", (0, last), (-1, last), 0.75, base.ACCENT),
                                           ("FONTNAME", (0, last), (-1, last), base.FONT_BOLD)]))
    table.hAlign = "LEFT"
    note = t.translate("EntertainmentReport", "Only 25 % of entertainment is deductible (LL § 8, stk. 4); VAT on "
                                              "entertainment cannot be deducted, except 25 % of the VAT on restaurant "
                                              "meals (ML § 42).")
    return [CondPageBreak(80), base.para(t.translate("EntertainmentReport", "Entertainment (for the bookkeeper)"),
                                         "Heading"), table, base.para(note, "Muted")]
