"""Mail templates (ui/mail_templates.ui): the wording of each mail in Danish and English, merge fields in
braces; Save keeps the user's wording, "Restore the original wording" goes back to the built-in one."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QListWidgetItem, QWidget

from opsassistant.errors import UserError
from opsassistant.gui.common.unsaved import confirm_discard
from opsassistant.gui.forms.ui_mail_templates import Ui_MailTemplatesDialog
from opsassistant.i18n.language import current_language
from opsassistant.mail import templates

ROLE = Qt.ItemDataRole.UserRole


class MailTemplatesDialog(QDialog):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_MailTemplatesDialog()
        self.ui.setupUi(self)
        self._loading = False
        self._dirty = False
        for key in templates.KEYS:
            item = QListWidgetItem(templates.title(key))
            item.setData(ROLE, key)
            self.ui.templateList.addItem(item)
        self.ui.languageCombo.addItem("Dansk", "da")
        self.ui.languageCombo.addItem("English", "en")
        self.ui.languageCombo.setCurrentIndex(0 if current_language() == "da" else 1)
        self._shown = (templates.KEYS[0], self.ui.languageCombo.currentData())
        self.ui.templateList.currentRowChanged.connect(self._choose)
        self.ui.languageCombo.currentIndexChanged.connect(self._choose)
        self.ui.subjectEdit.textEdited.connect(self._touched)
        self.ui.bodyEdit.textChanged.connect(self._touched)
        self.ui.resetButton.clicked.connect(self.reset)
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).clicked.connect(self.save)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.templateList.setCurrentRow(0)
        self._load()

    def current(self) -> tuple[str, str]:
        item = self.ui.templateList.currentItem()
        return (item.data(ROLE) if item else templates.KEYS[0]), self.ui.languageCombo.currentData()

    def _choose(self, *_args) -> None:
        if self._loading or self.current() == self._shown:
            return
        if self._dirty and not confirm_discard(self, self.tr("Discard the changes to this template?")):
            self._loading = True
            key, lang = self._shown
            self.ui.templateList.setCurrentRow(templates.KEYS.index(key))
            self.ui.languageCombo.setCurrentIndex(0 if lang == "da" else 1)
            self._loading = False
            return
        self._load()

    def _load(self) -> None:
        key, lang = self.current()
        template = templates.get(key, lang)
        self._loading = True
        self.ui.subjectEdit.setText(template.subject)
        self.ui.bodyEdit.setPlainText(template.body)
        self._loading = False
        self._shown, self._dirty = (key, lang), False
        self.ui.resetButton.setEnabled(template.custom)
        self.ui.fieldsLabel.setText(self.tr("Merge fields: %1").replace(
            "%1", "  ".join("{" + f + "}" for f in templates.FIELDS[key])))
        self.ui.errorLabel.setVisible(False)

    def _touched(self, *_args) -> None:
        if not self._loading:
            self._dirty = True
            key, _ = self.current()
            problem = templates.problems(key, self.ui.subjectEdit.text(), self.ui.bodyEdit.toPlainText())
            self.ui.errorLabel.setText(problem)
            self.ui.errorLabel.setStyleSheet("color: #c0392b;")
            self.ui.errorLabel.setVisible(bool(problem))

    def save(self) -> bool:
        key, lang = self.current()
        try:
            templates.save(key, lang, self.ui.subjectEdit.text(), self.ui.bodyEdit.toPlainText())
        except UserError as error:
            self.ui.errorLabel.setText(str(error))
            self.ui.errorLabel.setVisible(True)
            return False
        self._load()
        return True

    def reset(self) -> None:
        key, lang = self.current()
        templates.reset(key, lang)
        self._load()

    def reject(self) -> None:
        if self._dirty and not confirm_discard(self, self.tr("Discard the changes to this template?")):
            return
        super().reject()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "ui"):
            self.ui.retranslateUi(self)
            for row, key in enumerate(templates.KEYS):
                self.ui.templateList.item(row).setText(templates.title(key))
            key, _ = self.current()
            self.ui.fieldsLabel.setText(self.tr("Merge fields: %1").replace(
                "%1", "  ".join("{" + f + "}" for f in templates.FIELDS[key])))
        super().changeEvent(event)
