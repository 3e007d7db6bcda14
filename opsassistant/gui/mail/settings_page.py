"""Settings ▸ E-mail (ui/mail_settings.ui): who sends (the assistant), and how mails are handed over.

The password goes to the OS keyring when Settings is saved, and only when one was typed; the page never reads
it back. ``add_to_settings(dialog)`` is the one hook in the settings dialog."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from opsassistant.errors import UserError
from opsassistant.gui.forms.ui_mail_settings import Ui_MailSettingsPage
from opsassistant.services.mail import settings as mail_settings
from opsassistant.services.mail.settings import MailSettings


class MailSettingsPage(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_MailSettingsPage()
        self.ui.setupUi(self)
        self.changed = False
        self.ui.transportCombo.addItems(["", ""])
        self.ui.securityCombo.addItems(["", "", ""])
        self._retranslate()
        current = mail_settings.load()
        self.ui.nameEdit.setText(current.assistant_name)
        self.ui.emailEdit.setText(current.assistant_email)
        self.ui.transportCombo.setCurrentIndex(mail_settings.TRANSPORTS.index(current.transport))
        self.ui.hostEdit.setText(current.smtp_host)
        self.ui.securityCombo.setCurrentIndex(mail_settings.SECURITY.index(current.smtp_security))
        self.ui.portSpin.setValue(current.smtp_port)
        self.ui.userEdit.setText(current.smtp_user)
        self.ui.smsEdit.setText(current.sms_gateway)
        self.ui.errorLabel.setVisible(False)
        for hint in (self.ui.senderHint, self.ui.passwordHint, self.ui.smsHint):
            # the form grows expanding fields only: a hint kept at its own width wrapped into a narrow
            # column that the tab's height then clipped
            hint.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.ui.securityCombo.currentIndexChanged.connect(self._security_changed)
        self.ui.transportCombo.currentIndexChanged.connect(self._update_enabled)
        for edit in (self.ui.nameEdit, self.ui.emailEdit, self.ui.hostEdit, self.ui.userEdit, self.ui.passwordEdit,
                     self.ui.smsEdit):
            edit.textEdited.connect(self._touched)
        for combo in (self.ui.transportCombo, self.ui.securityCombo):
            combo.currentIndexChanged.connect(self._touched)
        self.ui.portSpin.valueChanged.connect(self._touched)
        self.ui.templatesButton.clicked.connect(self.edit_templates)
        self._update_enabled()
        self.changed = False

    def _touched(self, *_args) -> None:
        self.changed = True

    def _security_changed(self, index: int) -> None:
        self.ui.portSpin.setValue(mail_settings.default_port(mail_settings.SECURITY[index]))

    def _update_enabled(self, *_args) -> None:
        smtp = self.ui.transportCombo.currentIndex() == mail_settings.TRANSPORTS.index("smtp")
        for widget in (self.ui.hostEdit, self.ui.securityCombo, self.ui.portSpin, self.ui.userEdit,
                       self.ui.passwordEdit):
            widget.setEnabled(smtp)

    def data(self) -> MailSettings:
        return MailSettings(
            assistant_name=self.ui.nameEdit.text().strip(), assistant_email=self.ui.emailEdit.text().strip(),
            transport=mail_settings.TRANSPORTS[self.ui.transportCombo.currentIndex()],
            smtp_host=self.ui.hostEdit.text().strip(), smtp_port=self.ui.portSpin.value(),
            smtp_security=mail_settings.SECURITY[self.ui.securityCombo.currentIndex()],
            smtp_user=self.ui.userEdit.text().strip(), sms_gateway=self.ui.smsEdit.text().strip())

    def save(self) -> bool:
        """Store the settings (and a typed password in the keyring); False with the reason shown when not."""
        data = self.data()
        problems = mail_settings.validate(data)
        try:
            if problems:
                raise UserError(" ".join(problems.values()))
            if self.ui.passwordEdit.text():
                from opsassistant.mail import secrets

                secrets.store_password(data.smtp_host, data.smtp_user, self.ui.passwordEdit.text())
            mail_settings.save(data)
        except UserError as error:
            self.ui.errorLabel.setText(str(error))
            self.ui.errorLabel.setStyleSheet("color: #c0392b;")
            self.ui.errorLabel.setVisible(True)
            return False
        self.ui.passwordEdit.clear()
        self.changed = False
        return True

    def edit_templates(self):
        from opsassistant.gui.common.dialogs import registry
        from opsassistant.gui.mail.template_dialog import MailTemplatesDialog

        return registry().open((id(self), "templates"), lambda: MailTemplatesDialog(self))

    def _retranslate(self) -> None:
        for index, text in enumerate((self.tr("as drafts in my mail program"), self.tr("by SMTP from here"))):
            self.ui.transportCombo.setItemText(index, text)
        for index, text in enumerate((self.tr("STARTTLS"), self.tr("SSL/TLS"), self.tr("None (local relay only)"))):
            self.ui.securityCombo.setItemText(index, text)
        self.ui.passwordHint.setText(self.tr("Kept in the system keyring, never in the database. Leave it empty to "
                                             "keep the password already stored."))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "ui"):
            self.ui.retranslateUi(self)
            self._retranslate()
            tabs = getattr(self, "tabs", None)
            if tabs is not None and tabs.indexOf(self) >= 0:
                tabs.setTabText(tabs.indexOf(self), self.tr("E-mail"))
        super().changeEvent(event)


def add_to_settings(dialog) -> MailSettingsPage:
    """Add the E-mail tab to the settings dialog; the dialog calls ``page.save()`` on OK."""
    page = MailSettingsPage(dialog.ui.tabs)
    page.tabs = dialog.ui.tabs
    dialog.ui.tabs.addTab(page, QCoreApplication.translate("MailSettingsPage", "E-mail"))
    return page
