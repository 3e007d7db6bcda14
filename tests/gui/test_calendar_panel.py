"""The calendar panel driven like a user: type a new appointment, drag it, see the overlap, find a time."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QPointF, Qt, QTime
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from opsassistant.db.models import Event
from opsassistant.services.calendar import editing, occurrences
from opsassistant.services.calendar.editing import EventData
from tests.gui.conftest import CALENDAR_MONDAY

CPH = ZoneInfo("Europe/Copenhagen")
MONDAY = CALENDAR_MONDAY


@pytest.fixture
def panel(calendar_week_panel):
    return calendar_week_panel


def _mouse(widget, kind, pos, buttons=Qt.MouseButton.LeftButton):
    button = Qt.MouseButton.LeftButton
    event = QMouseEvent(kind, QPointF(pos), widget.mapToGlobal(QPointF(pos)), button, buttons,
                        Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, event)


def test_create_an_appointment_by_typing(qtbot, panel, executive):
    dialog = panel.new_item(datetime(2026, 4, 14, 10, 0, tzinfo=CPH))
    qtbot.keyClicks(dialog.ui.titleEdit, "Budgetmøde")
    qtbot.keyClicks(dialog.ui.locationEdit, "Mødelokale 2")
    dialog.ui.endTimeEdit.setTime(QTime(11, 30))
    dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).click()
    event = Event.get(Event.title == "Budgetmøde")
    assert event.location == "Mødelokale 2"
    assert event.start_utc == datetime(2026, 4, 14, 8, 0, tzinfo=UTC)
    assert event.end_utc == datetime(2026, 4, 14, 9, 30, tzinfo=UTC)
    assert [link.principal_id for link in event.principal_links] == [executive.id]
    assert any(o.title == "Budgetmøde" for o in panel.shown)


def test_empty_title_is_refused_next_to_the_field(qtbot, panel):
    dialog = panel.new_item(datetime(2026, 4, 14, 10, 0, tzinfo=CPH))
    dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).click()
    assert dialog.isVisible() and "title" in dialog.ui.errorLabel.text()
    assert Event.select().count() == 0
    dialog._dirty = False
    dialog.reject()


def test_drag_in_week_view_moves_and_undo_restores(qtbot, panel, executive):
    editing.create(EventData(title="Status", start=datetime(2026, 4, 14, 10, tzinfo=CPH),
                             end=datetime(2026, 4, 14, 11, tzinfo=CPH), principal_ids=[executive.id]))
    panel.refresh()
    view = panel.time_view
    view.scroll_to(8 * 60)
    (block,) = view.blocks
    rect = view.block_rect(block)
    start = rect.center().toPoint()
    target = start + view.rect().topLeft()
    target.setY(start.y() + view.hour_height)  # one hour later
    target.setX(int(start.x() + view._day_width()))  # one day later
    _mouse(view, QMouseEvent.Type.MouseButtonPress, start)
    _mouse(view, QMouseEvent.Type.MouseMove, target)
    _mouse(view, QMouseEvent.Type.MouseButtonRelease, target, Qt.MouseButton.NoButton)
    event = Event.get(Event.title == "Status")
    assert event.start_utc.astimezone(CPH) == datetime(2026, 4, 15, 11, tzinfo=CPH)
    assert event.end_utc - event.start_utc == timedelta(hours=1)
    panel.undo_stack.undo()
    assert Event.get(Event.title == "Status").start_utc.astimezone(CPH) == datetime(2026, 4, 14, 10, tzinfo=CPH)


def test_resize_a_series_occurrence_becomes_an_override(qtbot, panel, executive):
    series = editing.create(EventData(title="Ugemøde", start=datetime(2026, 4, 6, 9, tzinfo=CPH),
                                      end=datetime(2026, 4, 6, 10, tzinfo=CPH), rrule="FREQ=WEEKLY",
                                      principal_ids=[executive.id]))
    panel.refresh()
    view = panel.time_view
    view.scroll_to(8 * 60)
    (block,) = view.blocks
    rect = view.block_rect(block)
    edge = rect.bottomLeft().toPoint() + view.rect().topLeft()
    edge.setX(int(rect.center().x()))
    edge.setY(int(rect.bottom()) - 2)
    lower = edge + view.rect().topLeft()
    lower.setY(edge.y() + view.hour_height // 2)
    _mouse(view, QMouseEvent.Type.MouseButtonPress, edge)
    _mouse(view, QMouseEvent.Type.MouseMove, lower)
    _mouse(view, QMouseEvent.Type.MouseButtonRelease, lower, Qt.MouseButton.NoButton)
    override = Event.get(Event.series == series.id)
    assert override.end_utc.astimezone(CPH) == datetime(2026, 4, 13, 10, 30, tzinfo=CPH)
    others = occurrences.between(datetime(2026, 4, 20, tzinfo=CPH), datetime(2026, 4, 21, tzinfo=CPH))
    assert others[0].end.hour == 10 and others[0].end.minute == 0
    panel.undo_stack.undo()
    assert Event.select().where(Event.series == series.id).count() == 0


def test_overlap_warning_names_the_other_appointment(qtbot, panel, executive):
    editing.create(EventData(title="Bestyrelsesmøde", start=datetime(2026, 4, 14, 9, tzinfo=CPH),
                             end=datetime(2026, 4, 14, 11, tzinfo=CPH), principal_ids=[executive.id]))
    dialog = panel.new_item(datetime(2026, 4, 14, 10, 0, tzinfo=CPH))
    dialog.check_conflicts()
    assert "Bestyrelsesmøde" in dialog.ui.conflictLabel.text()
    assert "Karen Holm" in dialog.ui.conflictLabel.text()
    dialog.ui.startTimeEdit.setTime(QTime(12, 0))
    dialog.ui.endTimeEdit.setTime(QTime(13, 0))
    dialog.check_conflicts()
    assert dialog.ui.conflictLabel.text() == ""
    dialog._dirty = False
    dialog.reject()


def test_find_a_time_answers(qtbot, panel, executive, team_member):
    dialog = panel.find_a_time()
    dialog.after = datetime(2026, 4, 14, 8, 0, tzinfo=CPH)
    editing.create(EventData(title="Optaget", start=datetime(2026, 4, 14, 8, 30, tzinfo=CPH),
                             end=datetime(2026, 4, 14, 12, tzinfo=CPH), principal_ids=[team_member.id]))
    for row in range(dialog.ui.principalList.count()):
        dialog.ui.principalList.item(row).setCheckState(Qt.CheckState.Checked)
    qtbot.mouseClick(dialog.ui.searchButton, Qt.MouseButton.LeftButton)
    assert dialog.ui.slotList.count() >= 1
    first = dialog.ui.slotList.item(0).data(Qt.ItemDataRole.UserRole)
    assert first[0] == datetime(2026, 4, 14, 12, 0, tzinfo=CPH)


def test_generated_event_opens_read_only(qtbot, panel):
    editing.create(EventData(title="Sommerfest", start=datetime(2026, 4, 15, 14, tzinfo=CPH),
                             end=datetime(2026, 4, 15, 18, tzinfo=CPH), source="outing:7"))
    panel.refresh()
    (occ,) = [o for o in panel.shown if o.title == "Sommerfest"]
    dialog = panel.open_occurrence(occ)
    assert "Outings" in dialog.ui.scopeLabel.text()
    assert not dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).isEnabled()
    dialog.reject()


def test_keyboard_navigation_and_views(qtbot, panel):
    panel.time_view.setFocus()
    qtbot.keyClick(panel.time_view, Qt.Key.Key_PageDown)
    assert panel.anchor == MONDAY + timedelta(days=7)
    qtbot.keyClick(panel.time_view, Qt.Key.Key_Left, Qt.KeyboardModifier.ControlModifier)
    assert panel.anchor == MONDAY
    qtbot.keyClick(panel.stack.currentWidget(), Qt.Key.Key_4,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
    assert panel.view == "month" and panel.stack.currentWidget() is panel.month_view
    panel.anchor = date(2026, 1, 1)
    qtbot.keyClick(panel.month_view, Qt.Key.Key_T)
    assert panel.anchor == MONDAY
    assert "Week 16" in panel.view_buttons["week"].toolTip() or "Ctrl+Alt+3" in panel.view_buttons["week"].toolTip()


def test_hiding_a_principal_hides_their_appointments(qtbot, panel, executive, team_member):
    editing.create(EventData(title="Mads' møde", start=datetime(2026, 4, 14, 9, tzinfo=CPH),
                             end=datetime(2026, 4, 14, 10, tzinfo=CPH), principal_ids=[team_member.id]))
    panel.refresh()
    assert [o.title for o in panel.shown] == ["Mads' møde"]
    item = panel.principal_list.item(1)
    item.setCheckState(Qt.CheckState.Unchecked)
    assert panel.shown == []


def test_danish_labels_and_week_number(qtbot, panel):
    from opsassistant.gui.language_switch import LanguageSwitcher

    switch = LanguageSwitcher()
    switch.apply("da", remember=False)
    QApplication.processEvents()
    try:
        assert panel.view_buttons["month"].text() == "Måned"
        assert panel.title_label.text().startswith("Uge 16")
    finally:
        switch.apply("en", remember=False)
        QApplication.processEvents()
    assert panel.title_label.text().startswith("Week 16")


def test_reminder_snooze_and_dismiss(qtbot, panel):
    from opsassistant.gui.calendar.reminder_notifier import ReminderNotifier

    editing.create(EventData(title="Ring til Jens", start=datetime(2026, 4, 14, 10, tzinfo=CPH),
                             end=datetime(2026, 4, 14, 10, 15, tzinfo=CPH), reminder_minutes=10))
    notifier = ReminderNotifier(panel)
    notifier.now = lambda: datetime(2026, 4, 14, 9, 51, tzinfo=CPH)
    (dialog,) = notifier.check()
    assert dialog.ui.titleLabel.text() == "Ring til Jens"
    qtbot.mouseClick(dialog.ui.snoozeButton, Qt.MouseButton.LeftButton)
    assert notifier.check() == []
    notifier.now = lambda: datetime(2026, 4, 14, 9, 57, tzinfo=CPH)
    (again,) = notifier.check()
    qtbot.mouseClick(again.ui.dismissButton, Qt.MouseButton.LeftButton)
    notifier.now = lambda: datetime(2026, 4, 14, 10, 5, tzinfo=CPH)
    assert notifier.check() == []


def test_book_this_time_keeps_the_people_and_the_length(qtbot, panel, executive, team_member):
    dialog = panel.find_a_time()
    dialog.after = datetime(2026, 4, 14, 8, 0, tzinfo=CPH)
    for row in range(dialog.ui.principalList.count()):
        dialog.ui.principalList.item(row).setCheckState(Qt.CheckState.Checked)
    dialog.ui.durationSpin.setValue(90)
    qtbot.mouseClick(dialog.ui.searchButton, Qt.MouseButton.LeftButton)
    start, end = dialog.ui.slotList.item(0).data(Qt.ItemDataRole.UserRole)
    dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click()
    editor = panel.editor
    assert editor is not dialog and editor.isVisible()
    assert sorted(editor.principal_ids()) == sorted([executive.id, team_member.id])
    qtbot.keyClicks(editor.ui.titleEdit, "Strategimøde")
    editor.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).click()
    event = Event.get(Event.title == "Strategimøde")
    assert event.start_utc == start.astimezone(UTC) and event.end_utc - event.start_utc == timedelta(minutes=90)
    assert sorted(link.principal_id for link in event.principal_links) == sorted([executive.id, team_member.id])


def test_book_this_time_keeps_the_other_attendees_typed_there(qtbot, panel, executive):
    dialog = panel.find_a_time()
    dialog.after = datetime(2026, 4, 14, 8, 0, tzinfo=CPH)
    qtbot.keyClicks(dialog.ui.attendeesEdit, "Ole Berg <ole@example.dk>, lise@example.dk")
    qtbot.mouseClick(dialog.ui.searchButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.ui.slotList.count() > 0, timeout=10_000)  # after the free/busy worker answered
    dialog.ui.slotList.setCurrentRow(0)
    dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click()
    editor = panel.editor
    assert editor is not dialog and editor.isVisible()
    qtbot.keyClicks(editor.ui.titleEdit, "Budgetmøde")
    editor.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).click()
    event = Event.get(Event.title == "Budgetmøde")
    assert sorted((a.name, a.email) for a in event.attendees) == [("", "lise@example.dk"), ("Ole Berg", "ole@example.dk")]


def test_new_appointment_focuses_the_title_starts_in_working_hours_and_the_end_follows(qtbot, panel, executive):
    panel.go_to(date.today() + timedelta(days=7))
    dialog = panel.new_item()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    assert QApplication.focusWidget() is dialog.ui.titleEdit
    start = dialog.ui.startTimeEdit.time()
    assert QTime(8, 30) <= start <= QTime(15, 30)  # within the executive's working day, not 22.00
    assert dialog.ui.startTimeEdit.time().secsTo(dialog.ui.endTimeEdit.time()) == 3600
    dialog.ui.startTimeEdit.setFocus()
    dialog.ui.startTimeEdit.edit.selectAll()
    qtbot.keyClicks(dialog.ui.startTimeEdit.edit, "10")
    qtbot.keyClick(dialog.ui.startTimeEdit.edit, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not dialog.ui.startTimeEdit.edit  # Tab leaves the time
    assert dialog.ui.endTimeEdit.time() == QTime(11, 0)  # the end follows: 10.00 start, 11.00 end
    dialog.ui.endTimeEdit.setTime(QTime(12, 0))
    dialog.ui.startTimeEdit.setTime(QTime(13, 0))
    assert dialog.ui.endTimeEdit.time() == QTime(15, 0)  # the length chosen (2 h) is kept
    dialog._dirty = False
    dialog.reject()


def test_validation_message_goes_when_the_title_is_typed(qtbot, panel):
    dialog = panel.new_item(datetime(2026, 4, 14, 10, 0, tzinfo=CPH))
    dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).click()
    assert dialog.ui.errorLabel.isVisible()
    qtbot.keyClicks(dialog.ui.titleEdit, "M")
    assert not dialog.ui.errorLabel.isVisible()
    dialog._dirty = False
    dialog.reject()


def test_search_field_shows_only_the_matching_appointments(qtbot, panel):
    start = datetime(2026, 4, 14, 9, 0, tzinfo=CPH)
    editing.create(EventData(title="Weekly review", start=start, end=start + timedelta(hours=1),
                             rrule="FREQ=WEEKLY", notes="Projekt Øresundsbroen"))
    editing.create(EventData(title="Tandlæge", start=start + timedelta(hours=3), end=start + timedelta(hours=4)))
    panel.refresh()
    assert {o.title for o in panel.shown} == {"Weekly review", "Tandlæge"}
    panel.focus_search()  # Edit ▸ Find (Ctrl+F, the main window's action) calls this
    assert panel.search_field.hasFocus()
    qtbot.keyClicks(panel.search_field, "oresund")
    assert [(o.title, o.start) for o in panel.shown] == [("Weekly review", start)]
    panel.step(1)  # the next week: the series' next occurrence, found in that week only
    assert [o.start for o in panel.shown] == [start + timedelta(days=7)]
    panel.search_field.clear()
    qtbot.keyClicks(panel.search_field, "tandl")
    assert panel.shown == [] and panel.empty_label.isVisible()
    assert "matches the search" in panel.empty_label.text()
    panel.search_field.clear()
    assert {o.title for o in panel.shown} == {"Weekly review"}
