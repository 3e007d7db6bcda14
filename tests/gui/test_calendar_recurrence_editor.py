"""The event editor never rewrites a repeat rule it cannot show: typed title changes and typed new times keep the
stored RRULE and its exceptions; only a change on the repeat tab writes a new rule."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QDialogButtonBox

from opsassistant.db.models import Event
from opsassistant.gui.calendar.editor import EventEditor
from opsassistant.services.calendar import editing, occurrences
from opsassistant.services.calendar.editing import EventData

CPH = ZoneInfo("Europe/Copenhagen")
YEAR = (datetime(2026, 1, 1, tzinfo=UTC), datetime(2027, 1, 1, tzinfo=UTC))
RULES = ["FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1", "FREQ=MONTHLY;BYMONTHDAY=1,15", "FREQ=MONTHLY;BYDAY=4MO"]


@pytest.fixture(autouse=True)
def _no_widgets_of_earlier_tests(qapp):
    """Widgets closed by earlier tests are deleted before this one switches the language."""
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _series(rule: str) -> Event:
    start = datetime(2026, 1, 26, 9, 0, tzinfo=CPH)  # the 4th and last Monday of January
    return editing.create(EventData(title="Imported", start=start, end=start + timedelta(hours=1), rrule=rule,
                                    start_timezone="Europe/Copenhagen", end_timezone="Europe/Copenhagen"))


def _open(qtbot, event_id: int) -> EventEditor:
    dialog = EventEditor(None, editing.load(event_id), event_id=event_id)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _save(qtbot, dialog: EventEditor) -> None:
    qtbot.mouseClick(dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    assert dialog.result() == dialog.DialogCode.Accepted, dialog.ui.errorLabel.text()


def _hour_later(qtbot, edit) -> None:
    """The time one hour on typed over the field's text (the time input reads it when the field is left)."""
    later = edit.time().addSecs(3600).toString("HH.mm")
    line = edit.edit
    line.setFocus()
    line.selectAll()
    qtbot.keyClicks(line, later)
    qtbot.keyClick(line, Qt.Key.Key_Tab)


def _meaning(event_id: int) -> tuple:
    row = Event.get_by_id(event_id)
    return row.rrule, tuple(row.exdates), tuple(row.rdates), tuple(
        (o.start_utc, o.end_utc) for o in occurrences.between(*YEAR))


@pytest.mark.parametrize("rule", RULES)
def test_typing_a_new_title_keeps_the_imported_rule(qtbot, db, rule):
    event = _series(rule)
    before = _meaning(event.id)
    dialog = _open(qtbot, event.id)
    qtbot.keyClick(dialog.ui.tabs.tabBar(), Qt.Key.Key_Right)  # the Repeats tab
    assert dialog.ui.tabs.currentWidget() is dialog.ui.repeatTab
    assert dialog.ui.repeatCombo.currentData() == "custom"
    assert dialog.ui.customRuleLabel.isVisible()
    assert dialog.ui.customRuleLabel.text().startswith("Custom rule: every month")
    dialog.ui.titleEdit.selectAll()
    qtbot.keyClicks(dialog.ui.titleEdit, "Board pack")
    _save(qtbot, dialog)
    assert _meaning(event.id) == before
    assert Event.get_by_id(event.id).title == "Board pack"


def test_the_custom_rule_reads_as_words(qtbot, db):
    dialog = _open(qtbot, _series(RULES[0]).id)
    assert dialog.ui.customRuleLabel.text() == (
        "Custom rule: every month, on Monday, Tuesday, Wednesday, Thursday and Friday, only the last of these")
    dialog = _open(qtbot, _series(RULES[2]).id)
    assert dialog.ui.customRuleLabel.text() == "Custom rule: every month, on the fourth Monday"


def test_a_new_time_moves_the_series_with_its_exceptions(qtbot, db):
    event = _series(RULES[0])
    found = occurrences.between(*YEAR)
    editing.trash_occurrence(found[1])  # 27 February deleted
    editing.move(found[2], found[2].start + timedelta(hours=4), found[2].end + timedelta(hours=4))  # 31 March, 13:00
    dialog = _open(qtbot, event.id)
    _hour_later(qtbot, dialog.ui.endTimeEdit)  # end first: whether or not the end follows the start,
    _hour_later(qtbot, dialog.ui.startTimeEdit)  # the series now starts at 10:00
    _save(qtbot, dialog)
    stored = Event.get_by_id(event.id)
    assert stored.rrule == RULES[0]
    after = occurrences.between(*YEAR)
    assert len(after) == len(found) - 1
    assert date(2026, 2, 27) not in {o.start.date() for o in after}
    march = [(o.start.hour, o.start.minute) for o in after if o.start.date() == date(2026, 3, 31)]
    assert march == [(13, 0)]
    length = stored.end_utc - stored.start_utc
    assert length >= timedelta(hours=1)
    assert {(o.start.hour, o.start.minute, o.end_utc - o.start_utc) for o in after
            if o.start.date() != date(2026, 3, 31)} == {(10, 0, length)}


def test_choosing_on_the_repeat_tab_writes_the_new_rule(qtbot, db):
    event = _series(RULES[1])
    dialog = _open(qtbot, event.id)
    dialog.ui.tabs.setCurrentWidget(dialog.ui.repeatTab)
    combo = dialog.ui.repeatCombo
    combo.setFocus()
    while combo.currentData() != "weekly":
        qtbot.keyClick(combo, Qt.Key.Key_Up)
    assert not dialog.ui.customRuleLabel.isVisible()
    _save(qtbot, dialog)
    assert Event.get_by_id(event.id).rrule == "FREQ=WEEKLY;BYDAY=MO"


def test_a_rule_the_tab_can_show_is_shown_and_kept(qtbot, db):
    event = _series("FREQ=WEEKLY;BYDAY=MO;UNTIL=20260601T215959Z")
    dialog = _open(qtbot, event.id)
    assert dialog.ui.repeatCombo.currentData() == "weekly"
    dialog.ui.tabs.setCurrentWidget(dialog.ui.repeatTab)
    assert dialog.ui.day1Check.isChecked() and not dialog.ui.customRuleLabel.isVisible()
    qtbot.keyClicks(dialog.ui.locationEdit, "Room 4")
    _save(qtbot, dialog)
    assert Event.get_by_id(event.id).rrule == "FREQ=WEEKLY;BYDAY=MO;UNTIL=20260601T215959Z"


def test_the_custom_rule_in_danish(qtbot, db, danish):
    dialog = _open(qtbot, _series(RULES[1]).id)
    assert dialog.ui.repeatCombo.currentText() == "Særlig regel (bevares som den er)"
    assert dialog.ui.customRuleLabel.text() == "Særlig regel: hver måned, på dag 1 og 15 i måneden"


def test_a_series_of_added_dates_is_shown_and_kept(qtbot, db):
    start = datetime(2026, 5, 4, 9, 0, tzinfo=CPH)
    event = editing.create(EventData(title="Extra", start=start, end=start + timedelta(hours=1),
                                     start_timezone="Europe/Copenhagen", end_timezone="Europe/Copenhagen",
                                     rdates=["2026-05-06 12:00:00", "2026-05-08"]))
    before = _meaning(event.id)
    dialog = _open(qtbot, event.id)
    dialog.ui.tabs.setCurrentWidget(dialog.ui.repeatTab)
    assert dialog.ui.repeatCombo.currentData() == "custom"
    assert dialog.ui.customRuleLabel.text() == "Also on 6 May 2026 14.00 and 8 May 2026"
    qtbot.keyClicks(dialog.ui.locationEdit, "Room 4")
    _save(qtbot, dialog)
    assert _meaning(event.id) == before
    dialog = _open(qtbot, event.id)
    combo = dialog.ui.repeatCombo
    combo.setFocus()
    while combo.currentData() != "none":
        qtbot.keyClick(combo, Qt.Key.Key_Up)
    _save(qtbot, dialog)
    assert Event.get_by_id(event.id).rdates == [] and len(occurrences.between(*YEAR)) == 1
