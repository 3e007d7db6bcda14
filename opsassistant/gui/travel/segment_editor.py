"""Add or edit one segment: fields per kind, airports by code or city with the zone filled in."""

from __future__ import annotations

from datetime import datetime, time, timedelta

from PySide6.QtCore import QEvent, QObject, QStringListModel, Qt
from PySide6.QtWidgets import (
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QListWidgetItem,
    QWidget,
)

from opsassistant.gui.common.edit_formats import datetime_format
from opsassistant.gui.common.unsaved import confirm_discard
from opsassistant.gui.forms.ui_segment_editor import Ui_SegmentEditorDialog
from opsassistant.gui.travel.zones import from_qdatetime, to_qdatetime
from opsassistant.i18n.formatting import format_date, format_datetime, format_duration
from opsassistant.services.travel import airports, segments
from opsassistant.services.travel.segments import (
    KINDS,
    SegmentData,
    SegmentError,
    kind_label,
    to_utc,
    zone_or_none,
)

# Rows shown per kind (by the field widget of the row).
_ROWS = {
    "flight": {"fromCodeEdit", "fromPlaceEdit", "toCodeEdit", "toPlaceEdit", "carrierLayout", "terminalLayout",
               "bookingEdit"},
    "train": {"fromPlaceEdit", "toPlaceEdit", "carrierLayout", "terminalLayout", "bookingEdit"},
    "car": {"fromPlaceEdit", "toPlaceEdit", "carrierLayout", "bookingEdit", "phoneEdit"},
    "transfer": {"fromPlaceEdit", "toPlaceEdit", "carrierLayout", "bookingEdit", "phoneEdit"},
    "hotel": {"fromPlaceEdit", "addressEdit", "phoneEdit", "bookingEdit"},
    "meeting": {"titleEdit", "fromPlaceEdit", "addressEdit", "linkCombo", "attendeeEdit", "attendeeList"},
    "restaurant": {"titleEdit", "fromPlaceEdit", "addressEdit", "phoneEdit", "bookingEdit"},
    "note": {"titleEdit"},
}
_OPTIONAL = {"titleEdit", "fromCodeEdit", "fromPlaceEdit", "toCodeEdit", "toPlaceEdit", "carrierLayout",
             "terminalLayout", "bookingEdit", "addressEdit", "phoneEdit", "linkCombo", "attendeeEdit", "attendeeList"}


class _EnterAdds(QObject):
    """Enter in the attendee field adds the attendee instead of saving the dialog."""

    def __init__(self, dialog: SegmentEditorDialog):
        super().__init__(dialog)
        self._dialog = dialog

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.KeyPress and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) \
                and watched.text().strip():
            self._dialog.add_attendee()
            return True
        if event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Delete \
                and watched is self._dialog.ui.attendeeList:
            for item in self._dialog.ui.attendeeList.selectedItems():
                self._dialog.ui.attendeeList.takeItem(self._dialog.ui.attendeeList.row(item))
            return True
        return False


class SegmentEditorDialog(QDialog):
    def __init__(self, trip_id: int, segment_id: int | None = None, *, default_start: datetime | None = None,
                 default_zone: str = "Europe/Copenhagen", parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_SegmentEditorDialog()
        self.ui.setupUi(self)
        self.trip_id, self.segment_id = trip_id, segment_id
        self.saved_segment_id: int | None = None
        ui = self.ui
        for kind in KINDS:
            ui.kindCombo.addItem(kind_label(kind), kind)
        for edit in (ui.startEdit, ui.endEdit):
            edit.setDisplayFormat(datetime_format())
        self._completers: dict[QLineEdit, QStringListModel] = {}
        for edit in (ui.fromCodeEdit, ui.toCodeEdit, ui.attendeeEdit):
            model = QStringListModel(self)
            completer = QCompleter(model, self)
            completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
            edit.setCompleter(completer)
            self._completers[edit] = model
        ui.fromCodeEdit.textEdited.connect(lambda text: self._suggest_airports(ui.fromCodeEdit, text))
        ui.toCodeEdit.textEdited.connect(lambda text: self._suggest_airports(ui.toCodeEdit, text))
        ui.fromCodeEdit.textChanged.connect(lambda text: self._airport_typed("from", text))
        ui.toCodeEdit.textChanged.connect(lambda text: self._airport_typed("to", text))
        ui.attendeeEdit.textEdited.connect(self._suggest_contacts)
        self._enter_filter = _EnterAdds(self)
        ui.attendeeEdit.installEventFilter(self._enter_filter)
        ui.attendeeList.installEventFilter(self._enter_filter)
        ui.kindCombo.currentIndexChanged.connect(self._kind_changed)
        ui.startZoneCombo.currentTextChanged.connect(self._start_zone_changed)
        for signal in (ui.startEdit.dateTimeChanged, ui.endEdit.dateTimeChanged,
                       ui.endZoneCombo.currentTextChanged):
            signal.connect(self._update_duration)
        ui.startEdit.dateTimeChanged.connect(self._start_moved)
        ui.buttonBox.accepted.connect(self.accept)
        ui.buttonBox.rejected.connect(self.reject)
        self._contact_names: dict[str, int] = {}
        self._last_start = None
        if segment_id is None:
            start = default_start or datetime.now().replace(minute=0, second=0, microsecond=0) + timedelta(hours=1)
            self.load(SegmentData(kind="flight", start=start, start_timezone=default_zone,
                                  end=start + timedelta(hours=2), end_timezone=default_zone))
        else:
            self.load(segments.to_data(segments.get(segment_id)))
        self._initial = self.collect()
        for label in set(self._errors().values()):
            self.show_error(label, "")
        from opsassistant.gui.common.validation import clear_when_edited

        clear_when_edited(self, lambda label: self.show_error(label, ""))
        self.retranslate()

    # --- loading and collecting -------------------------------------------------------------------------------
    def load(self, data: SegmentData) -> None:
        ui = self.ui
        ui.kindCombo.setCurrentIndex(max(0, ui.kindCombo.findData(data.kind)))
        for name, edit in (("title", ui.titleEdit), ("from_code", ui.fromCodeEdit), ("from_place", ui.fromPlaceEdit),
                           ("to_code", ui.toCodeEdit), ("to_place", ui.toPlaceEdit), ("carrier", ui.carrierEdit),
                           ("number", ui.numberEdit), ("terminal", ui.terminalEdit), ("seat", ui.seatEdit),
                           ("booking_reference", ui.bookingEdit), ("address", ui.addressEdit),
                           ("phone", ui.phoneEdit)):
            edit.setText(getattr(data, name))
        if data.kind == "flight":  # an airport's English city ("Copenhagen") in the UI language ("København")
            ui.fromPlaceEdit.setText(airports.localize_place(data.from_place, data.from_code))
            ui.toPlaceEdit.setText(airports.localize_place(data.to_place, data.to_code))
        ui.notesEdit.setPlainText(data.notes)
        ui.startZoneCombo.set_zone(data.start_timezone)
        ui.endZoneCombo.set_zone(data.end_timezone or data.start_timezone)
        ui.startEdit.setDateTime(to_qdatetime(data.start.replace(tzinfo=None)))
        end = data.end or data.start + timedelta(hours=1)
        ui.endEdit.setDateTime(to_qdatetime(end.replace(tzinfo=None)))
        ui.attendeeList.clear()
        names = segments.contact_names(data.attendee_ids or [])
        for contact_id in data.attendee_ids or []:
            self._add_attendee_item(contact_id, names.get(contact_id, "?"))
        self._fill_links(data)
        self._kind_changed()

    def _fill_links(self, data: SegmentData) -> None:
        combo = self.ui.linkCombo
        combo.clear()
        combo.addItem(self.tr("New appointment, made from this segment"), None)
        start = to_utc(data.start.replace(tzinfo=None) if data.start.tzinfo is None else data.start,
                       data.start_timezone)
        for event in segments.linkable_events(start - timedelta(days=14), start + timedelta(days=14)):
            combo.addItem(f"{format_datetime(event.start_utc, event.start_timezone)} {event.title}", event.id)
        if data.link_event_id is not None:
            combo.setCurrentIndex(max(0, combo.findData(data.link_event_id)))

    def kind(self) -> str:
        return self.ui.kindCombo.currentData()

    def collect(self) -> SegmentData:
        ui = self.ui
        kind = self.kind()
        visible = _ROWS[kind]

        def text(edit, key) -> str:
            return edit.text() if key in visible else ""

        return SegmentData(
            kind=kind, start=from_qdatetime(ui.startEdit.dateTime()),
            start_timezone=ui.startZoneCombo.zone(),
            end=None if kind == "note" else from_qdatetime(ui.endEdit.dateTime()),
            end_timezone=ui.endZoneCombo.zone(),
            title=text(ui.titleEdit, "titleEdit"), from_code=text(ui.fromCodeEdit, "fromCodeEdit").upper(),
            from_place=text(ui.fromPlaceEdit, "fromPlaceEdit"), to_code=text(ui.toCodeEdit, "toCodeEdit").upper(),
            to_place=text(ui.toPlaceEdit, "toPlaceEdit"), carrier=text(ui.carrierEdit, "carrierLayout"),
            number=text(ui.numberEdit, "carrierLayout"), terminal=text(ui.terminalEdit, "terminalLayout"),
            seat=text(ui.seatEdit, "terminalLayout"), booking_reference=text(ui.bookingEdit, "bookingEdit"),
            address=text(ui.addressEdit, "addressEdit"), phone=text(ui.phoneEdit, "phoneEdit"),
            notes=ui.notesEdit.toPlainText(),
            attendee_ids=[ui.attendeeList.item(i).data(Qt.ItemDataRole.UserRole)
                          for i in range(ui.attendeeList.count())] if kind == "meeting" else None,
            link_event_id=ui.linkCombo.currentData() if kind == "meeting" else None,
        )

    # --- reactions ------------------------------------------------------------------------------------------
    def _suggest_airports(self, edit: QLineEdit, text: str) -> None:
        self._completers[edit].setStringList([a.label() for a in airports.search(text)])

    def _airport_typed(self, side: str, text: str) -> None:
        ui = self.ui
        code_edit = ui.fromCodeEdit if side == "from" else ui.toCodeEdit
        airport = airports.resolve(text) if "–" in text else airports.get(text)
        if airport is None:
            return
        if code_edit.text() != airport.code:
            code_edit.setText(airport.code)  # a label picked from the completer becomes its code
            return
        (ui.fromPlaceEdit if side == "from" else ui.toPlaceEdit).setText(airport.local_city())
        (ui.startZoneCombo if side == "from" else ui.endZoneCombo).set_zone(airport.timezone)
        self.show_error(ui.fromCodeError if side == "from" else ui.toCodeError, "")

    def _suggest_contacts(self, text: str) -> None:
        found = segments.find_contacts(text)
        self._contact_names = {name: contact_id for contact_id, name in found}
        self._completers[self.ui.attendeeEdit].setStringList([name for _, name in found])

    def add_attendee(self) -> None:
        text = self.ui.attendeeEdit.text().strip()
        contact_id = self._contact_names.get(text)
        if contact_id is None:
            found = segments.find_contacts(text, limit=1)
            if not found:
                return
            contact_id, text = found[0]
        self._add_attendee_item(contact_id, text)
        self.ui.attendeeEdit.clear()

    def _add_attendee_item(self, contact_id: int, name: str) -> None:
        ids = [self.ui.attendeeList.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.ui.attendeeList.count())]
        if contact_id in ids:
            return
        item = QListWidgetItem(name)
        item.setData(Qt.ItemDataRole.UserRole, contact_id)
        self.ui.attendeeList.addItem(item)

    def _start_zone_changed(self, *_args) -> None:
        zone = self.ui.startZoneCombo.zone()
        if self.kind() != "flight" and zone_or_none(zone):
            self.ui.endZoneCombo.set_zone(zone)
        self._update_duration()

    def _start_moved(self, value) -> None:
        """Moving the start keeps the length (in local wall time)."""
        new = from_qdatetime(value)
        if self._last_start is not None:
            end = from_qdatetime(self.ui.endEdit.dateTime())
            self.ui.endEdit.setDateTime(to_qdatetime(end + (new - self._last_start)))
        self._last_start = new

    def _kind_changed(self, *_args) -> None:
        ui, kind = self.ui, self.kind()
        layout = ui.formLayout
        for row in range(layout.rowCount()):
            item = layout.itemAt(row, layout.ItemRole.FieldRole)
            if item is None:
                continue
            name = item.widget().objectName() if item.widget() else item.layout().objectName()
            if name in _OPTIONAL:
                layout.setRowVisible(row, name in _ROWS[kind])
        ui.endEdit.setVisible(kind != "note")
        ui.endZoneCombo.setVisible(kind != "note")
        ui.endLabel.setVisible(kind != "note")
        if self._last_start is None:
            self._last_start = from_qdatetime(ui.startEdit.dateTime())
        if kind == "hotel":
            start, end = from_qdatetime(ui.startEdit.dateTime()), from_qdatetime(ui.endEdit.dateTime())
            if end.date() <= start.date():  # a hotel is at least one night: check-out the next morning
                checkout = datetime.combine(start.date() + timedelta(days=1), time(11, 0))
                ui.endEdit.blockSignals(True)
                ui.endEdit.setDateTime(to_qdatetime(checkout))
                ui.endEdit.blockSignals(False)
        self.retranslate_labels()
        self._update_duration()

    def _update_duration(self, *_args) -> None:
        data = self.collect()
        text = ""
        if data.end is not None and zone_or_none(data.start_timezone) and zone_or_none(data.end_timezone):
            start, end = to_utc(data.start, data.start_timezone), to_utc(data.end, data.end_timezone)
            if end >= start:
                days = (data.end.date() - data.start.date()).days
                if data.kind == "hotel":
                    text = self.tr("Nights: %1").replace("%1", str(days))
                else:
                    text = self.tr("Duration: %1").replace("%1", format_duration(end - start))
                    if days:
                        when = format_date(data.end.date(), "full")
                        text += " · " + self.tr("arrives %1 (local date)").replace("%1", when)
        self.ui.durationLabel.setText(text)

    # --- labels ---------------------------------------------------------------------------------------------
    def retranslate_labels(self) -> None:
        ui, kind = self.ui, self.kind()
        start, end = {"hotel": (self.tr("Check-&in:"), self.tr("Check-&out:")),
                      "flight": (self.tr("&Departure:"), self.tr("&Arrival:")),
                      "train": (self.tr("&Departure:"), self.tr("&Arrival:"))}.get(kind, (self.tr("&Start:"), self.tr("&End:")))
        ui.startLabel.setText(start)
        ui.endLabel.setText(end)
        ui.fromPlaceLabel.setText({"flight": self.tr("From &city:"), "hotel": self.tr("&Hotel:"), "train": self.tr("Fro&m station:"),
                                   "car": self.tr("Pick-&up:"), "transfer": self.tr("Pick-&up:"),
                                   "restaurant": self.tr("&Restaurant:")}.get(kind, self.tr("P&lace:")))
        ui.toPlaceLabel.setText({"flight": self.tr("To city:"), "train": self.tr("To station:")}.get(kind, self.tr("Drop-off:")))
        ui.carrierLabel.setText({"flight": self.tr("Air&line:"), "train": self.tr("Operator:")}.get(kind, self.tr("Compan&y:")))
        ui.numberLabel.setText({"flight": self.tr("Flight &number:"), "train": self.tr("Train &number:")}.get(
            kind, self.tr("Refere&nce:")))
        ui.terminalLabel.setText(self.tr("Platfor&m:") if kind == "train" else self.tr("Ter&minal:"))
        ui.titleLabel.setText(self.tr("&Name:") if kind == "restaurant" else self.tr("&Title:"))

    def retranslate(self) -> None:
        self.ui.retranslateUi(self)
        for index, kind in enumerate(KINDS):
            self.ui.kindCombo.setItemText(index, kind_label(kind))
        self.ui.linkCombo.setItemText(0, self.tr("New appointment, made from this segment"))
        self.setWindowTitle(self.tr("New segment") if self.segment_id is None else self.tr("Edit segment"))
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).setDefault(True)
        self.retranslate_labels()
        self._update_duration()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "ui"):
            self.retranslate()
        super().changeEvent(event)

    # --- saving ---------------------------------------------------------------------------------------------
    def _errors(self) -> dict:
        ui = self.ui
        return {"title": ui.titleError, "kind": ui.titleError, "from_code": ui.fromCodeError,
                "to_code": ui.toCodeError, "from_place": ui.fromPlaceError, "start_timezone": ui.startZoneError,
                "end_timezone": ui.endError, "end": ui.endError, "link_event_id": ui.endError}

    def show_error(self, label, text: str) -> None:
        """An error under its field; the row takes no room while empty."""
        label.setText(text)
        row, _ = self.ui.formLayout.getWidgetPosition(label)
        if row >= 0:
            self.ui.formLayout.setRowVisible(row, bool(text))

    def accept(self) -> None:
        for label in set(self._errors().values()):
            self.show_error(label, "")
        from opsassistant.gui.common.date_input import first_invalid

        if first_invalid(self) is not None:
            return
        try:
            segment = segments.save(self.trip_id, self.collect(), self.segment_id)
        except SegmentError as error:
            labels = self._errors()
            for key, message in error.problems.items():
                self.show_error(labels.get(key, self.ui.endError), message)
            return
        self.saved_segment_id = segment.id
        super().accept()

    def reject(self) -> None:
        if self.collect() != self._initial and not confirm_discard(self, self.tr("Discard the changes to this segment?")):
            return
        super().reject()
