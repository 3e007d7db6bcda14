"""The Travel area: the trip list on the left, the chosen trip's timeline in local dates on the right."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut, QUndoCommand
from PySide6.QtWidgets import QFileDialog, QHeaderView, QMessageBox, QTreeWidgetItem, QWidget

from opsassistant.gui.common.area import AreaPanel
from opsassistant.gui.forms.ui_trip_panel import Ui_TripPanel
from opsassistant.gui.travel import claim_actions, timeline_view
from opsassistant.i18n.formatting import format_date
from opsassistant.i18n.language import current_language
from opsassistant.services.travel import segments, timeline, trips

TripRole = Qt.ItemDataRole.UserRole


class _DeleteSegment(QUndoCommand):
    def __init__(self, panel: TravelPanel, trip_id: int, segment_id: int, text: str):
        super().__init__(text)
        self.panel, self.trip_id, self.segment_id = panel, trip_id, segment_id
        self.data = None

    def redo(self) -> None:
        self.data = segments.delete(self.segment_id)
        self.panel.refresh()

    def undo(self) -> None:
        if self.data is not None:
            self.segment_id = segments.save(self.trip_id, self.data).id
        self.panel.refresh()


class _TrashTrip(QUndoCommand):
    def __init__(self, panel: TravelPanel, trip_id: int, text: str):
        super().__init__(text)
        self.panel, self.trip_id = panel, trip_id

    def redo(self) -> None:
        trips.move_to_trash(self.trip_id)
        self.panel.refresh()

    def undo(self) -> None:
        trips.restore(self.trip_id)
        self.panel.refresh(select_trip=self.trip_id)


class TravelPanel(AreaPanel):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_TripPanel()
        self.ui.setupUi(self)
        ui = self.ui
        # The list gets two fifths and keeps that share when the window grows, so trip titles have room.
        ui.splitter.setStretchFactor(0, 2)
        ui.splitter.setStretchFactor(1, 3)
        ui.splitter.setSizes([400, 600])
        ui.splitter.setChildrenCollapsible(False)
        ui.tripList.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = ui.tripList.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)  # sized in refresh(), capped
        self._search_timer = QTimer(self, singleShot=True, interval=150)
        self._search_timer.timeout.connect(self.refresh)
        ui.searchEdit.textChanged.connect(self._search_timer.start)
        ui.pastCheck.toggled.connect(self.refresh)
        ui.tripList.currentItemChanged.connect(self._trip_changed)
        ui.tripList.itemActivated.connect(lambda *_: self.edit_trip())
        ui.timeline.itemActivated.connect(lambda *_: self.edit_segment())
        ui.timeline.currentItemChanged.connect(lambda *_: self._update_buttons())
        ui.newTripButton.clicked.connect(self.new_item)
        ui.editTripButton.clicked.connect(self.edit_trip)
        ui.emergencyButton.clicked.connect(self.edit_emergency_contacts)
        ui.addSegmentButton.clicked.connect(self.add_segment)
        ui.editSegmentButton.clicked.connect(self.edit_segment)
        ui.deleteSegmentButton.clicked.connect(self.delete_segment)
        ui.itineraryButton.clicked.connect(self.export_itinerary)
        ui.icsButton.clicked.connect(self.export_ics)
        QShortcut(QKeySequence("Ctrl+Shift+N"), self, self.add_segment)
        # Ctrl+P is File ▸ Reports (the main window); the itinerary is one of its reports and has the button.
        self._trip_id: int | None = None
        claim_actions.install(self)
        self.retranslate()
        self.refresh()

    # --- AreaPanel ------------------------------------------------------------------------------------------
    def new_item(self) -> None:
        from opsassistant.gui.travel.trip_editor import TripEditorDialog

        return self._show(TripEditorDialog(None, self), lambda d: self.refresh(select_trip=d.saved_trip_id))

    def delete_selected(self) -> None:
        if self.ui.timeline.hasFocus() and self.current_segment_id() is not None:
            self.delete_segment()
        elif self._trip_id is not None:
            trip = trips.get(self._trip_id)
            self.undo_stack.push(_TrashTrip(self, trip.id, self.tr("Move trip “%1” to the trash").replace(
                "%1", trip.title)))

    def focus_search(self) -> None:
        self.ui.searchEdit.setFocus()
        self.ui.searchEdit.selectAll()

    def refresh(self, select_trip: int | None = None) -> None:
        ui = self.ui
        wanted = select_trip or self._trip_id
        found = trips.list_trips(ui.searchEdit.text(), include_past=ui.pastCheck.isChecked(), today=date.today())
        ui.tripList.blockSignals(True)
        ui.tripList.clear()
        chosen = None
        for trip in found:
            start, end = trips.span(trip)
            dates = "" if start is None else format_date(start, "short") + (
                f" – {format_date(end, 'short')}" if end and end != start else "")
            travellers = ", ".join(p.name for p in trips.travellers(trip))
            item = QTreeWidgetItem([trip.title, dates, travellers])
            item.setData(0, TripRole, trip.id)
            item.setToolTip(0, trip.title)  # the whole title, also when the column cuts it off
            item.setToolTip(2, travellers)
            ui.tripList.addTopLevelItem(item)
            if trip.id == wanted:
                chosen = item
        ui.tripList.blockSignals(False)
        # Many travellers must not squeeze the title: the column fits its names up to a cap (tooltip shows all).
        ui.tripList.header().resizeSection(2, min(max(ui.tripList.sizeHintForColumn(2), 60) + 8, 170))
        if chosen is None and ui.tripList.topLevelItemCount():
            chosen = ui.tripList.topLevelItem(0)
        ui.tripList.setCurrentItem(chosen)
        self._show_trip(chosen.data(0, TripRole) if chosen else None)

    def retranslate(self) -> None:
        self.ui.retranslateUi(self)
        self.ui.newTripButton.setToolTip(self.tr("New trip (Ctrl+N)"))
        self.ui.addSegmentButton.setToolTip(self.tr("Add a flight, train, hotel, meeting… (Ctrl+Shift+N)"))
        self.ui.itineraryButton.setToolTip(self.tr("Save the itinerary as PDF to print or take along"))
        claim_actions.retranslate(self)
        if hasattr(self, "_trip_id"):
            self.refresh()

    def select_record(self, record_id: int) -> None:
        self.refresh(select_trip=record_id)

    def report_record(self) -> int | None:
        return self._trip_id

    def report_actions(self) -> list:
        return [(self.tr("Itinerary…"), self.export_itinerary)] + claim_actions.report_actions(self)

    # --- showing ----------------------------------------------------------------------------------------------
    def _trip_changed(self, current: QTreeWidgetItem | None, _previous=None) -> None:
        self._show_trip(current.data(0, TripRole) if current else None)

    def _show_trip(self, trip_id: int | None) -> None:
        ui = self.ui
        self._trip_id = trip_id
        if trip_id is None:
            ui.tripTitle.setText(self.tr("No trip chosen"))
            ui.tripInfo.setText(self.tr("Choose a trip on the left, or make a new one with Ctrl+N. Then add its "
                                        "flights, trains, hotels and meetings; each keeps its own time zone."))
            ui.warningLabel.setText("")
            ui.timeline.clear()
            self._update_buttons()
            return
        trip = trips.get(trip_id)
        home = trips.home_timezone(trip)
        legs = trips.segments(trip)
        line = timeline.build(legs, home)
        start, end = trips.span(trip)
        facts = [", ".join(p.name for p in trips.travellers(trip)) or self.tr("no traveller chosen")]
        if trip.destination:
            facts.append(trip.destination)
        if start:
            facts.append(format_date(start, "long") + (f" – {format_date(end, 'long')}" if end != start else ""))
        facts.append(self.tr("Home time: %1").replace("%1", timeline_view.zone_label(home, _moment(line))))
        ui.tripTitle.setText(trip.title)
        ui.tripInfo.setText(" · ".join(facts) + ("\n" + trip.purpose if trip.purpose else ""))
        ui.warningLabel.setText("\n".join("⚠ " + w.message for w in line.warnings))
        timeline_view.fill(ui.timeline, line)
        if not legs:
            empty = QTreeWidgetItem([self.tr("No segments yet — add the first flight, train or hotel with "
                                             "Ctrl+Shift+N.")])
            empty.setFlags(Qt.ItemFlag.ItemIsEnabled)
            ui.timeline.addTopLevelItem(empty)
            empty.setFirstColumnSpanned(True)
        self._update_buttons()

    def _update_buttons(self) -> None:
        ui = self.ui
        has_trip = self._trip_id is not None
        for button in (ui.editTripButton, ui.addSegmentButton, ui.itineraryButton, ui.icsButton):
            button.setEnabled(has_trip)
        has_segment = self.current_segment_id() is not None
        ui.editSegmentButton.setEnabled(has_segment)
        ui.deleteSegmentButton.setEnabled(has_segment)

    def current_trip_id(self) -> int | None:
        return self._trip_id

    def current_segment_id(self) -> int | None:
        item = self.ui.timeline.currentItem()
        return item.data(0, timeline_view.SegmentRole) if item else None

    # --- actions ----------------------------------------------------------------------------------------------
    def edit_trip(self) -> None:
        from opsassistant.gui.travel.trip_editor import TripEditorDialog

        if self._trip_id is None:
            return
        trip_id = self._trip_id
        return self._show(TripEditorDialog(trip_id, self), lambda _d: self.refresh(select_trip=trip_id),
                          ("trip", trip_id))

    def _show(self, dialog, on_accepted, key=None):
        """Editors are non-modal, owned by the dialog registry; one record is never open twice."""
        from opsassistant.gui.common.dialogs import registry

        key = (id(self), *key) if key is not None else None
        if key is not None and registry().get(key) is not None:
            dialog.deleteLater()
            return registry().open(key, lambda: dialog)
        self.editor = registry().show(dialog, key, on_accepted=on_accepted)
        return self.editor

    def segment_dialog(self, segment_id: int | None = None):
        """The segment editor for the current trip, starting where the last segment ends."""
        from opsassistant.gui.travel.segment_editor import SegmentEditorDialog

        legs = trips.segments(self._trip_id)
        zone, start = trips.home_timezone(self._trip_id), None
        if legs:
            last = max(legs, key=lambda s: s.end_utc or s.start_utc)
            zone = last.end_timezone
            start = segments.local(last.end_utc or last.start_utc, zone).replace(tzinfo=None, second=0)
        else:
            first_day = trips.get(self._trip_id).start_date
            if first_day:
                from datetime import datetime, time

                start = datetime.combine(first_day, time(9, 0))
        return SegmentEditorDialog(self._trip_id, segment_id, default_start=start, default_zone=zone, parent=self)

    def add_segment(self) -> None:
        if self._trip_id is None:
            return
        return self._show(self.segment_dialog(), lambda _d: self.refresh())

    def edit_segment(self) -> None:
        segment_id = self.current_segment_id()
        if segment_id is None:
            return
        return self._show(self.segment_dialog(segment_id), lambda _d: self.refresh(), ("segment", segment_id))

    def delete_segment(self) -> None:
        segment_id = self.current_segment_id()
        if segment_id is None or self._trip_id is None:
            return
        self.undo_stack.push(_DeleteSegment(self, self._trip_id, segment_id, self.tr("Delete segment")))

    def edit_emergency_contacts(self):
        from opsassistant.gui.common.dialogs import registry
        from opsassistant.gui.travel.emergency_dialog import EmergencyContactsDialog

        return registry().open((id(self), "emergency"), lambda: EmergencyContactsDialog(self))

    def _save_path(self, title: str, suggested: str, pattern: str) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(self, title, str(Path.home() / suggested), pattern)
        return Path(name) if name else None

    def export_itinerary(self) -> None:
        if self._trip_id is None:
            return
        trip = trips.get(self._trip_id)
        path = self._save_path(self.tr("Save itinerary"), f"{_safe(trip.title)}.pdf", self.tr("PDF files (*.pdf)"))
        if path is None:
            return
        from opsassistant.reports import itinerary

        try:
            itinerary.build(trip.id, path, lang=current_language())
        except OSError as error:
            QMessageBox.warning(self, self.tr("Itinerary"), self.tr("Could not save the itinerary: %1")
                                .replace("%1", str(error)))

    def export_ics(self) -> None:
        if self._trip_id is None:
            return
        trip = trips.get(self._trip_id)
        path = self._save_path(self.tr("Export trip to calendar"), f"{_safe(trip.title)}.ics",
                               self.tr("Calendar files (*.ics)"))
        if path is None:
            return
        from opsassistant.interop.trip_ics import export_trip

        try:
            export_trip(trip.id, path)
        except OSError as error:
            QMessageBox.warning(self, self.tr("Export"), self.tr("Could not save the file: %1")
                                .replace("%1", str(error)))

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.key() == Qt.Key.Key_Delete and self.ui.timeline.hasFocus():
            self.delete_segment()
            return
        super().keyPressEvent(event)


def _moment(line: timeline.Timeline):
    from datetime import UTC, datetime

    entries = line.entries()
    return entries[0].at if entries else datetime.now(UTC)


def _safe(title: str) -> str:
    return "".join(c if c.isalnum() or c in " -_" else "_" for c in title).strip() or "trip"
