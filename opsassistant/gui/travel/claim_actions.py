"""The Travel panel's bookkeeping button and its claim report (kept apart so the panel only needs a hook)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QFileDialog, QMessageBox, QPushButton

from opsassistant.errors import UserError
from opsassistant.i18n.language import current_language


def _tr(text: str) -> str:
    return QCoreApplication.translate("TravelClaim", text)


def install(panel) -> None:
    """Add "Bookkeeping…" beside the itinerary button (Ctrl+Shift+K)."""
    button = QPushButton(panel)
    button.clicked.connect(lambda: open_bookkeeping(panel))
    panel.ui.titleLayout.insertWidget(1, button, 0, Qt.AlignmentFlag.AlignTop)
    panel.bookkeeping_button = button
    QShortcut(QKeySequence("Ctrl+Shift+K"), panel, lambda: open_bookkeeping(panel))
    retranslate(panel)


def retranslate(panel) -> None:
    button = getattr(panel, "bookkeeping_button", None)
    if button is not None:
        button.setText(QCoreApplication.translate("TravelClaim", "&Bookkeeping…"))
        button.setToolTip(QCoreApplication.translate(
            "TravelClaim", "Driving log, meals provided (per diem) and expenses of the trip (Ctrl+Shift+K)"))


def report_actions(panel) -> list:
    return [(QCoreApplication.translate("TravelClaim", "Travel-expense claim…"), lambda: export_claim(panel))]


def open_bookkeeping(panel):
    """The trip's bookkeeping, non-modal through the one owner of open dialogs (one per trip)."""
    trip_id = panel.current_trip_id()
    if trip_id is None:
        return None
    from opsassistant.gui.common.dialogs import registry
    from opsassistant.gui.travel.bookkeeping_dialog import BookkeepingDialog

    dialog = registry().open((id(panel), "bookkeeping", trip_id), lambda: BookkeepingDialog(trip_id, panel))
    panel.bookkeeping_dialog = dialog  # tests reach the open dialog here
    return dialog


def export_claim(panel, path: Path | None = None) -> Path | None:
    trip_id = panel.current_trip_id()
    if trip_id is None:
        return None
    if path is None:
        name, _ = QFileDialog.getSaveFileName(
            panel, QCoreApplication.translate("TravelClaim", "Save travel-expense claim"),
            str(Path.home() / QCoreApplication.translate("TravelClaim", "claim.pdf")),
            QCoreApplication.translate("TravelClaim", "PDF files (*.pdf)"))
        if not name:
            return None
        path = Path(name)
    from opsassistant.reports import claim

    try:
        return claim.build(str(trip_id), path, lang=current_language())
    except (UserError, OSError) as error:
        QMessageBox.warning(panel, QCoreApplication.translate("TravelClaim", "Travel-expense claim"),
                            QCoreApplication.translate("TravelClaim", "Could not save the claim: %1")
                            .replace("%1", str(error)))
        return None
