"""The event editor (ui/event_editor.ui): one appointment, one occurrence of a series, or the whole series."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QDate, QStringListModel, Qt, QTime, QTimer
from PySide6.QtWidgets import QCompleter, QDialog, QDialogButtonBox, QListWidgetItem, QWidget

from opsassistant.gui.calendar import editor_text as txt
from opsassistant.gui.common.unsaved import confirm_discard
from opsassistant.gui.forms.ui_event_editor import Ui_EventEditor
from opsassistant.i18n.formatting import format_date, format_time
from opsassistant.services import principals as principal_service
from opsassistant.services.calendar import attendees as attendee_service
from opsassistant.services.calendar import conflicts, editing
from opsassistant.services.calendar.editing import Attendee, EventData
from opsassistant.services.calendar.occurrences import Occurrence, home_zone, zone
from opsassistant.services.calendar.recurrence import Repeat, editable, to_rrule
from opsassistant.services.calendar.rule_text import describe, describe_dates

ROLE = Qt.ItemDataRole.UserRole


class EventEditor(QDialog):
    """Saves through the services on Save; ``saved_id`` is the row written."""

    def __init__(self, parent: QWidget | None, data: EventData, *, event_id: int | None = None,
                 occurrence: Occurrence | None = None):
        super().__init__(parent)
        self.ui = Ui_EventEditor()
        self.ui.setupUi(self)
        self.event_id, self.occurrence = event_id, occurrence
        self.saved_id: int | None = None
        self.read_only = bool(data.source)
        self._candidates: dict[str, attendee_service.Candidate] = {}
        self._loading = True
        self._repeat_edited = False  # the stored RRULE is kept word for word until the repeat tab is changed
        self._following = False
        self.ui.mainForm.setRowStretch(11, 1)
        self.ui.errorLabel.setVisible(False)
        self._fill_choices()
        self._load(data)
        self._connect()
        self._loading = False
        self._dirty = False
        self._conflict_timer = QTimer(self, singleShot=True, interval=250, timeout=self.check_conflicts)
        self.retranslate()
        self.check_conflicts()
        from opsassistant.gui.mail.editor_hook import install as install_mail

        install_mail(self)  # answers beside the attendees, "Save and send invitations…" (gui/mail)

        self.ui.tabs.setCurrentIndex(0)
        self.ui.titleEdit.setFocus(Qt.FocusReason.OtherFocusReason)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        if self.ui.titleEdit.isEnabled() and not self.ui.titleEdit.text():
            self.ui.titleEdit.setFocus(Qt.FocusReason.OtherFocusReason)  # type the title first

    # --- setup --------------------------------------------------------------------------------------------------
    def _fill_choices(self) -> None:
        ui = self.ui
        for person in principal_service.list_principals():
            item = QListWidgetItem(person.name)
            item.setData(ROLE, person.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            ui.principalList.addItem(item)
        self._completer_model = QStringListModel(self)
        completer = QCompleter(self._completer_model, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        ui.attendeeEdit.setCompleter(completer)
        ui.countSpin.setValue(10)

    def _connect(self) -> None:
        ui = self.ui
        ui.buttonBox.accepted.connect(self.save)
        ui.buttonBox.rejected.connect(self.reject)
        ui.allDayCheck.toggled.connect(self._update_enabled)
        ui.repeatCombo.currentIndexChanged.connect(self._update_enabled)
        ui.endsCombo.currentIndexChanged.connect(self._update_enabled)
        for signal in (ui.repeatCombo.currentIndexChanged, ui.intervalSpin.valueChanged, ui.endsCombo.currentIndexChanged,
                       ui.untilDateEdit.dateChanged, ui.countSpin.valueChanged,
                       *(getattr(ui, f"day{d}Check").toggled for d in range(1, 8))):
            signal.connect(self._repeat_changed)
        ui.attendeeEdit.textEdited.connect(self._suggest)
        ui.attendeeEdit.returnPressed.connect(self.add_attendee)
        ui.addAttendeeButton.clicked.connect(self.add_attendee)
        ui.removeAttendeeButton.clicked.connect(lambda: self._remove_current(ui.attendeeList))
        ui.addExceptionButton.clicked.connect(self._add_exception)
        ui.removeExceptionButton.clicked.connect(lambda: self._remove_current(ui.exceptionList))
        for signal in (ui.titleEdit.textChanged, ui.locationEdit.textChanged, ui.notesEdit.textChanged,
                       ui.statusCombo.currentIndexChanged, ui.reminderCombo.currentIndexChanged,
                       ui.categoryCombo.currentTextChanged, ui.attendeeList.model().rowsInserted,
                       ui.exceptionList.model().rowsInserted, ui.repeatCombo.currentIndexChanged):
            signal.connect(self._touched)
        for signal in (ui.startDateEdit.dateChanged, ui.startTimeEdit.timeChanged, ui.endDateEdit.dateChanged,
                       ui.endTimeEdit.timeChanged, ui.startZoneCombo.currentTextChanged,
                       ui.endZoneCombo.currentTextChanged, ui.allDayCheck.toggled, ui.principalList.itemChanged):
            signal.connect(self._times_changed)
        ui.startDateEdit.dateChanged.connect(self._keep_length)
        ui.startTimeEdit.timeChanged.connect(self._keep_length)
        for signal in (ui.endDateEdit.dateChanged, ui.endTimeEdit.timeChanged):
            signal.connect(self._remember_length)
        for signal in (ui.titleEdit.textEdited, ui.startDateEdit.dateChanged, ui.endDateEdit.dateChanged,
                       ui.startTimeEdit.timeChanged, ui.endTimeEdit.timeChanged):
            signal.connect(self._clear_error)

    def _load(self, data: EventData) -> None:
        ui = self.ui
        ui.titleEdit.setText(data.title)
        ui.locationEdit.setText(data.location)
        ui.allDayCheck.setChecked(data.all_day)
        if data.all_day:
            start = datetime.combine(data.start_date, time(9), zone(home_zone()))
            end = datetime.combine(data.end_date - timedelta(days=1), time(10), zone(home_zone()))
        else:
            start, end = data.start, data.end
        ui.startDateEdit.setDate(QDate(start.year, start.month, start.day))
        ui.startTimeEdit.setTime(QTime(start.hour, start.minute))
        ui.endDateEdit.setDate(QDate(end.year, end.month, end.day))
        ui.endTimeEdit.setTime(QTime(end.hour, end.minute))
        self._length = (end.replace(tzinfo=None) - start.replace(tzinfo=None))
        ui.startZoneCombo.set_zone(data.start_timezone)
        ui.endZoneCombo.set_zone(data.end_timezone)
        for row in range(ui.principalList.count()):
            item = ui.principalList.item(row)
            if item.data(ROLE) in data.principal_ids:
                item.setCheckState(Qt.CheckState.Checked)
        for person in data.attendees:
            self._add_attendee_item(Attendee(person.name, person.email, person.contact_id, person.status))
        ui.categoryCombo.setEditText(txt.category_label(data.category))
        self._status, self._reminder = data.status, data.reminder_minutes
        ui.notesEdit.setPlainText(data.notes)
        repeat = editable(data.rrule, data.start_date if data.all_day else data.start, data.start_timezone)
        self._repeat_kind = repeat.kind
        if repeat.kind == "none" and data.rdates:
            repeat.kind = self._repeat_kind = "custom"  # a series of added dates alone
        self._custom = repeat.kind == "custom"
        ui.intervalSpin.setValue(repeat.interval)
        for day in repeat.weekdays:
            getattr(ui, f"day{day}Check").setChecked(True)
        ui.untilDateEdit.setDate(QDate(*(repeat.until or start.date() + timedelta(days=90)).timetuple()[:3]))
        if repeat.count:
            ui.countSpin.setValue(repeat.count)
        self._ends = "until" if repeat.until else "count" if repeat.count else "never"
        ui.exceptionDateEdit.setDate(ui.startDateEdit.date())
        for key in data.exdates:
            self._add_exception_key(key)
        self._data = data

    # --- language -----------------------------------------------------------------------------------------------
    def retranslate(self) -> None:
        ui = self.ui
        ui.retranslateUi(self)
        txt.fill_combo(ui.statusCombo, txt.status_items(), self._status)
        txt.fill_combo(ui.reminderCombo, txt.reminder_items(), self._reminder)
        txt.fill_combo(ui.repeatCombo, txt.repeat_items(self._custom), self._repeat_kind)
        txt.fill_combo(ui.endsCombo, txt.ends_items(), self._ends)
        ui.categoryCombo.blockSignals(True)
        current = ui.categoryCombo.currentText()
        ui.categoryCombo.clear()
        ui.categoryCombo.addItems(txt.categories())
        ui.categoryCombo.setEditText(current)
        ui.categoryCombo.blockSignals(False)
        ui.scopeLabel.setText(txt.scope_text(self.read_only, self._data.source, self.event_id, self.occurrence))
        ui.scopeLabel.setVisible(bool(ui.scopeLabel.text()))
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).setEnabled(not self.read_only)
        ui.tabs.setEnabled(not self.read_only)
        self._update_enabled()
        self._update_hint()

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt API
        from PySide6.QtCore import QEvent

        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "_data"):
            self.retranslate()
        super().changeEvent(event)

    # --- behaviour ----------------------------------------------------------------------------------------------
    def _touched(self, *_args) -> None:
        if not self._loading:
            self._dirty = True

    def _rule_text(self, kind: str) -> str:
        """What the repeat choices cannot show: a custom rule in words, and the added dates (RDATE)."""
        zone_name = self._data.start_timezone or home_zone()
        parts = [describe(self._data.rrule, zone_name)] if kind == "custom" and self._data.rrule else []
        if self._data.rdates and kind != "none":
            parts.append(describe_dates(self._data.rdates, zone_name))
        return "\n".join(parts)

    def _repeat_changed(self, *_args) -> None:
        if not self._loading:
            self._repeat_edited = True

    def _times_changed(self, *_args) -> None:
        self._touched()
        self._update_hint()
        if hasattr(self, "_conflict_timer"):
            self._conflict_timer.start()

    def _start(self) -> datetime:
        return datetime.combine(self.ui.startDateEdit.date().toPython(), self.ui.startTimeEdit.time().toPython())

    def _end(self) -> datetime:
        return datetime.combine(self.ui.endDateEdit.date().toPython(), self.ui.endTimeEdit.time().toPython())

    def _keep_length(self, *_args) -> None:
        """Moving the start (date or time) moves the end with it, keeping the length: 10.00 start, 11.00 end."""
        if self._loading or self._following:
            return
        end = self._start() + self._length
        self._following = True
        try:
            self.ui.endDateEdit.setDate(QDate(end.year, end.month, end.day))
            self.ui.endTimeEdit.setTime(QTime(end.hour, end.minute))
        finally:
            self._following = False

    def _remember_length(self, *_args) -> None:
        """The end chosen by hand sets the length the start then keeps (a positive one only)."""
        if self._loading or self._following:
            return
        length = self._end() - self._start()
        if length > timedelta(0):
            self._length = length

    def _clear_error(self, *_args) -> None:
        """A message goes as soon as the field it is about is changed."""
        if not self._loading and self.ui.errorLabel.isVisible():
            self.ui.errorLabel.clear()
            self.ui.errorLabel.setVisible(False)

    def _update_enabled(self, *_args) -> None:
        ui = self.ui
        all_day = ui.allDayCheck.isChecked()
        for widget in (ui.startTimeEdit, ui.endTimeEdit, ui.startZoneCombo, ui.endZoneCombo):
            widget.setEnabled(not all_day)
        kind = ui.repeatCombo.currentData() or "none"
        repeating = kind != "none"
        for widget in (ui.intervalSpin, ui.endsCombo, ui.exceptionList, ui.exceptionDateEdit,
                       ui.addExceptionButton, ui.removeExceptionButton):
            widget.setEnabled(repeating)
        for day in range(1, 8):
            getattr(ui, f"day{day}Check").setEnabled(kind == "weekly")
        ends = ui.endsCombo.currentData() or "never"
        ui.untilDateEdit.setEnabled(repeating and ends == "until")
        ui.countSpin.setEnabled(repeating and ends == "count")
        custom = kind == "custom"
        ui.customRuleLabel.setText(self._rule_text(kind) if hasattr(self, "_data") else "")
        ui.customRuleLabel.setVisible(bool(ui.customRuleLabel.text()))
        for widget in (ui.intervalSpin, ui.endsCombo, ui.untilDateEdit, ui.countSpin):
            widget.setEnabled(widget.isEnabled() and not custom)
        if self.occurrence is not None and self.occurrence.series_id:
            ui.repeatTab.setEnabled(False)  # one occurrence cannot have its own rule

    def _home_zone(self) -> str:
        checked = self.principal_ids()
        if checked:
            return principal_service.get(checked[0]).home_timezone
        return home_zone()

    def _update_hint(self) -> None:
        data = self.collect()
        self.ui.homeHintLabel.setText(txt.home_hint(data, self._home_zone()))

    def _suggest(self, text: str) -> None:
        found = attendee_service.candidates(text)
        self._candidates = {c.label: c for c in found}
        self._completer_model.setStringList(list(self._candidates))

    def add_attendee(self) -> None:
        text = self.ui.attendeeEdit.text().strip()
        if not text:
            return
        candidate = self._candidates.get(text)
        if candidate is None:
            found = attendee_service.candidates(text, limit=2)
            candidate = found[0] if len(found) == 1 and found[0].name.casefold() == text.casefold() else None
        if candidate is not None:
            person = Attendee(candidate.name, candidate.email, candidate.contact_id)
        elif "@" in text:
            person = Attendee("", text)
        else:
            person = Attendee(text, "")
        self._add_attendee_item(person)
        self.ui.attendeeEdit.clear()

    def _add_attendee_item(self, person: Attendee) -> None:
        label = f"{person.name} <{person.email}>" if person.name and person.email else person.name or person.email
        item = QListWidgetItem(label)
        item.setData(ROLE, person)
        self.ui.attendeeList.addItem(item)

    def _remove_current(self, widget) -> None:
        row = widget.currentRow()
        if row >= 0:
            widget.takeItem(row)
            self._touched()

    def _add_exception(self) -> None:
        day = self.ui.exceptionDateEdit.date().toPython()
        if self.ui.allDayCheck.isChecked():
            self._add_exception_key(day.isoformat())
        else:
            tz = zone(self.ui.startZoneCombo.zone())
            moment = datetime.combine(day, self.ui.startTimeEdit.time().toPython(), tz)
            self._add_exception_key(editing.key_of(moment))

    def _add_exception_key(self, key: str) -> None:
        if len(key) == 10:
            label = format_date(date.fromisoformat(key), "medium")
        else:
            moment = datetime.strptime(key, "%Y-%m-%d %H:%M:%S").replace(tzinfo=zone("UTC"))
            local = moment.astimezone(zone(self._data.start_timezone if hasattr(self, "_data") else home_zone()))
            label = f"{format_date(local.date(), 'medium')} {format_time(local)}"
        item = QListWidgetItem(label)
        item.setData(ROLE, key)
        self.ui.exceptionList.addItem(item)

    def principal_ids(self) -> list[int]:
        widget = self.ui.principalList
        return [widget.item(r).data(ROLE) for r in range(widget.count())
                if widget.item(r).checkState() == Qt.CheckState.Checked]

    def collect(self) -> EventData:
        ui = self.ui
        start_zone = ui.startZoneCombo.zone() or home_zone()
        end_zone = ui.endZoneCombo.zone() or start_zone
        start_day, end_day = ui.startDateEdit.date().toPython(), ui.endDateEdit.date().toPython()
        all_day = ui.allDayCheck.isChecked()
        start = datetime.combine(start_day, ui.startTimeEdit.time().toPython(), zone(start_zone))
        end = datetime.combine(end_day, ui.endTimeEdit.time().toPython(), zone(end_zone))
        repeat = Repeat(kind=ui.repeatCombo.currentData() or "none", interval=ui.intervalSpin.value(),
                        weekdays={d for d in range(1, 8) if getattr(ui, f"day{d}Check").isChecked()})
        ends = ui.endsCombo.currentData() or "never"
        if ends == "until":
            repeat.until = ui.untilDateEdit.date().toPython()
        elif ends == "count":
            repeat.count = ui.countSpin.value()
        if repeat.kind == "custom" or not self._repeat_edited:
            rrule = self._data.rrule  # what came in (a file, a server, this editor) stays word for word
        else:
            rrule = to_rrule(repeat, start_day, None if all_day else start_zone)
        return replace(
            self._data, title=ui.titleEdit.text(), location=ui.locationEdit.text(), all_day=all_day,
            start=None if all_day else start, end=None if all_day else end,
            start_timezone=start_zone, end_timezone=end_zone,
            start_date=start_day if all_day else None, end_date=end_day + timedelta(days=1) if all_day else None,
            principal_ids=self.principal_ids(),
            attendees=[ui.attendeeList.item(r).data(ROLE) for r in range(ui.attendeeList.count())],
            category=ui.categoryCombo.currentText().strip(), status=ui.statusCombo.currentData() or "confirmed",
            reminder_minutes=ui.reminderCombo.currentData(), notes=ui.notesEdit.toPlainText(),
            rrule=rrule if repeat.kind != "none" else "",  # "none" chosen, or none loaded and untouched
            rdates=[] if repeat.kind == "none" else list(self._data.rdates),
            exdates=[ui.exceptionList.item(r).data(ROLE) for r in range(ui.exceptionList.count())])

    def check_conflicts(self) -> None:
        data = self.collect()
        found = []
        if not data.all_day and data.start and data.end and data.end > data.start and not self.read_only:
            found = conflicts.conflicts(
                data.start, data.end, data.principal_ids, ignore_event_id=self.event_id,
                ignore_recurrence_id=self.occurrence.recurrence_id if self.occurrence else None)
        text = conflicts.describe(found, data.principal_ids) if found else ""
        self.ui.conflictLabel.setText(txt.conflict_heading() + "\n" + text if text else "")
        self.ui.conflictLabel.setVisible(bool(text))

    def save(self) -> None:
        from opsassistant.gui.common.date_input import first_invalid

        if first_invalid(self) is not None:
            return
        if self.ui.attendeeEdit.text().strip():
            self.add_attendee()  # a name typed but not yet added is added, not dropped
        data = self.collect()
        problems = editing.validate(data)
        if problems:
            self.ui.errorLabel.setText("\n".join(problems.values()))
            self.ui.errorLabel.setVisible(True)
            (self.ui.titleEdit if "title" in problems else self.ui.endDateEdit).setFocus()
            return
        try:
            if self.occurrence is not None and self.occurrence.series_id:
                self.saved_id = editing.update_occurrence(self.occurrence, data).id
            elif self.event_id is not None:
                self.saved_id = editing.update(self.event_id, data).id
            else:
                self.saved_id = editing.create(data).id
        except editing.EditError as error:
            self.ui.errorLabel.setText(str(error))
            self.ui.errorLabel.setVisible(True)
            return
        self._dirty = False
        self.accept()

    def reject(self) -> None:
        if self._dirty and not self.read_only and not confirm_discard(self, txt.discard_question(), self.windowTitle()):
            return
        super().reject()
