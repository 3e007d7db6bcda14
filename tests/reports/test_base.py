"""The shared report base: CJK fallback font per run, user text printed literally, the on_page hook."""

from __future__ import annotations

import pypdf
import pytest
from reportlab.platypus import PageBreak, Table

from opsassistant.reports import base, phone_list
from opsassistant.services.contacts import editing
from opsassistant.services.contacts.editing import ContactData, EmailData, PhoneData

FALLBACK = "DroidSansFallback"


def fonts_of(page) -> set[str]:
    return {font.get_object()["/BaseFont"].split("+")[-1] for font in page["/Resources"]["/Font"].values()}


def text_of(path) -> str:
    return "\n".join(page.extract_text() for page in pypdf.PdfReader(path).pages)


def test_font_runs_split_only_what_dejavu_lacks():
    assert base.covered("Søren Østergaard, Łódź, Μαρία, Иван")
    assert not base.covered("山田 太郎")
    assert base.font_runs("Tarō 山田 太郎!") == [(base.FONT, "Tarō "), (base.FALLBACK_FONT, "山田"),
                                                (base.FONT, " "), (base.FALLBACK_FONT, "太郎"), (base.FONT, "!")]
    assert base.escape("<b>山田</b> & Co") == (f'&lt;b&gt;<font name="{FALLBACK}">山田</font>&lt;/b&gt; &amp; Co')
    assert base.cell("Plain & <simple>") == "Plain & <simple>"
    assert not isinstance(base.cell("サクラ"), str)


@pytest.mark.parametrize("lang", ["da", "en"])
def test_cjk_name_prints_in_the_fallback_font(db, tmp_path, lang):
    editing.save(ContactData(first_name="太郎", last_name="山田", organisation="サクラ精機株式会社",
                             phones=[PhoneData("+81 3 5219 4400")], emails=[EmailData("t.yamada@example.jp")]))
    editing.save(ContactData(first_name="지민", last_name="김", organisation="<b>Hanbit</b> & Co"))
    editing.save(ContactData(first_name="Søren", last_name="Østergaard"))
    path = phone_list.build("organisation", tmp_path / "list.pdf", lang=lang)
    reader = pypdf.PdfReader(path)
    text = text_of(path)
    for expected in ("太郎", "山田", "サクラ精機株式会社", "지민", "<b>Hanbit</b> & Co", "Søren Østergaard",
                     "t.yamada@example.jp"):
        assert expected in text
    assert FALLBACK in set().union(*(fonts_of(page) for page in reader.pages))


def test_latin_only_report_does_not_embed_the_fallback(db, tmp_path):
    editing.save(ContactData(first_name="Søren", last_name="Østergaard"))
    reader = pypdf.PdfReader(phone_list.build(None, tmp_path / "list.pdf", lang="da"))
    assert FALLBACK not in fonts_of(reader.pages[0])


def test_markup_in_user_text_prints_literally(tmp_path):
    nasty = ['<b>bold?</b> & <i>Co</i>', 'A&amp;B <font name="Courier">x</font>', '<br/>山田 <b>太郎</b> &lt;']
    story = [base.para(text) for text in nasty]
    story.append(Table([[base.cell(text) for text in nasty]]))
    path = base.build_document(tmp_path / "m.pdf", title="<b>Title</b> & 山田", subtitle="Sub <i>", lang="en",
                               story=story)
    text = text_of(path)
    for value in nasty:
        assert text.count(value) == 2, value
    assert "<b>Title</b> & 山田" in text and "Sub <i>" in text
    assert pypdf.PdfReader(path).metadata.title == "<b>Title</b> & 山田"


def test_on_page_hook_runs_on_every_page_after_the_header(tmp_path):
    calls: list[tuple[int, int]] = []

    def band(canvas, doc) -> None:
        calls.append((canvas.getPageNumber(), doc.page))
        canvas.setFont(base.FONT, 8)
        canvas.drawString(base.MARGIN_X, base.header_bottom() - 12, f"BAND {doc.page} 山")

    story = [base.para("one"), PageBreak(), base.para("two"), PageBreak(), base.para("three")]
    path = base.build_document(tmp_path / "h.pdf", title="Hook", lang="da", story=story, on_page=band,
                               extra_top=20)
    reader = pypdf.PdfReader(path)
    assert len(reader.pages) == 3
    assert calls == [(1, 1), (2, 2), (3, 3)]
    for number, page in enumerate(reader.pages, start=1):
        text = page.extract_text()
        assert f"BAND {number}" in text and f"Side {number} af 3" in text


def test_extra_top_moves_the_text_down(tmp_path):
    def top_of_text(extra: float) -> float:
        found: list[float] = []

        def visit(text, cm, tm, font, size):
            if text.strip() == "marker":
                found.append(cm[5] + tm[5])

        path = base.build_document(tmp_path / f"t{extra}.pdf", title="T", lang="en", story=[base.para("marker")],
                                   extra_top=extra)
        pypdf.PdfReader(path).pages[0].extract_text(visitor_text=visit)
        return found[0]

    assert top_of_text(0) - top_of_text(30) == pytest.approx(30, abs=0.5)


def test_pdf_metadata_and_language(tmp_path):
    path = base.build_document(tmp_path / "d.pdf", title="Telefonliste", lang="da", story=[base.para("x")])
    reader = pypdf.PdfReader(path)
    assert reader.metadata.title == "Telefonliste"
    assert reader.metadata.author == "Driftsassistent"
    assert reader.trailer["/Root"]["/Lang"] == "da-DK"
