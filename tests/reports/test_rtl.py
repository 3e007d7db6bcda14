"""Arabic and Hebrew print shaped (joined letter forms) and in visual order, line by line, right-aligned."""

from __future__ import annotations

from datetime import UTC, datetime

import pypdf
import pytest

from opsassistant.reports import base, bidi, call_sheet, phone_list
from opsassistant.services.calls.logging import CallData, log_call
from opsassistant.services.contacts import editing
from opsassistant.services.contacts.editing import ContactData, PhoneData

HEBREW_NAME = "דוד כהן"
HEBREW_SHOWN = "ןהכ דוד"  # drawn left to right: the last letter first
ARABIC_NAME = "محمد علي"
# joined forms (meem initial, hah medial, meem medial, dal final; ain initial, lam medial, yeh final), drawn
# left to right
ARABIC_SHOWN = "\ufef2\ufee0\ufecb \ufeaa\ufee4\ufea4\ufee3"
ARABIC_JOINED = "\ufee3\ufea4\ufee4\ufeaa \ufecb\ufee0\ufef2"  # the same forms in reading order
FIRST, LAST = "البداية", "النهاية"  # "the beginning", "the end"


def text_of(path) -> str:
    """pypdf's text: it turns right-to-left runs drawn left to right back into reading order, so a name drawn
    in the wrong order comes out reversed."""
    return "\n".join(page.extract_text() for page in pypdf.PdfReader(str(path)).pages)


def test_a_line_is_shaped_and_reordered():
    assert bidi.visual(HEBREW_NAME) == HEBREW_SHOWN
    assert bidi.visual(ARABIC_NAME) == ARABIC_SHOWN
    assert bidi.visual("Søren Østergaard") == "Søren Østergaard"
    # a Latin word and digits inside Hebrew keep their own direction
    assert bidi.visual("פגישה ב-10:00 ב Tel Aviv") == "Tel Aviv ב 10:00-ב השיגפ"
    assert bidi.direction("  123 שלום abc") == "R" and bidi.direction("abc שלום") == "L"


def test_long_lines_wrap_in_logical_order():
    words = [FIRST] + ["كلمة"] * 60 + [LAST]
    lines = bidi.lines(" ".join(words), 200, lambda text: base.text_width(text, base.FONT, 10))
    assert len(lines) > 3 and lines[0].startswith(FIRST) and lines[-1].endswith(LAST)
    assert all(base.text_width(line, base.FONT, 10) <= 200 for line in lines)
    unbroken = bidi.lines("ש" * 500, 100, lambda text: base.text_width(text, base.FONT, 10))
    assert "".join(unbroken) == "ש" * 500 and len(unbroken) > 5


@pytest.mark.parametrize("lang", ["da", "en"])
def test_call_sheet_prints_arabic_and_hebrew(db, executive, tmp_path, lang):
    message = " ".join([FIRST] + ["أود أن أتحدث معك عن الميزانية"] * 25 + [LAST])
    log_call(CallData(number="+971 4 123 4567", name=ARABIC_NAME, principal_id=executive.id, message=message,
                      please_call=True, when=datetime(2026, 3, 2, 9, tzinfo=UTC)))
    log_call(CallData(number="+972 3 123 4567", name=HEBREW_NAME, principal_id=executive.id,
                      message="שָׁלוֹם, נא להתקשר", please_call=True, when=datetime(2026, 3, 2, 10, tzinfo=UTC)))
    text = text_of(call_sheet.build("2026-03-02", tmp_path / "calls.pdf", lang=lang))
    assert HEBREW_NAME in text and HEBREW_SHOWN not in text
    assert ARABIC_JOINED in text and ARABIC_NAME not in text  # joined forms, not the bare letters
    lines = text.splitlines()
    first = next(i for i, line in enumerate(lines) if bidi.shaped(FIRST) in line)
    last = next(i for i, line in enumerate(lines) if bidi.shaped(LAST) in line)
    assert last - first > 3  # the message starts on its first line and ends lines later


def test_phone_list_prints_hebrew_names_and_organisations(db, tmp_path):
    editing.save(ContactData(first_name="דוד", last_name="כהן", organisation="אל על",
                             phones=[PhoneData("+972 3 123 4567")]))
    editing.save(ContactData(first_name="Søren", last_name="Østergaard"))
    text = text_of(phone_list.build("organisation", tmp_path / "list.pdf", lang="da"))
    assert HEBREW_NAME in text and HEBREW_SHOWN not in text and "אל על" in text and "Søren Østergaard" in text


def ink_columns(path) -> tuple[int, int, int]:
    """Render page 1 and return (page width, leftmost, rightmost) dark pixel of the body (header and footer
    left out)."""
    from PySide6.QtCore import QSize
    from PySide6.QtPdf import QPdfDocument

    document = QPdfDocument()
    document.load(str(path))
    image = document.render(0, QSize(595, 842))
    document.close()
    xs = [x for y in range(55, 790) for x in range(image.width())
          if image.pixelColor(x, y).alpha() > 128 and image.pixelColor(x, y).lightness() < 128]
    return image.width(), min(xs), max(xs)


def test_a_right_to_left_paragraph_renders_on_the_right(qapp, tmp_path):
    rtl = base.build_document(tmp_path / "rtl.pdf", title="t", lang="en",
                              story=[base.para("שלום, נא להתקשר בחזרה")])
    ltr = base.build_document(tmp_path / "ltr.pdf", title="t", lang="en",
                              story=[base.para("Please call back today")])
    width, left, right = ink_columns(rtl)
    assert left > width / 2 and right > width * 0.8
    width, left, right = ink_columns(ltr)
    assert right < width / 2 and left < width * 0.2


def test_a_20000_character_arabic_message_splits_across_pages(db, executive, tmp_path):
    message = (FIRST + " " + "أود أن أتحدث معك عن الميزانية " * 700)[:19_400] + " " + "ש" * 500 + " " + LAST
    log_call(CallData(number="+971 4 123 4567", name=ARABIC_NAME, principal_id=executive.id, message=message,
                      please_call=True, when=datetime(2026, 3, 2, 9, tzinfo=UTC)))
    reader = pypdf.PdfReader(str(call_sheet.build("2026-03-02", tmp_path / "calls.pdf", lang="da")))
    pages = [page.extract_text() for page in reader.pages]
    assert len(pages) > 10
    assert bidi.shaped(FIRST) in pages[0] and bidi.shaped(LAST) in pages[-1]
    assert "".join("".join(pages).split()).count("ש") == 2 * 500  # the unbroken word whole, in both tables
