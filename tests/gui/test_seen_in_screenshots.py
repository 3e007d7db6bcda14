"""Defects seen in the screenshots at 1366×768, each held by a test: whole dates and zones in the editors, the
e-mail hints at the form's width, Today's answers readable beside reception."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import shiboken6
from PySide6.QtWidgets import QApplication

from opsassistant.gui.language_switch import set_language


def _room(line_edit) -> int:
    """The width a line edit has for its text (its frame, margins and action icons taken off)."""
    return line_edit.contentsRect().width() - line_edit.textMargins().left() - line_edit.textMargins().right()


def test_event_editor_shows_whole_dates_and_zones_in_english(qtbot, executive):
    from opsassistant.gui.calendar.editor import EventEditor
    from opsassistant.services.calendar.editing import EventData

    set_language("en", remember=False)
    start = datetime(2026, 10, 19, 9, tzinfo=ZoneInfo("Europe/Copenhagen"))
    dialog = EventEditor(None, EventData(title="Ledermøde", start=start, end=start + timedelta(hours=1),
                                         start_timezone="Europe/Copenhagen", end_timezone="Europe/Copenhagen",
                                         principal_ids=[executive.id]))
    try:
        dialog.show()
        qtbot.waitExposed(dialog)
        QApplication.processEvents()
        for field in (dialog.ui.startDateEdit, dialog.ui.endDateEdit):
            assert field.text() == "19/10/2026"
            # the calendar button takes its part of the field: the digits still fit beside it
            assert field.edit.fontMetrics().horizontalAdvance(field.text()) < _room(field.edit) - 20
        combo = dialog.ui.startZoneCombo
        assert combo.currentText() == "Copenhagen — UTC+1 (Europe/Copenhagen)"
        assert combo.fontMetrics().horizontalAdvance(combo.currentText()) <= _room(combo.lineEdit())
    finally:
        dialog.hide()
        shiboken6.delete(dialog)


def test_mail_hints_use_the_width_of_the_settings_form(qtbot, executive):
    from opsassistant.gui.settings_dialog import SettingsDialog

    dialog = SettingsDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ui.tabs.setCurrentWidget(dialog.mail_page)
    qtbot.waitExposed(dialog)
    QApplication.processEvents()
    page = dialog.mail_page.ui
    for hint in (page.senderHint, page.passwordHint, page.smsHint):
        assert hint.width() >= page.hostEdit.width() - 2  # as wide as the fields, not a narrow column
        assert hint.height() >= hint.heightForWidth(hint.width())  # and tall enough: nothing clipped


def test_todays_answers_read_beside_reception_at_1366(qtbot, main_window):
    from PySide6.QtCore import Qt

    from opsassistant.services.demo import fill_demo

    fill_demo()
    main_window.resize(1366, 768)
    main_window.show_area("today")
    today = main_window.panel("today")
    today.refresh()
    QApplication.processEvents()
    box, reception = today.answers_box, today.reception
    assert box.list.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    assert box.width() >= 0.5 * reception.width()  # 2 : 3 of the row, not what the buttons leave
    assert box.list.count() >= 1
    item = box.list.item(0)
    assert item.toolTip() == item.text()  # a sentence cut with "…" is whole in its tooltip
