"""The Travel panel and its dialogs, driven like a user: typing, clicking, keys; checked in the database."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtWidgets import QDialogButtonBox

from opsassistant.db.models import Event, Trip, TripSegment
from opsassistant.gui.travel.panel import TravelPanel
from opsassistant.gui.travel.segment_editor import SegmentEditorDialog
from opsassistant.gui.travel.trip_editor import TripEditorDialog
from opsassistant.services.travel import trips


def test_new_trip_by_keyboard(qtbot, executive):
    dialog = TripEditorDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.ui.titleEdit, "Tokyo sales visit")
    qtbot.keyClicks(dialog.ui.destinationEdit, "Tokyo")
    assert dialog.ui.travellersList.item(0).checkState() == Qt.CheckState.Checked  # the executive by default
    qtbot.keyClick(dialog.ui.destinationEdit, Qt.Key.Key_Return)
    trip = Trip.get()
    assert (trip.title, trip.destination) == ("Tokyo sales visit", "Tokyo")
    assert [p.id for p in trips.travellers(trip)] == [executive.id]


def test_trip_editor_shows_validation_next_to_the_field(qtbot, db):
    dialog = TripEditorDialog()
    qtbot.addWidget(dialog)
    dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).click()
    assert dialog.ui.titleError.text() == "Enter a title for the trip."
    assert Trip.select().count() == 0


def test_add_a_flight_by_typing_airport_codes(qtbot, executive):
    trip = trips.save(trips.TripData(title="Tokyo", traveller_ids=[executive.id]))
    panel = TravelPanel()
    qtbot.addWidget(panel)
    assert panel.current_trip_id() == trip.id
    dialog = panel.segment_dialog()
    qtbot.addWidget(dialog)
    dialog.show()
    ui = dialog.ui
    assert ui.kindCombo.currentData() == "flight"
    qtbot.keyClicks(ui.fromCodeEdit, "CPH")
    qtbot.keyClicks(ui.toCodeEdit, "nrt")
    assert ui.startZoneCombo.zone() == "Europe/Copenhagen"
    assert ui.endZoneCombo.zone() == "Asia/Tokyo"
    assert ui.toPlaceEdit.text() == "Tokyo"
    ui.startEdit.setDateTime(QDateTime(QDate(2026, 3, 28), QTime(21, 30)))
    ui.endEdit.setDateTime(QDateTime(QDate(2026, 3, 29), QTime(17, 5)))
    assert "11 h 35 min" in ui.durationLabel.text() and "29 March 2026" in ui.durationLabel.text()
    qtbot.keyClicks(ui.carrierEdit, "SK")
    qtbot.keyClicks(ui.numberEdit, "983")
    qtbot.keyClicks(ui.bookingEdit, "K7QX2P")
    qtbot.keyClick(ui.bookingEdit, Qt.Key.Key_Return)
    leg = TripSegment.get()
    assert (leg.kind, leg.from_code, leg.to_code) == ("flight", "CPH", "NRT")
    assert (leg.start_timezone, leg.end_timezone) == ("Europe/Copenhagen", "Asia/Tokyo")
    assert leg.start_utc == datetime(2026, 3, 28, 20, 30, tzinfo=UTC)
    assert leg.end_utc == datetime(2026, 3, 29, 8, 5, tzinfo=UTC)
    assert leg.booking_reference == "K7QX2P"
    assert Event.get_by_id(leg.event_id).source == f"segment:{leg.id}"
    panel.ui.pastCheck.setChecked(True)  # March 2026 may be in the past when the test runs
    day = panel.ui.timeline.topLevelItem(0)
    assert "28 March 2026" in day.text(0)
    assert "(+1)" in day.child(0).text(0)


def test_unknown_airport_is_explained_next_to_the_field(qtbot, executive):
    trip = trips.save(trips.TripData(title="Somewhere", traveller_ids=[executive.id]))
    dialog = SegmentEditorDialog(trip.id)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.ui.fromCodeEdit, "QQX")
    qtbot.keyClicks(dialog.ui.toCodeEdit, "CPH")
    dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).click()
    assert dialog.ui.fromCodeError.text() == "Unknown airport code."
    assert TripSegment.select().count() == 0


def test_hotel_fields_and_delete_with_undo(qtbot, executive):
    trip = trips.save(trips.TripData(title="Aarhus", traveller_ids=[executive.id]))
    panel = TravelPanel()
    qtbot.addWidget(panel)
    dialog = panel.segment_dialog()
    qtbot.addWidget(dialog)
    ui = dialog.ui
    ui.kindCombo.setCurrentIndex(ui.kindCombo.findData("hotel"))
    assert ui.fromCodeEdit.isHidden() and not ui.addressEdit.isHidden()
    assert ui.startLabel.text() == "Check-&in:"
    qtbot.keyClicks(ui.fromPlaceEdit, "Hotel Royal")
    qtbot.keyClicks(ui.addressEdit, "Store Torv 4, Aarhus")
    ui.startEdit.setDateTime(QDateTime(QDate(2026, 6, 1), QTime(15, 0)))
    ui.endEdit.setDateTime(QDateTime(QDate(2026, 6, 3), QTime(11, 0)))
    ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).click()
    leg = TripSegment.get()
    assert (leg.kind, leg.from_place, leg.address) == ("hotel", "Hotel Royal", "Store Torv 4, Aarhus")
    panel.ui.pastCheck.setChecked(True)
    first_day = panel.ui.timeline.topLevelItem(0)
    panel.ui.timeline.setCurrentItem(first_day.child(0))
    assert panel.current_segment_id() == leg.id
    panel.delete_segment()
    assert TripSegment.select().count() == 0
    panel.undo_stack.undo()
    assert TripSegment.get().from_place == "Hotel Royal"
    assert panel.ui.timeline.topLevelItemCount() == 2  # check-in day and check-out day
    assert trip.id == panel.current_trip_id()


def test_empty_panel_says_what_to_do(qtbot, db):
    panel = TravelPanel()
    qtbot.addWidget(panel)
    assert panel.ui.tripTitle.text() == "No trip chosen"
    assert not panel.ui.addSegmentButton.isEnabled()


def test_long_trip_titles_get_the_room_and_a_tooltip(qtbot, executive, team_member):
    title = "New York: Hudson Bay Partners annual meeting and distributor visit"
    trips.save(trips.TripData(title=title, traveller_ids=[executive.id, team_member.id]))
    panel = TravelPanel()
    qtbot.addWidget(panel)
    panel.resize(1200, 700)
    panel.show()
    qtbot.waitExposed(panel)
    item = panel.ui.tripList.topLevelItem(0)
    assert item.text(0) == title and item.toolTip(0) == title
    assert panel.ui.tripList.header().sectionResizeMode(0).name == "Stretch"
    list_width, timeline_width = panel.ui.splitter.sizes()
    assert list_width >= 0.35 * (list_width + timeline_width)
    header = panel.ui.tripList.header()
    assert header.sectionSize(0) > header.sectionSize(2)  # travellers never squeeze the title away
