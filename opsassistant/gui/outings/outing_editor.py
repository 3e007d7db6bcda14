"""Add or change an outing: what, when (in its own time zone), where, who organises, budget and programme."""

from __future__ import annotations

import re
from datetime import datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from PySide6.QtCore import QCoreApplication, QDateTime, QEvent, QStringListModel, QTime
from PySide6.QtWidgets import QCompleter, QTableWidgetItem, QWidget

from opsassistant.gui.common.edit_formats import datetime_format
from opsassistant.gui.forms.ui_outing_editor import Ui_OutingEditorDialog
from opsassistant.gui.outings.common import FormDialog, set_error
from opsassistant.services import principals
from opsassistant.services.outings import editing, money, participants
from opsassistant.services.outings.constants import KINDS, STATUSES, kind_label, status_label
from opsassistant.services.outings.editing import OutingData, OutingError, ProgrammeItemData

_CLOCK = re.compile(r"^\s*([01]?\d|2[0-3])[:.]([0-5]\d)\s*$")
_FULL = re.compile(r"^\s*(\d{1,2})-(\d{1,2})-(\d{4})\s+([01]?\d|2[0-3])[:.]([0-5]\d)\s*$")


def _to_qdatetime(moment: datetime) -> QDateTime:
    return QDateTime(moment.year, moment.month, moment.day, moment.hour, moment.minute, 0)


def _from_qdatetime(value: QDateTime, zone: ZoneInfo) -> datetime:
    d, t = value.date(), value.time()
    return datetime(d.year(), d.month(), d.day(), t.hour(), t.minute(), tzinfo=zone)


class OutingEditorDialog(FormDialog):
    def __init__(self, outing_id: int | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_OutingEditorDialog()
        self.ui.setupUi(self)
        self.outing_id = outing_id
        self.saved_id: int | None = None
        self.venue_contact_id: int | None = None
        for edit in (self.ui.startEdit, self.ui.endEdit):
            edit.setDisplayFormat(datetime_format())
        self._fill_combos()
        self._people = principals.list_principals()
        self.ui.organiserCombo.addItem(QCoreApplication.translate("OutingsGui", "(nobody)"), None)
        for person in self._people:
            self.ui.organiserCombo.addItem(person.name, person.id)
        self._venue_model = QStringListModel(self)
        self._venue_candidates: dict[str, int] = {}
        completer = QCompleter(self._venue_model, self)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.ui.venueEdit.setCompleter(completer)
        self.ui.venueEdit.textEdited.connect(self._suggest_venue)
        completer.activated[str].connect(self._venue_chosen)
        header = self.ui.programmeTable.horizontalHeader()
        header.resizeSection(0, 110)
        header.resizeSection(1, 220)
        self.ui.addItemButton.clicked.connect(self._add_item)
        self.ui.removeItemButton.clicked.connect(self._remove_item)
        if outing_id is None:
            start = QDateTime(QDateTime.currentDateTime().date().addDays(14), QTime(9, 0))
            self.ui.startEdit.setDateTime(start)
            self.ui.endEdit.setDateTime(start.addSecs(8 * 3600))
            self.ui.timezoneCombo.set_zone("Europe/Copenhagen")
            self.setWindowTitle(QCoreApplication.translate("OutingsGui", "New outing"))
        else:
            self._load(editing.load(outing_id))
            self.setWindowTitle(QCoreApplication.translate("OutingsGui", "Change outing"))
        self._duration = self.ui.startEdit.dateTime().secsTo(self.ui.endEdit.dateTime())
        self.ui.startEdit.dateTimeChanged.connect(self._start_moved)
        self.ui.endEdit.dateTimeChanged.connect(self._end_moved)
        self._finish_setup(self.ui.buttonBox)

    def _fill_combos(self) -> None:
        kind = self.ui.kindCombo.currentData() or "team_outing"
        status = self.ui.statusCombo.currentData() or "planning"
        self.ui.kindCombo.clear()
        for item in KINDS:
            self.ui.kindCombo.addItem(kind_label(item), item)
        self.ui.statusCombo.clear()
        for item in STATUSES:
            self.ui.statusCombo.addItem(status_label(item), item)
        self.ui.kindCombo.setCurrentIndex(KINDS.index(kind))
        self.ui.statusCombo.setCurrentIndex(STATUSES.index(status))

    def _load(self, data: OutingData) -> None:
        ui = self.ui
        ui.titleEdit.setText(data.title)
        ui.kindCombo.setCurrentIndex(KINDS.index(data.kind))
        ui.statusCombo.setCurrentIndex(STATUSES.index(data.status))
        ui.startEdit.setDateTime(_to_qdatetime(data.start))
        ui.endEdit.setDateTime(_to_qdatetime(data.end))
        ui.timezoneCombo.set_zone(data.timezone)
        ui.venueEdit.setText(data.venue)
        self.venue_contact_id = data.venue_contact_id
        index = ui.organiserCombo.findData(data.organiser_id)
        ui.organiserCombo.setCurrentIndex(max(index, 0))
        ui.budgetEdit.setText(money.decimal_text(data.budget_minor, data.currency).replace(".", ","))
        ui.currencyEdit.setText(data.currency)
        ui.descriptionEdit.setPlainText(data.description)
        for item in data.programme:
            shown = ""
            if item.start is not None:
                shown = item.start.strftime("%H:%M") if item.start.date() == data.start.date() \
                    else item.start.strftime("%d-%m-%Y %H:%M")
            self._add_item(shown, item.title, item.notes)

    # --- behaviour ---------------------------------------------------------------------------------------
    def _start_moved(self, value: QDateTime) -> None:
        """Moving the start keeps the length: the end follows."""
        self.ui.endEdit.blockSignals(True)
        self.ui.endEdit.setDateTime(value.addSecs(self._duration))
        self.ui.endEdit.blockSignals(False)

    def _end_moved(self, value: QDateTime) -> None:
        self._duration = max(self.ui.startEdit.dateTime().secsTo(value), 0)

    def _suggest_venue(self, text: str) -> None:
        people = [p for p in participants.search_people(text, limit=10) if p.kind == "contact"]
        self._venue_candidates = {p.name: p.id for p in people}
        if self.venue_contact_id and text not in self._venue_candidates:
            self.venue_contact_id = None
        self._venue_model.setStringList(list(self._venue_candidates))

    def _venue_chosen(self, name: str) -> None:
        self.venue_contact_id = self._venue_candidates.get(name)

    def _add_item(self, time_text: str = "", title: str = "", notes: str = "") -> None:
        table = self.ui.programmeTable
        row = table.rowCount()
        table.insertRow(row)
        for column, text in enumerate((time_text or "", title or "", notes or "")):
            table.setItem(row, column, QTableWidgetItem(text))
        if not title:
            table.setCurrentCell(row, 0)
            table.setFocus()

    def _remove_item(self) -> None:
        row = self.ui.programmeTable.currentRow()
        if row >= 0:
            self.ui.programmeTable.removeRow(row)

    # --- saving ------------------------------------------------------------------------------------------
    def _programme(self, zone: ZoneInfo, start: datetime) -> list[ProgrammeItemData]:
        items = []
        table = self.ui.programmeTable
        for row in range(table.rowCount()):
            cells = [(table.item(row, c).text().strip() if table.item(row, c) else "") for c in range(3)]
            if not any(cells):
                continue
            moment = None
            if cells[0]:
                clock, full = _CLOCK.match(cells[0]), _FULL.match(cells[0])
                if clock:
                    moment = datetime.combine(start.date(), datetime.min.time(), zone).replace(
                        hour=int(clock[1]), minute=int(clock[2]))
                elif full:
                    try:
                        moment = datetime(int(full[3]), int(full[2]), int(full[1]), int(full[4]), int(full[5]),
                                          tzinfo=zone)
                    except ValueError:
                        full = None
                if moment is None:
                    raise OutingError({"programme": QCoreApplication.translate("OutingsGui", "Write programme times as 14:30 (or 13-06-2026 14:30).")})
            items.append(ProgrammeItemData(moment, cells[1], cells[2]))
        return items

    def data(self) -> OutingData:
        problems: dict[str, str] = {}
        zone_name = self.ui.timezoneCombo.zone()
        try:
            zone = ZoneInfo(zone_name)
        except (ZoneInfoNotFoundError, ValueError):
            zone = ZoneInfo("UTC")
            problems["timezone"] = QCoreApplication.translate("OutingsGui", "Unknown time zone. Use a name such as Europe/Copenhagen.")
        currency = self.ui.currencyEdit.text().strip().upper()
        budget = 0
        try:
            currency = money.check_currency(currency)
            if self.ui.budgetEdit.text().strip():
                budget = money.parse_amount(self.ui.budgetEdit.text(), currency)
        except money.MoneyError as exc:
            problems["budget"] = str(exc)
        start = _from_qdatetime(self.ui.startEdit.dateTime(), zone)
        end = _from_qdatetime(self.ui.endEdit.dateTime(), zone)
        programme = []
        try:
            programme = self._programme(zone, start)
        except OutingError as exc:
            problems.update(exc.problems)
        if problems:
            raise OutingError(problems)
        return OutingData(
            title=self.ui.titleEdit.text(), kind=self.ui.kindCombo.currentData(), start=start, end=end,
            timezone=zone_name, venue=self.ui.venueEdit.text(), venue_contact_id=self.venue_contact_id,
            organiser_id=self.ui.organiserCombo.currentData(), description=self.ui.descriptionEdit.toPlainText(),
            status=self.ui.statusCombo.currentData(), budget_minor=budget, currency=currency, programme=programme)

    def accept(self) -> None:
        from opsassistant.gui.common.date_input import first_invalid

        if first_invalid(self) is not None:
            return
        try:
            outing = editing.save(self.data(), self.outing_id)
        except OutingError as exc:
            self._show_problems(exc.problems)
            return
        self.saved_id = outing.id
        self.mark_clean()
        super().accept()

    def _show_problems(self, problems: dict[str, str]) -> None:
        ui = self.ui
        budget = problems.get("budget") or problems.get("currency")
        set_error(ui.titleError, problems.get("title"))
        set_error(ui.endError, problems.get("end") or problems.get("start"))
        set_error(ui.timezoneError, problems.get("timezone"))
        set_error(ui.budgetError, budget)
        set_error(ui.programmeError, problems.get("programme"))
        order = [("title", ui.titleEdit), ("end", ui.endEdit), ("timezone", ui.timezoneCombo),
                 ("budget", ui.budgetEdit), ("currency", ui.currencyEdit), ("programme", ui.programmeTable)]
        for key, widget in order:
            if key in problems:
                widget.setFocus()
                break

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._fill_combos()
            self.ui.organiserCombo.setItemText(0, QCoreApplication.translate("OutingsGui", "(nobody)"))
            self.setWindowTitle(QCoreApplication.translate("OutingsGui", "New outing") if self.outing_id is None else QCoreApplication.translate("OutingsGui", "Change outing"))
        super().changeEvent(event)

