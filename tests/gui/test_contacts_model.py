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
    assert model.rowCount() == len(expected)
    assert panel.ui.contactTable.currentIndex().row() == 0
    for row in (0, models.HEAD - 1, models.HEAD, 250, len(expected) - 1):
        assert _shown(model, row)[0] == ("★ " if expected[row].favourite else "") + expected[row].name
        assert _shown(model, row)[4] == expected[row].email
    qtbot.keyClicks(panel.ui.searchEdit, "ans")  # "hans": fewer rows, no text left over from "h"
    narrower = ContactSource().fetch(ContactFilters(search="hans"), None, False, 0, 10_000)
    assert model.rowCount() == len(narrower)
    assert [_shown(model, r)[0].lstrip("★ ") for r in range(len(narrower))] == [r.name for r in narrower]


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
