"""Mark an outing, or one of its expenses, as entertainment (repræsentation) from the Outings panel's expense
tab; the outing report then shows the deductible share and the VAT that cannot be deducted."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QCheckBox, QPushButton

from opsassistant.services.travel.allowances import entertainment


class EntertainmentToggle(QObject):
    def __init__(self, panel):
        super().__init__(panel)
        self.panel = panel
        self.outing_id: int | None = None
        self.outing_check = QCheckBox(panel)
        self.expense_button = QPushButton(panel)
        self.expense_button.setCheckable(True)
        panel.ui.expenseButtons.addWidget(self.outing_check)
        panel.ui.expenseButtons.addWidget(self.expense_button)
        self.outing_check.toggled.connect(self._outing_toggled)
        self.expense_button.toggled.connect(self._expense_toggled)
        panel.ui.expenseTable.itemSelectionChanged.connect(self._expense_changed)
        panel.installEventFilter(self)
        self.retranslate()
        self.show_outing(None)

    def retranslate(self) -> None:
        self.outing_check.setText(self.tr("&Entertainment (all)"))
        self.outing_check.setToolTip(self.tr("All the outing's expenses are entertainment of business relations: "
                                             "25 % deductible, VAT only partly (restaurant) or not at all"))
        self.expense_button.setText(self.tr("Entertainment (this one)"))
        self.expense_button.setToolTip(self.tr("Mark the selected expense as entertainment"))

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt API
        if watched is self.panel and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False

    def show_outing(self, outing_id: int | None) -> None:
        self.outing_id = outing_id
        self.outing_check.blockSignals(True)
        self.outing_check.setChecked(outing_id is not None and entertainment.is_outing_marked(outing_id))
        self.outing_check.blockSignals(False)
        self.outing_check.setEnabled(outing_id is not None)
        self._expense_changed()

    def _expense_changed(self) -> None:
        expense_id = self.panel._selected_expense() if self.outing_id is not None else None
        whole = self.outing_check.isChecked()
        marked = expense_id is not None and expense_id in entertainment.marked_expense_ids(self.outing_id)
        self.expense_button.blockSignals(True)
        self.expense_button.setChecked(whole or marked)
        self.expense_button.blockSignals(False)
        self.expense_button.setEnabled(expense_id is not None and not whole)

    def _outing_toggled(self, checked: bool) -> None:
        if self.outing_id is not None:
            entertainment.mark_outing(self.outing_id, checked)
        self._expense_changed()

    def _expense_toggled(self, checked: bool) -> None:
        expense_id = self.panel._selected_expense()
        if expense_id is not None:
            entertainment.mark_expense(expense_id, checked)


def install(panel) -> EntertainmentToggle:
    return EntertainmentToggle(panel)
