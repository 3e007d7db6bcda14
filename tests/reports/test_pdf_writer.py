"""Pages are written to the file as they end (``reports/pdf_out.py``): a long report has every page, the right
"page x of y" on each, opens in pypdf, and what the writer keeps in Python does not grow with the pages."""

from __future__ import annotations

import pypdf

from opsassistant.reports import base, pdf_out, phone_list


def _many_pages(path, count: int, lang: str = "en", seen: list | None = None):
    """A report of ``count`` paragraphs, each with a page break after it; ``seen`` gets the writer's
    bookkeeping size after each page."""
    from reportlab.platypus import PageBreak

    def story():
        for i in range(count):
            yield base.para(f"paragraph {i}")
            if i < count - 1:
                yield PageBreak()

    def on_page(canvas, doc):
        if seen is not None:
            seen.append((doc.page, pdf_out.writer(canvas).bookkeeping(), len(pdf_out.writer(canvas).later)))

    return base.build_document(path, title="Long", lang=lang, story=story(), on_page=on_page)


def test_multi_hundred_page_report_numbers_every_page(tmp_path):
    path = _many_pages(tmp_path / "long.pdf", 320, lang="da")
    reader = pypdf.PdfReader(str(path))
    assert len(reader.pages) == 320
    for number in (1, 2, 160, 319, 320):
        text = reader.pages[number - 1].extract_text()
        assert f"Side {number} af 320" in text
        assert f"paragraph {number - 1}" in text
    assert "Side 320 af 320" in reader.pages[-1].extract_text()
    assert reader.metadata.title == "Long"


def test_english_report_says_page_x_of_y(tmp_path):
    path = _many_pages(tmp_path / "en.pdf", 3)
    texts = [page.extract_text() for page in pypdf.PdfReader(str(path)).pages]
    assert ["Page 1 of 3" in texts[0], "Page 2 of 3" in texts[1], "Page 3 of 3" in texts[2]] == [True] * 3


def test_writer_keeps_no_python_objects_per_page(tmp_path):
    seen: list[tuple[int, int, int]] = []
    _many_pages(tmp_path / "flat.pdf", 120, seen=seen)
    by_page = {page: kept for page, kept, _ in seen}
    # on_page runs before the page is written: page 10 sees 9 pages written, page 110 sees 109
    assert by_page[10] == by_page[110]
    assert by_page[10] <= 10  # the catalogue's few shared objects (fonts dictionary, page tree), no page
    assert [written for page, _, written in seen if page in (10, 110)] == [9, 109]  # only numbers grow


def test_a_failed_build_closes_the_file_and_leaves_nothing(tmp_path):
    from reportlab.platypus import PageBreak

    class Broken(Exception):
        pass

    def story():
        yield base.para("one")
        yield PageBreak()
        yield base.para("two")
        raise Broken

    target = tmp_path / "broken.pdf"
    try:
        base.build_document(target, title="T", lang="en", story=story())
    except Broken:
        pass
    else:
        raise AssertionError("the story's error was swallowed")
    assert not target.exists()
    assert list(tmp_path.iterdir()) == []


def test_phone_list_of_hundreds_of_pages(db, tmp_path):
    from opsassistant.devtools import bench_contacts

    bench_contacts.seed(2600)  # bulk rows shaped as the app writes them (one mobile and one e-mail each)
    path = phone_list.build(None, tmp_path / "p.pdf", lang="da")
    reader = pypdf.PdfReader(str(path))
    total = len(reader.pages)
    assert total > 100
    texts = [page.extract_text() for page in reader.pages]
    assert all(f"Side {n} af {total}" in text for n, text in enumerate(texts, start=1))
    assert sum(text.count("@example.dk") for text in texts) == 2600  # every contact once
    assert sum(text.count("(Mobil)") for text in texts) == 2600
    assert texts[0].count("@example.dk") > 10  # the first long group starts under the title, not on page 2
