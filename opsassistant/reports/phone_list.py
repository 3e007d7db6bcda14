"""``report phonelist``: an A4 list of every live contact, grouped by first letter or by organisation.

Cells are plain strings (ReportLab draws them as text, never as markup), so names with ``<`` or ``&`` print
literally and 5,000 contacts lay out in well under the 3 s budget; only text with characters DejaVu Sans lacks
(Chinese, Japanese, Korean) becomes an escaped paragraph that switches to the fallback font.
"""

from __future__ import annotations

from collections import defaultdict
from itertools import groupby
from pathlib import Path

from opsassistant.errors import UserError
from opsassistant.i18n.messages import Translator

GROUPINGS = ("letter", "organisation")


def kind_label(kind: str, lang: str) -> str:
    t = Translator(lang)
    labels = {
        "mobile": t.translate("PhoneList", "Mobile"),
        "work": t.translate("PhoneList", "Work"),
        "home": t.translate("PhoneList", "Home"),
        "fax": t.translate("PhoneList", "Fax"),
        "other": t.translate("PhoneList", "Other"),
    }
    return labels.get(kind, kind)


def collect(grouping: str, lang: str) -> list[tuple[str, list[dict]]]:
    """[(group heading, [entry])] with entry = name, organisation, title, numbers (lines), email."""
    from opsassistant.db.models import Contact, database
    from opsassistant.services import phones as phone_numbers

    t = Translator(lang)

    contacts = list(Contact.select(Contact.id, Contact.display_name, Contact.sort_name, Contact.organisation,
                                   Contact.title, Contact.department, Contact.primary_email)
                    .where(Contact.deleted_at.is_null()).order_by(Contact.sort_name, Contact.id).tuples())
    numbers: dict[int, list[str]] = defaultdict(list)
    cursor = database.execute_sql(
        "SELECT p.contact_id, p.kind, p.label, p.typed, p.e164 FROM contact_phone p "
        "JOIN contact c ON c.id = p.contact_id WHERE c.deleted_at IS NULL ORDER BY p.contact_id, p.position")
    for contact_id, kind, label, typed, e164 in cursor:
        numbers[contact_id].append(
            f"{phone_numbers.format_for_reading(e164, typed)} ({label or kind_label(kind, lang)})")
    # the first address of each contact (primary_email is a search shortcut that not every writer fills)
    emails: dict[int, str] = {}
    cursor = database.execute_sql(
        "SELECT e.contact_id, e.address FROM contact_email e JOIN contact c ON c.id = e.contact_id "
        "WHERE c.deleted_at IS NULL ORDER BY e.contact_id, e.position DESC, e.id DESC")
    emails.update(cursor)
    entries = []
    for cid, name, sort_name, organisation, title, department, email in contacts:
        email = email or emails.get(cid, "")
        role = ", ".join(p for p in (title, department) if p)
        entries.append({"name": name, "sort": sort_name, "organisation": organisation, "role": role,
                        "numbers": numbers.get(cid, []), "email": email})
    if grouping == "organisation":
        none = t.translate("PhoneList", "Without organisation")
        entries.sort(key=lambda e: (not e["organisation"], e["organisation"].casefold(), e["sort"]))
        return [(org or none, list(items)) for org, items in groupby(entries, key=lambda e: e["organisation"])]

    def letter(entry: dict) -> str:
        first = (entry["sort"][:1] or "#").upper()
        return first if first.isalpha() else "#"

    return [(key, list(items)) for key, items in groupby(entries, key=letter)]


def build(target: str | None, path: Path | str, *, lang: str, principal=None) -> Path:
    """Write the phone list; ``target`` None/"letter" groups by first letter, "organisation" by organisation."""
    from reportlab.lib.units import mm
    from reportlab.platypus import KeepTogether, Paragraph, Spacer

    from opsassistant.reports import base

    t = Translator(lang)
    grouping = target or "letter"
    if grouping not in GROUPINGS:
        raise UserError(t.translate("PhoneList", "Group the phone list by “letter” or “organisation”."))
    styles = base.styles()
    title = t.translate("PhoneList", "Phone list")
    subtitle = (t.translate("PhoneList", "By organisation") if grouping == "organisation"
                else t.translate("PhoneList", "By name"))
    groups = collect(grouping, lang)
    story: list = [Paragraph(base.escape(title), styles["Title"]), Paragraph(base.escape(subtitle), styles["Subtitle"])]
    if not groups:
        story.append(Paragraph(base.escape(t.translate("PhoneList", "There are no contacts yet.")),
                               styles["Body"]))
    width = base.usable_width()
    columns = [0.25 * width, 0.22 * width, 0.26 * width, 0.27 * width]
    header = [t.translate("PhoneList", "Name"),
              t.translate("PhoneList", "Title") if grouping == "organisation"
              else t.translate("PhoneList", "Organisation"),
              t.translate("PhoneList", "Phone"), t.translate("PhoneList", "E-mail")]
    for heading, entries in groups:
        rows = [header]
        for e in entries:
            second = e["role"] if grouping == "organisation" else "\n".join(
                p for p in (e["organisation"], e["role"]) if p)
            rows.append([_fit(e["name"], columns[0]), _fit(second, columns[1]),
                         _fit("\n".join(e["numbers"]), columns[2]), _fit(e["email"], columns[3])])
        table = base.table(rows, columns)
        story.append(KeepTogether([base.para(heading, "Heading"), table]) if len(rows) < 8
                     else base.para(heading, "Heading"))
        if len(rows) >= 8:
            story.append(table)
        story.append(Spacer(1, 2 * mm))
    return base.build_document(path, title=title, lang=lang, story=story, subtitle=subtitle)


def _fit(text: str, width: float):
    """A cell: plain wrapped text (fast), or a paragraph when the text needs the fallback font (CJK)."""
    from opsassistant.reports import base

    if base.covered(text) and len(text) <= base.LONG_CELL and not base.bidi.has_rtl(text):
        return _wrap(text, width)
    return base.para(text, "Cell")


def _wrap(text: str, width: float, size: float = 9) -> str:
    """Break plain text into lines that fit ``width`` points (at spaces, else anywhere, e.g. in an e-mail)."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from opsassistant.reports.base import FONT

    room = width - 7  # cell padding
    lines = []
    for line in text.split("\n"):
        while line and stringWidth(line, FONT, size) > room:
            cut = len(line)
            while cut > 1 and stringWidth(line[:cut], FONT, size) > room:
                cut -= 1
            space = line.rfind(" ", 0, cut)
            at = line.rfind("@", 0, cut)  # an e-mail address breaks before its domain
            cut = space if space > 0 else at if at > 0 else cut
            lines.append(line[:cut].rstrip())
            line = line[cut:].lstrip()
        lines.append(line)
    return "\n".join(lines)
