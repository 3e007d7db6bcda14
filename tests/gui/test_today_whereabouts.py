"""The Today strip and the side-by-side day view, driven as a user would, checked against the database."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from opsassistant.db.models import Event
from opsassistant.db.principal_colours import PALETTE, is_reddish
from opsassistant.gui.calendar.panel import CalendarPanel
from opsassistant.gui.calendar.style import event_colours
from opsassistant.gui.today.panel import TodayPanel
from opsassistant.services import principals
from opsassistant.services.calendar import editing
from opsassistant.services.travel import segments, trips

CPH = ZoneInfo("Europe/Copenhagen")
NOW = datetime(2026, 12, 1, 10, 15, tzinfo=CPH)  # Tuesday, 08.40 … 16.40 in Tokyo is 18.15


@pytest.fixture
def office(db):
    people = {}
    for index, (name, role, title) in enumerate([("Karen Holm", "executive", "Direktør"),
                                                 ("Mads Kjær", "team", "Driftschef"),
                                                 ("Louise Bech", "team", "Økonomi"),
                                                 ("Jonas Friis", "team", "IT")]):
        people[name.split()[0]] = principals.save(principals.PrincipalData(
            name=name, role=role, title=title, colour=PALETTE[index], work_start="08:00", work_end="17:00")).id
    return people


def _event(title, start, end, people, **kw):
    return editing.create(editing.EventData(title=title, start=start, end=end, principal_ids=people, **kw)).id


def _tokyo_trip(pid):
    trip = trips.save(trips.TripData(title="Tokyo", traveller_ids=[pid], destination="Japan",
                                     start_date=date(2026, 11, 30), end_date=date(2026, 12, 4)))
    segments.save(trip.id, segments.SegmentData(
        kind="flight", start=datetime(2026, 11, 30, 9, 0, tzinfo=CPH), start_timezone="Europe/Copenhagen",
        end=datetime(2026, 12, 1, 6, 0, tzinfo=ZoneInfo("Asia/Tokyo")), end_timezone="Asia/Tokyo",
        from_place="København", to_place="Tokyo", carrier="SK", number="983"))


@pytest.fixture
def today(qtbot, office):
    _tokyo_trip(office["Mads"])
    _event("Board meeting", NOW.replace(hour=10, minute=0), NOW.replace(hour=11, minute=0), [office["Karen"]])
    _event("Budget review", NOW.replace(hour=14, minute=0), NOW.replace(hour=15, minute=0),
           [office["Karen"], office["Louise"]], location="Mødelokale 2")
    editing.create(editing.EventData(title="Ferie", all_day=True, start_date=date(2026, 12, 1),
                                     end_date=date(2026, 12, 3), principal_ids=[office["Jonas"]]))
    panel = TodayPanel()
    panel.now_provider = lambda: NOW.astimezone(UTC)
    qtbot.addWidget(panel)
    panel.resize(1280, 800)
    panel.show()
    panel.refresh()
    return panel


def test_strip_shows_meeting_until_travel_city_and_local_time(today):
    strip = today.strip
    assert strip.isVisible() and len(strip.cards) == 4
    assert today.pages.currentWidget() is today.content  # not the first-start page: there are principals
    assert strip.card_for("Karen Holm").status_label.text() == "In a meeting until 11.00"
    assert strip.card_for("Mads Kjær").status_label.text() == "Travelling — Tokyo, local time 18.15"
    assert strip.card_for("Louise Bech").status_label.text() == "In the office"
    assert strip.card_for("Louise Bech").next_label.text().startswith("Next: 14.00 ")
    assert "Budget review · Mødelokale 2" in strip.card_for("Louise Bech").next_label.text()
    assert strip.card_for("Jonas Friis").status_label.text() == "Away: Ferie, through 2 Dec 2026"


def test_strip_follows_the_clock_and_the_language(today, danish, qtbot):
    today.now_provider = lambda: NOW.replace(hour=11, minute=30).astimezone(UTC)
    today.refresh_strip()
    strip = today.strip
    assert strip.card_for("Karen Holm").status_label.text() == "På kontoret"
    assert strip.card_for("Mads Kjær").status_label.text() == "På rejse — Tokyo, lokal tid 19.30"
    from opsassistant.gui.language_switch import set_language

    set_language("en", remember=False)
    qtbot.waitUntil(lambda: strip.card_for("Mads Kjær").status_label.text()
                    == "Travelling — Tokyo, local time 19.30")


def test_strip_link_opens_the_appointment(today, qtbot, monkeypatch):
    opened = []
    monkeypatch.setattr(today, "open_record", lambda area, record_id: opened.append((area, record_id)))
    today.strip.open_requested.disconnect()
    today.strip.open_requested.connect(today.open_record)
    card = today.strip.card_for("Louise Bech")
    card.next_label.linkActivated.emit(card.next_label.text().split("href='")[1].split("'")[0])
    budget = Event.get(Event.title == "Budget review")
    assert opened == [("calendar", budget.id)]


@pytest.fixture
def calendar(qtbot, office):
    panel = CalendarPanel()
    panel.modeless_editors = True
    panel.today_provider = lambda: NOW.date()
    qtbot.addWidget(panel)
    panel.resize(1280, 800)
    panel.show()
    panel.activateWindow()  # its shortcuts (Ctrl+Alt+6) are the window's: in a real X server it must be active
    qtbot.waitUntil(panel.isActiveWindow)
    panel.go_to(NOW.date())
    yield panel
    panel.deleteLater()  # with its (modeless) editors: they must not outlive this test's database
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _pixel(view, rect):
    image = view.grab().toImage()
    point = rect.toRect().bottomRight() - rect.toRect().topLeft()
    return image.pixelColor(int(rect.x() + point.x() * 0.8), int(rect.y() + point.y() * 0.8))


def test_side_by_side_view_four_principals_and_a_shared_meeting(calendar, qtbot, office):
    shared = _event("Strategy day", NOW.replace(hour=9), NOW.replace(hour=11),
                    [office["Karen"], office["Mads"], office["Jonas"]])
    _event("Dentist", NOW.replace(hour=13), NOW.replace(hour=14), [office["Louise"]])
    calendar.refresh()
    qtbot.keyClick(calendar, Qt.Key.Key_6, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
    view = calendar.people_view
    assert calendar.view == "people" and calendar.stack.currentWidget() is view
    assert [name for _pid, name, _title in view.people] == ["Karen Holm", "Mads Kjær", "Louise Bech", "Jonas Friis"]
    assert calendar.view_buttons["people"].text() == "Side by side"
    for name in ("Karen", "Mads", "Jonas"):
        blocks = view.blocks_in(office[name])
        assert [b.occ.event_id for b in blocks] == [shared]
        assert blocks[0].occ.principal_ids[0] == office[name]  # filled in the column owner's colour
        assert set(blocks[0].occ.principal_ids) == {office["Karen"], office["Mads"], office["Jonas"]}
    assert [b.occ.title for b in view.blocks_in(office["Louise"])] == ["Dentist"]
    # what is painted: each column's copy of the shared meeting in its owner's colour, readable (4 columns)
    view.scroll_to(8 * 60)
    fills = []
    for name in ("Karen", "Mads", "Jonas"):
        block = view.blocks_in(office[name])[0]
        rect = view.block_rect(block)
        assert rect.width() > 150
        expected = event_colours(view.palette(), block.occ, view.colours)[0]
        painted = _pixel(view, rect)
        assert max(abs(painted.red() - expected.red()), abs(painted.green() - expected.green()),
                   abs(painted.blue() - expected.blue())) <= 3
        fills.append(expected.name())
    assert len(set(fills)) == 3
    # PgDn goes to the next day in this view too
    qtbot.keyClick(view, Qt.Key.Key_PageDown)
    assert calendar.anchor == date(2026, 12, 2) and view.blocks == []


def test_double_click_in_a_column_books_for_that_principal(calendar, qtbot, office):
    calendar.set_view("people")
    view = calendar.people_view
    view.scroll_to(8 * 60)
    column = view.column_of(office["Louise"])
    x = view._left() + (column + 0.5) * view._day_width()
    y = view._y(12 * 60 + 5)
    event = QMouseEvent(QMouseEvent.Type.MouseButtonDblClick, QPointF(x, y), view.mapToGlobal(QPointF(x, y)),
                        Qt.MouseButton.LeftButton, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(view, event)
    editor = calendar.editor
    assert editor.principal_ids() == [office["Louise"]]
    qtbot.keyClicks(editor.ui.titleEdit, "Lunch with the auditor")
    editor.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).click()
    saved = Event.get(Event.title == "Lunch with the auditor")
    assert [link.principal_id for link in saved.principal_links] == [office["Louise"]]
    assert saved.start_utc == NOW.replace(hour=12, minute=0).astimezone(UTC)


def test_no_principal_colour_is_red():
    from opsassistant.services.demo.data import PRINCIPALS

    assert not any(is_reddish(colour) for colour in PALETTE)
    assert not any(is_reddish(row[3]) for row in PRINCIPALS)
    assert is_reddish("#c0392b")


def test_strip_on_the_way_shows_the_landing_in_local_time(today):
    today.now_provider = lambda: datetime(2026, 11, 30, 12, 0, tzinfo=CPH).astimezone(UTC)
    today.refresh_strip()
    assert today.strip.card_for("Mads Kjær").status_label.text() == "On the way to Tokyo, lands 06.00 local time"


def test_task_deadlines_show_the_coming_week_and_only_overdue_in_red(qtbot, office):
    from opsassistant.gui.today.panel import OVERDUE
    from opsassistant.services.outings import editing as outing_editing
    from opsassistant.services.outings import tasks

    outing = outing_editing.save(outing_editing.OutingData(
        title="Julefrokost", start=datetime(2026, 12, 11, 18, 0, tzinfo=CPH),
        end=datetime(2026, 12, 11, 23, 0, tzinfo=CPH), organiser_id=office["Karen"]))
    tasks.save(outing.id, "Send invitations", date(2026, 11, 28))
    tasks.save(outing.id, "Book the venue", date(2026, 12, 4))
    tasks.save(outing.id, "Order the cake", date(2026, 12, 20))  # beyond the week
    panel = TodayPanel()
    panel.now_provider = lambda: NOW.astimezone(UTC)
    qtbot.addWidget(panel)
    panel.refresh()
    listed = panel.ui.tasksList
    rows = [listed.item(i) for i in range(listed.count())]
    assert [r.text() for r in rows] == ["Send invitations — Julefrokost (due 28 Nov 2026)",
                                        "Book the venue — Julefrokost (due 4 Dec 2026)"]
    assert rows[0].foreground().color() == OVERDUE and rows[1].foreground().color() != OVERDUE
    card = panel.strip.card_for("Karen Holm")  # and on the organiser's card, overdue first
    assert card.deadlines_label.text().index("Send invitations") < card.deadlines_label.text().index("Book the venue")
    assert "Order the cake" not in card.deadlines_label.text()


def _send(view, kind, pos, buttons=Qt.MouseButton.LeftButton):
    event = QMouseEvent(kind, QPointF(pos), view.mapToGlobal(QPointF(pos)), Qt.MouseButton.LeftButton, buttons,
                        Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(view, event)


def test_dragging_in_the_side_by_side_view_moves_in_time_not_to_another_day(calendar, office):
    shared = _event("Strategy day", NOW.replace(hour=9), NOW.replace(hour=10), [office["Karen"], office["Mads"]])
    calendar.set_view("people")
    view = calendar.people_view
    view.scroll_to(8 * 60)
    rect = view.block_rect(view.blocks_in(office["Mads"])[0])
    start = rect.center().toPoint()
    end = start + QPointF(view._day_width() * 1.2, view.hour_height).toPoint()  # right one column, down one hour
    _send(view, QMouseEvent.Type.MouseButtonPress, start)
    _send(view, QMouseEvent.Type.MouseMove, end)
    _send(view, QMouseEvent.Type.MouseButtonRelease, end, Qt.MouseButton.NoButton)
    moved = Event.get_by_id(shared)
    assert moved.start_utc == NOW.replace(hour=10).astimezone(UTC)
    assert sorted(link.principal_id for link in moved.principal_links) == sorted([office["Karen"], office["Mads"]])
