"""The phone list's rows drawn straight onto the canvas (``reports/row_block.py``) print what the ReportLab table
printed: the same lines of text on the same number of pages, page breaks between rows, a row taller than a
page still printed whole (split inside it), and paragraph cells (text DejaVu lacks) drawn as paragraphs."""

from __future__ import annotations

import pypdf

from opsassistant.reports import base, phone_list
from opsassistant.reports.row_block import RowBlock


def _lines(path) -> tuple[int, set[str]]:
    reader = pypdf.PdfReader(str(path))
    lines = {line for page in reader.pages for line in page.extract_text().splitlines()
             if not line.startswith(("Udskrevet", "Printed"))}  # the printing minute may differ between builds
    return len(reader.pages), lines


def test_drawn_phone_list_extracts_the_lines_the_table_printed(db, tmp_path):
    from opsassistant.devtools import bench_contacts

    bench_contacts.seed(2600)
    for grouping, lang in ((None, "da"), ("organisation", "en")):
        drawn = _lines(phone_list.build(grouping, tmp_path / "drawn.pdf", lang=lang))
        table = _lines(phone_list.build(grouping, tmp_path / "table.pdf", lang=lang, drawn=False))
        assert drawn[0] == table[0] > 90
        assert drawn[1] == table[1]
        assert f"Side {drawn[0]} af {drawn[0]}" in drawn[1] or f"Page {drawn[0]} of {drawn[0]}" in drawn[1]


def _document(path, rows, columns):
    return base.build_document(path, title="Rows", lang="en", story=[RowBlock(["A", "B"], rows, columns)])


def test_rows_break_between_pages_with_the_header_on_each(tmp_path):
    width = base.usable_width()
    rows = [[f"name {i}", f"line one {i}\nline two {i}"] for i in range(200)]
    reader = pypdf.PdfReader(str(_document(tmp_path / "r.pdf", iter(rows), [width / 2, width / 2])))
    texts = [page.extract_text().splitlines() for page in reader.pages]
    assert len(texts) > 3
    for lines in texts:
        assert lines[:2] == ["A", "B"]  # the header repeated at the top of every page
        names = [line for line in lines if line.startswith("name ")]
        seconds = [line for line in lines if line.startswith("line two ")]
        assert [n.split()[1] for n in names] == [s.split()[2] for s in seconds]  # no row cut in two
    assert sum(len([x for x in lines if x.startswith("name ")]) for lines in texts) == 200


def test_a_row_taller_than_a_page_is_split_inside_it(tmp_path):
    width = base.usable_width()
    numbers = "\n".join(f"number {i}" for i in range(90))
    rows = [["first", "x"], ["Tall Person", numbers], ["last", "y"]]
    reader = pypdf.PdfReader(str(_document(tmp_path / "t.pdf", rows, [width / 2, width / 2])))
    text = "\n".join(page.extract_text() for page in reader.pages).splitlines()
    assert len(reader.pages) >= 2
    assert all(f"number {i}" in text for i in range(90))
    assert "first" in text and "last" in text and "Tall Person" in text


def test_paragraph_cells_print_text_dejavu_lacks(tmp_path):
    width = base.usable_width()
    rows = [["Tokyo office", base.para("株式会社 & <Søn>", "Cell")], ["Plain", "x"]]
    reader = pypdf.PdfReader(str(_document(tmp_path / "p.pdf", rows, [width / 2, width / 2])))
    text = reader.pages[0].extract_text()
    assert "株式会社 & <Søn>" in text
    assert "Plain" in text
