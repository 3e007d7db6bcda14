"""Find a time (ui/find_time.ui): the first free slots for the chosen principals, inside working hours.

Other attendees (contacts or typed e-mail addresses) count too where a calendar account offers their free/busy;
that is read on a worker thread, and the dialog says per person where it could not be."""

from __future__ import annotations

import re
from datetime import datetime, timedelta

from PySide6.QtCore import QEvent, Qt, QThread, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QListWidgetItem, QWidget

from opsassistant.gui.forms.ui_find_time import Ui_FindTimeDialog
from opsassistant.i18n.formatting import format_full_date, format_time
from opsassistant.services import principals as principal_service
from opsassistant.services.calendar import attendees as attendee_service
from opsassistant.services.calendar import free_time

ROLE = Qt.ItemDataRole.UserRole


class FreeBusyThread(QThread):
    """Reads the attendees' free/busy off the GUI thread (each request has its own timeout)."""

    answered = Signal(object)  # list[freebusy.Answer]

    def __init__(self, people: list[tuple[str, str]], start: datetime, end: datetime, parent=None):
        super().__init__(parent)
        self.people, self.start_at, self.end_at = people, start, end

    def run(self) -> None:
        from opsassistant.services.sync import state
        from opsassistant.sync import freebusy

        try:
            answers = freebusy.read(self.people, self.start_at, self.end_at)
        except Exception as error:  # noqa: BLE001 - a bug must not leave the dialog waiting forever
            answers = [freebusy.Answer(email, name, problem=freebusy.FAILED, detail=str(error) or
                                       type(error).__name__) for name, email in self.people]
        finally:
            state.release_connection()
        self.answered.emit(answers)


class FindTimeDialog(QDialog):
    """OK returns the chosen slot in ``chosen`` (start, end) so the panel can open a new appointment there."""

    def __init__(self, parent: QWidget | None = None, principal_ids: list[int] | None = None,
                 after: datetime | None = None, attendees: list[tuple[str, str]] | None = None):
        super().__init__(parent)
        self.ui = Ui_FindTimeDialog()
        self.ui.setupUi(self)
        self.after = after
        self.chosen: tuple[datetime, datetime] | None = None
        for person in principal_service.list_principals():
            item = QListWidgetItem(person.name)
            item.setData(ROLE, person.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            wanted = principal_ids is None and person.role == "executive" or person.id in (principal_ids or [])
            item.setCheckState(Qt.CheckState.Checked if wanted else Qt.CheckState.Unchecked)
            self.ui.principalList.addItem(item)
        self.thread: FreeBusyThread | None = None
        self.answers: list = []  # the last free/busy answers (freebusy.Answer), for the reasons shown
        self.unknown: list[str] = []  # the attendees typed without an address
        self.ui.attendeesEdit.setText(", ".join(f"{n} <{e}>" if n and e else n or e for n, e in attendees or []))
        self.ui.freeBusyLabel.hide()
        self.ui.searchButton.clicked.connect(self.search)
        self.ui.buttonBox.accepted.connect(self._choose)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.slotList.itemActivated.connect(lambda _item: self._choose())
        self.retranslate()

    def retranslate(self) -> None:
        self.ui.retranslateUi(self)
        self.ui.durationSpin.setSuffix(" " + self.tr("min"))
        self.ui.daysSpin.setSuffix(" " + self.tr("days"))
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Book this time"))
        if not self.ui.resultLabel.text():
            self.ui.resultLabel.setText(self.tr("Choose principals and a duration, then press Search."))
        if hasattr(self, "unknown"):  # the reasons in the new language
            self._show_reasons(self.unknown)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "ui"):
            self.retranslate()
        super().changeEvent(event)

    def principal_ids(self) -> list[int]:
        widget = self.ui.principalList
        return [widget.item(r).data(ROLE) for r in range(widget.count())
                if widget.item(r).checkState() == Qt.CheckState.Checked]

    def other_attendees(self) -> list[tuple[str, str]]:
        """(name, e-mail) of each typed attendee: "Name <address>", an address, or a contact's name."""
        people = []
        for part in (p.strip() for p in re.split(r"[,;]", self.ui.attendeesEdit.text())):
            match = re.fullmatch(r"(.*?)\s*<([^<>]+)>", part)
            if match:
                people.append((match.group(1).strip().strip('"'), match.group(2).strip()))
            elif "@" in part:
                people.append(("", part))
            elif part:
                found = [c for c in attendee_service.candidates(part, limit=5)
                         if c.name.casefold() == part.casefold()] or attendee_service.candidates(part, limit=2)
                people.append((found[0].name, found[0].email) if len(found) == 1 else (part, ""))
        return people

    def search(self) -> None:
        if self.thread is not None:  # still reading: the answer will search
            return
        people = self.other_attendees()
        unknown = [name for name, email in people if not email]
        readable = [(name, email) for name, email in people if email]
        self.answers = []
        self._show_reasons(unknown)
        if not readable:
            self._search_with([])
            return
        start, end = free_time.search_window(self.principal_ids(), after=self.after, days=self.ui.daysSpin.value())
        self.ui.searchButton.setEnabled(False)
        self.ui.slotList.clear()
        self.ui.resultLabel.setText(self.tr("Reading the other attendees' free/busy…"))
        self.thread = FreeBusyThread(readable, start, end, self)
        self.thread.answered.connect(lambda answers: self._answered(answers, unknown), Qt.ConnectionType.QueuedConnection)
        self.thread.start()

    def _answered(self, answers: list, unknown: list[str]) -> None:
        if self.thread is not None:
            self.thread.wait()
            self.thread.deleteLater()
            self.thread = None
        self.ui.searchButton.setEnabled(True)
        self.answers = answers
        self._show_reasons(unknown)
        self._search_with([period for answer in answers for period in answer.busy])

    def _show_reasons(self, unknown: list[str]) -> None:
        self.unknown = unknown
        lines = [self.tr("%1: no e-mail address, so no free/busy").replace("%1", name) for name in unknown]
        lines += [answer.sentence() for answer in self.answers if answer.problem]
        read = [answer.name or answer.email for answer in self.answers if not answer.problem]
        if read:
            lines.insert(0, self.tr("Free/busy read for %1.").replace("%1", ", ".join(read)))
        self.ui.freeBusyLabel.setText("\n".join(lines))
        self.ui.freeBusyLabel.setVisible(bool(lines))

    def _search_with(self, busy: list) -> None:
        slots = free_time.find_slots(self.principal_ids(), timedelta(minutes=self.ui.durationSpin.value()),
                                     after=self.after, days=self.ui.daysSpin.value(), limit=8, busy=busy)
        self.ui.slotList.clear()
        for start, end in slots:
            item = QListWidgetItem(f"{format_full_date(start.date())}  {format_time(start)}–{format_time(end)}")
            item.setData(ROLE, (start, end))
            self.ui.slotList.addItem(item)
        if slots:
            self.ui.slotList.setCurrentRow(0)
            self.ui.resultLabel.setText(self.tr("The first free times inside everyone's working hours:"))
        else:
            self.ui.resultLabel.setText(self.tr("No free time found in the period. Try a shorter duration or "
                                                "more days."))

    def _choose(self) -> None:
        item = self.ui.slotList.currentItem()
        if item is None:
            self.search()
            return
        if self.thread is not None:
            return
        self.chosen = item.data(ROLE)
        self.accept()

    def done(self, result: int) -> None:  # noqa: D401 - Qt API
        if self.thread is not None:  # closed while reading: the worker ends on its own, without the dialog
            orphan(self.thread)
            self.thread = None
        super().done(result)


_orphans: set[QThread] = set()


def orphan(thread: QThread) -> None:
    """Keep a worker whose window closed alive until it ends (its timeouts bound that), ignoring its answer."""
    for signal in ("answered", "found", "failed"):
        if hasattr(thread, signal):
            getattr(thread, signal).disconnect()
    thread.setParent(None)
    _orphans.add(thread)
    thread.finished.connect(lambda: (_orphans.discard(thread), thread.deleteLater()))
