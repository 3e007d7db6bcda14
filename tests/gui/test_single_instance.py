"""One instance per database: a second start raises the running window, or says the database is in use."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest
from PySide6.QtWidgets import QMainWindow

from opsassistant.gui import single_instance

SECOND_START = textwrap.dedent("""
    import sys
    from PySide6.QtCore import QCoreApplication
    app = QCoreApplication(sys.argv)
    from opsassistant.i18n.language import set_current_language, system_language
    set_current_language(system_language())
    from opsassistant.gui import single_instance
    try:
        guard = single_instance.acquire(sys.argv[1])
    except single_instance.AlreadyOpen as exc:
        sys.exit(exc.report())
    print("acquired", flush=True)
    guard.release()
""")


def _second_start(db_path) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-c", SECOND_START, str(db_path)], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)


@pytest.fixture
def guard(qapp, db_path):
    held = single_instance.acquire(db_path)
    yield held
    held.release()


def test_second_start_raises_the_running_window_and_exits_non_zero(qtbot, db_path, guard):
    window = QMainWindow()
    qtbot.addWidget(window)
    window.showMinimized()
    guard.attach(window)
    with qtbot.waitSignal(guard.instance.activate_requested, timeout=10000):
        proc = _second_start(db_path)
    qtbot.waitUntil(lambda: not window.isMinimized())
    qtbot.waitUntil(lambda: proc.poll() is not None, timeout=10000)
    out, err = proc.communicate()
    assert proc.returncode == single_instance.EXIT_ALREADY_OPEN
    assert "already open" in err
    assert "acquired" not in out
    assert window.isVisible()


def test_without_an_answer_the_in_use_message_is_shown(qtbot, db_path, guard):
    guard.instance.close()  # e.g. the running app is busy or its socket is gone
    proc = _second_start(db_path)
    out, err = proc.communicate(timeout=20)
    assert proc.returncode == 1
    assert "in use by another Ops Assistant window" in err


def test_another_database_opens_side_by_side(qtbot, tmp_path, guard):
    proc = _second_start(tmp_path / "other.db")
    out, err = proc.communicate(timeout=20)
    assert proc.returncode == 0, err
    assert "acquired" in out


def test_after_release_the_next_start_gets_it(qtbot, qapp, db_path):
    single_instance.acquire(db_path).release()
    proc = _second_start(db_path)
    out, _err = proc.communicate(timeout=20)
    assert "acquired" in out


def test_try_activate_without_a_running_app(qapp, db_path):
    assert single_instance.try_activate_running(db_path, timeout_ms=200) is False


def test_server_name_depends_on_the_resolved_path(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert single_instance.server_name("a.db") == single_instance.server_name(tmp_path / "a.db")
    assert single_instance.server_name("a.db") != single_instance.server_name("b.db")
    assert len(single_instance.server_name("a.db")) < 40


def test_stale_socket_from_a_crash_is_replaced(qtbot, qapp, db_path):
    from PySide6.QtNetwork import QLocalServer

    squatter = QLocalServer()
    assert squatter.listen(single_instance.server_name(db_path))
    squatter.close()  # leaves nothing listening; listen() must still succeed
    instance = single_instance.SingleInstance(db_path)
    assert instance.listen()
    instance.close()


def test_danish_message(qtbot, db_path, guard):
    proc = subprocess.Popen([sys.executable, "-c", SECOND_START, str(db_path)], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env=_danish_env())
    guard.instance.close()
    _out, err = proc.communicate(timeout=20)
    assert "bruges af et andet" in err


def _danish_env():
    import os

    return dict(os.environ, LANG="da_DK.UTF-8")
