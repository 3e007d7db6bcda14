"""Merge two contacts field by field (ui/contact_merge.ui)."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QButtonGroup, QDialog, QHeaderView, QRadioButton, QTableWidgetItem

from opsassistant.gui.forms.ui_contact_merge import Ui_ContactMergeForm
from opsassistant.i18n.formatting import format_date
from opsassistant.services.contacts import editing, merge


class MergeDialog(QDialog):
    """Choose per field; ``accept()`` writes the merge (the other contact goes to the trash)."""

    def __init__(self, keep_id: int, other_id: int, parent=None):
        super().__init__(parent)
        self.ui = Ui_ContactMergeForm()
        self.ui.setupUi(self)
        self.keep_id, self.other_id = keep_id, other_id
        self.keep, self.other = editing.snapshot(keep_id), editing.snapshot(other_id)
        self.groups: dict[str, QButtonGroup] = {}
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        self._fill()

    def _labels(self) -> dict[str, str]:
        return {"first_name": self.tr("First name"), "last_name": self.tr("Last name"),
                "display_name": self.tr("Display name"), "organisation": self.tr("Organisation"),
                "title": self.tr("Title"), "department": self.tr("Department"), "birthday": self.tr("Birthday"),
                "notes": self.tr("Notes")}

    @staticmethod
    def _text(value) -> str:
        if value is None or value == "":
            return "—"
        if hasattr(value, "isoformat"):
            return format_date(value, "d. MMMM") if value.year == 1604 else format_date(value)
        return str(value).replace("\n", " ")

    def _fill(self) -> None:
        table = self.ui.fieldsTable
        proposal = merge.proposal(self.keep, self.other)
        fields = [f for f in merge.SCALAR_FIELDS if getattr(self.keep, f) or getattr(self.other, f)]
        self._fields = fields
        table.setColumnCount(3)
        table.setRowCount(len(fields))
        labels = self._labels()
        self._headers()
        for row, field in enumerate(fields):
            table.setItem(row, 0, QTableWidgetItem(labels[field]))
            group = QButtonGroup(self)
            for column, side in ((1, "keep"), (2, "other")):
                value = getattr(self.keep if side == "keep" else self.other, field)
                button = QRadioButton(self._text(value))
                button.setAccessibleName(f"{labels[field]}: {self._text(value)}")
                button.setChecked(proposal[field] == side)
                group.addButton(button)
                button.setProperty("side", side)
                table.setCellWidget(row, column, button)
            self.groups[field] = group
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self._lists_text()

    def _lists_text(self) -> None:
        combined = merge.combined(self.keep, self.other)
        self.ui.listsLabel.setText(self.tr("The merged contact gets %1 number(s), %2 e-mail(s), %3 address(es) "
                                           "and the groups: %4.")
                                   .replace("%1", str(len(combined.phones))).replace("%2", str(len(combined.emails)))
                                   .replace("%3", str(len(combined.addresses)))
                                   .replace("%4", ", ".join(combined.groups) or "—"))

    def _headers(self) -> None:
        self.ui.fieldsTable.setHorizontalHeaderLabels(
            [self.tr("Field"), self.keep.name() or self.tr("Contact 1"), self.other.name() or self.tr("Contact 2")])

    def choices(self) -> dict[str, str]:
        result = {}
        for field, group in self.groups.items():
            checked = group.checkedButton()
            result[field] = checked.property("side") if checked else "keep"
        return result

    def accept(self) -> None:
        merge.merge(self.keep_id, self.other_id, self.choices())
        super().accept()

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._headers()
            labels = self._labels()
            for row, field in enumerate(getattr(self, "_fields", [])):
                self.ui.fieldsTable.item(row, 0).setText(labels[field])
                for column, contact in ((1, self.keep), (2, self.other)):
                    button = self.ui.fieldsTable.cellWidget(row, column)
                    button.setText(self._text(getattr(contact, field)))  # dates in the new language's form
                    button.setAccessibleName(f"{labels[field]}: {button.text()}")
            self._lists_text()
        super().changeEvent(event)
