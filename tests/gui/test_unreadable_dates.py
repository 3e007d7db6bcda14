"""Every editor with a date or time field: Save stops at a date typed as text that cannot be read — the editor
stays open, one sentence under that field, the keyboard in it, and nothing is saved."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from shiboken6 import isValid

from opsassistant.db.models import Contact, Event, Expense, Outing, Trip, TripSegment
from opsassistant.db.models.reception import Visitor
from opsassistant.gui.common.date_input import _TemporalInput

_OPEN: list = []


@pytest.fixture(autouse=True)
def delete_the_editors():
    """An editor left with unsaved text keeps itself open when closed (it asks first): delete it outright, so it
    does not live on into the next test's database and language switches."""
    yield
    while _OPEN:
        dialog = _OPEN.pop()
        if isValid(dialog):
            dialog.hide()
            shiboken6.delete(dialog)


def _show(qtbot, dialog):
    _OPEN.append(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _type(qtbot, field: _TemporalInput, text: str) -> None:
    field.edit.setFocus()
    field.edit.selectAll()
    qtbot.keyClicks(field.edit, text)


def _save(qtbot, dialog, box=None) -> None:
    box = box if box is not None else dialog.ui.buttonBox
    qtbot.mouseClick(box.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)


def _stopped_at(dialog, field: _TemporalInput, typed: str) -> None:
    assert dialog.isVisible()
    assert field.text() == typed  # left as typed, never turned into another date
    assert field.message.isVisible()
    sentence = field.message.text()
    quoted = sentence[1:sentence.index("”")]
    assert sentence.startswith("“") and quoted in typed and "\n" not in sentence  # says what it could not read
    shown = [f for f in dialog.findChildren(_TemporalInput) if f.message.isVisible()]
    assert shown == [field]  # one sentence, under the field that has the problem
    assert dialog.focusWidget() is field.edit  # the keyboard is put back in the field


def test_contact_birthday(qtbot, db):
    from opsassistant.gui.contacts.editor import ContactEditor

    dialog = _show(qtbot, ContactEditor())
    qtbot.keyClicks(dialog.ui.firstNameEdit, "Karen")
    qtbot.mouseClick(dialog.ui.birthdayCheck, Qt.MouseButton.LeftButton, pos=dialog.ui.birthdayCheck.rect().center())
    assert dialog.ui.birthdayCheck.isChecked()
    _type(qtbot, dialog.ui.birthdayEdit, "30.2.1990")
    _save(qtbot, dialog)
    _stopped_at(dialog, dialog.ui.birthdayEdit, "30.2.1990")
    assert dialog.result_data is None
    qtbot.keyClick(dialog.ui.birthdayEdit.edit, Qt.Key.Key_Return)  # Enter saves — and stops there too
    _stopped_at(dialog, dialog.ui.birthdayEdit, "30.2.1990")
    assert dialog.result_data is None and Contact.select().count() == 0
    _type(qtbot, dialog.ui.birthdayEdit, "28.2.1990")
    _save(qtbot, dialog)
    assert not dialog.isVisible() and dialog.result_data.birthday.isoformat() == "1990-02-28"


def test_contact_birthday_through_the_panel_saves_nothing(qtbot, main_window):
    main_window.show_area("contacts")
    panel = main_window.panel("contacts")
    dialog = panel.new_item()
    qtbot.keyClicks(dialog.ui.firstNameEdit, "Karen")
    dialog.ui.birthdayCheck.setChecked(True)
    _type(qtbot, dialog.ui.birthdayEdit, "fødselsdag")
    _save(qtbot, dialog)
    _stopped_at(dialog, dialog.ui.birthdayEdit, "fødselsdag")
    assert Contact.select().count() == 0


def test_event_editor_start_date_and_time(qtbot, executive):
    from opsassistant.gui.calendar.editor import EventEditor
    from opsassistant.services.calendar.editing import EventData

    start = datetime(2026, 12, 3, 10, tzinfo=ZoneInfo("Europe/Copenhagen"))
    dialog = _show(qtbot, EventEditor(None, EventData(title="", start=start, end=start + timedelta(hours=1),
                                                      principal_ids=[executive.id])))
    qtbot.keyClicks(dialog.ui.titleEdit, "Bestyrelsesmøde")
    _type(qtbot, dialog.ui.startDateEdit, "3.13.2026")
    _save(qtbot, dialog)
    _stopped_at(dialog, dialog.ui.startDateEdit, "3.13.2026")
    _type(qtbot, dialog.ui.startDateEdit, "3.12.2026")
    _type(qtbot, dialog.ui.startTimeEdit, "25.70")
    _save(qtbot, dialog)
    _stopped_at(dialog, dialog.ui.startTimeEdit, "25.70")
    assert Event.select().count() == 0


def test_trip_editor(qtbot, executive):
    from opsassistant.gui.travel.trip_editor import TripEditorDialog

    dialog = _show(qtbot, TripEditorDialog())
    qtbot.keyClicks(dialog.ui.titleEdit, "Tokyo")
    _type(qtbot, dialog.ui.endDateEdit, "næste fredag")
    _save(qtbot, dialog)
    _stopped_at(dialog, dialog.ui.endDateEdit, "næste fredag")
    assert Trip.select().count() == 0


def test_trip_segment_editor(qtbot, executive):
    from opsassistant.gui.travel.segment_editor import SegmentEditorDialog
    from opsassistant.services.travel import trips

    trip = trips.save(trips.TripData(title="Tokyo", traveller_ids=[executive.id]))
    dialog = _show(qtbot, SegmentEditorDialog(trip.id))
    qtbot.keyClicks(dialog.ui.titleEdit, "SK 983")
    _type(qtbot, dialog.ui.startEdit, "3.12.2026 kl. 99")
    _save(qtbot, dialog)
    _stopped_at(dialog, dialog.ui.startEdit, "3.12.2026 kl. 99")
    assert TripSegment.select().count() == 0


def test_outing_editor(qtbot, executive):
    from opsassistant.gui.outings.outing_editor import OutingEditorDialog

    dialog = _show(qtbot, OutingEditorDialog())
    qtbot.keyClicks(dialog.ui.titleEdit, "Julefrokost")
    _type(qtbot, dialog.ui.startEdit, "32.12.2026 18.00")
    _save(qtbot, dialog)
    _stopped_at(dialog, dialog.ui.startEdit, "32.12.2026 18.00")
    assert Outing.select().count() == 0


def test_expense_dialog(qtbot, executive):
    from opsassistant.gui.outings.expense_dialog import ExpenseDialog
    from opsassistant.services.outings import editing

    outing = editing.save(editing.OutingData(title="Julefrokost",
                                             start=datetime(2026, 12, 11, 18, tzinfo=ZoneInfo("Europe/Copenhagen")),
                                             end=datetime(2026, 12, 11, 23, tzinfo=ZoneInfo("Europe/Copenhagen"))))
    dialog = _show(qtbot, ExpenseDialog(outing.id))
    qtbot.keyClicks(dialog.ui.descriptionEdit, "Vin")
    qtbot.keyClicks(dialog.ui.amountEdit, "1200")
    _type(qtbot, dialog.ui.dateEdit, "i overmorgen igen")
    _save(qtbot, dialog)
    _stopped_at(dialog, dialog.ui.dateEdit, "i overmorgen igen")
    assert Expense.select().count() == 0


def test_reception_guest_expected_time(qtbot, executive):
    from opsassistant.gui.reception.visitor_dialog import VisitorDialog

    dialog = _show(qtbot, VisitorDialog())
    qtbot.keyClicks(dialog.name_edit, "Hanako Yamada")
    _type(qtbot, dialog.when_edit, "i dag kl. 27")
    _save(qtbot, dialog, dialog.buttons)
    _stopped_at(dialog, dialog.when_edit, "i dag kl. 27")
    assert Visitor.select().count() == 0
    _type(qtbot, dialog.when_edit, "3.12.2026 14.30")
    _save(qtbot, dialog, dialog.buttons)
    assert not dialog.isVisible()
    assert Visitor.get().name == "Hanako Yamada"


def test_event_editor_until_date_on_the_repeats_tab_not_shown(qtbot, executive):
    """A field on a tab that is not in front is checked too, and its tab comes to the front."""
    from opsassistant.gui.calendar.editor import EventEditor
    from opsassistant.services.calendar.editing import EventData

    start = datetime(2026, 12, 3, 10, tzinfo=ZoneInfo("Europe/Copenhagen"))
    dialog = _show(qtbot, EventEditor(None, EventData(title="Ledermøde", start=start, end=start + timedelta(hours=1),
                                                      principal_ids=[executive.id])))
    ui = dialog.ui
    ui.tabs.setCurrentWidget(ui.repeatTab)
    ui.repeatCombo.setCurrentIndex(ui.repeatCombo.findData("weekly"))
    ui.endsCombo.setCurrentIndex(ui.endsCombo.findData("until"))
    assert ui.untilDateEdit.isEnabled()
    _type(qtbot, ui.untilDateEdit, "til påske")
    ui.tabs.setCurrentIndex(0)  # back to the appointment, then Save
    _save(qtbot, dialog)
    assert ui.tabs.currentIndex() == 1  # the repeats tab came to the front, at the field
    _stopped_at(dialog, ui.untilDateEdit, "til påske")
    assert Event.select().count() == 0


def test_trip_bookkeeping_drive_date(qtbot, executive):
    from opsassistant.db.models.reception import DrivingLogEntry
    from opsassistant.gui.travel.bookkeeping_dialog import BookkeepingDialog
    from opsassistant.services.travel import trips

    trip = trips.save(trips.TripData(title="Tokyo", traveller_ids=[executive.id]))
    dialog = _show(qtbot, BookkeepingDialog(trip.id))
    qtbot.mouseClick(dialog.add_drive_button, Qt.MouseButton.LeftButton)
    field = dialog.drives.cellWidget(0, 0)
    assert isinstance(field, _TemporalInput)
    _type(qtbot, field, "32.12.2026")
    dialog.tabs.setCurrentIndex(2)
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.tabs.currentIndex() == 0
    assert field.text() == "32.12.2026" and dialog.focusWidget() is field.edit
    assert dialog.error_label.text() == field.error() and field.error().startswith("“32.12.2026”")
    assert DrivingLogEntry.select().count() == 0
