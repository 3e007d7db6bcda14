"""What the start does before the first paint: the Today page with its real content, and nothing else.

The program is started as a user starts it (``opsassistant --database FILE``, in a process of its own) with the
bench switch that makes it quit at its first paint; what was imported and shown at that moment is checked. The
other areas' pages are built after the paint, one per pass of the event loop, and speak the language of now.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import Qt

from opsassistant.gui.areas import AREAS

# Run as the program: quits at the first paint (the bench switch), after writing what it had then.
_CHILD = """
import json, sys
import opsassistant.gui.app as app  # no Qt yet: the program imports it itself, as it does when started

def at_first_paint(qapp):
    from PySide6.QtWidgets import QApplication
    from opsassistant.gui.main_window import MainWindow

    window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow))
    today = window.panel("today")
    lists = {key: [widget.item(row).text() for row in range(widget.count())] for key, widget in today.lists.items()}
    import PySide6.QtGui
    qt_types = [name for name in vars(PySide6.QtGui) if name.startswith("Q")]  # PySide6 makes one when imported
    import gc
    seen = {"modules": list(sys.modules), "qt_types": qt_types, "panels": sorted(window._panels), "lists": lists,
            "visible": window.isVisible(), "current": window.current_area(), "gc": gc.isenabled(),
            "frozen": gc.get_freeze_count(), "icon_at_paint": not qapp.windowIcon().isNull()}

    def after_paint():  # the first paint's other steps have run
        seen["icon_after_paint"] = not qapp.windowIcon().isNull()
        json.dump(seen, open(sys.argv[2], "w"))
        qapp.quit()

    from PySide6.QtCore import QTimer
    QTimer.singleShot(0, after_paint)

app._report_paint_and_quit = at_first_paint
from opsassistant.cli import main
sys.exit(main(["--database", sys.argv[1]]))
"""

LATER = ("holidays", "reportlab", "caldav", "requests", "vobject", "phonenumbers", "email.utils",
         "PySide6.QtNetwork", "opsassistant.reports", "opsassistant.sync", "opsassistant.interop",
         "opsassistant.mail", "opsassistant.gui.error_dialog", "opsassistant.gui.forms.ui_error_report",
         "opsassistant.gui.tray", "opsassistant.gui.report_dialog",
         "pytz")  # Babel's dates run on zoneinfo (opsassistant.i18n.babel_dates)


UNUSED_QT_TYPES = ("QConicalGradient", "QLinearGradient", "QRadialGradient", "QTransform", "QCursor")


def _loaded(modules: list[str], name: str) -> bool:
    return any(m == name or m.startswith(name + ".") for m in modules)


def test_first_paint_shows_today_and_has_imported_nothing_else(db, db_path, executive, tmp_path):
    from opsassistant.db.database import close_database
    from opsassistant.services.calendar import editing
    from opsassistant.services.calls.logging import CallData, log_call

    start = datetime.now(UTC).replace(minute=0, second=0, microsecond=0)
    editing.create(editing.EventData(title="Bestyrelsesmøde", start=start, end=start + timedelta(hours=1),
                                     principal_ids=[executive.id]))
    log_call(CallData(number="+45 33 12 34 56", name="Jens Hansen", please_call=True,
                      callback_by=datetime.now(UTC) + timedelta(hours=2)))
    close_database()
    out = tmp_path / "first-paint.json"
    env = {"OPSASSISTANT_BENCH_EXIT_AFTER_PAINT": "1", "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", _CHILD, str(db_path), str(out)], capture_output=True, text=True,
                          timeout=120, env={**os.environ, **env})
    assert done.returncode == 0, done.stderr
    seen = json.loads(out.read_text())
    modules = seen["modules"]
    assert seen["visible"] and seen["current"] == "today" and seen["panels"] == ["today"]
    # the page has its real content, from the database it opened
    assert any("Bestyrelsesmøde" in text for text in seen["lists"]["appointments"])
    assert any("Jens Hansen (33 12 34 56)" in text for text in seen["lists"]["callbacks"])
    # what only other areas, reports, sync, a crash or a foreign number need came later (or never)
    assert [name for name in LATER if _loaded(modules, name)] == []
    assert not any(_loaded(modules, f"opsassistant.gui.{area.key}.panel") for area in AREAS if area.key != "today")
    # the generated forms import only the Qt classes they use (uic's fixed list made the gradients and more)
    assert [name for name in UNUSED_QT_TYPES if name in seen["qt_types"]] == []
    # the non-Qt libraries came before PySide6, whose import hook reads every later module's source
    for name in ("peewee", "babel.dates", "opsassistant.db.database", "opsassistant.services.today"):
        assert modules.index(name) < modules.index("PySide6"), name
    # the garbage collector, paused for the start, runs again from the first paint, the start's objects frozen
    assert seen["gc"] and seen["frozen"] > 10_000
    # the program's icon (an SVG: Qt's SVG plugin, and icon sizes rendered for the window manager) right after
    assert not seen["icon_at_paint"] and seen["icon_after_paint"]
    # Babel's data of the start language, merged, for the next start to read at once (i18n.babel_cache)
    assert (Path(os.environ["XDG_DATA_HOME"]) / "OpsAssistant" / "cache" / "babel-en_DK.pickle").is_file()


def _headers(panel) -> set[str]:
    from PySide6.QtWidgets import QTableView

    headers = set()
    for view in panel.findChildren(QTableView):
        model = view.model()
        headers |= {model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())}
    return headers


def test_pages_built_after_the_paint_speak_the_language_of_now_and_follow_a_switch(qtbot, main_window):
    assert list(main_window._panels) == ["today"]  # the fixture's window: only the page it shows
    main_window.activateWindow()  # the shortcuts are the window's: in a real X server it must be active
    qtbot.waitUntil(main_window.isActiveWindow)
    main_window.danish_action.trigger()
    try:
        qtbot.waitUntil(lambda: main_window.file_menu.title() == "&Filer")
        main_window.build_panels_later()
        qtbot.waitUntil(lambda: len(main_window._panels) == len(AREAS))
        assert main_window.current_area() == "today"  # built behind the page shown, not shown
        contacts = main_window._panels["contacts"]
        assert "Navn" in _headers(contacts) and "Name" not in _headers(contacts)
        for number, area in enumerate(AREAS, start=1):
            qtbot.keyClick(main_window, getattr(Qt.Key, f"Key_{number}"), Qt.KeyboardModifier.ControlModifier)
            assert main_window.stack.currentWidget() is main_window._panels[area.key]
        assert main_window.windowTitle().startswith("Rejser")
    finally:
        main_window.english_action.trigger()
    qtbot.waitUntil(lambda: main_window.file_menu.title() == "&File")
    assert "Name" in _headers(main_window._panels["contacts"])
    assert main_window.windowTitle().startswith("Travel")


def test_an_area_first_opened_after_a_language_switch_is_built_then_and_speaks_that_language(qtbot, main_window):
    """Nothing but Today is built at the start; Ctrl+Shift+L switches before any other page exists; each area
    opened afterwards — by its Ctrl+number or by a click in the area list — is built at that moment, shown, and
    has no English left. Switched back, the pages built in Danish follow."""
    from PySide6.QtCore import QPoint

    from tests.gui.test_danish_everywhere import english_sources, offenders, visible_texts

    ctrl, shift = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier
    main_window.activateWindow()  # the shortcuts are the window's: in a real X server it must be active
    qtbot.waitUntil(main_window.isActiveWindow)
    assert list(main_window._panels) == ["today"]
    qtbot.keyClick(main_window, Qt.Key.Key_L, ctrl | shift)
    try:
        qtbot.waitUntil(lambda: main_window.file_menu.title() == "&Filer")
        assert list(main_window._panels) == ["today"]  # the switch built nothing
        sources = english_sources()
        for number, area in enumerate(AREAS, start=1):
            if area.key == "today":
                continue
            assert area.key not in main_window._panels
            if number % 2 == 0:
                qtbot.keyClick(main_window, getattr(Qt.Key, f"Key_{number}"), ctrl)
            else:
                nav = main_window.nav
                centre = nav.visualItemRect(nav.item(number - 1)).center()
                qtbot.mouseClick(nav.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(centre))
            assert area.key in main_window._panels, area.key
            panel = main_window._panels[area.key]
            assert main_window.stack.currentWidget() is panel and main_window.current_area() == area.key
            assert main_window.windowTitle().startswith(area.title()) and area.title() != area.source_title
            qtbot.wait(10)
            assert offenders(visible_texts(panel), sources) == [], area.key
        assert "Navn" in _headers(main_window._panels["contacts"])
    finally:
        qtbot.keyClick(main_window, Qt.Key.Key_L, ctrl | shift)
    qtbot.waitUntil(lambda: main_window.file_menu.title() == "&File")
    assert "Name" in _headers(main_window._panels["contacts"])
    assert main_window.windowTitle().startswith("Travel")


def test_after_the_paint_the_tray_backup_and_every_page_follow_one_step_at_a_time(qtbot, main_window, db_path):
    from opsassistant.gui.app import start_background_services

    start_background_services(main_window, db_path)
    assert hasattr(main_window, "tray") and len(main_window._panels) == 1  # the rest come in later passes
    qtbot.waitUntil(lambda: len(main_window._panels) == len(AREAS), timeout=30000)
    assert hasattr(main_window, "reminders") and main_window.backup_timer.isActive()
    main_window.show_area("calendar")
    assert main_window.current_panel() is main_window._panels["calendar"]


def test_the_app_is_started_without_the_command_parser_only_for_an_app_start():
    from opsassistant.cli import _app_start

    assert _app_start([]) == {"database": None, "lang": None}
    assert _app_start(["--database", "a.db", "--lang=da"]) == {"database": "a.db", "lang": "da"}
    assert _app_start(["--lang", "en", "--database=b.db", "--database", "c.db"]) == {"database": "c.db",
                                                                                   "lang": "en"}
    for words in (["list", "contacts"], ["--version"], ["-h"], ["--lang", "fr"], ["--database"],
                  ["--database", "--lang", "da"], ["--data", "a.db"], ["--database="]):
        assert _app_start(words) is None, words  # argparse reads these (and says what is wrong)


def test_a_wrong_language_is_still_a_usage_error(tmp_path):
    done = subprocess.run([sys.executable, "-m", "opsassistant", "--database", str(tmp_path / "x.db"), "--lang",
                           "fr"], capture_output=True, text=True, timeout=60)
    assert done.returncode == 2 and "--lang" in done.stderr
