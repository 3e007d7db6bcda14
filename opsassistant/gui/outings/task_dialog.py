"""Add or change one task of an outing's checklist."""

from __future__ import annotations

from PySide6.QtCore import QDate, QEvent
from PySide6.QtWidgets import QWidget

from opsassistant.gui.common.edit_formats import date_format
from opsassistant.gui.forms.ui_outing_task import Ui_TaskDialog
from opsassistant.gui.outings.common import FormDialog, qdate, set_error
from opsassistant.services.outings import tasks
from opsassistant.services.outings.editing import OutingError


class TaskDialog(FormDialog):
    def __init__(self, outing_id: int, task_id: int | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_TaskDialog()
        self.ui.setupUi(self)
        self.outing_id, self.task_id = outing_id, task_id
        self.ui.dueEdit.setDisplayFormat(date_format())
        self.ui.dueEdit.setDate(QDate.currentDate().addDays(7))
        if task_id is not None:
            task = next(t for t in tasks.of_outing(outing_id) if t.id == task_id)
            self.ui.titleEdit.setText(task.title)
            self.ui.doneCheck.setChecked(task.done)
            if task.due_date:
                self.ui.dueCheck.setChecked(True)
                self.ui.dueEdit.setDate(qdate(task.due_date))
        self._finish_setup(self.ui.buttonBox)

    def accept(self) -> None:
        from opsassistant.gui.common.date_input import first_invalid

        if first_invalid(self) is not None:
            return
        due = self.ui.dueEdit.date().toPython() if self.ui.dueCheck.isChecked() else None
        try:
            tasks.save(self.outing_id, self.ui.titleEdit.text(), due, self.task_id, self.ui.doneCheck.isChecked())
        except OutingError as exc:
            set_error(self.ui.titleError, exc.problems.get("title", str(exc)))
            self.ui.titleEdit.setFocus()
            return
        self.mark_clean()
        super().accept()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
        super().changeEvent(event)
