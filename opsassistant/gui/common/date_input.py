"""One date / time / date-and-time input for every editor: a text field read when it is left.

Qt's QDateTimeEdit edits sections and clamps to its minimum while you type ("…givet1012027"), Tab walks its
day, month and year, and an unset date shows as January 2000. This field is plain text instead: type
``3.12.2026``, ``3/12``, ``2026-12-03``, ``i morgen`` or ``9.30`` (``opsassistant.i18n.typed_dates``); when the
field is left (Tab, Enter, a click elsewhere) the text is read and shown again in the UI language's form, or —
when it is not a date, or outside the allowed range — left as typed with one sentence under it in the UI
language. Nothing is ever changed into another date. Up/Down step a day (a time: a quarter of an hour); the
calendar button (or Alt+Down) opens a month at the current date.

The classes keep the QDateEdit / QTimeEdit / QDateTimeEdit calls the editors use (``date()``, ``setDate()``,
``dateChanged`` …), so forms promote them in ``ui/*.ui``; ``value()`` / ``set_value()`` give Python values and
``None`` for an empty field where ``setSpecialValueText()`` allowed one.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QEvent, QObject, Qt, QTime, QTimeZone, Signal
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import (
    QCalendarWidget,
    QLabel,
    QLineEdit,
    QMenu,
    QSizePolicy,
    QStackedWidget,
    QStyle,
    QTabWidget,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)

from opsassistant.gui.common.edit_formats import date_format, time_format
from opsassistant.i18n.typed_dates import TypedDateError, parse_date, parse_datetime, parse_time

ERROR_STYLE = "color: #c0392b;"


class _TemporalInput(QWidget):
    """The shared field; ``MODE`` is "date", "time" or "datetime"."""

    MODE = "date"
    dateChanged = Signal(QDate)
    timeChanged = Signal(QTime)
    dateTimeChanged = Signal(QDateTime)
    editingFinished = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.edit = QLineEdit(self)
        self.edit.setObjectName("text")
        self.message = QLabel(self)
        self.message.setObjectName("message")
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setWordWrap(True)
        self.message.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.message.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.edit)
        layout.addWidget(self.message)
        self.setFocusProxy(self.edit)
        self.setFocusPolicy(self.edit.focusPolicy())
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self._value: date | time | datetime | None = self._initial()
        self._zone: QTimeZone | None = None
        self._minimum: date | None = None
        self._maximum: date | None = None
        self._empty_text: str | None = None  # set: the field may be empty (``value()`` None)
        self._error = ""
        self._popup: QAction | None = None
        self.edit.editingFinished.connect(self.commit)
        self.edit.textEdited.connect(self._edited)
        self.edit.installEventFilter(self)
        self._show()

    # --- Qt-compatible API --------------------------------------------------------------------------------------
    def date(self) -> QDate:
        value = self._live()
        if value is None or self.MODE == "time":
            return QDate()
        day = value.date() if isinstance(value, datetime) else value
        return QDate(day.year, day.month, day.day)

    def setDate(self, value: QDate) -> None:  # noqa: N802 - Qt API
        day = value.toPython()
        if self.MODE == "datetime":
            current = self._value if isinstance(self._value, datetime) else datetime.combine(day, time())
            self.set_value(datetime.combine(day, current.time()))
        else:
            self.set_value(day)

    def time(self) -> QTime:
        value = self._live()
        if value is None or self.MODE == "date":
            return QTime()
        clock = value.time() if isinstance(value, datetime) else value
        return QTime(clock.hour, clock.minute)

    def setTime(self, value: QTime) -> None:  # noqa: N802 - Qt API
        clock = time(value.hour(), value.minute())
        if self.MODE == "datetime":
            current = self._value if isinstance(self._value, datetime) else datetime.combine(date.today(), time())
            self.set_value(datetime.combine(current.date(), clock))
        else:
            self.set_value(clock)

    def dateTime(self) -> QDateTime:  # noqa: N802 - Qt API
        value = self._live()
        if value is None:
            return QDateTime()
        if not isinstance(value, datetime):
            value = datetime.combine(value, time()) if isinstance(value, date) else datetime.combine(date.today(),
                                                                                                     value)
        day, clock = QDate(value.year, value.month, value.day), QTime(value.hour, value.minute)
        return QDateTime(day, clock, self._zone) if self._zone is not None else QDateTime(day, clock)

    def setDateTime(self, value: QDateTime) -> None:  # noqa: N802 - Qt API
        if self._zone is not None and value.isValid():
            value = value.toTimeZone(self._zone)
        moment = datetime.combine(value.date().toPython(), value.time().toPython().replace(second=0,
                                                                                           microsecond=0))
        self.set_value(moment if self.MODE == "datetime" else moment.date() if self.MODE == "date"
                       else moment.time())

    def setTimeZone(self, zone: QTimeZone) -> None:  # noqa: N802 - Qt API
        self._zone = zone

    def timeZone(self) -> QTimeZone | None:  # noqa: N802 - Qt API
        return self._zone

    def setMinimumDate(self, value: QDate) -> None:  # noqa: N802 - Qt API
        """Checked when the field is left, never applied while typing."""
        self._minimum = value.toPython()

    def setMaximumDate(self, value: QDate) -> None:  # noqa: N802 - Qt API
        self._maximum = value.toPython()

    def minimumDate(self) -> QDate:  # noqa: N802 - Qt API
        return QDate(*self._minimum.timetuple()[:3]) if self._minimum else QDate(100, 1, 1)

    def setSpecialValueText(self, text: str) -> None:  # noqa: N802 - Qt API
        """The field may be left empty; ``text`` is shown greyed while it is."""
        self._empty_text = text
        self.edit.setPlaceholderText(text)

    def setDisplayFormat(self, _format: str) -> None:  # noqa: N802 - Qt API
        """Kept for the forms: one format, the UI language's, is used everywhere."""

    def setCalendarPopup(self, enabled: bool) -> None:  # noqa: N802 - Qt API
        if self.MODE == "time" or not enabled or self._popup is not None:
            return
        icon = QIcon.fromTheme("x-office-calendar", self.style().standardIcon(QStyle.StandardPixmap.SP_ArrowDown))
        self._popup = self.edit.addAction(icon, QLineEdit.ActionPosition.TrailingPosition)
        self._popup.setObjectName("calendarAction")
        self._popup.triggered.connect(self.open_calendar)
        self._retranslate()

    def setAccessibleName(self, name: str) -> None:  # noqa: N802 - Qt API
        super().setAccessibleName(name)
        self.edit.setAccessibleName(name)

    def text(self) -> str:
        return self.edit.text()

    def minimumSizeHint(self):  # noqa: N802 - Qt API
        """Never narrower than a whole date (and time) of the UI language plus the calendar button: a layout
        short of room squeezes its neighbours, not the digits ("9/10/2026" for 19/10/2026)."""
        hint = super().minimumSizeHint()
        sample = self._format({"date": date(2026, 12, 28), "time": time(23, 59),
                               "datetime": datetime(2026, 12, 28, 23, 59)}[self.MODE])
        width = self.edit.fontMetrics().horizontalAdvance(sample + "  ") + 12
        if self._popup is not None:
            width += self.edit.height() if self.edit.height() < 40 else 28
        hint.setWidth(max(hint.width(), width))
        return hint

    # --- Python values ------------------------------------------------------------------------------------------
    def value(self):
        """date, time or naive datetime (the wall clock shown), or None for an empty field."""
        return self._live()

    def set_value(self, value) -> None:
        old = self._value
        self._value = value
        self._set_error("")
        self._show()
        if value != old:
            self._announce()

    def has_error(self) -> bool:
        """True while the text typed is not a valid value (the message under the field says why)."""
        if self._error:
            return True
        try:
            self._parse(self.edit.text())
        except TypedDateError:
            return True
        return False

    def error(self) -> str:
        return self._error

    def commit(self) -> bool:
        """Read the text now (the field was left); False — with the message shown — when it is no value."""
        try:
            value = self._parse(self.edit.text())
        except TypedDateError as problem:
            self._set_error(str(problem))
            return False
        self.set_value(value)
        self.editingFinished.emit()
        return True

    # --- inside -------------------------------------------------------------------------------------------------
    def _initial(self):
        now = datetime.now().replace(second=0, microsecond=0)
        return {"date": now.date(), "time": time(9), "datetime": now}[self.MODE]

    def _format(self, value) -> str:
        if value is None:
            return ""
        if self.MODE == "time":
            return QTime(value.hour, value.minute).toString(time_format())
        if self.MODE == "date":
            return QDate(value.year, value.month, value.day).toString(date_format())
        return QDateTime(QDate(value.year, value.month, value.day), QTime(value.hour, value.minute)) \
            .toString(f"{date_format()} {time_format()}")

    def _parse(self, text: str):
        if not text.strip():
            if self._empty_text is not None:
                return None
            raise TypedDateError(self._required())
        if self.MODE == "time":
            return parse_time(text)
        if self.MODE == "date":
            value = parse_date(text)
        else:
            keep = self._value.time() if isinstance(self._value, datetime) else None
            value = parse_datetime(text, default_time=keep)
        day = value.date() if isinstance(value, datetime) else value
        if self._minimum and day < self._minimum:
            message = QCoreApplication.translate("DateInput", "The date must be on or after %1.")
            raise TypedDateError(message.replace("%1", self._format_day(self._minimum)))
        if self._maximum and day > self._maximum:
            message = QCoreApplication.translate("DateInput", "The date must be on or before %1.")
            raise TypedDateError(message.replace("%1", self._format_day(self._maximum)))
        return value

    def _required(self) -> str:
        if self.MODE == "time":
            return QCoreApplication.translate("DateInput", "Enter a time, e.g. 9.30.")
        if self.MODE == "date":
            return QCoreApplication.translate("DateInput", "Enter a date, e.g. 3.12.2026.")
        return QCoreApplication.translate("DateInput", "Enter a date and time, e.g. 3.12.2026 9.30.")

    @staticmethod
    def _format_day(day: date) -> str:
        return QDate(day.year, day.month, day.day).toString(date_format())

    def _live(self):
        """The value the text stands for right now — without touching what is typed — or the last one read."""
        try:
            return self._parse(self.edit.text())
        except TypedDateError:
            return self._value

    def _edited(self, _text: str) -> None:
        if self._error and not self.has_error_silently():
            self._set_error("")  # fixed: the message goes as soon as the text is right

    def has_error_silently(self) -> bool:
        try:
            self._parse(self.edit.text())
        except TypedDateError:
            return True
        return False

    def _set_error(self, text: str) -> None:
        self._error = text
        self.message.setText(text)
        self.message.setVisible(bool(text))
        self.edit.setToolTip(text)

    def _show(self) -> None:
        self.edit.setText(self._format(self._value))

    def _announce(self) -> None:
        value = self._value
        if value is None:
            return
        if self.MODE in ("date", "datetime"):
            self.dateChanged.emit(self.date())
        if self.MODE in ("time", "datetime"):
            self.timeChanged.emit(self.time())
        self.dateTimeChanged.emit(self.dateTime())

    def _step(self, forward: bool) -> None:
        if not self.commit():
            return
        value = self._value
        if value is None:
            value = self._initial()
        sign = 1 if forward else -1
        if self.MODE == "time":
            moment = datetime.combine(date.today(), value) + timedelta(minutes=15 * sign)
            self.set_value(moment.time())
        else:
            self.set_value(value + timedelta(days=sign))

    def open_calendar(self) -> None:
        """A month at the field's date (today when empty), never at year 2000."""
        self.commit()
        menu = QMenu(self)
        calendar = QCalendarWidget(menu)
        calendar.setGridVisible(False)
        calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        shown = self.date() if self.date().isValid() else QDate.currentDate()
        calendar.setSelectedDate(shown)
        action = QWidgetAction(menu)
        action.setDefaultWidget(calendar)
        menu.addAction(action)
        self._calendar = calendar

        def picked(day: QDate) -> None:
            self.setDate(day)
            menu.close()

        calendar.clicked.connect(picked)
        calendar.activated.connect(picked)
        menu.popup(self.edit.mapToGlobal(self.edit.rect().bottomLeft()))
        calendar.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.edit and event.type() == QEvent.Type.KeyPress:
            key, mods = event.key(), event.modifiers()
            if key == Qt.Key.Key_Down and mods & Qt.KeyboardModifier.AltModifier and self._popup is not None:
                self.open_calendar()
                return True
            if key in (Qt.Key.Key_Up, Qt.Key.Key_Down) and not mods & Qt.KeyboardModifier.AltModifier:
                self._step(key == Qt.Key.Key_Up)
                return True
        return super().eventFilter(watched, event)

    def _retranslate(self) -> None:
        if self._popup is not None:
            self._popup.setToolTip(QCoreApplication.translate("DateInput", "Choose in a calendar (Alt+Down)"))
        if self._error:
            try:
                self._parse(self.edit.text())
            except TypedDateError as problem:
                self._set_error(str(problem))
        elif not self.has_error_silently():
            self._show()  # the new language's form

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() in (QEvent.Type.LanguageChange, QEvent.Type.LocaleChange):
            self._retranslate()
        super().changeEvent(event)


class DateInput(_TemporalInput):
    MODE = "date"


class TimeInput(_TemporalInput):
    MODE = "time"


class DateTimeInput(_TemporalInput):
    MODE = "datetime"


def _counts(field: QWidget, root: QWidget) -> bool:
    """True when ``field`` is part of what ``root`` saves: enabled and not hidden on purpose — a field on a tab
    that is not shown now (a hidden page of a stacked widget) counts too."""
    if not field.isEnabledTo(root):
        return False
    widget = field
    while widget is not None and widget is not root:
        if widget.isHidden() and not isinstance(widget.parentWidget(), QStackedWidget):
            return False
        widget = widget.parentWidget()
    return True


def _reveal(field: QWidget, root: QWidget) -> None:
    """Bring the tab (or stacked page) that holds ``field`` to the front."""
    widget = field
    while widget is not None and widget is not root:
        parent = widget.parentWidget()
        if isinstance(parent, QStackedWidget):
            tabs = parent.parentWidget()
            if isinstance(tabs, QTabWidget):
                tabs.setCurrentIndex(tabs.indexOf(widget))
            else:
                parent.setCurrentWidget(widget)
        widget = parent


def first_invalid(root: QWidget) -> _TemporalInput | None:
    """The first date/time field under ``root`` whose text is no value (its message shown, its tab brought to the
    front and the field focused), for an editor's Save to stop at; None when all are fine."""
    for field in root.findChildren(_TemporalInput):
        if _counts(field, root) and not field.commit():
            _reveal(field, root)
            field.edit.setFocus()
            return field
    return None
