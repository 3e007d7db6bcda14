"""The Calendar area: day, work week, week, month and agenda views of every principal's appointments."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QColor, QIcon, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QCalendarWidget,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from opsassistant.gui.calendar import panel_text as pt
from opsassistant.gui.calendar.agenda_view import AgendaView
from opsassistant.gui.calendar.commands import MoveCommand, TrashCommand
from opsassistant.gui.calendar.layout import week_start
from opsassistant.gui.calendar.month_view import MonthView
from opsassistant.gui.calendar.people_view import PeopleDayView
from opsassistant.gui.calendar.time_view import TimeGridView
from opsassistant.gui.calendar.title_label import TitleLabel
from opsassistant.gui.common.area import AreaPanel
from opsassistant.i18n.language import current_language
from opsassistant.i18n.preferences import settings
from opsassistant.services import principals as principal_service
from opsassistant.services.calendar import (
    editing,
    holidays_,
    occurrences,
    occurrences_grid,
    occurrences_index,
    occurrences_search,
    trips,
)
from opsassistant.services.calendar.occurrences import Occurrence, home_zone, zone
from opsassistant.services.calendar.occurrences_model import sort_key

VIEWS = ("day", "workweek", "week", "month", "agenda", "people")  # Ctrl+Alt+1 … Ctrl+Alt+6
ROLE = Qt.ItemDataRole.UserRole
AGENDA_DAYS = 14
SIDE_WIDTH = 216  # the month navigator and calendars list: narrow enough for a 1280 px wide window


class CalendarPanel(AreaPanel):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.view = settings().value("calendar/view", "week")
        self.view = self.view if self.view in VIEWS else "week"
        self.anchor = date.today()
        self.hidden: set[int] = {int(x) for x in (settings().value("calendar/hidden", []) or [])}
        self.selected: Occurrence | None = None
        self.shown: list[Occurrence] = []
        self.today_provider = date.today
        self._index_thread = None  # an IndexRefresh while one runs
        self._index_written = True  # False once a worker could not write: reads then expand for themselves
        self._build()
        self._shortcuts()
        self.retranslate()
        self.refresh()

    # --- building -----------------------------------------------------------------------------------------------
    def _build(self) -> None:
        self.today_button, self.prev_button, self.next_button = QToolButton(), QToolButton(), QToolButton()
        self.prev_button.setArrowType(Qt.ArrowType.LeftArrow)
        self.next_button.setArrowType(Qt.ArrowType.RightArrow)
        self.title_label = TitleLabel()
        font = self.title_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.title_label.setFont(font)
        self.view_group = QButtonGroup(self)
        self.view_buttons: dict[str, QToolButton] = {}
        bar = QHBoxLayout()
        for widget in (self.today_button, self.prev_button, self.next_button):
            bar.addWidget(widget)
        bar.addWidget(self.title_label, 1)
        views = QHBoxLayout()  # a row of its own: six views and the title both stay readable at 1280 px
        for key in VIEWS:
            button = QToolButton(checkable=True)
            button.clicked.connect(lambda _c=False, k=key: self.set_view(k))
            self.view_group.addButton(button)
            self.view_buttons[key] = button
            views.addWidget(button)
        views.addStretch(1)
        # Search: words matching the start of a word in the title, place or notes (FTS5; only the hits' series
        # are expanded, only in the period shown).
        self.search_field = QLineEdit()
        self.search_field.setClearButtonEnabled(True)
        self.search_field.setMinimumWidth(200)
        self.search_field.setMaximumWidth(260)
        self.search_field.textChanged.connect(lambda _text: self.refresh())
        views.addWidget(self.search_field)
        self.find_button, self.new_button = QToolButton(), QToolButton()
        bar.addSpacing(12)
        bar.addWidget(self.find_button)
        bar.addWidget(self.new_button)
        self.today_button.clicked.connect(self.go_today)
        self.prev_button.clicked.connect(lambda: self.step(-1))
        self.next_button.clicked.connect(lambda: self.step(1))
        self.find_button.clicked.connect(self.find_a_time)
        self.new_button.clicked.connect(self.new_item)

        self.navigator = QCalendarWidget()
        self.navigator.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        self.navigator.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.ISOWeekNumbers)
        self.navigator.setGridVisible(False)
        self.navigator.setHorizontalHeaderFormat(QCalendarWidget.HorizontalHeaderFormat.SingleLetterDayNames)
        self.navigator.setFixedWidth(max(self.navigator.minimumSizeHint().width(), SIDE_WIDTH))
        pt.set_navigator_locale(self.navigator)
        self.navigator.clicked.connect(lambda qd: self.go_to(qd.toPython()))
        self.principal_label = QLabel()
        self.principal_list = QListWidget()
        self.principal_list.setFixedWidth(self.navigator.width())
        self.principal_label.setBuddy(self.principal_list)
        self.principal_list.itemChanged.connect(self._principal_toggled)
        side = QVBoxLayout()
        side.addWidget(self.navigator)
        side.addWidget(self.principal_label)
        side.addWidget(self.principal_list, 1)

        self.time_view, self.month_view, self.agenda_view = TimeGridView(), MonthView(), AgendaView()
        self.people_view = PeopleDayView()
        self.stack = QStackedWidget()
        for widget in (self.time_view, self.month_view, self.agenda_view, self.people_view):
            self.stack.addWidget(widget)
        self.time_view.moved.connect(self.move_occurrence)
        self.time_view.open_requested.connect(self.open_occurrence)
        self.time_view.create_requested.connect(lambda moment: self.new_item(moment))
        self.people_view.moved.connect(self.move_occurrence)
        self.people_view.open_requested.connect(self.open_occurrence)
        self.people_view.create_requested.connect(
            lambda moment: self.new_item(moment, [self.people_view.last_column] if self.people_view.last_column
                                         else None))
        self.people_view.selection_changed.connect(self._select)
        self.month_view.open_requested.connect(self.open_occurrence)
        self.month_view.room_grew.connect(self.refresh)
        self.month_view.day_activated.connect(lambda day: (self.go_to(day), self.set_view("day")))
        self.agenda_view.open_requested.connect(self.open_occurrence)
        self.time_view.selection_changed.connect(self._select)
        self.time_view.more_requested.connect(self._show_crowded_day)
        self.empty_label = QLabel()
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        main = QVBoxLayout()
        main.addLayout(bar)
        main.addLayout(views)
        main.addWidget(self.stack, 1)
        main.addWidget(self.empty_label)
        body = QHBoxLayout(self)
        body.addLayout(side)
        body.addLayout(main, 1)
        self._fill_principals()

    def _shortcuts(self) -> None:
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        pairs = [("T", self.go_today), ("PgUp", lambda: self.step(-1)), ("PgDown", lambda: self.step(1)),
                 ("Ctrl+Left", lambda: self.step(-1)), ("Ctrl+Right", lambda: self.step(1)),
                 ("Ctrl+Alt+F", self.find_a_time)]
        pairs += [(f"Ctrl+Alt+{index + 1}", lambda k=key: self.set_view(k)) for index, key in enumerate(VIEWS)]
        self.shortcut_objects = []
        for keys, slot in pairs:
            shortcut = QShortcut(QKeySequence(keys), self, context=context)
            shortcut.activated.connect(slot)
            self.shortcut_objects.append(shortcut)

    def _fill_principals(self) -> None:
        self.principal_list.blockSignals(True)
        self.principal_list.clear()
        self.colours: dict[int, str] = {}
        self.names: dict[int, str] = {}
        self.titles: dict[int, str] = {}
        for person in principal_service.list_principals():
            self.colours[person.id], self.names[person.id] = person.colour, person.name
            self.titles[person.id] = person.title
            pixmap = QPixmap(12, 12)
            pixmap.fill(QColor(person.colour))
            item = QListWidgetItem(QIcon(pixmap), person.name)
            item.setData(ROLE, person.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked if person.id in self.hidden else Qt.CheckState.Checked)
            self.principal_list.addItem(item)
        self.principal_list.blockSignals(False)

    # --- language -----------------------------------------------------------------------------------------------
    def retranslate(self) -> None:
        pt.label_buttons(self)
        self.agenda_view.set_headers(pt.agenda_headers())
        self.refresh()

    # --- navigation ---------------------------------------------------------------------------------------------
    def set_view(self, key: str) -> None:
        self.view = key
        settings().setValue("calendar/view", key)
        self.refresh()
        self.stack.currentWidget().setFocus()

    def _show_crowded_day(self, day: date) -> None:
        """A "+N" chip in the time grid: as in the month, open that day; in the day view, list it in the agenda."""
        self.anchor = day
        self.set_view("agenda" if self.view in ("day", "people") else "day")

    def go_today(self) -> None:
        self.go_to(self.today_provider())

    def go_to(self, day: date) -> None:
        self.anchor = day
        self.refresh()

    def select_record(self, record_id: int) -> None:
        """From the Today page: show today, with that appointment selected."""
        self.go_today()
        self.selected = next((o for o in self.shown if o.event_id == record_id), self.selected)

    def step(self, direction: int) -> None:
        if self.view == "month":
            month = self.anchor.month - 1 + direction
            year = self.anchor.year + month // 12
            self.anchor = date(year, month % 12 + 1, 1)
        else:
            days = {"day": 1, "people": 1, "workweek": 7, "week": 7, "agenda": AGENDA_DAYS}[self.view]
            self.anchor += timedelta(days=days * direction)
        self.refresh()

    def shown_days(self) -> list[date]:
        if self.view in ("day", "people"):
            return [self.anchor]
        if self.view in ("workweek", "week"):
            first = week_start(self.anchor)
            return [first + timedelta(days=i) for i in range(5 if self.view == "workweek" else 7)]
        if self.view == "month":
            from opsassistant.gui.calendar.layout import month_grid_start

            first = month_grid_start(self.anchor)
            return [first + timedelta(days=i) for i in range(42)]
        return [self.anchor + timedelta(days=i) for i in range(AGENDA_DAYS)]

    def visible_principals(self) -> list[int] | None:
        """None when everyone is shown (then appointments without a principal show too)."""
        if not self.hidden:
            return None
        return [pid for pid in self.colours if pid not in self.hidden]

    # --- data ---------------------------------------------------------------------------------------------------
    def refresh(self) -> None:
        if not hasattr(self, "colours"):
            return
        days = self.shown_days()
        tz = zone(home_zone())
        start = datetime.combine(days[0], time(), tz)
        end = datetime.combine(days[-1] + timedelta(days=1), time(), tz)
        wanted = self.search_field.text().strip()
        stored = self._index_in_background(end)
        grid = None
        if self.view == "month" and not wanted:  # as many per day as the cells show, and how many in all
            room = self.month_view.room()
            grid = occurrences_grid.month_grid(days[0], len(days), room, self.visible_principals(),
                                               stored_only=stored)
            self.shown = sorted({id(o): o for cell in grid.cells.values() for o in cell}.values(), key=sort_key)
        else:
            self.shown = occurrences_search.search(wanted, start, end, self.visible_principals(),
                                                   stored_only=stored) if wanted else \
                occurrences.between(start, end, self.visible_principals(), stored_only=stored)
        holidays = holidays_.holidays_between(days[0], days[-1], current_language())
        for key, button in self.view_buttons.items():
            button.setChecked(key == self.view)
        self.title_label.set_titles(pt.title(self.view, days, self.anchor), pt.short_title(self.view, days, self.anchor))
        self.navigator.blockSignals(True)
        self.navigator.setSelectedDate(QDate(self.anchor.year, self.anchor.month, self.anchor.day))
        self.navigator.blockSignals(False)
        if self.view == "month":
            self.month_view.today_provider = self.today_provider
            if grid is not None:
                self.month_view.set_cells(self.anchor, grid.cells, grid.counts, room, self.colours, holidays,
                                          pt.weekday_names(), pt.more_text())
            else:
                self.month_view.set_data(self.anchor, self.shown, self.colours, holidays, pt.weekday_names(),
                                         pt.more_text())
            self.stack.setCurrentWidget(self.month_view)
        elif self.view == "people":
            wanted = self.visible_principals()
            people = [(pid, self.names[pid], self.titles.get(pid, "")) for pid in self.colours
                      if wanted is None or pid in wanted]
            self.people_view.set_people(days[0], people, self.shown, self.colours, holidays,
                                        pt.unassigned_text() if wanted is None else "", self._hours(days[0]))
            self.stack.setCurrentWidget(self.people_view)
        elif self.view == "agenda":
            self.agenda_view.set_data(days, self.shown, holidays, self.names, pt.all_day_text(), pt.empty_agenda())
            self.stack.setCurrentWidget(self.agenda_view)
        else:
            self.time_view.more_text = pt.more_text()
            self.time_view.set_data(days, self.shown, self.colours, holidays, self._second_zone(days))
            self.stack.setCurrentWidget(self.time_view)
        empty = pt.no_match() if wanted else pt.empty_period()
        self.empty_label.setText(empty if not self.shown and (self.view != "agenda" or wanted) else "")
        self.empty_label.setVisible(bool(self.empty_label.text()))

    def _index_in_background(self, end: datetime) -> bool:
        """True while a worker expands the series another process left waiting (too many to do here without
        freezing the window): the view shows what the rows hold meanwhile, and reads again when it is done."""
        if self._index_thread is not None:
            return True
        if not self._index_written or occurrences_index.waiting(end) <= occurrences_index.BACKGROUND_OVER:
            return False
        from opsassistant.gui.calendar.index_worker import IndexRefresh

        self._index_thread = IndexRefresh(end)
        self._index_thread.finished.connect(self._index_ready)
        self._index_thread.start()
        return True

    def _index_ready(self) -> None:
        thread, self._index_thread = self._index_thread, None
        self._index_written = thread.written
        self.refresh()

    def index_refreshing(self) -> bool:
        return self._index_thread is not None

    def _hours(self, day: date) -> dict[int, tuple[int, int] | None]:
        """Each principal's working day on ``day`` in minutes, in the calendar's zone (None: a day off)."""
        found: dict[int, tuple[int, int] | None] = {}
        tz = zone(home_zone())
        for person in principal_service.list_principals():
            if str(day.isoweekday()) not in (person.work_days or "12345"):
                found[person.id] = None
                continue
            own = zone(person.home_timezone)
            minutes = []
            for text in (person.work_start, person.work_end):
                hours, _, mins = text.replace(".", ":").partition(":")
                local = datetime.combine(day, time(int(hours), int(mins or 0)), own).astimezone(tz)
                minutes.append(local.hour * 60 + local.minute if local.date() == day else
                               (0 if local.date() < day else 24 * 60))
            found[person.id] = (minutes[0], minutes[1])
        return found

    def _second_zone(self, days: list[date]) -> str | None:
        wanted = self.visible_principals()
        executive = principal_service.executive()
        candidates = [executive.id] if executive and (wanted is None or executive.id in wanted) else []
        candidates += [pid for pid in (wanted or []) if pid not in candidates]
        for pid in candidates[:3]:
            for day in days:
                found = trips.destination_zone(pid, day)
                if found:
                    return found
        return None

    def _principal_toggled(self, item: QListWidgetItem) -> None:
        pid = item.data(ROLE)
        if item.checkState() == Qt.CheckState.Checked:
            self.hidden.discard(pid)
        else:
            self.hidden.add(pid)
        settings().setValue("calendar/hidden", sorted(self.hidden))
        self.refresh()

    def _select(self, occ: Occurrence) -> None:
        self.selected = occ

    # --- actions ------------------------------------------------------------------------------------------------
    def move_occurrence(self, occ: Occurrence, start: datetime, end: datetime) -> None:
        self.undo_stack.push(MoveCommand(occ, start, end, self.refresh))
        from opsassistant.services.calendar import conflicts

        clash = conflicts.conflicts(start, end, list(occ.principal_ids), ignore_event_id=occ.series_id or occ.event_id,
                                    ignore_recurrence_id=occ.recurrence_id)
        self.last_conflict = conflicts.describe(clash, list(occ.principal_ids)) if clash else ""
        self.empty_label.setText(self.last_conflict)
        self.empty_label.setVisible(bool(self.last_conflict))

    def open_occurrence(self, occ: Occurrence):
        from opsassistant.gui.calendar.editor import EventEditor

        self.selected = occ
        one = occ.series_id is not None and occ.event_id == occ.series_id
        if one and not occ.read_only:
            choice = pt.ask_scope(self)
            if choice is None:
                return None
            if choice == "series":
                dialog = EventEditor(self, editing.load(occ.series_id), event_id=occ.series_id)
            else:
                dialog = EventEditor(self, editing.occurrence_data(occ), event_id=occ.series_id, occurrence=occ)
        else:
            dialog = EventEditor(self, editing.load(occ.event_id), event_id=occ.event_id,
                                 occurrence=occ if occ.series_id else None)
        part = dialog.occurrence.recurrence_id if dialog.occurrence is not None else None
        return self._run(dialog, (id(self), "event", dialog.event_id, part))

    def _run(self, dialog, key=None):
        """Editors are non-modal and owned by the dialog registry: the window (and its language menu) stays
        usable, and one record is never open twice."""
        from opsassistant.gui.common.dialogs import registry

        existing = registry().get(key) if key is not None else None
        if existing is not None:
            dialog.deleteLater()
            dialog = existing
        else:
            registry().show(dialog, key, on_accepted=lambda _d: self.refresh())
        self.editor = dialog
        return dialog

    def new_item(self, moment: datetime | None = None, principal_ids: list[int] | None = None,
                 length: timedelta = timedelta(hours=1), attendees: list[tuple[str, str]] | None = None):
        """A new appointment at ``moment`` (the clicked slot, the time found), by default at the next free
        slot inside the executive's working hours on the day shown; ``attendees`` are (name, e-mail) pairs."""
        from opsassistant.gui.calendar.editor import EventEditor

        if principal_ids is None:
            executive = principal_service.executive()
            wanted = self.visible_principals()
            principal_ids = [executive.id] if executive and (wanted is None or executive.id in wanted) \
                else (wanted or [])[:1]
        home = principal_service.get(principal_ids[0]).home_timezone if principal_ids else home_zone()
        if moment is None:
            moment = self._next_slot(principal_ids[:1], home, length)
        moment = moment.astimezone(zone(home))
        data = editing.EventData(title="", start=moment, end=moment + length, start_timezone=home,
                                 end_timezone=home, principal_ids=principal_ids,
                                 attendees=[editing.Attendee(name=name, email=email) for name, email in attendees or []])
        return self._run(EventEditor(self, data))

    def _next_slot(self, principal_ids: list[int], home: str, length: timedelta) -> datetime:
        from opsassistant.services.calendar import free_time

        now = datetime.now(zone(home))
        after = now if self.anchor <= now.date() else datetime.combine(self.anchor, time(), zone(home))
        found = free_time.find_slots(principal_ids, length, after=after, days=14, limit=1,
                                     step=timedelta(minutes=30))
        if found:
            return found[0][0]
        hour = now.hour + 1 if after is now else 9
        return datetime.combine(after.date(), time(min(max(hour, 8), 16)), zone(home))

    def delete_selected(self) -> None:
        occ = self.selected
        if occ is None or occ.read_only:
            return
        whole = True
        if occ.series_id:
            choice = pt.ask_scope(self, deleting=True)
            if choice is None:
                return
            whole = choice == "series"
        self.undo_stack.push(TrashCommand(occ, whole, self.refresh))
        self.selected = None
        if whole:
            from opsassistant.gui.mail.editor_hook import offer_cancellation

            offer_cancellation(self, occ.series_id or occ.event_id)  # invited attendees get a CANCEL (gui/mail)

    def find_a_time(self):
        """Book this time opens a new appointment for the people and the length chosen there."""
        from opsassistant.gui.calendar.find_time import FindTimeDialog
        from opsassistant.gui.common.dialogs import registry

        def book(dialog) -> None:
            if dialog.chosen:
                start, end = dialog.chosen
                self.new_item(start, dialog.principal_ids(), end - start, dialog.other_attendees())

        dialog = registry().open((id(self), "find-a-time"), lambda: FindTimeDialog(self, self.visible_principals()),
                                 on_accepted=book)
        self.find_dialog = dialog
        return dialog

    def main_view(self):
        return self.stack.currentWidget()

    def focus_search(self) -> None:
        self.search_field.setFocus()
        self.search_field.selectAll()

    def report_actions(self) -> list:
        return pt.report_actions(self)

    def confirm(self, text: str) -> bool:
        return QMessageBox.question(self, self.window().windowTitle(), text) == QMessageBox.StandardButton.Yes
