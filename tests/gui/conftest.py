from __future__ import annotations

from datetime import date

import pytest


@pytest.fixture
def main_window(qtbot, db, db_path):
    from opsassistant.gui.main_window import MainWindow

    window = MainWindow(db_path)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield window
    from opsassistant.gui.language_switch import set_language

    set_language("en", remember=False)


@pytest.fixture
def danish(qapp):
    from opsassistant.gui.language_switch import set_language

    set_language("da", remember=False)
    yield
    set_language("en", remember=False)


@pytest.fixture(autouse=True)
def no_blocking_message_boxes(request, monkeypatch):
    """A modal QMessageBox would hang an offscreen test: answer 'Cancel'/'No' and record what was asked.

    Tests that need another answer monkeypatch the method again; tests that click real message boxes
    themselves are marked ``real_message_boxes``.
    """
    from PySide6.QtWidgets import QMessageBox

    if request.node.get_closest_marker("real_message_boxes"):
        return []

    asked: list[tuple[str, str]] = []

    def fake(kind, default):
        def answer(parent, title, text, *args, **kwargs):
            asked.append((kind, text))
            return default
        return answer

    Button = QMessageBox.StandardButton
    monkeypatch.setattr(QMessageBox, "question", fake("question", Button.Cancel))
    monkeypatch.setattr(QMessageBox, "warning", fake("warning", Button.Ok))
    monkeypatch.setattr(QMessageBox, "critical", fake("critical", Button.Ok))
    monkeypatch.setattr(QMessageBox, "information", fake("information", Button.Ok))
    return asked


CALENDAR_MONDAY = date(2026, 4, 13)  # ISO week 16, no holidays


@pytest.fixture
def calendar_week_panel(qtbot, db, executive, team_member):
    """The calendar panel alone, in week view on ``CALENDAR_MONDAY`` (which it takes for today)."""
    from opsassistant.gui.calendar.panel import CalendarPanel

    widget = CalendarPanel()
    widget.today_provider = lambda: CALENDAR_MONDAY
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show()
    widget.set_view("week")
    widget.go_to(CALENDAR_MONDAY)
    return widget
