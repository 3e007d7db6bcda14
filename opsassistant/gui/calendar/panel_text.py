"""The calendar panel's texts, tooltips with shortcuts, titles and small dialogs (translated on demand)."""

from __future__ import annotations

import tempfile
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QWidget

from opsassistant.i18n.babel_dates import babel_dates
from opsassistant.i18n.formatting import format_full_date
from opsassistant.i18n.language import babel_locale, current_language


def _tip(text: str, keys: str) -> str:
    return f"{text} ({keys})"


def label_buttons(panel) -> None:
    panel.today_button.setText(QCoreApplication.translate("CalendarPanel", "&Today"))
    panel.today_button.setToolTip(_tip(QCoreApplication.translate("CalendarPanel", "Go to today"), "T"))
    panel.prev_button.setToolTip(_tip(QCoreApplication.translate("CalendarPanel", "Previous period"), "PgUp, Ctrl+←"))
    panel.next_button.setToolTip(_tip(QCoreApplication.translate("CalendarPanel", "Next period"), "PgDn, Ctrl+→"))
    panel.prev_button.setAccessibleName(QCoreApplication.translate("CalendarPanel", "Previous period"))
    panel.next_button.setAccessibleName(QCoreApplication.translate("CalendarPanel", "Next period"))
    labels = {"day": QCoreApplication.translate("CalendarPanel", "Day"), "workweek": QCoreApplication.translate("CalendarPanel", "Work week"), "week": QCoreApplication.translate("CalendarPanel", "Week"), "month": QCoreApplication.translate("CalendarPanel", "Month"),
              "agenda": QCoreApplication.translate("CalendarPanel", "Agenda"),
              "people": QCoreApplication.translate("CalendarPanel", "Side by side")}
    for index, (key, button) in enumerate(panel.view_buttons.items(), start=1):
        button.setText(labels[key])
        button.setToolTip(_tip(QCoreApplication.translate("CalendarPanel", "Show the %1 view").replace("%1", labels[key].lower()), f"Ctrl+Alt+{index}"))
    panel.find_button.setText(QCoreApplication.translate("CalendarPanel", "Find a time…"))
    panel.find_button.setToolTip(_tip(QCoreApplication.translate("CalendarPanel", "Find the first free time for the chosen principals"), "Ctrl+Alt+F"))
    panel.new_button.setText(QCoreApplication.translate("CalendarPanel", "New appointment"))
    panel.new_button.setToolTip(_tip(QCoreApplication.translate("CalendarPanel", "New appointment"), "Ctrl+N"))
    panel.search_field.setPlaceholderText(QCoreApplication.translate("CalendarPanel", "Search appointments"))
    panel.search_field.setToolTip(_tip(QCoreApplication.translate(
        "CalendarPanel", "Show only the appointments whose title, place or notes contain these words"), "Ctrl+F"))
    panel.search_field.setAccessibleName(QCoreApplication.translate("CalendarPanel", "Search appointments"))
    panel.principal_label.setText(QCoreApplication.translate("CalendarPanel", "&Calendars"))
    panel.principal_list.setAccessibleName(QCoreApplication.translate("CalendarPanel", "Calendars shown"))
    panel.principal_list.setToolTip(QCoreApplication.translate("CalendarPanel", "Tick a principal to show their appointments"))
    panel.navigator.setAccessibleName(QCoreApplication.translate("CalendarPanel", "Month navigator"))
    set_navigator_locale(panel.navigator)


def set_navigator_locale(navigator) -> None:
    """Month and day names in the UI language (QLocale's default follows the language switch), Monday first."""
    navigator.setLocale(QLocale())
    navigator.setFirstDayOfWeek(Qt.DayOfWeek.Monday)


def week_label(day: date) -> str:
    return QCoreApplication.translate("CalendarPanel", "Week %1").replace("%1", str(day.isocalendar().week))


def full_date_with_week(day: date) -> str:
    week = QCoreApplication.translate("CalendarPanel", "week %1").replace("%1", str(day.isocalendar().week))
    return f"{format_full_date(day)} · {week}"


def agenda_headers() -> list[str]:
    return [QCoreApplication.translate("CalendarPanel", "When"), QCoreApplication.translate("CalendarPanel", "Appointment"), QCoreApplication.translate("CalendarPanel", "Location"), QCoreApplication.translate("CalendarPanel", "Principals")]


def short_title(view: str, days: list[date], anchor: date) -> str:
    """A shorter title for a narrow window: abbreviated day and month names."""
    locale = babel_locale()
    danish = locale == "da_DK"
    if view in ("day", "people"):
        week = QCoreApplication.translate("CalendarPanel", "week %1").replace("%1", str(anchor.isocalendar().week))
        return f"{babel_dates.format_date(anchor, 'EEE d. MMM y' if danish else 'EEE d MMM y', locale=locale)} · {week}"
    if view in ("workweek", "week"):
        first, last = days[0], days[-1]
        left = babel_dates.format_date(first, ("d." if danish else "d") if first.month == last.month
                           else ("d. MMM" if danish else "d MMM"), locale=locale)
        return f"{week_label(first)} · {left}–{babel_dates.format_date(last, 'd. MMM y' if danish else 'd MMM y', locale=locale)}"
    return title(view, days, anchor)


def title(view: str, days: list[date], anchor: date) -> str:
    locale = babel_locale()
    if view in ("day", "people"):
        return full_date_with_week(anchor)
    if view == "month":
        return babel_dates.format_date(anchor, "LLLL y", locale=locale).capitalize()
    first, last = days[0], days[-1]
    if view == "agenda":
        span = f"{babel_dates.format_date(first, 'd. MMM', locale=locale)} – {babel_dates.format_date(last, 'd. MMM y', locale=locale)}"
        return span
    same_month = first.month == last.month
    left = babel_dates.format_date(first, "d." if same_month else "d. MMM", locale=locale)
    if locale != "da_DK":
        left = babel_dates.format_date(first, "d" if same_month else "d MMM", locale=locale)
        right = babel_dates.format_date(last, "d MMMM y", locale=locale)
    else:
        right = babel_dates.format_date(last, "d. MMMM y", locale=locale)
    return f"{week_label(first)} · {left}–{right}"


def weekday_names() -> list[str]:
    names = babel_dates.get_day_names("abbreviated", locale=babel_locale())
    return [names[i] for i in range(7)]


def unassigned_text() -> str:
    return QCoreApplication.translate("CalendarPanel", "No principal")


def more_text() -> str:
    return QCoreApplication.translate("CalendarPanel", "+%1 more")


def all_day_text() -> str:
    return QCoreApplication.translate("CalendarPanel", "All day")


def empty_agenda() -> str:
    return QCoreApplication.translate("CalendarPanel", "No appointments in the next two weeks.")


def no_match() -> str:
    return QCoreApplication.translate("CalendarPanel", "No appointment in this period matches the search.")


def empty_period() -> str:
    return QCoreApplication.translate("CalendarPanel", "No appointments in this period. Double-click a time or press Ctrl+N to add one.")


def ask_scope(parent: QWidget, deleting: bool = False) -> str | None:
    """"one", "series" or None (cancelled)."""
    box = QMessageBox(parent)
    box.setWindowTitle(QCoreApplication.translate("CalendarPanel", "Repeating appointment"))
    box.setText(QCoreApplication.translate("CalendarPanel", "Delete only this occurrence or the whole series?") if deleting
                else QCoreApplication.translate("CalendarPanel", "Open only this occurrence or the whole series?"))
    one = box.addButton(QCoreApplication.translate("CalendarPanel", "This &occurrence"), QMessageBox.ButtonRole.AcceptRole)
    series = box.addButton(QCoreApplication.translate("CalendarPanel", "The whole &series"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(one)
    box.exec()
    clicked = box.clickedButton()
    return "one" if clicked is one else "series" if clicked is series else None


def _open_report(kind: str, panel) -> None:
    from importlib import import_module

    module = import_module(f"opsassistant.reports.{kind}")
    path = Path(tempfile.gettempdir()) / f"opsassistant-{kind}-{panel.anchor.isoformat()}.pdf"
    module.build(panel.anchor.isoformat(), path, lang=current_language())
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def report_actions(panel) -> list:
    return [(QCoreApplication.translate("CalendarPanel", "Agenda for the shown day"), lambda: _open_report("agenda", panel)),
            (QCoreApplication.translate("CalendarPanel", "Week overview"), lambda: _open_report("week", panel))]
