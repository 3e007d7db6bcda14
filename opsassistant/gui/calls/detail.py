"""The detail pane beside the call log: the call, its message, the caller's contact and earlier calls."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QListWidgetItem, QWidget

from opsassistant.gui.calls.models import caller_text, direction_text
from opsassistant.gui.forms.ui_call_detail import Ui_CallDetail
from opsassistant.i18n.formatting import format_datetime, format_duration
from opsassistant.services import phones
from opsassistant.services.calls import queries

FLAG_KEYS = ("telephoned", "please_call", "will_call_again", "returned_call", "came_to_see", "urgent")


class CallDetailPane(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_CallDetail()
        self.ui.setupUi(self)
        self._call_id: int | None = None
        self.show_call(None)

    def flag_labels(self) -> dict[str, str]:
        return {"telephoned": self.tr("Telephoned"), "please_call": self.tr("Please call back"),
                "will_call_again": self.tr("Will call again"), "returned_call": self.tr("Returned your call"),
                "came_to_see": self.tr("Came to see you"), "urgent": self.tr("Urgent")}

    @property
    def call_id(self) -> int | None:
        return self._call_id

    def show_call(self, call_id: int | None) -> None:
        self._call_id = call_id
        call = queries.get(call_id) if call_id else None
        ui = self.ui
        for widget in (ui.messageCaption, ui.messageLabel, ui.contactCaption, ui.contactLabel, ui.historyCaption,
                       ui.historyList):
            widget.setVisible(call is not None)
        ui.historyList.clear()
        if call is None:
            ui.titleLabel.setText(self.tr("No call selected"))
            ui.infoLabel.setText(self.tr("Choose a call in the log to see the message, the caller and their "
                                         "earlier calls."))
            return
        ui.titleLabel.setText(caller_text(call) or phones.format_for_reading(call.e164, call.typed_number))
        lines = [f"{direction_text(call.direction)} · {format_datetime(call.when_utc, call.timezone)}"]
        number = phones.format_for_reading(call.e164, call.typed_number)
        lines.append(self.tr("Number: %1").replace("%1", number or self.tr("withheld")))
        if call.principal_id:
            lines.append(self.tr("For: %1").replace("%1", call.principal.name))
        flags = [label for key, label in self.flag_labels().items() if getattr(call, key)]
        if flags:
            lines.append(" · ".join(flags))
        if call.status == "open":
            when = (format_datetime(call.callback_by_utc, call.timezone) if call.callback_by_utc
                    else self.tr("as soon as possible"))
            overdue = call.callback_by_utc is not None and call.callback_by_utc < datetime.now(UTC)
            text = self.tr("Call back by %1").replace("%1", when)
            lines.append(text + (" — " + self.tr("overdue") if overdue else ""))
        elif call.done_at and (call.please_call or call.callback_by_utc):
            lines.append(self.tr("Call-back done %1").replace("%1", format_datetime(call.done_at, call.timezone)))
        if call.duration_seconds:
            lines.append(self.tr("Duration: %1").replace("%1", format_duration(call.duration_seconds)))
        if call.follow_up_of_id:
            lines.append(self.tr("Returns the call of %1").replace(
                "%1", format_datetime(call.follow_up_of.when_utc, call.timezone)))
        ui.infoLabel.setText("\n".join(lines))
        ui.messageLabel.setText(call.message or self.tr("No message."))
        if call.contact_id:
            contact = call.contact
            parts = [contact.display_name, contact.title, contact.organisation]
            parts += [phones.format_for_reading(p.e164, p.typed) for p in contact.phones]
            parts += [e.address for e in contact.emails]
            ui.contactLabel.setText("\n".join(p for p in parts if p))
        else:
            ui.contactLabel.setText(self.tr("Not in your contacts. Use “Create contact…” to add the caller."))
        earlier = queries.earlier_calls(call)
        for other in earlier:
            text = f"{format_datetime(other.when_utc, other.timezone)} · {direction_text(other.direction)}"
            if other.message:
                text += f" · {other.message.splitlines()[0][:80]}"
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, other.id)
            ui.historyList.addItem(item)
        if not earlier:
            ui.historyList.addItem(QListWidgetItem(self.tr("No earlier calls.")))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self.show_call(self._call_id)
        super().changeEvent(event)
