"""Add or change a participant: a contact or a team member found as you type, or just a name."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QStringListModel, Qt, QTimer
from PySide6.QtWidgets import QCompleter, QListWidgetItem, QWidget

from opsassistant.gui.forms.ui_outing_participant import Ui_ParticipantDialog
from opsassistant.gui.outings.common import FormDialog, set_error
from opsassistant.services.outings import participants
from opsassistant.services.outings.constants import RSVPS, rsvp_label
from opsassistant.services.outings.editing import OutingError
from opsassistant.services.outings.participants import ParticipantData, Person


class ParticipantDialog(FormDialog):
    def __init__(self, outing_id: int, participant_id: int | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_ParticipantDialog()
        self.ui.setupUi(self)
        self.outing_id, self.participant_id = outing_id, participant_id
        self._person: Person | None = None
        self._candidates: dict[str, Person] = {}
        self._fill_rsvp()
        self._model = QStringListModel(self)
        self.completer = QCompleter(self._model, self)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.ui.nameEdit.setCompleter(self.completer)
        self.ui.nameEdit.textEdited.connect(self._suggest)
        self.completer.activated[str].connect(self._chosen)
        if participant_id is not None:
            data = participants.load(participant_id)
            self.ui.nameEdit.setText(data.name)
            self.ui.emailEdit.setText(data.email)
            self.ui.rsvpCombo.setCurrentIndex(RSVPS.index(data.rsvp))
            self.ui.dietaryEdit.setText(data.dietary)
            self.ui.notesEdit.setText(data.notes)
            if data.principal_id:
                self._person = Person("principal", data.principal_id, data.name, data.email)
            elif data.contact_id:
                self._person = Person("contact", data.contact_id, data.name, data.email)
        self._ticked: dict[tuple[str, int], Person] = {}  # several people to add at once (new participants)
        self.ui.severalList.itemChanged.connect(self._tick_changed)
        for widget in (self.ui.severalLabel, self.ui.severalList, self.ui.severalHint):
            widget.setVisible(participant_id is None)
        self._show_link()
        self._finish_setup(self.ui.buttonBox)

    def _fill_rsvp(self) -> None:
        current = self.ui.rsvpCombo.currentData() or "no_reply"
        self.ui.rsvpCombo.clear()
        for rsvp in RSVPS:
            self.ui.rsvpCombo.addItem(rsvp_label(rsvp), rsvp)
        self.ui.rsvpCombo.setCurrentIndex(RSVPS.index(current))

    def _suggest(self, text: str) -> None:
        if self._person and text != self._person.name:
            self._person = None
            self._show_link()
        people = participants.search_people(text, limit=12)
        self._candidates = {p.label(): p for p in people}
        self._model.setStringList(list(self._candidates))
        self._fill_several(people)

    def _fill_several(self, found: list[Person]) -> None:
        """The people found, ticked ones first and kept ticked while the search changes."""
        lst = self.ui.severalList
        lst.blockSignals(True)
        lst.clear()
        shown = list(self._ticked.values()) + [p for p in found if (p.kind, p.id) not in self._ticked]
        for person in shown:
            item = QListWidgetItem(person.label())
            item.setData(Qt.ItemDataRole.UserRole, person)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            ticked = (person.kind, person.id) in self._ticked
            item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
            lst.addItem(item)
        lst.blockSignals(False)

    def _tick_changed(self, item: QListWidgetItem) -> None:
        person: Person = item.data(Qt.ItemDataRole.UserRole)
        if item.checkState() == Qt.CheckState.Checked:
            self._ticked[(person.kind, person.id)] = person
        else:
            self._ticked.pop((person.kind, person.id), None)

    def tick(self, person: Person) -> None:
        self._ticked[(person.kind, person.id)] = person
        self._fill_several([])

    def _several_data(self) -> list[ParticipantData]:
        rsvp = self.ui.rsvpCombo.currentData() or "no_reply"
        return [ParticipantData(name=p.name, email=p.email, rsvp=rsvp,
                                contact_id=p.id if p.kind == "contact" else None,
                                principal_id=p.id if p.kind == "principal" else None)
                for p in self._ticked.values()]

    def _chosen(self, label: str) -> None:
        person = self._candidates.get(label)
        if person is None:
            return
        self._person = person
        if person.email and not self.ui.emailEdit.text().strip():
            self.ui.emailEdit.setText(person.email)
        QTimer.singleShot(0, lambda: self.ui.nameEdit.setText(person.name))
        self._show_link()

    def _show_link(self) -> None:
        if self._person is None:
            self.ui.linkLabel.setText("")
        elif self._person.kind == "principal":
            self.ui.linkLabel.setText(QCoreApplication.translate("OutingsGui", "Team member: {name}").format(name=self._person.name))
        else:
            self.ui.linkLabel.setText(QCoreApplication.translate("OutingsGui", "Contact: {name}").format(name=self._person.name))

    def data(self) -> ParticipantData:
        person = self._person
        return ParticipantData(
            name=self.ui.nameEdit.text(), email=self.ui.emailEdit.text(),
            contact_id=person.id if person and person.kind == "contact" else None,
            principal_id=person.id if person and person.kind == "principal" else None,
            rsvp=self.ui.rsvpCombo.currentData() or "no_reply", dietary=self.ui.dietaryEdit.text(),
            notes=self.ui.notesEdit.text())

    def accept(self) -> None:
        if self.completer.popup().isVisible():
            return
        if self._ticked and self.participant_id is None:
            wanted = self._several_data()
            typed = self.ui.nameEdit.text().strip()
            if typed and typed not in {d.name for d in wanted}:
                wanted.append(self.data())  # a name typed as well is added too, not dropped
            for data in wanted:
                participants.save(self.outing_id, data)
            self.mark_clean()
            super().accept()
            return
        try:
            participants.save(self.outing_id, self.data(), self.participant_id)
        except OutingError as exc:
            set_error(self.ui.nameError, exc.problems.get("name"))
            set_error(self.ui.emailError, exc.problems.get("email"))
            (self.ui.nameEdit if "name" in exc.problems else self.ui.emailEdit).setFocus()
            return
        self.mark_clean()
        super().accept()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._fill_rsvp()
            self._show_link()
        super().changeEvent(event)
