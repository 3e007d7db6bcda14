"""The first-start page: who the executive and the team are, bring in their calendar and contacts, or the demo.

Shown by the Today panel on an empty database and from Help ▸ Getting started. Every write goes through
:mod:`opsassistant.services.first_start`.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QApplication,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from opsassistant.gui.common.timezone_combo import TimeZoneCombo
from opsassistant.services import first_start
from opsassistant.services.principals import PrincipalData, PrincipalError, validate

MAX_TEAM = 12


def _time_edit(value: str) -> QTimeEdit:
    edit = QTimeEdit()
    edit.setDisplayFormat("HH:mm")
    hours, _, minutes = value.partition(":")
    edit.setTime(QTime(int(hours), int(minutes or 0)))
    return edit


class PersonRow:
    """The fields of one person: name, title, home time zone, working hours (a row of a grid)."""

    def __init__(self, principal_id: int | None = None, data: PrincipalData | None = None):
        data = data or PrincipalData(name="")
        self.principal_id = principal_id
        self.colour = data.colour if principal_id else ""
        self.work_days = data.work_days
        self.name = QLineEdit(data.name)
        self.title = QLineEdit(data.title)
        self.zone = TimeZoneCombo()
        self.zone.setSizeAdjustPolicy(TimeZoneCombo.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.zone.setMinimumContentsLength(16)
        self.zone.set_zone(data.home_timezone)
        self.start = _time_edit(data.work_start)
        self.end = _time_edit(data.work_end)
        self.problem = QLabel()
        self.problem.setObjectName("problemLabel")
        self.problem.setWordWrap(True)
        self.problem.hide()

    def widgets(self) -> list[QWidget]:
        return [self.name, self.title, self.zone, self.start, self.end]

    def data(self, role: str) -> PrincipalData:
        return PrincipalData(
            name=self.name.text().strip(), role=role, title=self.title.text().strip(),
            colour=self.colour or "#000000", home_timezone=self.zone.zone(),
            work_start=self.start.time().toString("HH:mm"), work_end=self.end.time().toString("HH:mm"),
            work_days=self.work_days)

    def is_blank(self) -> bool:
        return not self.name.text().strip() and not self.title.text().strip()

    def show_problems(self, problems: dict[str, str]) -> None:
        self.problem.setText(" ".join(problems.values()))
        self.problem.setVisible(bool(problems))


class FirstStartPage(QScrollArea):
    """``finished`` when the page is done with: saved, skipped, the demo opened."""

    finished = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("firstStartPage")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget()
        self.setWidget(body)
        self.title_label, self.intro_label = QLabel(), QLabel()
        font = self.title_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.title_label.setFont(font)
        self.intro_label.setWordWrap(True)

        self.executive_box = QGroupBox()
        self.executive = PersonRow()
        for edit in (self.executive.name, self.executive.title):
            edit.returnPressed.connect(self.save)
        form = QFormLayout(self.executive_box)
        self.executive_labels = [QLabel() for _ in range(4)]
        hours = QHBoxLayout()
        self.until_label = QLabel()
        hours.addWidget(self.executive.start)
        hours.addWidget(self.until_label)
        hours.addWidget(self.executive.end)
        hours.addStretch(1)
        for label, field in zip(self.executive_labels, (self.executive.name, self.executive.title,
                                                        self.executive.zone, hours), strict=True):
            form.addRow(label, field)
            if isinstance(field, QWidget):
                label.setBuddy(field)
        self.executive_labels[3].setBuddy(self.executive.start)
        form.addRow(self.executive.problem)

        self.team_box = QGroupBox()
        self.team_grid = QGridLayout()
        self.team_headers = [QLabel() for _ in range(5)]
        for column, header in enumerate(self.team_headers):
            self.team_grid.addWidget(header, 0, column)
        self.team_grid.setColumnStretch(0, 3)
        self.team_grid.setColumnStretch(1, 3)
        self.team_grid.setColumnStretch(2, 2)
        self.team: list[PersonRow] = []
        self.add_button = QPushButton()
        self.add_button.setObjectName("addTeamMemberButton")
        self.add_button.clicked.connect(lambda: self.add_team_row().name.setFocus())
        team_layout = QVBoxLayout(self.team_box)
        team_layout.addLayout(self.team_grid)
        team_layout.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)

        self.import_box = QGroupBox()
        self.import_label = QLabel()
        self.import_label.setWordWrap(True)
        self.import_button = QPushButton()
        self.import_button.setObjectName("importButton")
        self.import_button.clicked.connect(self.import_files)
        import_layout = QVBoxLayout(self.import_box)
        import_layout.addWidget(self.import_label)
        import_layout.addWidget(self.import_button, 0, Qt.AlignmentFlag.AlignLeft)

        self.demo_box = QGroupBox()
        self.demo_label = QLabel()
        self.demo_label.setWordWrap(True)
        self.demo_button = QPushButton()
        self.demo_button.setObjectName("demoButton")
        self.demo_button.clicked.connect(self.open_demo)
        demo_layout = QVBoxLayout(self.demo_box)
        demo_layout.addWidget(self.demo_label)
        demo_layout.addWidget(self.demo_button, 0, Qt.AlignmentFlag.AlignLeft)

        self.message_label = QLabel()
        self.message_label.setObjectName("messageLabel")
        self.message_label.setWordWrap(True)
        self.skip_button, self.save_button = QPushButton(), QPushButton()
        self.skip_button.setObjectName("skipButton")
        self.save_button.setObjectName("saveButton")
        self.save_button.setDefault(True)
        self.skip_button.clicked.connect(self.skip)
        self.save_button.clicked.connect(self.save)
        buttons = QHBoxLayout()
        buttons.addWidget(self.message_label, 1)
        buttons.addWidget(self.skip_button)
        buttons.addWidget(self.save_button)

        side = QVBoxLayout()
        side.addWidget(self.import_box)
        side.addWidget(self.demo_box)
        side.addStretch(1)
        main = QVBoxLayout()
        main.addWidget(self.executive_box)
        main.addWidget(self.team_box)
        main.addStretch(1)
        columns = QHBoxLayout()
        columns.addLayout(main, 3)
        columns.addLayout(side, 2)
        outer = QVBoxLayout(body)
        outer.setContentsMargins(24, 18, 24, 18)
        outer.addWidget(self.title_label)
        outer.addWidget(self.intro_label)
        outer.addSpacing(8)
        outer.addLayout(columns, 1)
        outer.addLayout(buttons)
        self.retranslate()
        self.load()

    # --- filling --------------------------------------------------------------------------------------------
    def load(self) -> None:
        """Fill in who is there already (when reopened from Help); an empty team row to start with."""
        for row in self.team:
            self._remove_widgets(row)
        self.team = []
        executive, team = first_start.current_team()
        self.executive.principal_id = executive.id if executive else None
        data = _data(executive) if executive else PrincipalData(name="", role="executive",
                                                                 work_start="08:00", work_end="17:00")
        self.executive.colour = data.colour if executive else ""
        self.executive.name.setText(data.name)
        self.executive.title.setText(data.title)
        self.executive.zone.set_zone(data.home_timezone)
        self.executive.start.setTime(QTime.fromString(data.work_start, "HH:mm"))
        self.executive.end.setTime(QTime.fromString(data.work_end, "HH:mm"))
        self.executive.show_problems({})
        for person in team:
            self.add_team_row(person.id, _data(person))
        if not team:
            self.add_team_row()
        self.message_label.clear()
        from opsassistant.services.demo import is_empty

        self.demo_button.setEnabled(is_empty())
        self.demo_label.setText(self._demo_text(is_empty()))
        self.executive.name.setFocus()

    def add_team_row(self, principal_id: int | None = None, data: PrincipalData | None = None) -> PersonRow:
        zone = self.executive.zone.zone()
        row = PersonRow(principal_id, data or PrincipalData(name="", home_timezone=zone))
        index = len(self.team)
        grid_row = 1 + index * 2
        for column, widget in enumerate(row.widgets()):
            self.team_grid.addWidget(widget, grid_row, column)
        self.team_grid.addWidget(row.problem, grid_row + 1, 0, 1, 5)
        self.team.append(row)
        self._name_row(row, index)
        self.add_button.setEnabled(len(self.team) < MAX_TEAM)
        for edit in (row.name, row.title):
            edit.returnPressed.connect(self.save)
        self._tab_order()
        return row

    def _tab_order(self) -> None:
        """Keyboard first: the executive, each team row, then the buttons, whatever order rows were added in."""
        chain = [*self.executive.widgets(), *(w for row in self.team for w in row.widgets()), self.add_button,
                 self.import_button, self.demo_button, self.skip_button, self.save_button]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def _name_row(self, row: PersonRow, index: int) -> None:
        number = str(index + 1)
        row.name.setAccessibleName(self.tr("Team member %1: name").replace("%1", number))
        row.title.setAccessibleName(self.tr("Team member %1: title").replace("%1", number))
        row.zone.setAccessibleName(self.tr("Team member %1: home time zone").replace("%1", number))
        row.start.setAccessibleName(self.tr("Team member %1: working day starts").replace("%1", number))
        row.end.setAccessibleName(self.tr("Team member %1: working day ends").replace("%1", number))
        row.name.setPlaceholderText(self.tr("Name"))
        row.title.setPlaceholderText(self.tr("e.g. Head of operations"))

    def _remove_widgets(self, row: PersonRow) -> None:
        for widget in [*row.widgets(), row.problem]:
            self.team_grid.removeWidget(widget)
            widget.deleteLater()

    # --- actions --------------------------------------------------------------------------------------------
    def save(self) -> bool:
        """Save the executive and the team; False (with the problems next to the fields) when something is wrong."""
        executive = self.executive.data("executive")
        team = [row for row in self.team if not row.is_blank()]
        problems = validate(executive)
        self.executive.show_problems(problems)
        bad = bool(problems)
        for row in self.team:
            found = {} if row.is_blank() else validate(row.data("team"))
            row.show_problems(found)
            bad = bad or bool(found)
        if bad:
            self.message_label.setText(self.tr("Please correct the fields marked above."))
            return False
        try:
            first_start.save_team((self.executive.principal_id, executive),
                                  [(row.principal_id, row.data("team")) for row in team])
        except PrincipalError as exc:
            self.message_label.setText(str(exc))
            return False
        self.message_label.clear()
        self.finished.emit()
        return True

    def skip(self) -> None:
        first_start.skip()
        self.finished.emit()

    def import_files(self) -> None:
        """The usual File ▸ Import (vCard, iCalendar, CSV) — after saving the people typed so far."""
        from opsassistant.gui.transfer_dialogs import run_import

        if self.executive.name.text().strip() and not self._save_quietly():
            return
        progress = run_import(self.window())  # on a worker thread: read the page again when it is done
        if progress is not None:
            progress.finished.connect(lambda _result: self.load())

    def _save_quietly(self) -> bool:
        executive = self.executive.data("executive")
        team = [row for row in self.team if not row.is_blank()]
        if validate(executive) or any(validate(row.data("team")) for row in team):
            return self.save()
        first_start.save_team((self.executive.principal_id, executive),
                              [(row.principal_id, row.data("team")) for row in team])
        return True

    def open_demo(self) -> None:
        from opsassistant.services.demo import DatabaseNotEmptyError

        try:
            summary = first_start.open_demo()
        except DatabaseNotEmptyError as exc:
            QMessageBox.warning(self, self.tr("Demo office"), str(exc))
            self.load()
            return
        window = self.window()
        if hasattr(window, "statusBar"):
            window.statusBar().showMessage(summary, 10000)
        self.finished.emit()

    # --- language -------------------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.title_label.setText(self.tr("Welcome to Ops Assistant"))
        self.intro_label.setText(self.tr(
            "Tell the program whose days you look after: the executive and the team. Then bring in their "
            "calendar and contacts, or look around the demo office first. Everything can be changed later in "
            "Settings (Ctrl+,), and this page opens again from Help ▸ Getting started."))
        self.executive_box.setTitle(self.tr("The executive"))
        for label, text in zip(self.executive_labels, (self.tr("&Name:"), self.tr("&Title:"),
                                                       self.tr("&Home time zone:"), self.tr("&Working hours:")),
                               strict=True):
            label.setText(text)
        self.until_label.setText(self.tr("to"))
        self.executive.name.setPlaceholderText(self.tr("e.g. Karen Holm"))
        self.executive.title.setPlaceholderText(self.tr("e.g. Managing director"))
        self.executive.name.setAccessibleName(self.tr("The executive's name"))
        self.executive.title.setAccessibleName(self.tr("The executive's title"))
        self.executive.zone.setAccessibleName(self.tr("The executive's home time zone"))
        self.executive.start.setAccessibleName(self.tr("The executive's working day starts"))
        self.executive.end.setAccessibleName(self.tr("The executive's working day ends"))
        self.team_box.setTitle(self.tr("The team"))
        for header, text in zip(self.team_headers, (self.tr("Name"), self.tr("Title"), self.tr("Home time zone"),
                                                    self.tr("From"), self.tr("To")), strict=True):
            header.setText(text)
        for index, row in enumerate(self.team):
            self._name_row(row, index)
        self.add_button.setText(self.tr("&Add a team member"))
        self.import_box.setTitle(self.tr("Their calendar and contacts"))
        self.import_label.setText(self.tr(
            "Import a calendar (.ics), contacts (.vcf) or a spreadsheet of contacts (.csv), exported from "
            "Outlook, Google, Apple or a phone."))
        self.import_button.setText(self.tr("&Import calendar and contacts…"))
        self.demo_box.setTitle(self.tr("Or try the demo office"))
        from opsassistant.services.demo import is_empty

        self.demo_label.setText(self._demo_text(is_empty()))
        self.demo_button.setText(self.tr("Open the &demo office"))
        self.skip_button.setText(self.tr("S&kip for now"))
        self.save_button.setText(self.tr("&Save and start"))

    def _demo_text(self, empty: bool) -> str:
        if not empty:
            return self.tr("The demo only fills an empty database, and this one already holds data.")
        return self.tr("A made-up Danish office: an executive, three team members, 80 contacts, three weeks of "
                       "appointments, calls, outings and two trips. Start a new database to begin for real.")

    def showEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        if not self.isAncestorOf(QApplication.focusWidget()):
            self.executive.name.setFocus()  # the page opens ready to type the executive's name

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def _data(person) -> PrincipalData:
    return PrincipalData(name=person.name, role=person.role, title=person.title, colour=person.colour,
                         home_timezone=person.home_timezone, work_start=person.work_start,
                         work_end=person.work_end, work_days=person.work_days, email=person.email,
                         phone=person.phone)
