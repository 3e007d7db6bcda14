"""The tray: next appointments, open call-backs, "Log a call", and notifications."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtWidgets import QApplication, QMainWindow

from opsassistant.gui import tray as tray_module
from opsassistant.gui.tray import Tray


def _texts(tray):
    return [a.text() for a in tray.menu.actions()]


def _window(qtbot):
    window = QMainWindow()
    qtbot.addWidget(window)
    return window


def test_menu_lists_next_appointments_and_open_callbacks(qtbot, db, executive):
    from opsassistant.services.calendar import editing
    from opsassistant.services.calls.logging import CallData, log_call

    start = (datetime.now(UTC) + timedelta(days=1)).replace(hour=9, minute=0, second=0, microsecond=0)
    editing.create(editing.EventData(title="Board meeting", start=start, end=start + timedelta(hours=1),
                                     principal_ids=[executive.id]))
    log_call(CallData(number="+45 33 12 34 56", name="Jens Hansen", please_call=True, urgent=True,
                      callback_by=datetime.now(UTC) + timedelta(hours=2)))
    tray = Tray(_window(qtbot))
    tray.refresh()
    texts = _texts(tray)
    assert "Next appointments" in texts and "Open call-backs" in texts
    assert any(t.endswith("Board meeting") for t in texts)
    assert any("Jens Hansen (by" in t and t.startswith("⚠") for t in texts)
    assert "&Log a call…" in texts


def test_empty_sections_say_so(qtbot, db):
    tray = Tray(_window(qtbot))
    texts = _texts(tray)
    assert "No appointments in the next 7 days" in texts
    assert "No open call-backs" in texts


def test_missing_area_is_left_out(qtbot, db, monkeypatch):
    monkeypatch.setattr(tray_module, "next_appointments", lambda now: None)
    monkeypatch.setattr(tray_module, "open_callbacks", lambda: (_ for _ in ()).throw(RuntimeError("broken")))
    tray = Tray(_window(qtbot))
    texts = _texts(tray)
    assert "Next appointments" not in texts and "Open call-backs" not in texts
    assert "&Log a call…" in texts and "&Quit" in texts


def test_log_a_call_opens_the_quick_entry(qtbot, db, monkeypatch):
    import opsassistant.gui.calls.quick_entry as quick_entry

    opened = []
    monkeypatch.setattr(quick_entry, "open_quick_entry", lambda window: opened.append(window))
    window = _window(qtbot)
    tray = Tray(window)
    action = next(a for a in tray.menu.actions() if a.text() == "&Log a call…")
    action.trigger()
    assert opened == [window]
    assert window.isVisible()


def test_notify_without_a_tray_flashes_the_window(qtbot, db, monkeypatch):
    alerted = []
    monkeypatch.setattr(QApplication, "alert", lambda widget, msec=0: alerted.append(widget))
    window = _window(qtbot)
    tray = Tray(window)
    assert tray.notify("Reminder", "Board meeting in 15 minutes") is False
    assert alerted == [window]


def test_quit_closes_the_window(qtbot, db):
    window = _window(qtbot)
    window.show()
    tray = Tray(window)
    with qtbot.waitSignal(tray.quit_requested):
        next(a for a in tray.menu.actions() if a.text() == "&Quit").trigger()
    assert not window.isVisible()


def test_danish_menu(qtbot, db):
    from opsassistant.gui.language_switch import set_language

    window = _window(qtbot)
    tray = Tray(window)
    set_language("da", remember=False)
    try:
        QApplication.processEvents()
        texts = _texts(tray)
        assert "Næste aftaler" in texts
        assert "&Registrér et opkald…" in texts
    finally:
        set_language("en", remember=False)
