"""Settings ▸ Reception: how long the visitor log keeps a visit (1–365 days, default 30), saved through
``services.reception.retention`` on OK. ``add_to_settings(dialog)`` is the one hook in the settings dialog."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QSpinBox, QVBoxLayout, QWidget

from opsassistant.errors import UserError
from opsassistant.services.reception import retention


class ReceptionSettingsPage(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.changed = False
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.days_spin = QSpinBox(self)
        self.days_spin.setRange(retention.MIN_DAYS, retention.MAX_DAYS)
        self.days_spin.setValue(min(max(retention.retention_days(), retention.MIN_DAYS), retention.MAX_DAYS))
        self.days_label = QLabel(self)
        self.days_label.setBuddy(self.days_spin)
        self.unit_label = QLabel(self)
        row = QHBoxLayout()
        row.addWidget(self.days_spin)
        row.addWidget(self.unit_label)
        row.addStretch(1)
        form.addRow(self.days_label, row)
        layout.addLayout(form)
        self.hint_label = QLabel(self)
        self.hint_label.setWordWrap(True)
        self.hint_label.setEnabled(False)
        layout.addWidget(self.hint_label)
        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #c0392b;")
        self.error_label.setVisible(False)
        layout.addWidget(self.error_label)
        layout.addStretch(1)
        self.days_spin.valueChanged.connect(self._touched)
        self._retranslate()

    def _touched(self, *_args) -> None:
        self.changed = True

    def save(self) -> bool:
        """Store the period when it was changed; False with the reason shown when it cannot be."""
        self.days_spin.interpretText()  # what was typed counts, even before the field is left
        if not self.changed:
            return True
        try:
            retention.set_retention_days(self.days_spin.value())
        except UserError as error:
            self.error_label.setText(str(error))
            self.error_label.setVisible(True)
            return False
        self.error_label.setVisible(False)
        self.changed = False
        return True

    def _retranslate(self) -> None:
        self.days_label.setText(self.tr("&Keep the visitor log for:"))
        self.unit_label.setText(self.tr("days (1–365)"))
        self.days_spin.setAccessibleName(self.tr("Days the visitor log keeps a visit"))
        self.hint_label.setText(self.tr(
            "Each visit is deleted for good this many days after its last moment (expected, arrived or left): "
            "personal data is kept no longer than necessary (GDPR art. 5(1)(e)). The purge runs when the "
            "program starts; “opsassistant check” shows what it would delete."))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "hint_label"):
            self._retranslate()
            tabs = getattr(self, "tabs", None)
            if tabs is not None and tabs.indexOf(self) >= 0:
                tabs.setTabText(tabs.indexOf(self), self.tr("Reception"))
        super().changeEvent(event)


def add_to_settings(dialog) -> ReceptionSettingsPage:
    """Add the Reception tab to the settings dialog; the dialog calls ``page.save()`` on OK."""
    page = ReceptionSettingsPage(dialog.ui.tabs)
    page.tabs = dialog.ui.tabs
    dialog.ui.tabs.addTab(page, QCoreApplication.translate("ReceptionSettingsPage", "Reception"))
    return page
