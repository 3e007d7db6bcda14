"""The contacts table model shows what the search finds, from the short first read to far down the list, and
answers each cell's roles (the text cache and the short first read never show a stale or missing row)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from opsassistant.devtools.bench_contacts import seed
from opsassistant.gui.contacts import models
from opsassistant.services.contacts import editing
from opsassistant.services.contacts.editing import ContactData, PhoneData
from opsassistant.services.contacts.search import ContactFilters, ContactSource


@pytest.fixture
def panel(qtbot, db):
    from opsassistant.gui.contacts.panel import ContactsPanel
    from opsassistant.gui.language_switch import set_language

    set_language("en", remember=False)  # as the app starts: English plural forms ("1 contact", "550 contacts")
    seed(3000)
    editing.save(ContactData(first_name="Vera", last_name="Vip", vip=True, favourite=True,
                             phones=[PhoneData("+45 33 12 34 56")]))
    widget = ContactsPanel()
    qtbot.addWidget(widget)
    widget.resize(1100, 650)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _shown(model, row: int) -> list[str]:
    return [model.data(model.index(row, column)) for column in range(model.columnCount())]


def test_typed_search_shows_every_match_from_the_first_rows_to_the_last(panel, qtbot):
    qtbot.keyClicks(panel.ui.searchEdit, "h")
    model = panel.model
    expected = ContactSource().fetch(ContactFilters(search="h"), None, False, 0, 10_000)
    assert len(expected) > models.HEAD + 200  # the short first read, page 0 and a later page all used
    # At once: the first rows, and a label that says there are more (the total is counted on another thread,
    # and its answer can only arrive through the event loop, which has not run yet).
    assert model.rowCount() == models.HEAD and model.total is None and model.more
    assert panel.ui.countLabel.text() == f"{models.HEAD}+ contacts"
    assert panel.ui.contactTable.currentIndex().row() == 0
    assert _shown(model, 0)[0] == ("★ " if expected[0].favourite else "") + expected[0].name
    qtbot.waitUntil(lambda: model.total is not None)
    assert model.total == model.rowCount() == len(expected)
    assert panel.ui.countLabel.text() == f"{len(expected)} contacts"
    for row in (0, models.HEAD - 1, models.HEAD, 250, len(expected) - 1):
        assert _shown(model, row)[0] == ("★ " if expected[row].favourite else "") + expected[row].name
        assert _shown(model, row)[4] == expected[row].email
    qtbot.keyClicks(panel.ui.searchEdit, "ans")  # "hans": fewer rows, no text left over from "h"
    narrower = ContactSource().fetch(ContactFilters(search="hans"), None, False, 0, 10_000)
    qtbot.waitUntil(lambda: model.total is not None)
    assert model.rowCount() == len(narrower)
    assert [_shown(model, r)[0].lstrip("★ ") for r in range(len(narrower))] == [r.name for r in narrower]
    assert panel.ui.countLabel.text() == f"{len(narrower)} contacts"


def test_few_matches_are_counted_at_once_and_none_says_so(panel, qtbot):
    qtbot.keyClicks(panel.ui.searchEdit, "vera")
    assert panel.model.total == 1 and not panel.model.more  # no more than HEAD rows: the first read counted them
    assert panel.ui.countLabel.text() == "1 contact"
    assert rows_named(panel) == ["★ Vera Vip"]
    qtbot.keyClicks(panel.ui.searchEdit, "zzz")
    assert panel.model.rowCount() == 0 and panel.ui.countLabel.text() == ""
    assert panel.ui.listStack.currentWidget() is panel.ui.emptyLabel


def test_scrolling_to_the_end_before_the_count_arrives_reads_the_next_page(panel, qtbot):
    qtbot.keyClicks(panel.ui.searchEdit, "h")
    model = panel.model
    model.stop_counting()  # as if the count were still running: only what was read is known
    expected = ContactSource().fetch(ContactFilters(search="h"), None, False, 0, 10_000)
    panel.ui.contactTable.scrollToBottom()  # the view asks for more at the end
    assert model.rowCount() == models.HEAD + 200 and model.more
    assert panel.ui.countLabel.text() == f"{models.HEAD + 200}+ contacts"
    assert [_shown(model, r)[0] for r in range(model.rowCount())] == [
        ("★ " if e.favourite else "") + e.name for e in expected[:model.rowCount()]]


def rows_named(panel) -> list[str]:
    return [_shown(panel.model, r)[0] for r in range(panel.model.rowCount())]


def test_roles_of_the_cells(panel, qtbot):
    qtbot.keyClicks(panel.ui.searchEdit, "vera vip")
    model = panel.model
    assert model.rowCount() == 1
    assert _shown(model, 0)[:1] == ["★ Vera Vip"]
    assert _shown(model, 0)[3] == "33 12 34 56"  # the number formatted for reading
    assert model.data(model.index(0, 0), Qt.ItemDataRole.FontRole).bold()
    assert model.data(model.index(0, 1), Qt.ItemDataRole.FontRole) is None
    assert model.data(model.index(0, 0), Qt.ItemDataRole.BackgroundRole) is None
    assert model.data(model.index(0, 3), Qt.ItemDataRole.TextAlignmentRole) == int(
        Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    assert model.data(model.index(0, 0), model.RowRole).name == "Vera Vip"
    editing.save(ContactData(first_name="Vera", last_name="Vip", phones=[PhoneData("+45 44 55 66 77")]),
                 model.row_at(0).id)
    panel.refresh()  # after a write the cells are made again
    assert _shown(model, 0)[:1] == ["Vera Vip"] and _shown(model, 0)[3] == "44 55 66 77"


def test_after_a_write_a_contact_far_down_the_list_is_found_and_selected(panel, qtbot):
    # "christensen åge" sorts after every Andersen and Christensen: well below the first HEAD rows
    last = editing.save(ContactData(first_name="Åge", last_name="Christensen", phones=[PhoneData("20 99 99 99")]))
    panel.refresh()  # what a write does: the total is known at once, not after typing pauses
    assert panel.model.total == panel.model.rowCount() == 3002
    panel.select_contact(last.id)
    assert panel.current_id() == last.id
    assert panel.ui.contactTable.currentIndex().row() > models.HEAD
    assert "20 99 99 99" in panel.ui.detailBrowser.toPlainText()
