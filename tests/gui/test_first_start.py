"""The first five minutes: on an empty database the first-start page asks who the team is, or opens the demo."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTime
from PySide6.QtWidgets import QFileDialog

from opsassistant.db.models import Contact, Event, Principal, Setting
from opsassistant.db.principal_colours import is_reddish


def _page(window):
    today = window.panel("today")
    return today, today.first_start


def test_empty_database_opens_the_first_start_page_and_saves_the_team(main_window, qtbot):
    today, page = _page(main_window)
    assert page is not None and today.pages.currentWidget() is page
    qtbot.waitUntil(page.executive.name.hasFocus)  # type at once
    qtbot.keyClicks(page.executive.name, "Karen Holm")
    qtbot.keyClick(page.executive.name, Qt.Key.Key_Tab)
    assert page.executive.title.hasFocus()
    qtbot.keyClicks(page.executive.title, "Administrerende direktør")
    page.executive.zone.set_zone("Europe/Copenhagen")
    page.executive.start.setTime(QTime(8, 0))
    page.executive.end.setTime(QTime(17, 0))
    row = page.team[0]
    qtbot.keyClicks(row.name, "Mads Kjær")
    qtbot.keyClicks(row.title, "Driftschef")
    row.zone.set_zone("Asia/Tokyo")
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(page.team[1].name, "Louise Bech")
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)  # a blank row is ignored
    qtbot.keyClick(page.team[1].name, Qt.Key.Key_Return)  # Enter saves
    people = list(Principal.select().order_by(Principal.position))
    assert [(p.name, p.role, p.title, p.home_timezone) for p in people] == [
        ("Karen Holm", "executive", "Administrerende direktør", "Europe/Copenhagen"),
        ("Mads Kjær", "team", "Driftschef", "Asia/Tokyo"),
        ("Louise Bech", "team", "", "Europe/Copenhagen")]
    assert (people[0].work_start, people[0].work_end) == ("08:00", "17:00")
    assert len({p.colour for p in people}) == 3 and not any(is_reddish(p.colour) for p in people)
    assert today.pages.currentWidget() is today.content
    assert [card.record.name for card in today.strip.cards] == ["Karen Holm", "Mads Kjær", "Louise Bech"]


def test_a_missing_name_is_said_next_to_the_field_and_nothing_is_saved(main_window, qtbot):
    today, page = _page(main_window)
    qtbot.keyClicks(page.team[0].name, "Mads Kjær")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert page.executive.problem.isVisible() and page.executive.problem.text() == "Enter a name."
    assert Principal.select().count() == 0 and today.pages.currentWidget() is page
    qtbot.keyClicks(page.executive.name, "Karen Holm")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert not page.executive.problem.isVisible()
    assert Principal.select().count() == 2


def test_skip_then_reopen_from_help_and_edit(main_window, qtbot, db_path):
    today, page = _page(main_window)
    qtbot.mouseClick(page.skip_button, Qt.MouseButton.LeftButton)
    assert today.pages.currentWidget() is today.content
    assert Setting.get_by_id("first_start.skipped").value == "1"
    assert Principal.select().count() == 0
    from opsassistant.gui.main_window import MainWindow

    second = MainWindow(db_path)  # a restart: skipped stays skipped
    qtbot.addWidget(second)
    assert second.panel("today").first_start is None
    help_action = main_window.first_start_action
    assert help_action in main_window.help_menu.actions() and help_action.text() == "&Getting started…"
    help_action.trigger()
    assert main_window.current_area() == "today" and today.pages.currentWidget() is page
    qtbot.keyClicks(page.executive.name, "Karen Holm")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert Principal.get().name == "Karen Holm"
    help_action.trigger()  # reopened: filled with who is there, saving again changes, never duplicates
    assert page.executive.name.text() == "Karen Holm"
    page.executive.name.clear()
    qtbot.keyClicks(page.executive.name, "Karen Holm-Berg")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert [p.name for p in Principal.select()] == ["Karen Holm-Berg"]


def test_choose_the_demo_office(main_window, qtbot):
    today, page = _page(main_window)
    assert page.demo_button.isEnabled()
    qtbot.mouseClick(page.demo_button, Qt.MouseButton.LeftButton)
    assert Principal.select().count() == 4 and Contact.select().count() == 80
    assert today.pages.currentWidget() is today.content
    assert len(today.strip.cards) == 4
    main_window.first_start_action.trigger()
    assert not page.demo_button.isEnabled()  # the demo only fills an empty database


def test_import_from_the_first_start_page(main_window, qtbot, tmp_path, monkeypatch):
    today, page = _page(main_window)
    calendar = tmp_path / "karen.ics"
    calendar.write_text("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//EN\r\nBEGIN:VEVENT\r\nUID:a1@test\r\n"
                        "DTSTAMP:20261201T080000Z\r\nDTSTART:20261202T090000Z\r\nDTEND:20261202T100000Z\r\n"
                        "SUMMARY:Bestyrelsesmøde\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n", encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(calendar)], ""))
    from opsassistant.gui import transfer_dialogs

    shown = []
    monkeypatch.setattr(transfer_dialogs.ImportResultDialog, "exec", lambda self: shown.append(self.outcomes))
    qtbot.keyClicks(page.executive.name, "Karen Holm")
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    assert Principal.get().name == "Karen Holm"  # saved before importing
    progress = main_window.findChild(transfer_dialogs.ImportProgressDialog)
    qtbot.waitUntil(lambda: progress.shown is not None, timeout=20000)  # the import's worker is done
    shown.append(progress.shown.outcomes)
    assert Event.get().title == "Bestyrelsesmøde"
    assert [o.imported for o in shown[0]] == [1] and Path(shown[0][0].path) == calendar
