"""The one date/time field: read when left, never clamped while typing, messages next to it, both languages."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from opsassistant.db.models import Trip
from opsassistant.gui.common.date_input import DateInput
from opsassistant.gui.travel.trip_editor import TripEditorDialog


def _editor(qtbot):
    dialog = TripEditorDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def _type(qtbot, field: DateInput, text: str) -> None:
    field.setFocus()
    field.edit.selectAll()
    qtbot.keyClicks(field.edit, text)


def test_typed_danish_date_is_read_when_the_field_is_left(qtbot, executive):
    dialog = _editor(qtbot)
    ui = dialog.ui
    qtbot.keyClicks(ui.titleEdit, "Aarhus")
    _type(qtbot, ui.startDateEdit, "3.12.2026")
    assert ui.startDateEdit.text() == "3.12.2026"  # nothing reformatted or clamped while typing
    qtbot.keyClick(ui.startDateEdit.edit, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is ui.endDateEdit.edit  # Tab leaves the date, not its day part
    assert ui.startDateEdit.value() == date(2026, 12, 3)
    assert ui.endDateEdit.value() == date(2026, 12, 3)  # the end follows a start after it
    _type(qtbot, ui.endDateEdit, "2026-12-05")
    ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).click()
    trip = Trip.get()
    assert (trip.start_date, trip.end_date) == (date(2026, 12, 3), date(2026, 12, 5))


def test_garbage_stays_as_typed_with_a_message_and_blocks_save_until_fixed(qtbot, executive):
    dialog = _editor(qtbot)
    ui = dialog.ui
    qtbot.keyClicks(ui.titleEdit, "Aarhus")
    _type(qtbot, ui.startDateEdit, "givet1012027")
    qtbot.keyClick(ui.startDateEdit.edit, Qt.Key.Key_Tab)
    assert ui.startDateEdit.text() == "givet1012027"
    assert ui.startDateEdit.message.isVisible()
    assert "is not a date" in ui.startDateEdit.message.text()
    ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).click()
    assert dialog.isVisible() and Trip.select().count() == 0
    ui.startDateEdit.edit.setFocus()
    ui.startDateEdit.edit.selectAll()
    qtbot.keyClicks(ui.startDateEdit.edit, "10.1.2027")
    assert not ui.startDateEdit.message.isVisible()  # the message goes as soon as the text is right
    ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).click()
    assert Trip.get().start_date == date(2027, 1, 10)


def test_minimum_is_checked_when_left_not_while_typing(qtbot, db):
    field = DateInput()
    qtbot.addWidget(field)
    field.show()
    field.setMinimumDate(QDate(2026, 12, 1))
    field.setDate(QDate(2026, 12, 10))
    _type(qtbot, field, "1")
    assert field.text() == "1"
    _type(qtbot, field, "1.11.2026")
    assert not field.commit()
    assert field.text() == "1.11.2026" and field.value() == date(2026, 12, 10)
    assert "on or after" in field.message.text()


def test_calendar_opens_at_the_date_shown_or_today(qtbot, executive):
    dialog = _editor(qtbot)
    field = dialog.ui.startDateEdit
    assert field.value() is None  # a new trip has no dates yet
    field.open_calendar()
    assert field._calendar.selectedDate() == QDate.currentDate()
    field._calendar.clicked.emit(QDate(2026, 12, 24))
    assert field.value() == date(2026, 12, 24)


def test_message_in_danish(qtbot, executive, danish):
    dialog = _editor(qtbot)
    field = dialog.ui.startDateEdit
    _type(qtbot, field, "31.2.2026")
    assert not field.commit()
    assert field.message.text() == "“31.2.2026” er ikke en dag i kalenderen."
    _type(qtbot, field, "i morgen")
    assert field.commit()
    assert field.value() == date.fromordinal(date.today().toordinal() + 1)
    assert field.text() == field.value().strftime("%d.%m.%Y")


def test_qt_file_dialog_speaks_danish(qtbot, danish):
    from PySide6.QtWidgets import QFileDialog, QLabel

    dialog = QFileDialog(None, "x")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    texts = {label.text() for label in dialog.findChildren(QLabel)}
    assert {"&Kig i:", "Filer af &type:"} <= texts


def test_trip_message_goes_when_the_title_is_typed(qtbot, executive):
    dialog = _editor(qtbot)
    dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).click()
    assert dialog.ui.titleError.text()
    qtbot.keyClicks(dialog.ui.titleEdit, "A")
    assert not dialog.ui.titleError.text()


def test_segment_message_gets_the_field_width_and_goes_when_fixed(qtbot, executive):
    from opsassistant.gui.travel.segment_editor import SegmentEditorDialog
    from opsassistant.services.travel import trips
    from opsassistant.services.travel.trips import TripData

    trip = trips.save(TripData(title="Tokyo", traveller_ids=[executive.id]))
    dialog = SegmentEditorDialog(trip.id)
    qtbot.addWidget(dialog)
    dialog.resize(620, 640)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.ui.fromCodeEdit, "QQX")
    dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).click()
    label = dialog.ui.fromCodeError
    assert label.isVisible() and label.width() >= dialog.ui.fromCodeEdit.width() * 0.9  # not a narrow clipped strip
    qtbot.keyClick(dialog.ui.fromCodeEdit, Qt.Key.Key_Backspace)
    assert not label.text()
    dialog._initial = dialog.collect()
