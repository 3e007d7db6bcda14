"""Find a time (ui/find_time.ui): the first free slots for the chosen principals, inside working hours."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QListWidgetItem, QWidget

from opsassistant.gui.forms.ui_find_time import Ui_FindTimeDialog
from opsassistant.i18n.formatting import format_full_date, format_time
from opsassistant.services import principals as principal_service
from opsassistant.services.calendar import free_time

ROLE = Qt.ItemDataRole.UserRole


class FindTimeDialog(QDialog):
    """OK returns the chosen slot in ``chosen`` (start, end) so the panel can open a new appointment there."""

    def __init__(self, parent: QWidget | None = None, principal_ids: list[int] | None = None,
                 after: datetime | None = None):
        super().__init__(parent)
        self.ui = Ui_FindTimeDialog()
        self.ui.setupUi(self)
        self.after = after
        self.chosen: tuple[datetime, datetime] | None = None
        for person in principal_service.list_principals():
            item = QListWidgetItem(person.name)
            item.setData(ROLE, person.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            wanted = principal_ids is None and person.role == "executive" or person.id in (principal_ids or [])
            item.setCheckState(Qt.CheckState.Checked if wanted else Qt.CheckState.Unchecked)
            self.ui.principalList.addItem(item)
        self.ui.searchButton.clicked.connect(self.search)
        self.ui.buttonBox.accepted.connect(self._choose)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.slotList.itemActivated.connect(lambda _item: self._choose())
        self.retranslate()

    def retranslate(self) -> None:
        self.ui.retranslateUi(self)
        self.ui.durationSpin.setSuffix(" " + self.tr("min"))
        self.ui.daysSpin.setSuffix(" " + self.tr("days"))
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Book this time"))
        if not self.ui.resultLabel.text():
            self.ui.resultLabel.setText(self.tr("Choose principals and a duration, then press Search."))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "ui"):
            self.retranslate()
        super().changeEvent(event)

    def principal_ids(self) -> list[int]:
        widget = self.ui.principalList
        return [widget.item(r).data(ROLE) for r in range(widget.count())
                if widget.item(r).checkState() == Qt.CheckState.Checked]

    def search(self) -> None:
        slots = free_time.find_slots(self.principal_ids(), timedelta(minutes=self.ui.durationSpin.value()),
                                     after=self.after, days=self.ui.daysSpin.value(), limit=8)
        self.ui.slotList.clear()
        for start, end in slots:
            item = QListWidgetItem(f"{format_full_date(start.date())}  {format_time(start)}–{format_time(end)}")
            item.setData(ROLE, (start, end))
            self.ui.slotList.addItem(item)
        if slots:
            self.ui.slotList.setCurrentRow(0)
            self.ui.resultLabel.setText(self.tr("The first free times inside everyone's working hours:"))
        else:
            self.ui.resultLabel.setText(self.tr("No free time found in the period. Try a shorter duration or "
                                                "more days."))

    def _choose(self) -> None:
        item = self.ui.slotList.currentItem()
        if item is None:
            self.search()
            return
        self.chosen = item.data(ROLE)
        self.accept()
