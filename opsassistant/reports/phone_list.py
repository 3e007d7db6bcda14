"""``report phonelist``: an A4 list of every live contact, grouped by first letter or by organisation.

Cells are plain strings broken into lines here (drawn as text, never as markup), so names with ``<`` or ``&``
print literally; only text with characters DejaVu Sans lacks (Chinese, Japanese, Korean) or right-to-left text
becomes an escaped paragraph that switches to the fallback font. The rows are drawn straight onto the canvas in
the shared table look (``row_block.RowBlock``): 50,000 contacts in about 5 s, where ReportLab tables took 15.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import defaultdict
from collections.abc import Iterable, Iterator
from functools import cache, partial
from itertools import accumulate, chain, groupby, islice, repeat
from pathlib import Path

from opsassistant.errors import UserError
from opsassistant.i18n.messages import Translator

GROUPINGS = ("letter", "organisation")
STREAM_FROM = 120  # rows: a longer group is laid out a page at a time (``StreamTable``)
KEEP_ROOM = 130  # points: a streamed group starts on a new page when less than this is left


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
    return [(heading, list(entries)) for heading, entries in iter_groups(grouping, lang)]


CHUNK = 500  # contacts whose numbers and e-mails are read at a time


def iter_groups(grouping: str, lang: str) -> Iterator[tuple[str, Iterator[dict]]]:
    """``collect`` as it is read: (heading, entries) one group at a time, the entries read a chunk at a time."""
    t = Translator(lang)
    if grouping == "organisation":
        none = t.translate("PhoneList", "Without organisation")
        return ((org or none, entries) for org, entries in groupby(_by_organisation(lang), key=lambda e: e["organisation"]))

    def letter(entry: dict) -> str:
        first = (entry["sort"][:1] or "#").upper()
        return first if first.isalpha() else "#"

    return groupby(_entries(_by_name(), lang), key=letter)


_COLUMNS = "id, display_name, sort_name, organisation, title, department, primary_email"


def _by_name() -> Iterator[list[tuple]]:
    """Live contacts in name order, a chunk at a time (keyset on sort name and id: the index's own order)."""
    from opsassistant.db.models import database

    last: tuple[str, int] | None = None
    while True:
        if last is None:
            rows = database.execute_sql(f"SELECT {_COLUMNS} FROM contact WHERE deleted_at IS NULL "
                                        f"ORDER BY sort_name, id LIMIT ?", (CHUNK,)).fetchall()
        else:
            rows = database.execute_sql(f"SELECT {_COLUMNS} FROM contact WHERE deleted_at IS NULL "
                                        f"AND (sort_name, id) > (?, ?) ORDER BY sort_name, id LIMIT ?",
                                        (last[0], last[1], CHUNK)).fetchall()
        if not rows:
            return
        yield rows
        last = (rows[-1][2], rows[-1][0])


def _by_organisation(lang: str) -> Iterator[dict]:
    """Entries ordered as ``(no organisation, organisation.casefold(), sort name)`` orders them: the distinct
    organisations are sorted here, each one's contacts come from the (organisation, sort name) index."""
    from opsassistant.db.models import database

    organisations = [row[0] for row in database.execute_sql(
        "SELECT DISTINCT organisation FROM contact WHERE deleted_at IS NULL")]
    organisations.sort(key=lambda org: (not org, org.casefold()))
    for _, same in groupby(organisations, key=lambda org: (not org, org.casefold())):
        names = sorted(same)
        marks = ", ".join("?" * len(names))
        cursor = database.cursor()
        cursor.execute(f"SELECT {_COLUMNS} FROM contact WHERE deleted_at IS NULL AND organisation IN ({marks}) "
                       f"ORDER BY sort_name, id", names)
        yield from _entries(iter(partial(cursor.fetchmany, CHUNK), []), lang)


def _entries(chunks: Iterable[list[tuple]], lang: str) -> Iterator[dict]:
    from opsassistant.db.models import database
    from opsassistant.services.phones import format_for_reading as reading

    labels = {kind: kind_label(kind, lang) for kind in ("mobile", "work", "home", "fax", "other")}
    for rows in chunks:
        ids = [row[0] for row in rows]
        marks = ", ".join("?" * len(ids))
        numbers: dict[int, list[str]] = defaultdict(list)
        for contact_id, kind, label, typed, e164 in database.execute_sql(
                f"SELECT contact_id, kind, label, typed, e164 FROM contact_phone WHERE contact_id IN ({marks}) "
                f"ORDER BY contact_id, position", ids):
            numbers[contact_id].append(
                f"{reading(e164, typed)} ({label or labels.get(kind, kind)})")
        # the first address of each contact (primary_email is a search shortcut that not every writer fills)
        emails: dict[int, str] = dict(database.execute_sql(
            f"SELECT contact_id, address FROM contact_email WHERE contact_id IN ({marks}) "
            f"ORDER BY contact_id, position DESC, id DESC", ids))
        for cid, name, sort_name, organisation, title, department, email in rows:
            role = ", ".join(p for p in (title, department) if p)
            yield {"name": name, "sort": sort_name, "organisation": organisation, "role": role,
                   "numbers": numbers.get(cid, []), "email": email or emails.get(cid, "")}


def build(target: str | None, path: Path | str, *, lang: str, principal=None, drawn: bool = True) -> Path:
    """Write the phone list; ``target`` None/"letter" groups by first letter, "organisation" by organisation.

    The rows are drawn straight onto the canvas (``RowBlock``); ``drawn=False`` lays them out as ReportLab
    tables instead, the same look at several times the cost (kept as the reference the drawn rows are held to)."""
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import CondPageBreak, KeepTogether, Paragraph, Spacer

    from opsassistant.reports import base
    from opsassistant.reports.row_block import RowBlock
    from opsassistant.reports.stream_table import StreamTable

    t = Translator(lang)
    grouping = target or "letter"
    if grouping not in GROUPINGS:
        raise UserError(t.translate("PhoneList", "Group the phone list by “letter” or “organisation”."))
    styles = base.styles()
    loose_heading = ParagraphStyle("PhoneListHeading", parent=styles["Heading"], keepWithNext=0)
    title = t.translate("PhoneList", "Phone list")
    subtitle = (t.translate("PhoneList", "By organisation") if grouping == "organisation"
                else t.translate("PhoneList", "By name"))
    width = base.usable_width()
    columns = [0.25 * width, 0.22 * width, 0.26 * width, 0.27 * width]
    header = [t.translate("PhoneList", "Name"),
              t.translate("PhoneList", "Title") if grouping == "organisation"
              else t.translate("PhoneList", "Organisation"),
              t.translate("PhoneList", "Phone"), t.translate("PhoneList", "E-mail")]

    def row(e: dict) -> list:
        second = e["role"] if grouping == "organisation" else "\n".join(
            p for p in (e["organisation"], e["role"]) if p)
        return [_fit(e["name"], columns[0]), _fit(second, columns[1]),
                _fit("\n".join(e["numbers"]), columns[2]), _fit(e["email"], columns[3])]

    def story():
        yield Paragraph(base.escape(title), styles["Title"])
        yield Paragraph(base.escape(subtitle), styles["Subtitle"])
        empty = True
        for heading, entries in iter_groups(grouping, lang):
            empty = False
            rows = (row(e) for e in entries)
            first = list(islice(rows, STREAM_FROM))
            if drawn:  # the same grouping as below, every group one RowBlock
                if len(first) < 7:
                    yield KeepTogether([base.para(heading, "Heading"), RowBlock(header, first, columns)])
                else:
                    yield CondPageBreak(KEEP_ROOM)
                    yield base.para(heading, loose_heading)
                    yield RowBlock(header, chain(first, rows), columns)
            elif len(first) < 7:  # a short group is kept together
                yield KeepTogether([base.para(heading, "Heading"), base.table([header, *first], columns)])
            else:
                # a heading kept with a whole long table would push it to a new page; kept with its first
                # rows instead (room for the heading, the header row and a few rows, else a new page)
                yield CondPageBreak(KEEP_ROOM)
                yield base.para(heading, loose_heading)
                if len(first) < STREAM_FROM:  # a group that fits a page or two: one table, as it always was
                    yield base.table([header, *first], columns)
                else:
                    yield StreamTable(header, ((cells, ()) for cells in chain(first, rows)), columns)
            yield Spacer(1, 2 * mm)
        if empty:
            yield Paragraph(base.escape(t.translate("PhoneList", "There are no contacts yet.")), styles["Body"])

    return base.build_document(path, title=title, lang=lang, story=story(), subtitle=subtitle)


def _fit(text: str, width: float):
    """A cell: plain wrapped text (fast), or a paragraph when the text needs the fallback font (CJK)."""
    base = _base()
    if base.covered(text) and len(text) <= base.LONG_CELL and not base.bidi.has_rtl(text):
        return _wrap(text, width)
    return base.para(text, "Cell")


def _wrap(text: str, width: float, size: float = 9) -> str:
    """Break plain text into lines that fit ``width`` points (at spaces, else anywhere, e.g. in an e-mail).

    Widths are summed from the font's glyph widths, as ReportLab's ``stringWidth`` sums them for a TTF font,
    one pass per line (a million cells: no binary search of ``stringWidth`` calls)."""
    room = width - 7  # cell padding
    glyphs, default = _widths()
    scale = 0.001 * size
    measure = _font().stringWidth
    lines = []
    for line in text.split("\n"):
        if measure(line, size) <= room:  # most cells: one C call, no walk through the characters
            lines.append(line)
            continue
        while line:
            totals = list(accumulate(map(glyphs.get, map(ord, line), repeat(default))))
            if scale * totals[-1] <= room:
                break  # the whole line fits
            # the characters whose running width fits: found by bisection, then settled on the exact test
            cut = bisect_right(totals, room / scale)
            while cut < len(totals) and scale * totals[cut] <= room:
                cut += 1
            while cut > 0 and scale * totals[cut - 1] > room:
                cut -= 1
            cut = max(cut, 1)  # the longest start that fits, at least one character
            space = line.rfind(" ", 0, cut)
            at = line.rfind("@", 0, cut)  # an e-mail address breaks before its domain
            cut = space if space > 0 else at if at > 0 else cut
            lines.append(line[:cut].rstrip())
            line = line[cut:].lstrip()
        lines.append(line)
    return "\n".join(lines)


@cache
def _base():
    """``reports.base``, imported once (an import statement per cell goes through PySide's import hook)."""
    from opsassistant.reports import base

    return base


@cache
def _font():
    from reportlab.pdfbase.pdfmetrics import getFont

    from opsassistant.reports import base

    base.register_fonts()
    return getFont(base.FONT)


@cache
def _widths() -> tuple[dict[int, float], float]:
    """DejaVu Sans's glyph widths (1/1000 em by code point) and its width for anything else."""
    from reportlab.pdfbase.pdfmetrics import getFont

    from opsassistant.reports import base

    base.register_fonts()
    face = getFont(base.FONT).face
    return face.charWidths, face.defaultWidth
