"""Laptop-sized layout: every area fits a 1280 px wide window, tables fit without a horizontal scrollbar,
the month navigator and airport cities speak the UI language."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication, QCalendarWidget

from opsassistant.gui.areas import AREAS

MAIN_NAV_WIDTH = 170  # the main window's fixed area list


def test_every_area_fits_a_1280_px_window_in_both_languages(main_window):
    from opsassistant.gui.language_switch import set_language

    for lang in ("da", "en"):
        set_language(lang, remember=False)
        QApplication.processEvents()
        for area in AREAS:
            main_window.show_area(area.key)
            panel = main_window.panel(area.key)
            views = ("day", "week", "month", "agenda") if area.key == "calendar" else (None,)
            for view in views:
                if view:
                    panel.set_view(view)
                QApplication.processEvents()
                assert panel.minimumSizeHint().width() + MAIN_NAV_WIDTH <= 1280, (lang, area.key, view)
        assert main_window.minimumSizeHint().width() <= 1280, lang


def test_month_navigator_follows_the_language(qtbot, main_window):
    from opsassistant.gui.language_switch import set_language

    main_window.show_area("calendar")
    panel = main_window.panel("calendar")
    navigator = panel.navigator
    assert navigator.firstDayOfWeek() == Qt.DayOfWeek.Monday
    assert navigator.verticalHeaderFormat() == QCalendarWidget.VerticalHeaderFormat.ISOWeekNumbers
    set_language("da", remember=False)
    QApplication.processEvents()
    assert navigator.locale().language() == QLocale.Language.Danish
    assert navigator.locale().monthName(11) == "november"
    assert navigator.firstDayOfWeek() == Qt.DayOfWeek.Monday
    set_language("en", remember=False)
    QApplication.processEvents()
    assert navigator.locale().language() == QLocale.Language.English
    assert navigator.firstDayOfWeek() == Qt.DayOfWeek.Monday


def test_calendar_title_shortens_instead_of_widening_the_window(qtbot, main_window):
    main_window.show_area("calendar")
    panel = main_window.panel("calendar")
    panel.set_view("day")
    panel.go_to(date(2026, 11, 28))
    label = panel.title_label
    assert label.text() == label.toolTip() and "2026" in label.text()
    label.resize(label.fontMetrics().horizontalAdvance(label.text()) + 10, label.height())
    assert label.shown_text() == label.text()
    label.resize(label.fontMetrics().horizontalAdvance(label.text()) // 2, label.height())
    assert label.shown_text() != label.text()
    assert label.fontMetrics().horizontalAdvance(label.shown_text()) <= label.contentsRect().width()


def _columns_fit(table) -> bool:
    header = table.horizontalHeader()
    return header.length() <= table.viewport().width() and not table.horizontalScrollBar().isVisible()


def test_call_log_and_contacts_fit_without_a_horizontal_scrollbar(qtbot, main_window, danish):
    from opsassistant.services.contacts.editing import ContactData, EmailData, PhoneData, save

    save(ContactData(first_name="Susanne", last_name="Christiansen", organisation="Møllegården Kursuscenter",
                     title="Kommunikationschef", phones=[PhoneData("+45 71 50 08 75")],
                     emails=[EmailData("susanne.christiansen@moellegaarden-kursus.dk")]))
    main_window.resize(1366, 768)
    for key, table_name in (("calls", "table"), ("contacts", "contactTable")):
        main_window.show_area(key)
        QApplication.processEvents()
        table = getattr(main_window.panel(key).ui, table_name)
        QApplication.processEvents()
        header = table.horizontalHeader()
        assert _columns_fit(table), (key, header.length(), table.viewport().width(), main_window.width())
    calls = main_window.panel("calls")
    message = calls.model.column_index("message")
    assert calls.ui.table.columnWidth(message) >= 100


def test_airport_cities_in_the_ui_language():
    from opsassistant.services.travel import airports

    cph = airports.get("CPH")
    assert cph.local_city("da") == "København"
    assert cph.local_city("en") == "Copenhagen"
    assert cph.label("da").startswith("CPH – København")
    assert airports.localize_place("Copenhagen", "CPH", "da") == "København"
    assert airports.localize_place("Kastrup", "CPH", "da") == "Kastrup"  # typed by the user: kept
    assert airports.get("EWR").local_city("da") == "Newark"  # the zone's city is New York: not replaced
    assert airports.localize_city("Copenhagen", "Europe/Copenhagen", "da") == "København"


def test_airport_search_finds_the_danish_city_name():
    from opsassistant.i18n.language import current_language, set_current_language
    from opsassistant.services.travel import airports

    before = current_language()
    set_current_language("da")
    try:
        assert "CPH" in [a.code for a in airports.search("Køb")]
    finally:
        set_current_language(before)
