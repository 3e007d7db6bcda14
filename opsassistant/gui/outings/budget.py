"""The budget summary beside the expense lines: budget, spent, remaining, per participant, VAT, who is owed."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QProgressBar, QVBoxLayout, QWidget

from opsassistant.i18n.formatting import format_money
from opsassistant.services.outings.money import Totals


def _percent(rate) -> str:
    return f"{format(rate.normalize(), 'f').replace('.', ',')} %"


class BudgetSummary(QGroupBox):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._totals: Totals | None = None
        layout = QVBoxLayout(self)
        self.form = QFormLayout()
        layout.addLayout(self.form)
        self.bar = QProgressBar(self)
        self.bar.setTextVisible(True)
        layout.addWidget(self.bar)
        self.extra = QLabel(self)
        self.extra.setWordWrap(True)
        self.extra.setTextFormat(Qt.TextFormat.RichText)
        self.extra.setAlignment(Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.extra)
        layout.addStretch(1)
        self.values: dict[str, QLabel] = {}
        self.captions: dict[str, QLabel] = {}
        for key in ("budget", "spent", "remaining", "per_participant", "vat"):
            caption, value = QLabel(self), QLabel(self)
            value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setObjectName(f"{key}Value")
            self.form.addRow(caption, value)
            self.values[key], self.captions[key] = value, caption
        self.retranslate()

    def set_totals(self, totals: Totals | None) -> None:
        self._totals = totals
        self._show()

    def retranslate(self) -> None:
        self.setTitle(QCoreApplication.translate("BudgetSummary", "Budget"))
        self.captions["budget"].setText(QCoreApplication.translate("BudgetSummary", "Budget:"))
        self.captions["spent"].setText(QCoreApplication.translate("BudgetSummary", "Spent:"))
        self.captions["remaining"].setText(QCoreApplication.translate("BudgetSummary", "Remaining:"))
        self.captions["vat"].setText(QCoreApplication.translate("BudgetSummary", "VAT in total:"))
        self._show()

    def _show(self) -> None:
        t = self._totals
        if t is None:
            for label in self.values.values():
                label.setText("–")
            self.captions["per_participant"].setText(QCoreApplication.translate("BudgetSummary", "Per participant:"))
            self.bar.setValue(0)
            self.extra.setText("")
            return
        cur = t.currency
        self.values["budget"].setText(format_money(t.budget_minor, cur))
        self.values["spent"].setText(format_money(t.spent_minor, cur))
        remaining = self.values["remaining"]
        remaining.setText(format_money(t.remaining_minor, cur))
        remaining.setStyleSheet("color: #c0392b; font-weight: bold;" if t.remaining_minor < 0 else "")
        self.captions["per_participant"].setText(
            QCoreApplication.translate("BudgetSummary", "Per participant (%1 accepted):").replace("%1", str(t.accepted)))
        per = t.per_participant_minor
        self.values["per_participant"].setText("–" if per is None else format_money(per, cur))
        self.values["vat"].setText(format_money(t.vat_minor, cur))
        if t.budget_minor > 0:
            share = max(0, min(100, round(t.spent_minor * 100 / t.budget_minor)))
            self.bar.setRange(0, 100)
            self.bar.setValue(share)
            self.bar.setFormat(QCoreApplication.translate("BudgetSummary", "%p % of the budget spent"))
        else:
            self.bar.setRange(0, 100)
            self.bar.setValue(0)
            self.bar.setFormat(QCoreApplication.translate("BudgetSummary", "No budget set"))
        lines = []
        if t.by_rate:
            lines.append("<b>" + QCoreApplication.translate("BudgetSummary", "VAT per rate") + "</b>")
            for rate, group in t.by_rate.items():
                lines.append(QCoreApplication.translate("BudgetSummary", "%1: %2 of %3").replace("%1", _percent(rate))
                             .replace("%2", format_money(group.vat_minor, cur))
                             .replace("%3", format_money(group.gross_minor, cur)))
        if t.owed:
            lines.append("<b>" + QCoreApplication.translate("BudgetSummary", "Reimbursements owed") + "</b>")
            for name, value in t.owed.items():
                lines.append(f"{_escape(name)}: {format_money(value, cur)}")
        self.extra.setText("<br>".join(lines))


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
