"""Printing a report as the document it is: the ReportLab PDF goes to the printer, not a picture of it.

- "Print to file" (Qt's PDF output): the report's own PDF is written there — vector pages with their text
  and fonts, a few kilobytes a page (a 300 dpi picture of each page used to make a 2 MB file without text).
- A printer on a system with CUPS: the PDF is handed to ``lp`` with the printer, copies and page range chosen
  in the dialog; CUPS prints PDF natively.
- Elsewhere: each page is drawn with QPdfDocument at the printer's own resolution.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from opsassistant.i18n.messages import translate


def print_pdf(path: Path, parent: QWidget | None = None, title: str = "") -> bool:
    """Ask for a printer, then print the PDF at ``path`` (see the module's docstring for how)."""
    from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(title or path.stem)
    dialog = QPrintDialog(printer, parent)
    dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintToFile, True)
    dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintPageRange, True)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    try:
        send_pdf(path, printer)
    except (OSError, subprocess.SubprocessError, RuntimeError) as exc:
        QMessageBox.warning(parent, translate("ReportDialog", "Print"),
                            translate("ReportDialog", "The report could not be printed: {reason}")
                            .format(reason=getattr(exc, "strerror", None) or str(exc)))
        return False
    return True


def send_pdf(path: Path, printer) -> str:
    """Send the PDF to ``printer`` (a set-up QPrinter); returns how: "file", "lp" or "rendered"."""
    from PySide6.QtPrintSupport import QPrinter

    if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat and printer.outputFileName():
        from opsassistant.fileio import atomic_path

        with atomic_path(Path(printer.outputFileName())) as temporary:
            shutil.copyfile(path, temporary)
        return "file"
    lp = shutil.which("lp")
    if lp and printer.printerName():
        pages = None
        if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
            pages = (printer.fromPage(), printer.toPage() or printer.fromPage())
        command = lp_command(lp, path, printer.printerName(), printer.copyCount(), pages,
                             printer.docName() or path.stem)
        result = subprocess.run(command, capture_output=True, text=True, timeout=60)
        if result.returncode != 0:
            raise RuntimeError(result.stderr.strip() or result.stdout.strip() or f"lp: exit {result.returncode}")
        return "lp"
    render_pdf(path, printer)
    return "rendered"


def lp_command(lp: str, path: Path, printer: str, copies: int, pages: tuple[int, int] | None,
               title: str) -> list[str]:
    """The CUPS command that prints the PDF itself on ``printer``."""
    command = [lp, "-d", printer, "-n", str(max(1, copies)), "-t", title]
    if pages:
        command += ["-P", f"{pages[0]}-{pages[1]}"]
    return [*command, "--", str(path)]


def render_pdf(path: Path, printer) -> None:
    """Draw every page (or the chosen range) with QPdfDocument at the printer's resolution."""
    from PySide6.QtGui import QPainter
    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtPrintSupport import QPrinter

    document = QPdfDocument()
    document.load(str(path))
    pages = range(document.pageCount())
    if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
        pages = range(printer.fromPage() - 1, min(printer.toPage() or printer.fromPage(), document.pageCount()))
    dpi = printer.resolution()
    painter = QPainter()
    if not painter.begin(printer):
        document.close()
        raise RuntimeError(translate("ReportDialog", "The printer could not be started."))
    try:
        for index, page in enumerate(pages):
            if index:
                printer.newPage()
            points = document.pagePointSize(page)
            image = document.render(page, QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72)))
            area = painter.viewport()
            target = image.size().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.drawImage(QRect(area.topLeft(), target), image)
    finally:
        painter.end()
        document.close()
