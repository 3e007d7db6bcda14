"""Create or edit a trip: title, destination, travellers, dates, purpose, notes."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QEvent, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QListWidgetItem, QWidget

from opsassistant.gui.common.date_input import DateInput, first_invalid
from opsassistant.gui.common.unsaved import confirm_discard
from opsassistant.gui.common.validation import clear_when_edited
from opsassistant.gui.forms.ui_trip_editor import Ui_TripEditorDialog
from opsassistant.services import principals
from opsassistant.services.travel import trips
from opsassistant.services.travel.trips import TripData, TripError


def _set_date(edit: DateInput, value: date | None) -> None:
    edit.set_value(value)


def _get_date(edit: DateInput) -> date | None:
    return edit.value()


class TripEditorDialog(QDialog):
    def __init__(self, trip_id: int | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_TripEditorDialog()
        self.ui.setupUi(self)
        self.trip_id = trip_id
        self.saved_trip_id: int | None = None
        ui = self.ui
        for edit in (ui.startDateEdit, ui.endDateEdit):
            edit.setSpecialValueText("")  # a trip may have no dates yet
        for person in principals.list_principals():
            item = QListWidgetItem(person.name)
            item.setData(Qt.ItemDataRole.UserRole, person.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            ui.travellersList.addItem(item)
        ui.startDateEdit.dateChanged.connect(self._start_changed)
        ui.buttonBox.accepted.connect(self.accept)
        ui.buttonBox.rejected.connect(self.reject)
        if trip_id is None:
            executive = principals.executive()
            self.load(TripData(title="", traveller_ids=[executive.id] if executive else []))
        else:
            trip = trips.get(trip_id)
            self.load(TripData(title=trip.title, traveller_ids=[p.id for p in trips.travellers(trip)],
                               destination=trip.destination, purpose=trip.purpose, notes=trip.notes,
                               start_date=trip.start_date, end_date=trip.end_date))
        self._initial = self.collect()
        for label in (ui.titleError, ui.travellersError, ui.endDateError):
            self.show_error(label, "")
        clear_when_edited(self, lambda label: self.show_error(label, ""))
        self.retranslate()

    def load(self, data: TripData) -> None:
        ui = self.ui
        ui.titleEdit.setText(data.title)
        ui.destinationEdit.setText(data.destination)
        ui.purposeEdit.setText(data.purpose)
        ui.notesEdit.setPlainText(data.notes)
        _set_date(ui.startDateEdit, data.start_date)
        _set_date(ui.endDateEdit, data.end_date)
        for row in range(ui.travellersList.count()):
            item = ui.travellersList.item(row)
            checked = item.data(Qt.ItemDataRole.UserRole) in data.traveller_ids
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def collect(self) -> TripData:
        ui = self.ui
        ids = [ui.travellersList.item(r).data(Qt.ItemDataRole.UserRole) for r in range(ui.travellersList.count())
               if ui.travellersList.item(r).checkState() == Qt.CheckState.Checked]
        return TripData(title=ui.titleEdit.text(), traveller_ids=ids, destination=ui.destinationEdit.text(),
                        purpose=ui.purposeEdit.text(), notes=ui.notesEdit.toPlainText(),
                        start_date=_get_date(ui.startDateEdit), end_date=_get_date(ui.endDateEdit))

    def _start_changed(self, value: QDate) -> None:
        end = self.ui.endDateEdit.value()
        if value.isValid() and (end is None or end < value.toPython()):
            self.ui.endDateEdit.setDate(value)

    def retranslate(self) -> None:
        self.ui.retranslateUi(self)
        for edit in (self.ui.startDateEdit, self.ui.endDateEdit):
            edit.setSpecialValueText(self.tr("not set (e.g. 3.12.2026)"))
        self.setWindowTitle(self.tr("New trip") if self.trip_id is None else self.tr("Edit trip"))
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).setDefault(True)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "ui"):
            self.retranslate()
        super().changeEvent(event)

    def show_error(self, label, text: str) -> None:
        """An error under its field; the row takes no room while empty."""
        label.setText(text)
        row, _ = self.ui.formLayout.getWidgetPosition(label)
        if row >= 0:
            self.ui.formLayout.setRowVisible(row, bool(text))

    def accept(self) -> None:
        ui = self.ui
        for label in (ui.titleError, ui.travellersError, ui.endDateError):
            self.show_error(label, "")
        if first_invalid(self) is not None:
            return
        try:
            trip = trips.save(self.collect(), self.trip_id)
        except TripError as error:
            labels = {"title": ui.titleError, "travellers": ui.travellersError, "end_date": ui.endDateError}
            for key, message in error.problems.items():
                self.show_error(labels.get(key, ui.titleError), message)
            return
        self.saved_trip_id = trip.id
        super().accept()

    def reject(self) -> None:
        if self.collect() != self._initial and not confirm_discard(self, self.tr("Discard the changes to this trip?")):
            return
        super().reject()
