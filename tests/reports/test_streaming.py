"""Long reports are laid out a page at a time (StreamTable, a story read as pages need it) and print what one
long table printed: every row once, in order, the header on every page, the same pages."""

from __future__ import annotations

import re

import pypdf

from opsassistant.reports import base, phone_list
from opsassistant.reports.stream_table import StreamTable
from opsassistant.services.contacts import editing
from opsassistant.services.contacts.editing import ContactData, EmailData, PhoneData


def pages(path) -> list[str]:
    return [page.extract_text() for page in pypdf.PdfReader(str(path)).pages]


def _rows(count: int):
    for i in range(count):
        tall = "\n".join(f"line {k}" for k in range(90)) if i == 150 else ""  # taller than a page: split inside
        yield [f"row {i:04d}", f"note {i} {tall}".strip()], (("BACKGROUND", (0, 0), (0, 0), "#FDECEA"),) if i % 7 == 0 else ()


def test_stream_table_prints_what_one_table_prints(db, tmp_path):
    header = ["Row", "Note"]
    rows = list(_rows(400))
    extra = [(name, (c0, r0 + i), (c1, r1 + i), *rest)
             for i, (_, commands) in enumerate(rows, start=1) for name, (c0, r0), (c1, r1), *rest in commands]
    one = base.build_document(tmp_path / "one.pdf", title="T", lang="en", story=[
        base.para("Intro"), base.table([header] + [cells for cells, _ in rows], [150, 300],
                                       style=base.table_style(extra=extra))])
    streamed = base.build_document(tmp_path / "streamed.pdf", title="T", lang="en", story=iter([
        base.para("Intro"), StreamTable(header, _rows(400), [150, 300])]))
    assert pages(one) == pages(streamed)
    text = "\n".join(pages(streamed))
    assert [int(n) for n in re.findall(r"row (\d{4})", text)] == list(range(400))
    assert all(page.count("Row") >= 1 for page in pages(streamed))  # the header repeated on every page
    assert len(pages(streamed)) > 10


def test_story_from_a_generator_made_as_pages_need_it(db, tmp_path):
    made = []

    def story():
        for i in range(200):
            made.append(i)
            yield base.para(f"paragraph {i}")

    when_pages_end: list[int] = []
    base.build_document(tmp_path / "g.pdf", title="T", lang="en", story=story(),
                        on_page=lambda canvas, doc: when_pages_end.append(len(made)))
    assert made == list(range(200))
    assert len(when_pages_end) >= 3 and when_pages_end[0] < 80  # page 1 ended before the rest was made
    assert "paragraph 199" in pages(tmp_path / "g.pdf")[-1]


def test_phone_list_group_longer_than_the_stream_threshold(db, tmp_path):
    count = phone_list.STREAM_FROM + 80
    for i in range(count):
        editing.save(ContactData(first_name=f"Person{i:03d}", last_name="Hansen", organisation="Ærø Rederi A/S",
                                 phones=[PhoneData(f"+45 20 {i // 100:02d} {i % 100:02d} 00")],
                                 emails=[EmailData(f"p{i}@example.dk")]))
    editing.save(ContactData(first_name="Anne", last_name="Andersen", phones=[PhoneData("+45 33 12 34 56")]))
    for target in ("letter", "organisation"):
        path = phone_list.build(target, tmp_path / f"{target}.pdf", lang="da")
        text = "\n".join(pages(path))
        assert [int(n) for n in re.findall(r"Person(\d{3})", text)] == list(range(count))
        assert text.count("Anne Andersen") == 1
        assert len(pages(path)) >= 5
        assert all(("Telefon" in page) for page in pages(path))


def test_call_sheet_with_many_open_call_backs_prints_each_once_in_order(db, executive, tmp_path):
    from datetime import UTC, datetime, timedelta

    from opsassistant.reports import call_sheet
    from opsassistant.services.calls.logging import CallData, log_call

    morning = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)
    for i in range(160):  # deadlines in reverse of logging order: the sheet orders by deadline
        log_call(CallData(number=f"2030{i:04d}", name=f"Caller{i:03d}", principal_id=executive.id,
                          please_call=True, message=f"Message {i}", when=morning - timedelta(days=3, minutes=i),
                          callback_by=morning + timedelta(hours=200 - i)))
    log_call(CallData(number="20999999", name="Undated", principal_id=executive.id, please_call=True,
                      when=morning - timedelta(days=4)))
    path = call_sheet.build("2026-03-02", tmp_path / "sheet.pdf", lang="en")
    text = "\n".join(pages(path))
    assert [int(n) for n in re.findall(r"Caller(\d{3})", text)] == list(range(159, -1, -1))
    assert text.index("Caller000") < text.index("Undated")  # those without a deadline come last
    assert len(pages(path)) >= 4 and all("Call back by" in page for page in pages(path)[1:])
