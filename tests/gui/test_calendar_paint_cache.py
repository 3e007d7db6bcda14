"""The week and month views cache what they paint (layers, the events' drawing, the layout): every change a user
can make shows at once, exactly as a freshly made view paints it."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QApplication

from opsassistant.gui.calendar.month_view import MonthView
from opsassistant.gui.calendar.style import event_colours
from opsassistant.gui.calendar.time_view import TimeGridView
from opsassistant.services.calendar import editing, occurrences
from opsassistant.services.calendar.editing import EventData
from tests.gui.conftest import CALENDAR_MONDAY

CPH = ZoneInfo("Europe/Copenhagen")
TUESDAY = CALENDAR_MONDAY + timedelta(days=1)


def _image(widget) -> QImage:
    return widget.grab().toImage().convertToFormat(QImage.Format.Format_ARGB32)


def _fresh_week(view: TimeGridView) -> QImage:
    """What a new week view (nothing cached) paints from the same data, size, scroll and palette."""
    fresh = TimeGridView()
    fresh.setPalette(view.palette())
    fresh.resize(view.size())
    fresh.now_provider, fresh.more_text, fresh.zone_name = view.now_provider, view.more_text, view.zone_name
    fresh.set_data(view.days, list(view._items), view.colours, view.holidays, view.second_zone)
    fresh.scroll_minutes = view.scroll_minutes
    return _image(fresh)


def _fresh_month(view: MonthView) -> QImage:
    fresh = MonthView()
    fresh.setPalette(view.palette())
    fresh.resize(view.size())
    fresh.today_provider = view.today_provider
    fresh.set_cells(view.month, view.cells, view.counts, view.loaded_room, view.colours, view.holidays,
                    view.weekday_names, view.more_text)
    return _image(fresh)


def _fill_at(view: TimeGridView, title: str) -> tuple[str, QImage]:
    """The painted colour just inside the right edge of ``title``'s block (its text is on the left)."""
    (block,) = [b for b in view.blocks if b.occ.title == title]
    rect = view.block_rect(block)
    point = (int(rect.right()) - 4, int(rect.center().y()))
    image = _image(view)
    return image.pixelColor(*point).name(), image


def test_an_event_moved_through_the_service_is_painted_at_its_new_place(qtbot, calendar_week_panel, executive):
    panel = calendar_week_panel
    event = editing.create(EventData(title="Status", start=datetime.combine(TUESDAY, time(9), CPH),
                                     end=datetime.combine(TUESDAY, time(10), CPH), principal_ids=[executive.id]))
    panel.refresh()
    view = panel.time_view
    view.scroll_to(8 * 60)
    fill = event_colours(view.palette(), view.blocks[0].occ, view.colours)[0].name()
    before, first = _fill_at(view, "Status")
    old = view.block_rect(view.blocks[0]).center().toPoint()
    assert before == fill
    data = editing.load(event.id)
    data.start, data.end = datetime.combine(TUESDAY, time(13), CPH), datetime.combine(TUESDAY, time(14), CPH)
    editing.update(event.id, data)
    panel.refresh()
    after, second = _fill_at(view, "Status")
    assert after == fill  # drawn at 13.00 ...
    assert second.pixelColor(old.x() + 30, old.y()).name() != fill  # ... and gone from 9.00
    assert second == _fresh_week(view)
    assert second != first


def test_a_resize_a_scroll_and_a_dark_palette_repaint_the_week_as_new(qtbot, calendar_week_panel, executive):
    panel = calendar_week_panel
    for hour in range(8, 16):
        editing.create(EventData(title=f"Møde {hour}", start=datetime.combine(TUESDAY, time(hour), CPH),
                                 end=datetime.combine(TUESDAY, time(hour + 2), CPH), principal_ids=[executive.id]))
    panel.refresh()
    view = panel.time_view
    shown = _image(view)
    panel.resize(900, 650)
    QApplication.processEvents()
    resized = _image(view)
    assert resized.size() != shown.size() and resized == _fresh_week(view)
    view.scroll_to(view.scroll_minutes + 90)
    scrolled = _image(view)
    assert scrolled != resized and scrolled == _fresh_week(view)
    dark = QPalette(view.palette())
    dark.setColor(QPalette.ColorRole.Base, QColor("#202020"))
    dark.setColor(QPalette.ColorRole.Text, QColor("#f0f0f0"))
    view.setPalette(dark)
    darkened = _image(view)
    assert darkened != scrolled and darkened == _fresh_week(view)


def test_after_a_language_switch_the_week_and_the_month_speak_danish(qtbot, calendar_week_panel, executive):
    from opsassistant.gui.language_switch import LanguageSwitcher

    panel = calendar_week_panel
    for number in range(30):
        at = datetime.combine(TUESDAY, time(7), CPH) + timedelta(minutes=20 * number)
        editing.create(EventData(title=f"Møde {number:02}", start=at, end=at + timedelta(minutes=15),
                                 principal_ids=[executive.id]))
    panel.refresh()
    week_en = _image(panel.time_view)
    panel.set_view("month")
    view = panel.month_view
    month_en = _image(view)
    more_en = [op[4] for op in view._item_ops(CALENDAR_MONDAY)[0] if op[4].startswith("+")]
    switch = LanguageSwitcher()
    switch.apply("da", remember=False)
    try:
        panel.retranslate()  # as the main window does on LanguageChange
        month_da = _image(view)
        more_da = [op[4] for op in view._item_ops(CALENDAR_MONDAY)[0] if op[4].startswith("+")]
        assert more_en and all(text.endswith(" more") for text in more_en)
        assert more_da == [text.replace(" more", " mere") for text in more_en]  # the painted "+N more", in Danish
        assert month_da != month_en and month_da == _fresh_month(view)
        panel.set_view("week")
        week_da = _image(panel.time_view)
        assert week_da != week_en and week_da == _fresh_week(panel.time_view)  # "tirs. 14. apr.", "09.00"
    finally:
        switch.apply("en", remember=False)
        panel.retranslate()


def test_set_data_lays_out_again_when_the_callers_list_changed_in_place(qtbot, db):
    start = datetime.combine(TUESDAY, time(9), CPH)
    editing.create(EventData(title="Først", start=start, end=start + timedelta(hours=1)))
    editing.create(EventData(title="Siden", start=start + timedelta(hours=3), end=start + timedelta(hours=4)))
    found = occurrences.between(datetime.combine(CALENDAR_MONDAY, time(), CPH),
                                datetime.combine(CALENDAR_MONDAY + timedelta(days=7), time(), CPH))
    days = [CALENDAR_MONDAY + timedelta(days=i) for i in range(7)]
    view = TimeGridView()
    qtbot.addWidget(view)
    view.resize(1000, 700)
    items = found[:1]
    view.set_data(days, items, {}, {})
    view.grab()
    items.append(found[1])  # the same list object, one more occurrence
    view.set_data(days, items, {}, {})
    assert sorted(block.occ.title for block in view.blocks) == ["Først", "Siden"]
    assert _image(view) == _fresh_week(view)


def test_a_view_the_panel_hides_gives_its_layers_back_and_paints_as_new_when_shown(qtbot, calendar_week_panel,
                                                                                 executive):
    panel = calendar_week_panel
    editing.create(EventData(title="Status", start=datetime.combine(TUESDAY, time(9), CPH),
                             end=datetime.combine(TUESDAY, time(10), CPH), principal_ids=[executive.id]))
    panel.refresh()
    week = panel.time_view
    _image(week)
    assert week._events._pixmap is not None
    panel.set_view("month")
    month = panel.month_view
    _image(month)
    assert week.isHidden() and week._events._pixmap is None and week._under._pixmap is None
    panel.set_view("week")
    assert month._layer._pixmap is None and month._grid_layer._pixmap is None
    again = _image(week)
    assert again == _fresh_week(week)
