"""Settings: the UI language, and the executive and team members whose days are managed.

Edits are kept in memory until OK, then saved in one transaction; Cancel asks before dropping changes.
"""

from __future__ import annotations

from dataclasses import asdict, replace

from PySide6.QtCore import QEvent, QTime
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QColorDialog, QDialog, QListWidgetItem, QWidget

from opsassistant.gui.common.unsaved import confirm_discard
from opsassistant.gui.forms.ui_settings import Ui_SettingsDialog
from opsassistant.gui.language_switch import language, set_language
from opsassistant.services import principals
from opsassistant.services.principals import PrincipalData

ROLES = ("executive", "team")


class SettingsDialog(QDialog):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_SettingsDialog()
        self.ui.setupUi(self)
        self._loading = False
        self._dirty = False
        self.ui.databaseLabel.setText(str(getattr(parent, "db_path", "")))
        self.ui.roleCombo.addItems(["", ""])
        self.ui.languageCombo.addItem("Dansk", "da")
        self.ui.languageCombo.addItem("English", "en")
        self.ui.languageCombo.setCurrentIndex(0 if language() == "da" else 1)
        self.ui.languageCombo.currentIndexChanged.connect(self._mark_dirty)

        self._people: list[list] = [[p.id, _data_of(p)] for p in principals.list_principals()]
        self._removed: list[int] = []
        for _ in self._people:
            self.ui.principalList.addItem(QListWidgetItem())
        self._refresh_list_texts()
        self.ui.principalList.setSpacing(3)
        self.ui.principalList.currentRowChanged.connect(self._show_person)
        self.ui.addButton.clicked.connect(self.add_person)
        self.ui.removeButton.clicked.connect(self.remove_person)
        self.ui.colourButton.clicked.connect(self._choose_colour)
        for edit in (self.ui.nameEdit, self.ui.titleEdit, self.ui.emailEdit, self.ui.phoneEdit):
            edit.textEdited.connect(self._store_current)
        self.ui.roleCombo.currentIndexChanged.connect(self._store_current)
        self.ui.zoneCombo.currentTextChanged.connect(self._store_current)
        self.ui.workStartEdit.timeChanged.connect(self._store_current)
        self.ui.workEndEdit.timeChanged.connect(self._store_current)
        for day in range(1, 8):
            self._day_check(day).toggled.connect(self._store_current)
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        self._retranslate()
        from opsassistant.gui.mail.settings_page import add_to_settings

        self.mail_page = add_to_settings(self)  # Settings ▸ E-mail (its own module)
        from opsassistant.gui.reception.settings_page import add_to_settings as add_reception

        self.reception_page = add_reception(self)  # Settings ▸ Reception: the visitor log's retention
        if self._people:
            self.ui.principalList.setCurrentRow(0)
        else:
            self.ui.editor.setEnabled(False)
        self._dirty = False

    # --- editing ------------------------------------------------------------------------------------------
    def _day_check(self, day: int):
        return getattr(self.ui, f"day{day}Check")

    def _current(self) -> list | None:
        row = self.ui.principalList.currentRow()
        return self._people[row] if 0 <= row < len(self._people) else None

    def _show_person(self, row: int) -> None:
        person = self._current()
        self.ui.editor.setEnabled(person is not None)
        self.ui.removeButton.setEnabled(person is not None)
        if person is None:
            return
        data: PrincipalData = person[1]
        self._loading = True
        self.ui.nameEdit.setText(data.name)
        self.ui.roleCombo.setCurrentIndex(ROLES.index(data.role))
        self.ui.titleEdit.setText(data.title)
        self.ui.zoneCombo.set_zone(data.home_timezone)
        self.ui.workStartEdit.setTime(QTime.fromString(data.work_start, "HH:mm"))
        self.ui.workEndEdit.setTime(QTime.fromString(data.work_end, "HH:mm"))
        for day in range(1, 8):
            self._day_check(day).setChecked(str(day) in data.work_days)
        self.ui.emailEdit.setText(data.email)
        self.ui.phoneEdit.setText(data.phone)
        self._show_colour(data.colour)
        self._loading = False
        self._show_problems(principals.validate(data))

    def _store_current(self, *_args) -> None:
        person = self._current()
        if self._loading or person is None:
            return
        person[1] = replace(
            person[1],
            name=self.ui.nameEdit.text(),
            role=ROLES[max(self.ui.roleCombo.currentIndex(), 0)],
            title=self.ui.titleEdit.text(),
            home_timezone=self.ui.zoneCombo.zone(),
            work_start=self.ui.workStartEdit.time().toString("HH:mm"),
            work_end=self.ui.workEndEdit.time().toString("HH:mm"),
            work_days="".join(str(d) for d in range(1, 8) if self._day_check(d).isChecked()),
            email=self.ui.emailEdit.text(),
            phone=self.ui.phoneEdit.text(),
        )
        self._mark_dirty()
        self._refresh_list_texts()
        self._show_problems(principals.validate(person[1]))

    def _show_problems(self, problems: dict[str, str]) -> None:
        self.ui.nameError.setText(problems.get("name", ""))
        self.ui.zoneError.setText(problems.get("home_timezone", ""))
        self.ui.hoursError.setText(problems.get("work_end", problems.get("work_start", "")))
        for label in (self.ui.nameError, self.ui.zoneError, self.ui.hoursError):
            label.setVisible(bool(label.text()))

    def _show_colour(self, colour: str) -> None:
        self.ui.colourButton.setStyleSheet(
            f"QPushButton {{ background-color: {colour}; color: {_contrast(colour)}; }}")
        self.ui.colourButton.setProperty("colour", colour)

    def _choose_colour(self) -> None:
        person = self._current()
        if person is None:
            return
        chosen = QColorDialog.getColor(QColor(person[1].colour), self, self.tr("Colour"))
        if chosen.isValid():
            person[1] = replace(person[1], colour=chosen.name())
            self._show_colour(chosen.name())
            self._mark_dirty()

    def add_person(self) -> None:
        role = "executive" if not any(p[1].role == "executive" for p in self._people) else "team"
        self._people.append([None, PrincipalData(name="", role=role)])
        self.ui.principalList.addItem(QListWidgetItem())
        self._refresh_list_texts()
        self.ui.principalList.setCurrentRow(len(self._people) - 1)
        self.ui.tabs.setCurrentWidget(self.ui.principalsTab)
        self.ui.nameEdit.setFocus()
        self._mark_dirty()

    def remove_person(self) -> None:
        row = self.ui.principalList.currentRow()
        if row < 0:
            return
        principal_id, data = self._people.pop(row)
        if principal_id is not None:
            self._removed.append(principal_id)
        self.ui.principalList.takeItem(row)
        self._mark_dirty()
        self._show_person(self.ui.principalList.currentRow())

    def _refresh_list_texts(self) -> None:
        for row, (_, data) in enumerate(self._people):
            item = self.ui.principalList.item(row)
            role = self.tr("Executive") if data.role == "executive" else self.tr("Team member")
            item.setText(f"{data.name or self.tr('(no name)')}\n{role}")

    def _mark_dirty(self, *_args) -> None:
        if not self._loading:
            self._dirty = True

    # --- closing ------------------------------------------------------------------------------------------
    def accept(self) -> None:
        from opsassistant.gui.common.date_input import first_invalid

        if first_invalid(self) is not None:
            return
        for row, (_, data) in enumerate(self._people):
            if principals.validate(data):
                self.ui.tabs.setCurrentWidget(self.ui.principalsTab)
                self.ui.principalList.setCurrentRow(row)
                self._show_problems(principals.validate(data))
                return
        if not self.reception_page.save():
            self.ui.tabs.setCurrentWidget(self.reception_page)
            return
        if not self.mail_page.save():
            self.ui.tabs.setCurrentWidget(self.mail_page)
            return
        principals.save_all([(pid, data) for pid, data in self._people], self._removed)
        chosen = self.ui.languageCombo.currentData()
        if chosen != language():
            set_language(chosen)
        self._dirty = False
        super().accept()

    def reject(self) -> None:
        if (self._dirty or self.mail_page.changed or self.reception_page.changed) and not confirm_discard(self, self.tr("Discard the changes you made in Settings?")):
            return
        super().reject()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.ui.roleCombo.setItemText(0, self.tr("Executive"))
        self.ui.roleCombo.setItemText(1, self.tr("Team member"))
        self._refresh_list_texts()


def _data_of(principal) -> PrincipalData:
    fields = asdict(PrincipalData(name=""))
    return PrincipalData(**{key: getattr(principal, key) for key in fields})


def _contrast(colour: str) -> str:
    return "#000000" if QColor(colour).lightness() > 140 else "#ffffff"
