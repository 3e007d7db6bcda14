"""Who the itinerary lists as emergency contacts: the assistant and the office (stored as Setting rows)."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QDialog, QWidget

from opsassistant.gui.forms.ui_trip_emergency import Ui_TripEmergencyDialog
from opsassistant.services.travel import emergency


class EmergencyContactsDialog(QDialog):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_TripEmergencyDialog()
        self.ui.setupUi(self)
        values = emergency.settings()
        self._edits = {"assistant.name": self.ui.assistantNameEdit, "assistant.phone": self.ui.assistantPhoneEdit,
                       "assistant.email": self.ui.assistantEmailEdit, "office.name": self.ui.officeNameEdit,
                       "office.phone": self.ui.officePhoneEdit}
        for key, edit in self._edits.items():
            edit.setText(values[key])
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "ui"):
            self.ui.retranslateUi(self)
        super().changeEvent(event)

    def accept(self) -> None:
        emergency.save_settings({key: edit.text() for key, edit in self._edits.items()})
        super().accept()
