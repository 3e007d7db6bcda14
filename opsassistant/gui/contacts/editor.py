"""The contact editor (ui/contact_editor.ui): any number of typed phones, e-mails and addresses.

Numbers are parsed as they are typed and shown formatted for reading beside the field; an unparseable number is
kept as typed and flagged. Save warns once when the contact looks like an existing one. Esc / Cancel with
unsaved changes asks before discarding.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QToolButton,
    QWidget,
)

from opsassistant.gui.common.edit_formats import date_format
from opsassistant.gui.forms.ui_contact_editor import Ui_ContactEditorForm
from opsassistant.services.contacts import duplicates, editing
from opsassistant.services.contacts.editing import AddressData, ContactData, EmailData, PhoneData
from opsassistant.services.phones import format_for_reading

ERROR_STYLE = "color: palette(highlight); font-weight: bold;"


def kind_names() -> dict[str, str]:
    return {"mobile": QCoreApplication.translate("ContactEditor", "Mobile"),
            "work": QCoreApplication.translate("ContactEditor", "Work"),
            "home": QCoreApplication.translate("ContactEditor", "Home"),
            "fax": QCoreApplication.translate("ContactEditor", "Fax"),
            "other": QCoreApplication.translate("ContactEditor", "Other")}


class _Row(QWidget):
    """One line of a list (phone, e-mail or address) with a kind and a remove button."""

    def __init__(self, kinds: tuple[str, ...], names: dict[str, str], kind: str, parent=None):
        super().__init__(parent)
        self.layout_ = QHBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.kind = QComboBox(self)
        for k in kinds:
            self.kind.addItem(names[k], k)
        index = self.kind.findData(kind)
        self.kind.setCurrentIndex(max(index, 0))
        self.kind.setAccessibleName(self.tr("Kind"))
        self.layout_.addWidget(self.kind)
        self.remove = QToolButton(self)
        self.remove.setText("✕")
        self.remove.setToolTip(self.tr("Remove"))
        self.remove.setAccessibleName(self.tr("Remove"))


class PhoneRow(_Row):
    def __init__(self, phone: PhoneData, names: dict[str, str], parent=None, region: str = "DK"):
        super().__init__(editing.PHONE_KINDS, names, phone.kind, parent)
        self.region = region  # where a number without a country code is read (the contact's country)
        self.label = phone.label
        if phone.label:  # a custom label ("Omstilling") is offered as its own choice
            self.kind.insertItem(0, phone.label, phone.kind)
            self.kind.setCurrentIndex(0)
        self.number = QLineEdit(phone.typed, self)
        self.number.setAccessibleName(self.tr("Phone number"))
        self.number.setPlaceholderText(self.tr("Number"))
        self.status = QLabel(self)
        self.status.setMinimumWidth(130)
        self.layout_.addWidget(self.number, 1)
        self.layout_.addWidget(self.status)
        self.layout_.addWidget(self.remove)
        self.number.textChanged.connect(self.update_status)
        self.update_status()

    def update_status(self) -> None:
        text = self.number.text().strip()
        if not text:
            self.status.setText("")
            return
        parsed = editing.parse_number(text, self.region)
        if parsed.valid:
            self.status.setText(format_for_reading(parsed.e164, text))
            self.status.setStyleSheet("")
            self.status.setToolTip("")
        else:
            self.status.setText(self.tr("⚠ Not recognised"))
            self.status.setStyleSheet(ERROR_STYLE)
            self.status.setToolTip(self.tr("The number is kept exactly as typed."))

    def data(self) -> PhoneData:
        label = self.label if self.label and self.kind.currentIndex() == 0 else ""
        return PhoneData(self.number.text(), self.kind.currentData(), label)


class EmailRow(_Row):
    def __init__(self, email: EmailData, names: dict[str, str], parent=None):
        super().__init__(editing.EMAIL_KINDS, names, email.kind, parent)
        self.address = QLineEdit(email.address, self)
        self.address.setAccessibleName(self.tr("E-mail address"))
        self.address.setPlaceholderText(self.tr("name@example.dk"))
        self.error = QLabel(self)
        self.error.setStyleSheet(ERROR_STYLE)
        self.layout_.addWidget(self.address, 1)
        self.layout_.addWidget(self.error)
        self.layout_.addWidget(self.remove)

    def data(self) -> EmailData:
        return EmailData(self.address.text(), self.kind.currentData())


class AddressRow(_Row):
    def __init__(self, address: AddressData, names: dict[str, str], parent=None):
        super().__init__(editing.ADDRESS_KINDS, names, address.kind, parent)
        self.country = address.country
        self.region = address.region
        self.street = QLineEdit(address.street.replace("\n", ", "), self)
        self.street.setPlaceholderText(self.tr("Street"))
        self.street.setAccessibleName(self.tr("Street"))
        self.postcode = QLineEdit(address.postcode, self)
        self.postcode.setPlaceholderText(self.tr("Postcode"))
        self.postcode.setAccessibleName(self.tr("Postcode"))
        self.postcode.setMaximumWidth(80)
        self.city = QLineEdit(address.city, self)
        self.city.setPlaceholderText(self.tr("City"))
        self.city.setAccessibleName(self.tr("City"))
        for widget, stretch in ((self.street, 3), (self.postcode, 0), (self.city, 2)):
            self.layout_.addWidget(widget, stretch)
        self.layout_.addWidget(self.remove)
        self.original_street = address.street

    def data(self) -> AddressData:
        street = self.street.text()
        if street == self.original_street.replace("\n", ", "):
            street = self.original_street
        return AddressData(self.kind.currentData(), street, self.postcode.text(), self.city.text(), self.region,
                           self.country)


class ContactEditor(QDialog):
    """Edit ``data`` (a new contact when ``contact_id`` is None). After ``accept()``, ``result_data`` holds it."""

    def __init__(self, data: ContactData | None = None, contact_id: int | None = None, parent=None):
        super().__init__(parent)
        self.ui = Ui_ContactEditorForm()
        self.ui.setupUi(self)
        self.contact_id = contact_id
        self.original = data or ContactData()
        self.result_data: ContactData | None = None
        self._warned_for: list[int] | None = None
        self._rows: dict[str, list[_Row]] = {"phones": [], "emails": [], "addresses": []}
        self._names = kind_names()
        self._region = editing.contact_region(self.original)
        self.ui.nameError.setStyleSheet(ERROR_STYLE)
        self.ui.nameError.hide()
        self.ui.duplicateLabel.setStyleSheet(ERROR_STYLE)
        self.ui.duplicateLabel.hide()
        self.ui.birthdayEdit.setDisplayFormat(date_format())
        self.ui.birthdayEdit.setMinimumDate(QDate(1600, 1, 1))
        self.ui.birthdayCheck.toggled.connect(self.ui.birthdayEdit.setEnabled)
        self.ui.addPhoneButton.clicked.connect(lambda: self._add_phone(PhoneData(""), focus=True))
        self.ui.addEmailButton.clicked.connect(lambda: self._add_email(EmailData(""), focus=True))
        self.ui.addAddressButton.clicked.connect(lambda: self._add_address(AddressData(), focus=True))
        self.ui.buttonBox.accepted.connect(self.save)
        self.ui.buttonBox.rejected.connect(self.reject)
        self._load(self.original)
        self._retitle()

    # --- filling and reading ---------------------------------------------------------------------------
    def _load(self, data: ContactData) -> None:
        ui = self.ui
        ui.firstNameEdit.setText(data.first_name)
        ui.lastNameEdit.setText(data.last_name)
        ui.organisationEdit.setText(data.organisation)
        ui.departmentEdit.setText(data.department)
        ui.titleEdit.setText(data.title)
        ui.birthdayCheck.setChecked(data.birthday is not None)
        born = data.birthday or date(1980, 1, 1)
        ui.birthdayEdit.setDate(QDate(born.year, born.month, born.day))
        ui.groupsEdit.setText(", ".join(data.groups))
        ui.favouriteCheck.setChecked(data.favourite)
        ui.vipCheck.setChecked(data.vip)
        ui.notesEdit.setPlainText(data.notes)
        for phone in data.phones or [PhoneData("")]:
            self._add_phone(phone)
        for email in data.emails or [EmailData("")]:
            self._add_email(email)
        for address in data.addresses:
            self._add_address(address)

    def _add(self, key: str, row: _Row, layout, focus_widget: QWidget, focus: bool) -> None:
        layout.addWidget(row)
        self._rows[key].append(row)
        row.remove.clicked.connect(lambda: self._remove(key, row))
        if focus:
            focus_widget.setFocus()

    def _add_phone(self, phone: PhoneData, focus: bool = False) -> None:
        row = PhoneRow(phone, self._names, self, self._region)
        self._add("phones", row, self.ui.phonesLayout, row.number, focus)

    def _add_email(self, email: EmailData, focus: bool = False) -> None:
        row = EmailRow(email, self._names, self)
        self._add("emails", row, self.ui.emailsLayout, row.address, focus)

    def _add_address(self, address: AddressData, focus: bool = False) -> None:
        row = AddressRow(address, self._names, self)
        self._add("addresses", row, self.ui.addressesLayout, row.street, focus)

    def _remove(self, key: str, row: _Row) -> None:
        self._rows[key].remove(row)
        row.setParent(None)
        row.deleteLater()

    def current_data(self) -> ContactData:
        ui = self.ui
        birthday = None
        if ui.birthdayCheck.isChecked():
            d = ui.birthdayEdit.date()
            birthday = date(d.year(), d.month(), d.day())
        return ContactData(
            first_name=ui.firstNameEdit.text(), last_name=ui.lastNameEdit.text(),
            display_name=self.original.display_name, organisation=ui.organisationEdit.text(),
            title=ui.titleEdit.text(), department=ui.departmentEdit.text(), birthday=birthday,
            notes=ui.notesEdit.toPlainText(), favourite=ui.favouriteCheck.isChecked(), vip=ui.vipCheck.isChecked(),
            phones=[r.data() for r in self._rows["phones"]], emails=[r.data() for r in self._rows["emails"]],
            addresses=[r.data() for r in self._rows["addresses"]],
            groups=[g.strip() for g in ui.groupsEdit.text().split(",") if g.strip()], uid=self.original.uid,
            name_prefix=self.original.name_prefix, name_suffix=self.original.name_suffix,
            extra=list(self.original.extra),  # what the editor does not show is kept, not dropped
        ).cleaned()

    def is_dirty(self) -> bool:
        return self.current_data() != self.original.cleaned()

    # --- saving -------------------------------------------------------------------------------------------
    def save(self) -> None:
        from opsassistant.gui.common.date_input import first_invalid

        if first_invalid(self) is not None:
            return
        data = self.current_data()
        errors = editing.validate(data)
        self.ui.nameError.setVisible("name" in errors)
        if "name" in errors:
            self.ui.nameError.setText(self.tr("Give the contact a name, an organisation or an e-mail."))
        email_rows = [r for r in self._rows["emails"] if r.address.text().strip()]
        for i, row in enumerate(email_rows):
            row.error.setText(self.tr("Not an e-mail address") if f"email{i}" in errors else "")
        if errors:
            (self.ui.firstNameEdit if "name" in errors else email_rows[0].address).setFocus()
            return
        found = duplicates.find(data, exclude_id=self.contact_id)
        ids = [d.contact.id for d in found]
        if found and ids != self._warned_for:
            self._warned_for = ids
            lines = [self._duplicate_text(d) for d in found]
            self.ui.duplicateLabel.setText(
                self.tr("This looks like a contact you already have:") + "\n" + "\n".join(lines) + "\n"
                + self.tr("Press Save again to save it anyway, or cancel and merge the two."))
            self.ui.duplicateLabel.show()
            return
        self.result_data = data
        self.accept()

    def _duplicate_text(self, duplicate: duplicates.Duplicate) -> str:
        reason = {"phone": self.tr("same number %1"), "email": self.tr("same e-mail %1"),
                  "name": self.tr("similar name at the same organisation")}[duplicate.reason]
        return f"• {duplicate.contact.display_name} ({reason.replace('%1', duplicate.detail)})"

    def reject(self) -> None:
        if self.is_dirty():
            answer = QMessageBox.question(
                self, self.tr("Unsaved changes"), self.tr("Save the changes to this contact?"),
                QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Save)
            if answer == QMessageBox.StandardButton.Save:
                self.save()
                return
            if answer != QMessageBox.StandardButton.Discard:
                return
        super().reject()

    def _retitle(self) -> None:
        self.setWindowTitle(self.tr("New contact") if self.contact_id is None else self.tr("Edit contact"))
        save = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        save.setDefault(True)

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt API
        from PySide6.QtCore import QEvent

        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._retitle()
        super().changeEvent(event)

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt API
        # Enter saves from any single-line field (the notes field keeps its own Enter).
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not self.ui.notesEdit.hasFocus():
            self.save()
            return
        super().keyPressEvent(event)
