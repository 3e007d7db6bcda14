"""The visitor editor: name, company, e-mail, host, expected time, purpose and the badge's language."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from opsassistant.errors import UserError
from opsassistant.gui.common.date_input import DateTimeInput, first_invalid
from opsassistant.services import principals
from opsassistant.services.home import home_zone
from opsassistant.services.reception import visitors
from opsassistant.services.reception.visitors import VisitorData


class VisitorDialog(QDialog):
    def __init__(self, visitor_id: int | None = None, parent: QWidget | None = None,
                 expected: datetime | None = None):
        super().__init__(parent)
        self.visitor_id = visitor_id
        self.saved_id: int | None = None
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.name_edit = QLineEdit(self)
        self.company_edit = QLineEdit(self)
        self.email_edit = QLineEdit(self)
        self.host_combo = QComboBox(self)
        self.host_combo.addItem("", None)
        for person in principals.list_principals(include_hidden=False):
            self.host_combo.addItem(person.name, person.id)
        self.when_edit = DateTimeInput(self)  # read when left, never clamped while typing
        self.when_edit.setCalendarPopup(True)
        self.purpose_edit = QLineEdit(self)
        self.language_combo = QComboBox(self)
        self.language_combo.addItem("", "da")
        self.language_combo.addItem("", "en")
        self.labels = [QLabel(self) for _ in range(7)]
        fields = [self.name_edit, self.company_edit, self.email_edit, self.host_combo, self.when_edit,
                  self.purpose_edit, self.language_combo]
        for label, field in zip(self.labels, fields, strict=True):
            label.setBuddy(field)
            form.addRow(label, field)
        layout.addLayout(form)
        self.error_label = QLabel(self)
        self.error_label.setStyleSheet("color: #c0392b")
        self.error_label.setWordWrap(True)
        layout.addWidget(self.error_label)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        zone = ZoneInfo(home_zone())
        if visitor_id is not None:
            record = visitors.get(visitor_id)
            self.name_edit.setText(record.name)
            self.company_edit.setText(record.company)
            self.email_edit.setText(record.email)
            self.host_combo.setCurrentIndex(max(0, self.host_combo.findData(record.host_id)))
            moment = record.expected.replace(tzinfo=None)
            self.purpose_edit.setText(record.purpose)
            self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(record.language)))
        else:
            moment = (expected or datetime.now(zone).replace(second=0, microsecond=0)).replace(tzinfo=None)
        self.when_edit.set_value(moment)
        self._initial = self._state()
        self.retranslate()
        self.name_edit.setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("New guest") if self.visitor_id is None else self.tr("Edit guest"))
        texts = [self.tr("&Name:"), self.tr("&Company:"), self.tr("&E-mail:"), self.tr("&Host:"),
                 self.tr("E&xpected:"), self.tr("&Purpose:"), self.tr("&Badge language:")]
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)
            label.buddy().setAccessibleName(text.replace("&", "").rstrip(":"))
        self.language_combo.setItemText(0, self.tr("Danish"))
        self.language_combo.setItemText(1, self.tr("English"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "labels"):
            self.retranslate()
        super().changeEvent(event)

    def _state(self) -> tuple:
        return (self.name_edit.text(), self.company_edit.text(), self.email_edit.text(),
                self.host_combo.currentIndex(), self.when_edit.text(), self.purpose_edit.text(),
                self.language_combo.currentIndex())

    def data(self) -> VisitorData:
        moment = self.when_edit.value()
        return VisitorData(name=self.name_edit.text(), expected=moment, company=self.company_edit.text(),
                           email=self.email_edit.text(), host_id=self.host_combo.currentData(),
                           purpose=self.purpose_edit.text(), language=self.language_combo.currentData())

    def accept(self) -> None:
        if first_invalid(self) is not None:  # a time that cannot be read: its sentence under it, nothing saved
            return
        try:
            record = visitors.save(self.data(), self.visitor_id)
        except UserError as error:
            self.error_label.setText(str(error))
            self.name_edit.setFocus()
            return
        self.saved_id = record.id
        super().accept()

    def reject(self) -> None:
        if self._state() != self._initial and QMessageBox.question(
                self, self.windowTitle(), self.tr("Discard the changes?")) != QMessageBox.StandardButton.Yes:
            return
        super().reject()
