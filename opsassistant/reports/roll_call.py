"""``report rollcall``: who is in the building now (checked in, not out), for the fire drill, with a box to tick
for each person accounted for at the assembly point."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from reportlab.platypus import Table

from opsassistant.i18n.formatting import format_datetime, format_time
from opsassistant.i18n.messages import Translator
from opsassistant.reports import base
from opsassistant.services.reception import visitors


def build(target: str | None, path: Path | str, *, lang: str, principal: str | None = None) -> Path:
    t = Translator(lang)
    now = datetime.now().astimezone()
    guests = visitors.in_building()
    title = t.translate("RollCall", "Fire drill: visitors in the building")
    story = [base.para(title, "Title"),
             base.para(t.translate("RollCall", "As of %1").replace("%1", format_datetime(now, lang=lang)),
                       "Subtitle")]
    if guests:
        rows = [base.header_cells(["✓", t.translate("RollCall", "Name"), t.translate("RollCall", "Company"),
                                   t.translate("RollCall", "Host"), t.translate("RollCall", "Arrived")])]
        for guest in guests:
            rows.append(["☐", base.cell(guest.name), base.cell(guest.company), base.cell(guest.host),
                         format_time(guest.arrived, lang)])
        widths = [w * base.usable_width() for w in (0.06, 0.34, 0.26, 0.22, 0.12)]
        table = Table(rows, colWidths=widths, repeatRows=1)
        table.setStyle(base.table_style(extra=[("FONTSIZE", (0, 1), (-1, -1), 11)]))
        table.hAlign = "LEFT"
        story.append(table)
        text = t.translate("RollCall", "Visitors in the building: %1").replace("%1", str(len(guests)))
        story.append(base.para(text, "Muted"))
    else:
        story.append(base.para(t.translate("RollCall", "No visitors are checked in."), "Muted"))
    return base.build_document(path, title=title, lang=lang, story=story)
