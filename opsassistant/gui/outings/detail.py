"""The chosen outing's tabs: overview with programme, participants, checklist, expenses and budget summary."""

from __future__ import annotations

from datetime import UTC, datetime
from html import escape
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QListWidgetItem, QTableWidgetItem

from opsassistant.i18n.formatting import (
    format_date,
    format_datetime,
    format_money,
    format_time,
    timezone_name,
)
from opsassistant.i18n.language import current_language
from opsassistant.services.outings import editing, expenses, participants, tasks
from opsassistant.services.outings.constants import (
    category_label,
    kind_label,
    paid_by_label,
    rsvp_label,
    status_label,
)

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
RED = QColor("#c0392b")


class OutingDetailMixin:
    """Filled by ``OutingsPanel``: expects ``self.ui`` (Ui_OutingsPanelForm) and ``self.budget``."""

    def _show_overview(self, outing) -> None:
        from opsassistant.reports.outing import when_text

        lang = current_language()
        self.ui.headerLabel.setText(
            f"<span style='font-size:14pt; font-weight:bold'>{escape(outing.title)}</span>"
            f"<br>{escape(kind_label(outing.kind))} · {escape(when_text(outing, lang))} · "
            f"{escape(status_label(outing.status))}")
        organiser = outing.organiser.name if outing.organiser_id and outing.organiser else "–"
        venue = outing.venue or "–"
        contact = editing.venue_contact_name(outing)
        if contact and contact != outing.venue:
            venue += f" ({contact})"
        rows = [(QCoreApplication.translate("OutingsPanel", "Venue:"), venue), (QCoreApplication.translate("OutingsPanel", "Organiser:"), organiser),
                (QCoreApplication.translate("OutingsPanel", "Budget:"), format_money(outing.budget_minor, outing.currency)),
                (QCoreApplication.translate("OutingsPanel", "Time zone:"),
                 f"{timezone_name(outing.timezone)} ({outing.timezone})")]
        html = "".join(f"<tr><td><b>{escape(a)}</b>&nbsp;</td><td>{escape(b)}</td></tr>" for a, b in rows)
        description = escape(outing.description).replace("\n", "<br>")
        self.ui.overviewLabel.setText(f"<table>{html}</table><p>{description}</p>")
        view = self.ui.programmeView
        items = editing.programme_of(outing.id)
        zone = ZoneInfo(outing.timezone)
        view.setRowCount(len(items))
        for row, item in enumerate(items):
            when = ""
            if item.start_utc:
                local = item.start_utc.astimezone(zone)
                same_day = local.date() == outing.start_utc.astimezone(zone).date()
                when = format_time(local) if same_day else format_datetime(local)
            for column, text in enumerate((when, item.title, item.notes)):
                view.setItem(row, column, QTableWidgetItem(text))

    def _show_participants(self, outing_id: int) -> None:
        people = participants.of_outing(outing_id)
        table = self.ui.participantTable
        table.setRowCount(len(people))
        for row, p in enumerate(people):
            cells = (p.name, rsvp_label(p.rsvp), p.email, p.dietary, p.notes)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, p.id)
                if column == 1 and p.rsvp == "declined":
                    item.setForeground(QBrush(QColor("#7f8c8d")))
                table.setItem(row, column, item)
        self.ui.countLabel.setText(participants.count_summary(outing_id) if people else
                                   QCoreApplication.translate("OutingsPanel", "No participants yet. Add people from your contacts or the team."))
        self.ui.mailButton.setEnabled(any(p.email for p in people))
        self.ui.exportParticipantsButton.setEnabled(bool(people))

    def _show_tasks(self, outing_id: int) -> None:
        today = datetime.now(UTC).astimezone().date()
        widget = self.ui.taskList
        widget.blockSignals(True)
        widget.clear()
        for task in tasks.of_outing(outing_id):
            text = task.title
            if task.due_date:
                text += "  –  " + QCoreApplication.translate("OutingsPanel", "due %1").replace("%1", format_date(task.due_date, "medium"))
            overdue = tasks.is_overdue(task, today)
            if overdue:
                text += "  (" + QCoreApplication.translate("OutingsPanel", "overdue") + ")"
            item = QListWidgetItem(text, widget)
            item.setData(Qt.ItemDataRole.UserRole, task.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if task.done else Qt.CheckState.Unchecked)
            if overdue:
                item.setForeground(QBrush(RED))
        if widget.count() == 0:
            item = QListWidgetItem(QCoreApplication.translate("OutingsPanel", "No tasks yet. Add what has to be done, with a due date."), widget)
            item.setFlags(Qt.ItemFlag.NoItemFlags)
        widget.blockSignals(False)

    def _show_expenses(self, outing) -> None:
        lines = expenses.of_outing(outing.id)
        table = self.ui.expenseTable
        table.setRowCount(len(lines))
        cur = outing.currency
        for row, e in enumerate(lines):
            item = expenses.line(e)
            amount = format_money(item.converted(cur), cur)
            if e.currency != cur:
                signed = -e.amount_minor if e.is_refund else e.amount_minor
                amount = f"{amount} ({format_money(signed, e.currency)})"
            description = e.description + (f" – {e.supplier}" if e.supplier else "")
            if e.is_refund:
                description = QCoreApplication.translate("OutingsPanel", "Refund: %1").replace("%1", description)
            paid = paid_by_label(e.paid_by) + (f": {e.paid_by_name}" if e.paid_by_name else "")
            vat = f"{format_money(item.vat(cur), cur)} ({format(e.vat_rate.normalize(), 'f')} %)"
            receipt = e.receipt_reference or (Path(e.receipt_file).name if e.receipt_file else "")
            cells = (format_date(e.date, "short"), description, category_label(e.category), amount, vat, paid,
                     receipt)
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setData(Qt.ItemDataRole.UserRole, e.id)
                if column in (3, 4):
                    cell.setTextAlignment(RIGHT)
                table.setItem(row, column, cell)
        self.budget.set_totals(expenses.totals_for(outing.id, lines))
        self.ui.openReceiptButton.setEnabled(any(e.receipt_file for e in lines))
