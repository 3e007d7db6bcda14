"""The quick entry: log a call or phone message in seconds, from anywhere in the app (Ctrl+L).

Typical message, keyboard only: type the number (the contact is matched live, any formatting), Tab, type the
message, Tab, a letter or arrow to pick "call back by", Enter. Enter saves; Shift+Enter is a new line in the
message; Esc cancels and asks first if something was typed.
"""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QDateTime, QEvent, QObject, Qt, QTimer, QTimeZone, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QListWidgetItem, QWidget

from opsassistant.gui.calls import signals
from opsassistant.gui.common.edit_formats import datetime_format
from opsassistant.gui.common.unsaved import confirm_discard
from opsassistant.gui.forms.ui_quick_entry import Ui_QuickEntryDialog
from opsassistant.services import phones
from opsassistant.services import principals as principal_service
from opsassistant.services.calls import matching
from opsassistant.services.calls.callbacks import (
    DEFAULT_ZONE,
    QUICK_CHOICES,
    quick_choice,
    quick_choice_label,
)
from opsassistant.services.calls.logging import CallData, CallError, log_call

NO_CALLBACK, EXACT = "none", "exact"


class QuickEntryDialog(QDialog):
    saved = Signal(int)

    def __init__(self, parent: QWidget | None = None, now: datetime | None = None):
        super().__init__(parent)
        self.ui = Ui_QuickEntryDialog()
        self.ui.setupUi(self)
        self._now = now  # fixed in tests; None = the clock
        self._candidate: matching.Candidate | None = None  # the contact the caller was matched to
        self._picked_text = ""
        self._principals = principal_service.list_principals(include_hidden=False)
        self._match_timer = QTimer(self, singleShot=True, interval=120)
        self._match_timer.timeout.connect(self._update_candidates)
        self.ui.candidateList.hide()
        self.ui.callbackEdit.setEnabled(False)
        self.ui.callbackEdit.setDisplayFormat(datetime_format())
        self._set_edit(quick_choice("hour", self._now_utc(), DEFAULT_ZONE))
        for label in (self.ui.callbackError, self.ui.errorLabel):
            label.hide()
        self.ui.callerEdit.textEdited.connect(self._caller_edited)
        self.ui.candidateList.itemClicked.connect(self._pick)
        self.ui.callbackCombo.currentIndexChanged.connect(self._callback_changed)
        self.ui.buttonBox.accepted.connect(self.save)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.callerEdit.installEventFilter(self)
        self.ui.messageEdit.installEventFilter(self)
        self._fill_texts()
        self.ui.callerEdit.setFocus()

    # --- texts ------------------------------------------------------------------------------------------
    def _fill_texts(self) -> None:
        combo = self.ui.callbackCombo
        current = combo.currentData() or NO_CALLBACK
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("No call-back"), NO_CALLBACK)
        for key in QUICK_CHOICES:
            combo.addItem(quick_choice_label(key), key)
        combo.addItem(self.tr("Exact time…"), EXACT)
        combo.setCurrentIndex(max(combo.findData(current), 0))
        combo.blockSignals(False)
        people = self.ui.principalCombo
        chosen = people.currentData()
        people.clear()
        people.addItem(self.tr("Nobody in particular"), None)
        for person in self._principals:
            people.addItem(person.name, person.id)
        boss = next((p for p in self._principals if p.role == "executive"), None)
        wanted = chosen if chosen is not None else (boss.id if boss else None)
        people.setCurrentIndex(max(people.findData(wanted), 0))
        self.ui.durationSpin.setSpecialValueText(self.tr("Unknown"))
        self.ui.durationSpin.setSuffix(self.tr(" min"))
        save = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        save.setDefault(True)
        self._show_match()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._fill_texts()
        super().changeEvent(event)

    # --- the caller -------------------------------------------------------------------------------------
    def _caller_edited(self, text: str) -> None:
        if text != self._picked_text:
            self._candidate = None
        self._match_timer.start()

    def _update_candidates(self) -> None:
        text = self.ui.callerEdit.text()
        found = matching.candidates(text, limit=6) if self._candidate is None else []
        lst = self.ui.candidateList
        lst.clear()
        exact = matching.exact_contact_for_number(text) if matching.looks_like_number(text) else None
        if exact is not None and self._candidate is None:
            self._candidate = exact
            self._picked_text = text
            found = []
        for candidate in found:
            parts = [candidate.name, candidate.organisation,
                     phones.format_for_reading(candidate.number or None, candidate.typed)]
            item = QListWidgetItem(" · ".join(p for p in parts if p))
            item.setData(Qt.ItemDataRole.UserRole, candidate)
            lst.addItem(item)
        lst.setVisible(bool(found))
        self._show_match()

    def _pick(self, item: QListWidgetItem) -> None:
        candidate: matching.Candidate = item.data(Qt.ItemDataRole.UserRole)
        self._candidate = candidate
        reading = phones.format_for_reading(candidate.number or None, candidate.typed)
        self._picked_text = reading or candidate.name
        self.ui.callerEdit.setText(self._picked_text)
        self.ui.candidateList.clear()
        self.ui.candidateList.hide()
        self._show_match()

    def _show_match(self) -> None:
        text = self.ui.callerEdit.text().strip()
        if self._candidate is not None:
            label = ", ".join(p for p in (self._candidate.name, self._candidate.organisation) if p)
            self.ui.matchLabel.setText(self.tr("Contact: %1").replace("%1", label))
        elif not text:
            self.ui.matchLabel.setText(self.tr("Withheld number"))
        elif self.ui.candidateList.count():
            self.ui.matchLabel.setText(self.tr("Pick a contact with ↓ and Enter, or go on typing."))
        elif matching.looks_like_number(text):
            self.ui.matchLabel.setText(self.tr("Unknown caller"))
        else:
            self.ui.matchLabel.setText("")

    # --- call back by -----------------------------------------------------------------------------------
    def _now_utc(self) -> datetime:
        return self._now or datetime.now(UTC)

    def _principal(self):
        pid = self.ui.principalCombo.currentData()
        return next((p for p in self._principals if p.id == pid), None)

    def _callback_changed(self) -> None:
        key = self.ui.callbackCombo.currentData()
        self.ui.callbackEdit.setEnabled(key == EXACT)
        self.ui.callbackError.hide()
        if key not in (NO_CALLBACK, None):
            self.ui.pleaseCallCheck.setChecked(True)
            moment = self._callback_moment() if key != EXACT else None
            if moment is not None:
                self._set_edit(moment)
            elif key == EXACT:
                if self.ui.callbackEdit.dateTime().toSecsSinceEpoch() < self._now_utc().timestamp():
                    self._set_edit(quick_choice("hour", self._now_utc(), self._zone()))
                self.ui.callbackEdit.setFocus()

    def _set_edit(self, moment: datetime) -> None:
        zone = QTimeZone(self._zone().encode())
        self.ui.callbackEdit.setTimeZone(zone)
        self.ui.callbackEdit.setDateTime(QDateTime.fromSecsSinceEpoch(int(moment.timestamp()), zone))

    def _zone(self) -> str:
        person = self._principal()
        return person.home_timezone if person else DEFAULT_ZONE

    def _callback_moment(self) -> datetime | None:
        key = self.ui.callbackCombo.currentData()
        if key in (NO_CALLBACK, None):
            return None
        if key == EXACT:
            return datetime.fromtimestamp(self.ui.callbackEdit.dateTime().toSecsSinceEpoch(), UTC)
        person = self._principal()
        extra = {"work_start": person.work_start, "work_end": person.work_end,
                 "work_days": person.work_days} if person else {}
        return quick_choice(key, self._now_utc(), self._zone(), **extra)

    # --- keys -------------------------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress:
            key, mods = event.key(), event.modifiers()
            lst = self.ui.candidateList
            if watched is self.ui.callerEdit and lst.isVisible() and lst.count():
                if key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
                    step = 1 if key == Qt.Key.Key_Down else -1
                    lst.setCurrentRow(max(0, min(lst.count() - 1, lst.currentRow() + step)))
                    return True
                if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and lst.currentRow() >= 0:
                    self._pick(lst.currentItem())
                    return True
            if watched is self.ui.messageEdit and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if mods & Qt.KeyboardModifier.ShiftModifier:
                    self.ui.messageEdit.insertPlainText("\n")
                    return True
                self.save()
                return True
        return super().eventFilter(watched, event)

    # --- save / cancel ----------------------------------------------------------------------------------
    def direction(self) -> str:
        if self.ui.outgoingRadio.isChecked():
            return "out"
        return "missed" if self.ui.missedRadio.isChecked() else "in"

    def call_data(self) -> CallData:
        text = self.ui.callerEdit.text().strip()
        number, name = (text, "") if matching.looks_like_number(text) else ("", text)
        picked = self._candidate
        if picked is not None and not number:
            number, name = picked.typed or picked.number, ""  # the contact's own name and number are used
        minutes = self.ui.durationSpin.value()
        ui = self.ui
        return CallData(
            number=number, name=name, direction=self.direction(), principal_id=ui.principalCombo.currentData(),
            contact_id=picked.contact_id if picked else None, telephoned=ui.telephonedCheck.isChecked(),
            please_call=ui.pleaseCallCheck.isChecked(), will_call_again=ui.willCallCheck.isChecked(),
            returned_call=ui.returnedCheck.isChecked(), came_to_see=ui.cameCheck.isChecked(),
            urgent=ui.urgentCheck.isChecked(), message=ui.messageEdit.toPlainText(),
            callback_by=self._callback_moment(), duration_seconds=minutes * 60 if minutes else None,
            when=self._now, timezone=self._zone(),
        )

    def save(self) -> None:
        from opsassistant.gui.common.date_input import first_invalid

        if self.ui.callbackEdit.isEnabled() and first_invalid(self) is not None:
            return
        for label in (self.ui.callbackError, self.ui.errorLabel):
            label.clear()
            label.hide()
        data = self.call_data()
        if self.ui.callbackCombo.currentData() == EXACT and data.callback_by is not None and \
                data.callback_by.timestamp() < self._now_utc().timestamp() - 60:
            self.ui.callbackError.setText(self.tr("That time has already passed."))
            self.ui.callbackError.show()
            self.ui.callbackEdit.setFocus()
            return
        try:
            call = log_call(data)
        except CallError as exc:
            if "callback_by" in exc.problems:
                self.ui.callbackError.setText(exc.problems.pop("callback_by"))
                self.ui.callbackError.show()
            if exc.problems:
                self.ui.errorLabel.setText(" ".join(exc.problems.values()))
                self.ui.errorLabel.show()
            return
        self.saved.emit(call.id)
        signals.hub().changed.emit(call.id)
        self.done(QDialog.DialogCode.Accepted)

    def is_dirty(self) -> bool:
        return bool(self.ui.callerEdit.text().strip() or self.ui.messageEdit.toPlainText().strip())

    def confirm_discard(self) -> bool:
        return confirm_discard(self, self.tr("What you typed has not been saved. Discard it?"),
                               self.tr("Discard this call?"))

    def reject(self) -> None:
        if self.is_dirty() and not self.confirm_discard():
            return
        super().reject()


QUICK_ENTRY = "quick-entry"


def open_quick_entry(parent: QWidget | None) -> QuickEntryDialog:
    """Open (or bring forward) the quick entry over ``parent``; it saves and closes on Enter.

    The dialog registry owns it: after it closes (and Qt deletes it), the next call builds a new one."""
    from opsassistant.gui.common.dialogs import registry

    dialog = registry().open((id(parent), QUICK_ENTRY), lambda: QuickEntryDialog(parent))
    dialog.ui.callerEdit.setFocus()
    return dialog


def current_quick_entry() -> QuickEntryDialog | None:
    """The quick entry open now, if any."""
    from opsassistant.gui.common.dialogs import registry

    return next((d for d in registry().dialogs() if isinstance(d, QuickEntryDialog)), None)
