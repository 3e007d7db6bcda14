"""Unexpected errors: logged to the rotating log file and shown in a dialog whose details can be copied."""

from __future__ import annotations

import logging
import sys
import threading

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from opsassistant import logsetup
from opsassistant.gui import error_dialog


@pytest.fixture
def logged(qapp, db_path):
    path = logsetup.setup_logging(db_path)
    yield path
    error_dialog.uninstall()
    logsetup.shutdown_logging()


def _boom():
    raise ValueError("the frobnicator is empty")


def _exc_info():
    try:
        _boom()
    except ValueError:
        return sys.exc_info()


def test_log_file_lives_beside_the_database(logged, db_path):
    assert logged == db_path.parent / "logs" / "opsassistant.log"
    logging.getLogger("opsassistant.test").warning("hello log")
    assert "hello log" in logged.read_text(encoding="utf-8")
    assert logsetup.current_log_file() == logged


def test_exception_is_logged_and_shown_with_copyable_details(qtbot, logged):
    hook = error_dialog.install()
    hook.handle(*_exc_info())
    assert "the frobnicator is empty" in logged.read_text(encoding="utf-8")  # logged at once
    qtbot.waitUntil(lambda: hook.dialog is not None and hook.dialog.isVisible())
    dialog = hook.dialog
    details = dialog.details()
    assert "ValueError: the frobnicator is empty" in details
    assert "_boom" in details and "Ops Assistant" in details
    assert str(logged) in dialog.ui.explanationLabel.text()
    qtbot.mouseClick(dialog.ui.copyButton, qtbot_button())
    assert QGuiApplication.clipboard().text() == details
    hook.handle(*_exc_info())  # a second error joins the open dialog
    qtbot.waitUntil(lambda: dialog.details().count("ValueError: the frobnicator is empty") == 2)
    assert "2" in dialog.ui.headingLabel.text()
    dialog.close()
    qtbot.waitUntil(lambda: hook.dialog is None)


def qtbot_button():
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton


@pytest.mark.qt_no_exception_capture
def test_exception_in_a_slot_reaches_the_dialog(qtbot, logged):
    hook = error_dialog.install()
    QTimer.singleShot(0, _boom)
    qtbot.waitUntil(lambda: hook.dialog is not None and hook.dialog.isVisible())
    assert "the frobnicator is empty" in hook.dialog.details()
    hook.dialog.close()


def test_exception_on_a_worker_thread_reaches_the_dialog(qtbot, logged):
    hook = error_dialog.install()
    worker = threading.Thread(target=_boom)
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: hook.dialog is not None and hook.dialog.isVisible())
    assert "the frobnicator is empty" in hook.dialog.details()
    assert "the frobnicator is empty" in logged.read_text(encoding="utf-8")
    hook.dialog.close()


def test_qt_warnings_go_to_the_log(qtbot, logged):
    from PySide6.QtCore import qWarning

    error_dialog.install()
    qWarning("a qt warning for the log")
    assert "a qt warning for the log" in logged.read_text(encoding="utf-8")


def test_missing_console_streams_go_to_the_log(logged, db_path, monkeypatch):
    monkeypatch.setattr(sys, "stderr", None)
    monkeypatch.setattr(sys, "stdout", None)
    logsetup.setup_logging(db_path)
    print("printed without a console", file=sys.stderr)
    sys.stdout.write("half a line")
    sys.stdout.flush()
    text = logged.read_text(encoding="utf-8")
    assert "printed without a console" in text and "half a line" in text


def test_unwritable_data_folder_still_starts(tmp_path):
    blocker = tmp_path / "file-not-folder"
    blocker.write_text("x")
    try:
        assert logsetup.setup_logging(blocker / "ops.db") is None
        assert logsetup.current_log_file() is None
        logging.getLogger("opsassistant.test").error("goes to stderr")
    finally:
        logsetup.shutdown_logging()


def test_dialog_without_log_file_says_so(qtbot):
    dialog = error_dialog.ErrorDialog("details", None)
    qtbot.addWidget(dialog)
    assert not dialog.ui.openLogButton.isEnabled()
    assert "could not be written" in dialog.ui.explanationLabel.text()


def test_dialog_speaks_danish(qtbot, logged):
    from opsassistant.gui.language_switch import set_language

    dialog = error_dialog.ErrorDialog("details", logged)
    qtbot.addWidget(dialog)
    set_language("da", remember=False)
    try:
        QApplication.processEvents()
        assert dialog.windowTitle() == "Uventet fejl"
        assert "i sikkerhed" in dialog.ui.explanationLabel.text()
        assert dialog.ui.copyButton.text().replace("&", "") == "Kopiér detaljer"
    finally:
        set_language("en", remember=False)
