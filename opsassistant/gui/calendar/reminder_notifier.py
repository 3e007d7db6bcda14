"""Reminders while the app runs: a timer asks the services what is due and shows a small window for each."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QDialog, QWidget

from opsassistant.gui.forms.ui_reminder import Ui_ReminderDialog
from opsassistant.i18n.formatting import format_datetime
from opsassistant.services.calendar.occurrences import Occurrence, home_zone, zone
from opsassistant.services.calendar.reminders import ReminderQueue

SNOOZE_MINUTES = (5, 10, 15, 30, 60)


class ReminderDialog(QDialog):
    def __init__(self, occ: Occurrence, notifier: ReminderNotifier, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_ReminderDialog()
        self.ui.setupUi(self)
        self.occ, self.notifier = occ, notifier
        self.ui.snoozeButton.clicked.connect(self.snooze)
        self.ui.dismissButton.clicked.connect(self.dismiss)
        self.retranslate()

    def retranslate(self) -> None:
        self.ui.retranslateUi(self)
        current = self.ui.snoozeCombo.currentIndex()
        self.ui.snoozeCombo.clear()
        for minutes in SNOOZE_MINUTES:
            self.ui.snoozeCombo.addItem(self.tr("%n minute(s)", "", minutes), minutes)
        self.ui.snoozeCombo.setCurrentIndex(max(0, current))
        self.ui.titleLabel.setText(self.occ.title)
        when = format_datetime(self.occ.start, self.occ.start_timezone)
        detail = self.tr("Starts %1").replace("%1", when)
        if self.occ.location:
            detail += "\n" + self.occ.location
        self.ui.detailLabel.setText(detail)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "occ"):
            self.retranslate()
        super().changeEvent(event)

    def snooze(self) -> None:
        self.notifier.queue.snooze(self.occ, self.notifier.now(), self.ui.snoozeCombo.currentData())
        self.accept()

    def dismiss(self) -> None:
        self.notifier.queue.dismiss(self.occ)
        self.accept()


class ReminderNotifier(QObject):
    """Checks every 30 s; ``check()`` can be called directly (tests, after an edit)."""

    def __init__(self, parent: QWidget | None = None, interval_ms: int = 30_000):
        super().__init__(parent)
        self.queue = ReminderQueue()
        self.window_parent = parent
        self.open: list[ReminderDialog] = []
        self.now = lambda: datetime.now(zone(home_zone()))
        self.timer = QTimer(self, interval=interval_ms, timeout=self.check)

    def start(self) -> None:
        self.timer.start()
        QTimer.singleShot(0, self.check)

    def check(self) -> list[ReminderDialog]:
        shown = []
        for occ in self.queue.due(self.now()):
            dialog = ReminderDialog(occ, self, self.window_parent)
            dialog.setModal(False)
            dialog.finished.connect(lambda _r, d=dialog: self.open.remove(d) if d in self.open else None)
            self.open.append(dialog)
            dialog.show()
            shown.append(dialog)
        return shown
