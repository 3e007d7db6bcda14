"""Reception on Today (check in with F6, out with Shift+F6, the host told through the tray), the visitor editor,
and the Travel panel's bookkeeping dialog and claim — driven with real widgets, checked in the database."""

from __future__ import annotations

import logging
from datetime import date, datetime, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

from pypdf import PdfReader
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialogButtonBox, QLineEdit

from opsassistant.db.models.reception import DrivingLogEntry, MealsProvided, TripExpense, Visitor
from opsassistant.services.reception import visitors
from opsassistant.services.reception.visitors import VisitorData
from opsassistant.services.travel import segments, trips
from opsassistant.services.travel.segments import SegmentData


def _today_at(hour: int) -> datetime:
    today = datetime.now(ZoneInfo("Europe/Copenhagen")).date()
    return datetime(today.year, today.month, today.day, hour, 0)


def test_check_in_with_one_key_tells_the_host_through_the_tray(qtbot, main_window, executive, caplog):
    from opsassistant.gui.tray import Tray

    guest = visitors.save(VisitorData(name="Γιώργος Παπαδόπουλος", expected=_today_at(10), company="Αιγαίο",
                                      host_id=executive.id))
    main_window.tray = Tray(main_window)
    main_window.show_area("today")
    panel = main_window.panel("today")
    panel.refresh()
    section = panel.reception
    assert section.list.topLevelItemCount() == 1
    section.list.setFocus()
    caplog.set_level(logging.INFO, logger="opsassistant.gui.tray")
    with qtbot.waitSignal(section.guest_arrived) as blocker:
        qtbot.keyClick(section.list, Qt.Key.Key_F6)
    assert Visitor.get_by_id(guest.id).arrived_utc is not None
    assert blocker.args[0] == "Your guest has arrived"
    assert "Karen Holm: Γιώργος Παπαδόπουλος (Αιγαίο) is at the reception." in caplog.text
    assert "1 of 1" in section.title()
    qtbot.keyClick(section.list, Qt.Key.Key_F6, Qt.KeyboardModifier.ShiftModifier)
    assert Visitor.get_by_id(guest.id).left_utc is not None
    assert not section.check_out_button.isEnabled()


def test_a_new_guest_typed_into_the_editor(qtbot, main_window, executive):
    main_window.show_area("today")
    section = main_window.panel("today").reception
    section.list.setFocus()

    qtbot.keyClick(section.list, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    dialog = section.dialog
    assert dialog.isVisible() and not dialog.isModal()
    qtbot.keyClicks(dialog.name_edit, "Hanako Yamada")
    qtbot.keyClicks(dialog.company_edit, "Sakura Seiki")
    dialog.host_combo.setCurrentIndex(dialog.host_combo.findData(executive.id))
    dialog.language_combo.setCurrentIndex(1)
    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: Visitor.select().count() == 1)
    row = Visitor.get()
    assert (row.name, row.company, row.host_id, row.language) == ("Hanako Yamada", "Sakura Seiki", executive.id, "en")
    assert section.list.topLevelItem(0).text(1) == "Hanako Yamada"


def test_the_editor_refuses_a_guest_without_a_name(qtbot, executive):
    from opsassistant.gui.reception.visitor_dialog import VisitorDialog

    dialog = VisitorDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.company_edit, "Nordea")
    qtbot.keyClick(dialog.company_edit, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert "name" in dialog.error_label.text()
    assert Visitor.select().count() == 0


def test_badges_and_roll_call_from_the_section(qtbot, executive, tmp_path):
    from opsassistant.gui.reception.today_section import ReceptionSection

    inside = visitors.save(VisitorData(name="Louise Brandt", expected=_today_at(9), language="da"))
    visitors.save(VisitorData(name="Yuki Tanaka", expected=_today_at(11), language="en"))
    visitors.check_in(inside.id)
    section = ReceptionSection()
    qtbot.addWidget(section)
    badges = section.save_badges(tmp_path / "b.pdf")
    text = PdfReader(str(badges)).pages[0].extract_text()
    assert "GÆST" in text and "GUEST" in text  # each badge in its guest's language
    roll = section.save_roll_call(tmp_path / "r.pdf")
    text = PdfReader(str(roll)).pages[0].extract_text()
    assert "Louise Brandt" in text and "Yuki Tanaka" not in text


def _tokyo(executive) -> int:
    trip = trips.save(trips.TripData(title="Tokyo", traveller_ids=[executive.id]))
    segments.save(trip.id, SegmentData(kind="flight", start=datetime(2026, 12, 3, 7, 15),
                                       end=datetime(2026, 12, 4, 8, 40), from_code="CPH", to_code="NRT"))
    segments.save(trip.id, SegmentData(kind="flight", start=datetime(2026, 12, 8, 10, 30),
                                       end=datetime(2026, 12, 8, 15, 30), from_code="NRT", to_code="CPH"))
    return trip.id


def _type_cell(qtbot, table, row: int, column: int, text: str) -> None:
    table.setCurrentCell(row, column)
    table.editItem(table.item(row, column))
    from opsassistant.gui.common.date_input import _TemporalInput

    editors = [w for w in table.viewport().findChildren(QLineEdit) if w.isVisible()
               and w.objectName() != "qt_spinbox_lineedit" and not isinstance(w.parentWidget(), _TemporalInput)]
    assert len(editors) == 1, "one cell editor open"
    editors[0].selectAll()
    qtbot.keyClicks(editors[0], text)
    qtbot.keyClick(editors[0], Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.item(row, column).text() == text)


def test_bookkeeping_dialog_saves_drives_meals_and_expenses(qtbot, executive, tmp_path):
    from opsassistant.gui.travel.bookkeeping_dialog import BookkeepingDialog
    from opsassistant.gui.travel.panel import TravelPanel

    trip_id = _tokyo(executive)
    panel = TravelPanel()
    qtbot.addWidget(panel)
    panel.select_record(trip_id)
    labels = [label for label, _ in panel.report_actions()]
    assert "Travel-expense claim…" in labels
    dialog = BookkeepingDialog(trip_id, panel)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.add_drive_button, Qt.MouseButton.LeftButton)
    _type_cell(qtbot, dialog.drives, 0, 1, "Til lufthavnen")
    _type_cell(qtbot, dialog.drives, 0, 2, "Hellerup")
    _type_cell(qtbot, dialog.drives, 0, 3, "CPH")
    _type_cell(qtbot, dialog.drives, 0, 4, "17,4")
    assert [dialog.drives.item(0, c).text() for c in range(1, 5)] == ["Til lufthavnen", "Hellerup", "CPH", "17,4"]
    assert "17,4" in dialog.drives_total.text()
    dialog.tabs.setCurrentIndex(1)
    assert dialog.meal_days[0] == date(2026, 12, 3) and dialog.meal_days[-1] == date(2026, 12, 8)
    before = dialog.per_diem_label.text()
    for day in (date(2026, 12, 5), date(2026, 12, 6)):
        qtbot.keyClick(dialog.meal_boxes[day][0], Qt.Key.Key_Space)
    assert dialog.per_diem_label.text() != before and "4.511,88" in dialog.per_diem_label.text()
    dialog.tabs.setCurrentIndex(2)
    qtbot.mouseClick(dialog.add_expense_button, Qt.MouseButton.LeftButton)
    _type_cell(qtbot, dialog.expenses, 0, 1, "Middag med kunde")
    _type_cell(qtbot, dialog.expenses, 0, 3, "1000")
    dialog.expenses.cellWidget(0, 2).setCurrentIndex(2)  # food
    qtbot.keyClick(dialog.expenses.cellWidget(0, 7), Qt.Key.Key_Space)
    _type_cell(qtbot, dialog.expenses, 0, 8, "Bilag 8")
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    assert dialog.error_label.text() == ""
    drive = DrivingLogEntry.get()
    assert (drive.purpose, drive.from_place, drive.to_place, drive.km, drive.driver_id) == (
        "Til lufthavnen", "Hellerup", "CPH", Decimal("17.4"), executive.id)
    assert sorted(m.date for m in MealsProvided.select() if m.breakfast) == [date(2026, 12, 5), date(2026, 12, 6)]
    expense = TripExpense.get()
    assert (expense.amount_minor, expense.category, expense.entertainment, expense.receipt_reference) == (
        100000, "food", True, "Bilag 8")
    from opsassistant.gui.travel import claim_actions

    pdf = claim_actions.export_claim(panel, tmp_path / "claim.pdf")
    text = "".join(p.extract_text() for p in PdfReader(str(pdf)).pages)
    assert "Til lufthavnen" in text and "Bilag 8" in text


def test_bad_distance_is_explained_and_nothing_is_saved(qtbot, executive):
    from opsassistant.gui.travel.bookkeeping_dialog import BookkeepingDialog

    trip_id = _tokyo(executive)
    dialog = BookkeepingDialog(trip_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.add_drive_button, Qt.MouseButton.LeftButton)
    _type_cell(qtbot, dialog.drives, 0, 1, "Kunde")
    _type_cell(qtbot, dialog.drives, 0, 4, "tolv")
    dialog.tabs.setCurrentIndex(1)
    qtbot.keyClick(dialog.meal_boxes[date(2026, 12, 5)][1], Qt.Key.Key_Space)
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    assert "Drive 1" in dialog.error_label.text() and "not a distance" in dialog.error_label.text()
    assert DrivingLogEntry.select().count() == 0 and MealsProvided.select().count() == 0
    assert dialog.isVisible()


def test_old_visits_are_purged_when_the_section_starts(qtbot, executive):
    from opsassistant.gui.reception.today_section import ReceptionSection

    visitors.save(VisitorData(name="Long gone", expected=datetime.now() - timedelta(days=40)))
    visitors.save(VisitorData(name="Today", expected=_today_at(12)))
    section = ReceptionSection()
    qtbot.addWidget(section)
    assert [v.name for v in Visitor.select()] == ["Today"]


def test_guests_from_todays_appointments_and_removing_one(qtbot, main_window, executive, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from opsassistant.services.calendar import editing

    cph = ZoneInfo("Europe/Copenhagen")
    start = _today_at(15).replace(tzinfo=cph)
    editing.create(editing.EventData(title="Budgetmøde", start=start, end=start + timedelta(hours=1),
                                     principal_ids=[executive.id],
                                     attendees=[editing.Attendee(name="Ana Souza", email="ana@example.com")]))
    main_window.show_area("today")
    section = main_window.panel("today").reception
    qtbot.mouseClick(section.calendar_button, Qt.MouseButton.LeftButton)
    row = Visitor.get()
    assert (row.name, row.host_id, row.purpose) == ("Ana Souza", executive.id, "Budgetmøde")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    section.list.setFocus()
    qtbot.keyClick(section.list, Qt.Key.Key_Delete)
    assert Visitor.select().count() == 0


def test_outing_and_expense_marked_as_entertainment_in_the_outings_panel(qtbot, executive):
    from opsassistant.db.models.reception import EntertainmentMark
    from opsassistant.gui.outings.panel import OutingsPanel
    from opsassistant.services.outings import editing
    from opsassistant.services.outings import expenses as outing_expenses
    from opsassistant.services.outings.editing import OutingData
    from opsassistant.services.outings.expenses import ExpenseData

    cph = ZoneInfo("Europe/Copenhagen")
    outing = editing.save(OutingData(title="Kundemiddag", kind="event", start=datetime(2026, 6, 12, 18, tzinfo=cph),
                                     end=datetime(2026, 6, 12, 22, tzinfo=cph)))
    dinner = outing_expenses.save(outing.id, ExpenseData(date=date(2026, 6, 12), amount_minor=250000,
                                                         description="Middag", category="food"))
    panel = OutingsPanel()
    qtbot.addWidget(panel)
    panel.show()
    panel.select_record(outing.id)
    toggle = panel.entertainment
    assert toggle.outing_check.isEnabled() and not toggle.outing_check.isChecked()
    qtbot.mouseClick(toggle.outing_check, Qt.MouseButton.LeftButton, pos=QPoint(8, 8))  # on the box
    assert EntertainmentMark.get().outing_id == outing.id
    toggle.outing_check.setChecked(False)
    assert EntertainmentMark.select().count() == 0
    panel.ui.expenseTable.selectRow(0)
    assert toggle.expense_button.isEnabled()
    qtbot.mouseClick(toggle.expense_button, Qt.MouseButton.LeftButton)
    assert EntertainmentMark.get().expense_id == dinner.id
