"""The Outings area: a table of outings (lazy, sorted and filtered in SQL) and the chosen outing's overview,
participants, checklist, and budget with its expense lines."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, QTimer, QUrl
from PySide6.QtGui import QBrush, QColor, QDesktopServices, QKeySequence, QShortcut, QUndoCommand
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHeaderView,
    QListWidgetItem,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from opsassistant.gui.common.area import AreaPanel
from opsassistant.gui.common.lazy_model import Column, LazyTableModel
from opsassistant.gui.forms.ui_outings_panel import Ui_OutingsPanelForm
from opsassistant.gui.outings.budget import BudgetSummary
from opsassistant.gui.outings.detail import OutingDetailMixin
from opsassistant.i18n.formatting import format_datetime, format_money
from opsassistant.i18n.language import current_language
from opsassistant.services.outings import editing, expenses, listing, participants, tasks
from opsassistant.services.outings.constants import (
    kind_label,
    status_label,
)
from opsassistant.services.outings.listing import Filters, OutingRow

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
RED = QColor("#c0392b")


def outing_columns() -> list[Column]:
    return [
        Column("start", lambda: QCoreApplication.translate("OutingsPanel", "Start"), lambda r: format_datetime(r.start), "start"),
        Column("title", lambda: QCoreApplication.translate("OutingsPanel", "Title"), lambda r: r.title, "title"),
        Column("kind", lambda: QCoreApplication.translate("OutingsPanel", "Kind"), lambda r: kind_label(r.kind), "kind"),
        Column("status", lambda: QCoreApplication.translate("OutingsPanel", "Status"), lambda r: status_label(r.status), "status"),
        Column("participants", lambda: QCoreApplication.translate("OutingsPanel", "Accepted"), lambda r: f"{r.accepted} / {r.participants}",
               align=RIGHT),
        Column("spent", lambda: QCoreApplication.translate("OutingsPanel", "Spent"), lambda r: format_money(r.spent_minor, r.currency), align=RIGHT,
               foreground=lambda r: QBrush(RED) if r.budget_minor and r.spent_minor > r.budget_minor else None),
        Column("budget", lambda: QCoreApplication.translate("OutingsPanel", "Budget"), lambda r: format_money(r.budget_minor, r.currency), "budget",
               align=RIGHT),
    ]


class TrashOutingCommand(QUndoCommand):
    def __init__(self, panel: OutingsPanel, outing_id: int, title: str):
        super().__init__(QCoreApplication.translate("OutingsPanel", "Delete outing “%1”").replace("%1", title))
        self.panel, self.outing_id = panel, outing_id

    def redo(self) -> None:
        editing.move_to_trash(self.outing_id)
        self.panel.refresh()

    def undo(self) -> None:
        editing.restore(self.outing_id)
        self.panel.refresh(select=self.outing_id)


class OutingsPanel(OutingDetailMixin, AreaPanel):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_OutingsPanelForm()
        self.ui.setupUi(self)
        self.active_dialog: QDialog | None = None
        self.current_id: int | None = None
        self.model = LazyTableModel(listing.OutingSource(), outing_columns(), Filters(), ("start", True), self)
        table = self.ui.outingTable
        table.setModel(self.model)
        table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        header = table.horizontalHeader()
        for column, width in enumerate((130, 260, 140, 120, 80, 120, 120)):
            header.resizeSection(column, width)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)  # the title takes the room, not the budget
        table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        table.selectionModel().currentRowChanged.connect(self._row_changed)
        table.activated.connect(lambda _index: self.edit_outing())
        self.budget = BudgetSummary(self.ui.budgetHost)
        host_layout = QVBoxLayout(self.ui.budgetHost)
        host_layout.setContentsMargins(0, 0, 0, 0)
        host_layout.addWidget(self.budget)
        self._search_timer = QTimer(self, singleShot=True, interval=150)
        self._search_timer.timeout.connect(self._apply_filters)
        self.ui.searchEdit.textChanged.connect(lambda _t: self._search_timer.start())
        self.ui.openOnlyCheck.toggled.connect(lambda _c: self._apply_filters())
        ui = self.ui
        ui.newButton.clicked.connect(self.new_item)
        ui.editButton.clicked.connect(self.edit_outing)
        ui.deleteButton.clicked.connect(self.trash_outing)
        ui.reportButton.clicked.connect(self.save_report)
        ui.addParticipantButton.clicked.connect(lambda: self.edit_participant(None))
        ui.editParticipantButton.clicked.connect(lambda: self.edit_participant(self._selected_participant()))
        ui.removeParticipantButton.clicked.connect(self.remove_participant)
        ui.participantTable.itemActivated.connect(lambda _i: self.edit_participant(self._selected_participant()))
        ui.mailButton.clicked.connect(self.mail_participants)
        ui.exportParticipantsButton.clicked.connect(self.export_participants)
        ui.addTaskButton.clicked.connect(lambda: self.edit_task(None))
        ui.editTaskButton.clicked.connect(lambda: self.edit_task(self._selected_task()))
        ui.removeTaskButton.clicked.connect(self.remove_task)
        ui.taskList.itemActivated.connect(lambda _i: self.edit_task(self._selected_task()))
        ui.taskList.itemChanged.connect(self._task_ticked)
        ui.addExpenseButton.clicked.connect(lambda: self.edit_expense(None))
        ui.editExpenseButton.clicked.connect(lambda: self.edit_expense(self._selected_expense()))
        ui.removeExpenseButton.clicked.connect(self.remove_expense)
        ui.expenseTable.itemActivated.connect(lambda _i: self.edit_expense(self._selected_expense()))
        ui.openReceiptButton.clicked.connect(self.open_receipt)
        from opsassistant.gui.outings import entertainment_toggle

        self.entertainment = entertainment_toggle.install(self)
        for column, width in enumerate((85, 180, 85, 150, 140, 150)):
            ui.expenseTable.horizontalHeader().resizeSection(column, width)
        for column, width in enumerate((180, 100, 200, 140)):
            ui.participantTable.horizontalHeader().resizeSection(column, width)
        ui.programmeView.horizontalHeader().resizeSection(0, 90)
        ui.programmeView.horizontalHeader().resizeSection(1, 220)
        ui.splitter.setStretchFactor(0, 1)
        ui.splitter.setStretchFactor(1, 3)
        ui.splitter.setSizes([200, 600])
        ui.budgetHost.setMaximumWidth(360)
        ui.expensesLayout.setStretch(0, 1)
        # Within the area: Ctrl+Shift+P adds a participant, Ctrl+Shift+E an expense, Ctrl+Shift+T a task.
        for keys, slot in (("Ctrl+Shift+P", lambda: self.edit_participant(None)),
                           ("Ctrl+Shift+E", lambda: self.edit_expense(None)),
                           ("Ctrl+Shift+T", lambda: self.edit_task(None))):
            QShortcut(QKeySequence(keys), self, slot, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self._show_outing(None)
        first = self.model.row_at(0)
        if first is not None:
            self._select(first.id)

    # --- AreaPanel ---------------------------------------------------------------------------------------
    def new_item(self) -> None:
        from opsassistant.gui.outings.outing_editor import OutingEditorDialog

        self._open(OutingEditorDialog(None, self), self._outing_saved)

    def delete_selected(self) -> None:
        focus = self.focusWidget()
        if focus is self.ui.participantTable:
            self.remove_participant()
        elif focus is self.ui.expenseTable:
            self.remove_expense()
        elif focus is self.ui.taskList:
            self.remove_task()
        else:
            self.trash_outing()

    def focus_search(self) -> None:
        self.ui.searchEdit.setFocus()
        self.ui.searchEdit.selectAll()

    def refresh(self, select: int | None = None) -> None:
        wanted = select if select is not None else self.current_id
        self.model.refresh()
        self._select(wanted)

    def retranslate(self) -> None:
        self.ui.retranslateUi(self)
        self.model.retranslate()
        self.budget.retranslate()
        try:
            self._show_outing(self.current_id)
        except Exception:  # noqa: BLE001 - purged elsewhere (a restore, the command line): show nothing chosen
            self.current_id = None
            self._show_outing(None)

    def report_record(self) -> int | None:
        return self.current_id

    def report_actions(self) -> list:
        return [(QCoreApplication.translate("OutingsPanel", "Outing report (PDF)…"), self.save_report)]

    # --- the outings table -------------------------------------------------------------------------------
    def _apply_filters(self) -> None:
        self.model.set_filters(Filters(search=self.ui.searchEdit.text(),
                                       open_only=self.ui.openOnlyCheck.isChecked()))
        self._select(self.current_id)

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        row: OutingRow | None = self.model.data(current, LazyTableModel.RowRole) if current.isValid() else None
        self._show_outing(row.id if row else None)

    def select_record(self, record_id: int) -> None:
        self._select(record_id)

    def _select(self, outing_id: int | None) -> None:
        found = None
        if outing_id is not None:
            for number in range(min(self.model.rowCount(), 5000)):
                row = self.model.row_at(number)
                if row is not None and row.id == outing_id:
                    found = number
                    break
        if found is None:
            self.ui.outingTable.clearSelection()
            self._show_outing(None)
            return
        index = self.model.index(found, 0)
        self.ui.outingTable.setCurrentIndex(index)
        self.ui.outingTable.scrollTo(index)
        self._show_outing(outing_id)

    def _open(self, dialog: QDialog, on_accept) -> None:
        """Non-modal, owned by the dialog registry (the language can be switched while it is open)."""
        from opsassistant.gui.common.dialogs import registry

        self.active_dialog = dialog
        registry().show(dialog, on_accepted=on_accept,
                        on_finished=lambda _d, _r: setattr(self, "active_dialog", None))

    def _outing_saved(self, dialog) -> None:
        self.refresh(select=dialog.saved_id)

    def _detail_saved(self, _dialog) -> None:
        self.refresh(select=self.current_id)

    def edit_outing(self) -> None:
        if self.current_id is None:
            return
        from opsassistant.gui.outings.outing_editor import OutingEditorDialog

        self._open(OutingEditorDialog(self.current_id, self), self._outing_saved)

    def trash_outing(self) -> None:
        if self.current_id is None:
            return
        self.undo_stack.push(TrashOutingCommand(self, self.current_id, editing.get(self.current_id).title))

    def save_report(self) -> None:
        if self.current_id is None:
            QMessageBox.information(self, QCoreApplication.translate("OutingsPanel", "Outing report"), QCoreApplication.translate("OutingsPanel", "Choose an outing first."))
            return
        outing = editing.get(self.current_id)
        suggested = str(Path.home() / f"{outing.title}.pdf")
        path, _ = QFileDialog.getSaveFileName(self, QCoreApplication.translate("OutingsPanel", "Save outing report"), suggested, QCoreApplication.translate("OutingsPanel", "PDF (*.pdf)"))
        if not path:
            return
        from opsassistant.reports.outing import build

        build(str(self.current_id), Path(path), lang=current_language())
        QDesktopServices.openUrl(QUrl.fromLocalFile(path))

    # --- the chosen outing -------------------------------------------------------------------------------
    def _show_outing(self, outing_id: int | None) -> None:
        self.current_id = outing_id
        has = outing_id is not None
        self.ui.detailTabs.setVisible(has)
        self.ui.headerLabel.setVisible(has)
        self.ui.emptyLabel.setVisible(not has)
        if not has:
            count = self.model.rowCount()
            self.ui.emptyLabel.setText(
                QCoreApplication.translate("OutingsPanel", "Choose an outing above, or add one with “New outing”.") if count else
                QCoreApplication.translate("OutingsPanel", "No outings yet. Press “New outing” to plan a meeting, an event or a team outing."))
        for button in (self.ui.editButton, self.ui.deleteButton, self.ui.reportButton):
            button.setEnabled(has)
        if not has:
            self.budget.set_totals(None)
            if hasattr(self, "entertainment"):
                self.entertainment.show_outing(None)
            return
        outing = editing.get(outing_id)
        self._show_overview(outing)
        self._show_participants(outing_id)
        self._show_tasks(outing_id)
        self._show_expenses(outing)
        self.entertainment.show_outing(outing_id)

    # --- participants, tasks, expenses -------------------------------------------------------------------
    @staticmethod
    def _selected_id(widget) -> int | None:
        item = widget.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def _selected_participant(self) -> int | None:
        return self._selected_id(self.ui.participantTable)

    def _selected_task(self) -> int | None:
        return self._selected_id(self.ui.taskList)

    def _selected_expense(self) -> int | None:
        return self._selected_id(self.ui.expenseTable)

    def edit_participant(self, participant_id: int | None) -> None:
        if self.current_id is None:
            return
        from opsassistant.gui.outings.participant_dialog import ParticipantDialog

        self.ui.detailTabs.setCurrentWidget(self.ui.participantsTab)
        self._open(ParticipantDialog(self.current_id, participant_id, self), self._detail_saved)

    def remove_participant(self) -> None:
        participant_id = self._selected_participant()
        if participant_id is None:
            return
        name = participants.load(participant_id).name
        if self._confirm(QCoreApplication.translate("OutingsPanel", "Remove %1 from the participants?").replace("%1", name)):
            participants.remove(participant_id)
            self.refresh()

    def mail_participants(self) -> None:
        if self.current_id is None:
            return
        url = participants.mailto_url(self.current_id)
        if url is None:
            QMessageBox.information(self, QCoreApplication.translate("OutingsPanel", "E-mail participants"), QCoreApplication.translate("OutingsPanel", "No participant has an e-mail address."))
            return
        QDesktopServices.openUrl(QUrl(url, QUrl.ParsingMode.TolerantMode))

    def export_participants(self) -> None:
        if self.current_id is None:
            return
        title = editing.get(self.current_id).title
        path, _ = QFileDialog.getSaveFileName(self, QCoreApplication.translate("OutingsPanel", "Export participants"),
                                              str(Path.home() / f"{title}.csv"), QCoreApplication.translate("OutingsPanel", "CSV (*.csv)"))
        if path:
            from opsassistant.interop.participants_csv import export_outing

            export_outing(self.current_id, path)

    def edit_task(self, task_id: int | None) -> None:
        if self.current_id is None:
            return
        from opsassistant.gui.outings.task_dialog import TaskDialog

        self.ui.detailTabs.setCurrentWidget(self.ui.tasksTab)
        self._open(TaskDialog(self.current_id, task_id, self), self._detail_saved)

    def _task_ticked(self, item: QListWidgetItem) -> None:
        task_id = item.data(Qt.ItemDataRole.UserRole)
        if task_id is not None:
            tasks.set_done(task_id, item.checkState() == Qt.CheckState.Checked)
            QTimer.singleShot(0, lambda: self.refresh())

    def remove_task(self) -> None:
        task_id = self._selected_task()
        if task_id is not None:
            tasks.remove(task_id)
            self.refresh()

    def edit_expense(self, expense_id: int | None) -> None:
        if self.current_id is None:
            return
        from opsassistant.gui.outings.expense_dialog import ExpenseDialog

        self.ui.detailTabs.setCurrentWidget(self.ui.expensesTab)
        self._open(ExpenseDialog(self.current_id, expense_id, self), self._detail_saved)

    def remove_expense(self) -> None:
        expense_id = self._selected_expense()
        if expense_id is None:
            return
        data = expenses.load(expense_id)
        if self._confirm(QCoreApplication.translate("OutingsPanel", "Delete the expense “%1”?").replace("%1", data.description)):
            expenses.remove(expense_id)
            self.refresh()

    def open_receipt(self) -> None:
        expense_id = self._selected_expense()
        rows = expenses.of_outing(self.current_id) if self.current_id else []
        chosen = next((e for e in rows if e.id == expense_id and e.receipt_file), None) or \
            next((e for e in rows if e.receipt_file), None)
        if chosen is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(expenses.receipt_path(chosen.receipt_file))))

    def _confirm(self, question: str) -> bool:
        answer = QMessageBox.question(self, QCoreApplication.translate("OutingsPanel", "Please confirm"), question,
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes
