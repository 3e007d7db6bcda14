"""The landing page: who is where, today's appointments, open call-backs, task deadlines, trips and birthdays.

Other areas add their own section with :meth:`TodayPanel.add_section` (a widget with a ``refresh()`` method is
refreshed with the page). On an empty database the page shows the first-start page instead (gui.first_start).
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QHBoxLayout, QListWidget, QListWidgetItem, QStackedLayout, QWidget

from opsassistant.gui.common.area import AreaPanel
from opsassistant.gui.forms.ui_today import Ui_TodayPanel
from opsassistant.gui.today.whereabouts_strip import WhereaboutsStrip
from opsassistant.i18n import formatting as fmt
from opsassistant.services import principals
from opsassistant.services.today import TodayOverview, overview

TARGET_ROLE = Qt.ItemDataRole.UserRole + 1  # (area key, record id)
DAY_ROLE = Qt.ItemDataRole.UserRole + 2  # ISO date the calendar opens on ("… more in the calendar")
OVERDUE = QColor("#c0392b")
# Text colours go in as a QColor under ForegroundRole (the item's foreground() reads it back as a brush): the
# first QBrush made in Python builds its Qt enums (QGradient's among them), ~3 ms of the start before the paint.
FOREGROUND = Qt.ItemDataRole.ForegroundRole
STRIP_EVERY_MS = 60_000  # local times and "in a meeting until" move on with the clock


class TodayPanel(AreaPanel):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.content = QWidget()
        self.ui = Ui_TodayPanel()
        self.ui.setupUi(self.content)
        self.pages = QStackedLayout(self)
        self.pages.setContentsMargins(0, 0, 0, 0)
        self.pages.addWidget(self.content)
        self.first_start = None  # gui.first_start.FirstStartPage, built when needed
        self.now_provider = lambda: datetime.now(UTC)
        self.strip = WhereaboutsStrip()
        self.strip.open_requested.connect(self.open_record)
        self.ui.mainLayout.insertWidget(2, self.strip)
        self.extra_sections = QHBoxLayout()
        self.ui.mainLayout.addLayout(self.extra_sections)
        self.sections: list[QWidget] = []
        self.clock = QTimer(self)
        self.clock.setInterval(STRIP_EVERY_MS)
        self.clock.timeout.connect(self.refresh_strip)
        self.clock.start()
        font = self.ui.dateLabel.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.ui.dateLabel.setFont(font)
        self.ui.holidayLabel.hide()
        # trips and birthdays are a few lines each: at 1366×768 their room goes to the call-backs and tasks
        lines = self.fontMetrics().lineSpacing()
        for short in (self.ui.tripsList, self.ui.birthdaysList):
            short.setMaximumHeight(lines * 4 + 2 * short.frameWidth() + 6)
        self.lists = {
            "appointments": self.ui.appointmentsList, "callbacks": self.ui.callbacksList,
            "tasks": self.ui.tasksList, "trips": self.ui.tripsList, "birthdays": self.ui.birthdaysList,
        }
        for widget in self.lists.values():
            widget.itemActivated.connect(self._open_item)
        self.ui.logCallButton.clicked.connect(self._log_call)
        self.data: TodayOverview | None = None
        self.refresh()
        from opsassistant.gui.reception.today_section import attach_to_today

        # after the page's own refresh: the section reads its visitors once, when it is built (not again with
        # the page); it stays the first of the sections, before the answers box
        self.reception = attach_to_today(self)
        from opsassistant.gui.mail.today_section import install as install_mail

        install_mail(self)  # answers to invitations, "Send to …" on call-backs (gui/mail)
        from opsassistant.services import first_start

        # a team on the page means a used database: the first-start page's two queries only when there is none
        if not self._people and first_start.needed():
            self.show_first_start()

    def main_view(self):
        """Ctrl+1 puts the keyboard in today's appointments (the first-start page when it is shown)."""
        if self.first_start is not None and self.pages.currentWidget() is self.first_start:
            return self.first_start.executive.name
        return self.ui.appointmentsList

    # --- sections and the first-start page ----------------------------------------------------------------
    def add_section(self, widget: QWidget, share: int = 1) -> None:
        """Add an area's own section (e.g. a group box) below the standard ones, side by side; ``share`` is its
        part of the width."""
        self.sections.append(widget)
        self.extra_sections.addWidget(widget, share)

    def show_first_start(self) -> None:
        """The first-start page (an empty database, or Help ▸ Getting started)."""
        from opsassistant.gui.first_start import FirstStartPage

        if self.first_start is None:
            self.first_start = FirstStartPage()
            self.first_start.finished.connect(self.close_first_start)
            self.pages.addWidget(self.first_start)
        self.first_start.load()
        self.pages.setCurrentWidget(self.first_start)
        self.first_start.executive.name.setFocus()

    def close_first_start(self) -> None:
        self.pages.setCurrentWidget(self.content)
        window = self.window()
        if hasattr(window, "refresh_all"):
            window.refresh_all()
        else:
            self.refresh()
        self.ui.appointmentsList.setFocus()

    # --- AreaPanel ----------------------------------------------------------------------------------------
    def refresh(self) -> None:
        self.data = overview(now=self.now_provider())
        self._fill()
        for section in self.sections:
            if hasattr(section, "refresh"):
                section.refresh()

    def refresh_strip(self) -> None:
        """Only the strip, every minute: who is in a meeting and the local times change with the clock."""
        from opsassistant.services.whereabouts import everyone

        now = self.now_provider()
        records = everyone(now)
        if self.data is not None:
            self.data.now, self.data.whereabouts = now, records
        self.strip.set_records(records, now)

    def retranslate(self) -> None:
        self.ui.retranslateUi(self.content)
        if self.data is not None:
            self._fill()

    def focus_search(self) -> None:
        self.ui.appointmentsList.setFocus()

    def new_item(self) -> None:
        self._log_call()

    # --- filling ------------------------------------------------------------------------------------------
    def _fill(self) -> None:
        data = self.data
        self._people = {p.id: p for p in principals.list_principals()}
        title = fmt.format_full_date_with_week(data.day)
        self.ui.dateLabel.setText(title[:1].upper() + title[1:])
        appointments = [self._appointment(o) for o in data.appointments]
        if data.appointments_total > len(data.appointments):
            more = self._more(self.tr("%1 more in the calendar…"), data.appointments_total, len(data.appointments))
            appointments.append(self._item(more, "calendar", None))
            appointments[-1].setData(DAY_ROLE, data.day.isoformat())
        self._fill_list("appointments", appointments, self.tr("No appointments today."))
        callbacks = [self._callback(c) for c in data.callbacks]
        if data.callbacks_total > len(data.callbacks):
            more = self._more(self.tr("%1 more in the call log…"), data.callbacks_total, len(data.callbacks))
            callbacks.append(self._item(more, "calls", None))
        self._fill_list("callbacks", callbacks, self.tr("No open call-backs. Well done."))
        self.strip.set_records(data.whereabouts, data.now or self.now_provider())
        tasks = [self._task(t, True) for t in data.overdue_tasks] + [self._task(t, False) for t in data.upcoming_tasks]
        self._fill_list("tasks", tasks, self.tr("No tasks due in the coming week."))
        self._fill_list("trips", [self._trip(t) for t in data.trips],
                        self.tr("No trips in the next 30 days."))
        birthdays = [self._birthday(d, c) for d, c in data.birthdays]
        if data.birthdays_total > len(data.birthdays):
            more = self._more(self.tr("%1 more in the contacts…"), data.birthdays_total, len(data.birthdays))
            birthdays.append(self._item(more, "contacts", None))
        self._fill_list("birthdays", birthdays, self.tr("No birthdays in the coming week."))

    @staticmethod
    def _more(text: str, total: int, shown: int) -> str:
        """The last line of a capped list: "%1 more in …", the number as the language writes it (1.234)."""
        return text.replace("%1", fmt.format_number(total - shown))

    def _fill_list(self, key: str, items: list[QListWidgetItem], empty_text: str) -> None:
        widget: QListWidget = self.lists[key]
        widget.clear()
        for item in items:
            widget.addItem(item)
        if not items:
            empty = QListWidgetItem(empty_text)
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            empty.setData(FOREGROUND, self.palette().color(QPalette.ColorRole.PlaceholderText))
            widget.addItem(empty)

    def _item(self, text: str, area: str, record_id: int | None, tooltip: str = "") -> QListWidgetItem:
        item = QListWidgetItem(text)
        item.setData(TARGET_ROLE, (area, record_id))
        if tooltip:
            item.setToolTip(tooltip)
        return item

    def _appointment(self, occurrence) -> QListWidgetItem:
        if occurrence.all_day:
            when = self.tr("All day")
        else:
            zone = ZoneInfo(self.data.timezone)
            when = (f"{fmt.format_time(occurrence.start.astimezone(zone))}–"
                    f"{fmt.format_time(occurrence.end.astimezone(zone))}")
        people = [self._people[i] for i in occurrence.principal_ids if i in self._people]
        names = [p.name for p in people]
        parts = [occurrence.title] + ([occurrence.location] if occurrence.location else [])
        text = f"{when}   {' · '.join(parts)}"
        if names:
            text += f"   ({', '.join(names)})"
        item = self._item(text, "calendar", occurrence.event_id)
        if people:
            item.setData(FOREGROUND, self._readable(QColor(people[0].colour)))
        return item

    def _callback(self, call) -> QListWidgetItem:
        from opsassistant.services.phones import format_for_reading

        who = call.name or format_for_reading(call.e164, call.typed_number) or self.tr("Unknown caller")
        number = format_for_reading(call.e164, call.typed_number)
        text = who if not number or number == who else f"{who} ({number})"
        if call.principal_id in self._people:
            text += " " + self.tr("for %1").replace("%1", self._people[call.principal_id].name)
        overdue = False
        if call.callback_by_utc:
            text += " — " + self.tr("call back by %1").replace(
                "%1", fmt.format_datetime(call.callback_by_utc, self.data.timezone))
            overdue = call.callback_by_utc < datetime.now(UTC)
        if call.message:
            text += f"\n{call.message}"
        item = self._item(text, "calls", call.id)
        if call.urgent or overdue:
            font = QFont(item.font())
            font.setBold(True)
            item.setFont(font)
        if overdue:
            item.setData(FOREGROUND, OVERDUE)
            item.setToolTip(self.tr("Overdue"))
        return item

    def _task(self, task, overdue: bool) -> QListWidgetItem:
        text = f"{task.title} — {task.outing.title}"
        if task.due_date:
            due = self.tr("due %1").replace("%1", fmt.format_date(task.due_date, "medium"))
            text += f" ({due})"
        item = self._item(text, "outings", task.outing_id)
        if overdue:
            item.setData(FOREGROUND, OVERDUE)
            item.setToolTip(self.tr("Overdue"))
        return item

    def _trip(self, trip) -> QListWidgetItem:
        dates = ""
        if trip.start_date:
            dates = fmt.format_date(trip.start_date, "medium")
            if trip.end_date and trip.end_date != trip.start_date:
                dates += f" – {fmt.format_date(trip.end_date, 'medium')}"
        travellers = ", ".join(self._people[link.principal_id].name for link in trip.travellers
                               if link.principal_id in self._people)
        parts = [trip.title, trip.destination, dates, travellers]
        return self._item(" · ".join(p for p in parts if p), "travel", trip.id)

    def _birthday(self, day, contact) -> QListWidgetItem:
        text = f"{fmt.format_date(day, 'd. MMMM' if self._danish() else 'd MMMM')} — {contact.display_name}"
        if contact.birthday and contact.birthday.year > 1900:
            text += " " + self.tr("(turns %1)").replace("%1", str(day.year - contact.birthday.year))
        return self._item(text, "contacts", contact.id)

    def _readable(self, colour: QColor) -> QColor:
        """A principal's colour made readable as text on the list's background, light or dark."""
        dark_background = self.palette().color(QPalette.ColorRole.Base).lightness() < 128
        return colour.lighter(150) if dark_background else colour.darker(130)

    @staticmethod
    def _danish() -> bool:
        from opsassistant.i18n.language import current_language

        return current_language() == "da"

    # --- actions ------------------------------------------------------------------------------------------
    def _open_item(self, item: QListWidgetItem) -> None:
        target = item.data(TARGET_ROLE)
        if target:
            self.open_record(*target)
        day = item.data(DAY_ROLE)
        window = self.window()
        if day and hasattr(window, "panel"):
            window.panel("calendar").go_to(date.fromisoformat(day))

    def open_record(self, area: str, record_id: int | None) -> None:
        window = self.window()
        if not hasattr(window, "show_area"):
            return
        window.show_area(area)
        panel = window.panel(area)
        if record_id is not None and hasattr(panel, "select_record"):
            panel.select_record(record_id)

    def _log_call(self) -> None:
        window = self.window()
        if hasattr(window, "log_call"):
            window.log_call()
