"""The sent-mail log of one contact or one appointment: when, subject, to whom and how each mail went.

The contact's detail pane lists the latest few (``html``); the event editor's "Sent mail…" opens the dialog."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from opsassistant.i18n import formatting as fmt
from opsassistant.services.calls.queries import local_zone
from opsassistant.services.mail import log as mail_log


def how_text(entry: mail_log.LogEntry) -> str:
    """How the mail went, e.g. "Sent by SMTP" or "Text message (Bcc)"."""
    text = {
        "smtp": QCoreApplication.translate("SentMail", "Sent by SMTP"),
        "draft": QCoreApplication.translate("SentMail", "Draft for the mail program"),
        "sms": QCoreApplication.translate("SentMail", "Text message"),
    }.get(entry.transport, entry.transport)
    if entry.kind in ("cc", "bcc"):
        text += f" ({entry.kind.capitalize()})"
    return text


def when_text(entry: mail_log.LogEntry) -> str:
    return fmt.format_datetime(entry.sent_at, local_zone())


def html(entries: list[mail_log.LogEntry], limit: int = 5) -> str:
    """The detail pane's "Sent mail" section (empty when nothing was sent)."""
    if not entries:
        return ""
    title = QCoreApplication.translate("SentMail", "Sent mail")
    items = "".join(f"<li>{escape(when_text(e))} — {escape(e.subject)} <i>({escape(how_text(e))})</i></li>"
                    for e in entries[:limit])
    more = ""
    if len(entries) > limit:
        more = "<p><i>" + escape(QCoreApplication.translate("SentMail", "and %1 more").replace(
            "%1", str(len(entries) - limit))) + "</i></p>"
    return f"<h3>{escape(title)}</h3><ul>{items}</ul>{more}"


class SentMailDialog(QDialog):
    def __init__(self, entries: list[mail_log.LogEntry], about: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("SentMailDialog")
        self.entries, self.about = entries, about
        self.resize(880, 340)
        layout = QVBoxLayout(self)
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        layout.addWidget(self.heading)
        self.tree = QTreeWidget(self)
        self.tree.setRootIsDecorated(False)
        self.tree.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.tree)
        self.empty_label = QLabel(self)  # an empty log says so instead of showing an empty table
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.empty_label, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._retranslate()

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Sent mail"))
        self.heading.setText(self.tr("Mail about %1").replace("%1", self.about))
        self.tree.clear()
        self.tree.setHeaderLabels([self.tr("When"), self.tr("Subject"), self.tr("To"), self.tr("How")])
        for entry in self.entries:
            QTreeWidgetItem(self.tree, [when_text(entry), entry.subject, entry.address, how_text(entry)])
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.tree.setVisible(bool(self.entries))
        self.empty_label.setText(self.tr("No mail has been sent about this yet."))
        self.empty_label.setVisible(not self.entries)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "empty_label"):
            self._retranslate()
        super().changeEvent(event)

    def rows(self) -> list[list[str]]:
        return [[self.tree.topLevelItem(r).text(c) for c in range(4)] for r in range(self.tree.topLevelItemCount())]


def sent_button_text(count: int) -> str:
    return QCoreApplication.translate("SentMail", "Sent mail (%1)…").replace("%1", str(count))
