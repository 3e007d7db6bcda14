"""Starting the desktop app: QApplication, language, database, main window."""

from __future__ import annotations

import gc
import os
import sys
import time
from pathlib import Path

from opsassistant import APP_NAME, APP_ORGANISATION, __version__

BENCH_ENV = "OPSASSISTANT_BENCH_EXIT_AFTER_PAINT"

# What the first paint needs and does not import Qt: imported before PySide6 is (``preload``). PySide6's import
# hook reads the source text of every module imported after it (to see whether it asks for ``__feature__``);
# for these modules and the ~120 they pull in, that was about 5 % of the start (measured on the demo office).
# Keep it to non-Qt modules the start really uses: one missing is only slower, one too many is loaded for nothing.
BEFORE_QT = (
    "getpass",
    "opsassistant.paths",
    "opsassistant.fileio",
    "opsassistant.logsetup",
    "opsassistant.db.database",
    "opsassistant.db.integrity",
    "opsassistant.db.migrations",
    "opsassistant.db.lock",
    "opsassistant.i18n.formatting",
    "opsassistant.i18n.babel_cache",
    "opsassistant.services.today",
    "opsassistant.services.first_start",
    "opsassistant.services.demo",
    "opsassistant.services.whereabouts",
    "opsassistant.services.calendar.occurrences",
    "opsassistant.services.calendar.answers",
    "opsassistant.services.calls.queries",
    "opsassistant.services.contacts.queries",
    "opsassistant.services.outings.queries",
    "opsassistant.services.travel.trips",
    "opsassistant.services.reception.retention",
    "opsassistant.services.mail.log",
    "opsassistant.services.sync.inbox",
    "opsassistant.i18n.qm_reader",
    "opsassistant.db.verified",
    "fcntl",
)


def preload() -> None:
    """Import ``BEFORE_QT`` (call it before anything imports PySide6; later it costs nothing). The cyclic
    garbage collector is paused from here to the first paint (``run`` resumes it)."""
    from importlib import import_module

    pause_gc_until_painted()
    for name in BEFORE_QT:
        import_module(name)


_gc_paused = False


def pause_gc_until_painted() -> None:
    """The start makes a few hundred thousand objects that live as long as the program (modules, classes, Qt's
    enums, the Today page) and almost no garbage; the collector scanned them ~90 times before the first paint,
    about 4 % of the start (the bare window: 20 small collections). ``resume_gc`` ends the pause."""
    global _gc_paused
    if gc.isenabled():
        gc.disable()
        _gc_paused = True


def resume_gc() -> None:
    """After the first paint (or a start that ends before it): what the start made is frozen — moved out of the
    collector's generations, as the sync engine does with what it keeps, so no later collection scans it again —
    and collection resumes. Only what this pause disabled is enabled again."""
    global _gc_paused
    if _gc_paused:
        _gc_paused = False
        gc.freeze()
        gc.enable()


def _process_age_ms() -> float:
    """Milliseconds since this process started (Linux: from /proc; elsewhere since interpreter start)."""
    try:
        ticks = os.sysconf("SC_CLK_TCK")
        start_ticks = int(Path("/proc/self/stat").read_text().rsplit(")", 1)[1].split()[19])
        uptime = float(Path("/proc/uptime").read_text().split()[0])
        return (uptime - start_ticks / ticks) * 1000
    except (OSError, ValueError, IndexError, AttributeError):
        return (time.perf_counter() - _STARTED) * 1000


_STARTED = time.perf_counter()


def create_application(argv: list[str] | None = None):
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv)
    app.setOrganizationName(APP_ORGANISATION)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("dk.opsassistant.OpsAssistant")
    # Qt's own file dialogs: they speak the UI language (a platform dialog follows the system's instead)
    from PySide6.QtCore import Qt

    app.setAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs, True)
    _add_fallback_font()
    return app


def _add_fallback_font() -> None:
    """The reports' CJK fallback font for the window too, so a Japanese or Chinese name shows on a system
    without CJK fonts (Qt falls back to any font it knows that has the glyph)."""
    from PySide6.QtGui import QFontDatabase

    from opsassistant.paths import resource_path

    path = resource_path("fonts", "DroidSansFallback.ttf")
    if path.exists():
        QFontDatabase.addApplicationFont(str(path))


def run(database: str | None = None, lang: str | None = None) -> int:
    pause_gc_until_painted()  # already paused when ``preload`` ran first, as ``cli.main`` does
    try:
        return _run(database, lang)
    finally:
        resume_gc()


def _run(database: str | None, lang: str | None) -> int:
    from opsassistant.db.database import open_database
    from opsassistant.db.errors import DatabaseError
    from opsassistant.gui import resources_rc  # noqa: F401  (registers :/icons)
    from opsassistant.gui.language_switch import set_language
    from opsassistant.i18n.preferences import saved_language, startup_language
    from opsassistant.paths import default_database_path

    app = create_application()
    # the system's language is remembered on the first start; later starts have nothing new to write
    set_language(startup_language(lang), remember=lang is None and saved_language() is None)
    from opsassistant.i18n import babel_cache
    from opsassistant.i18n.language import babel_locale

    babel_cache.prime(babel_locale())  # the first date on the Today page needs it
    path = Path(database).expanduser() if database else default_database_path()

    from opsassistant import logsetup
    from opsassistant.gui import error_hook, single_instance

    logsetup.setup_logging(path)
    error_hook.install()
    try:
        guard = single_instance.acquire(path, listen=False)  # the server listens after the first paint
    except single_instance.AlreadyOpen as exc:
        set_window_icon(app)  # its message box, when it shows one
        return exc.report()
    try:
        path = open_database(path)
    except DatabaseError as exc:
        from PySide6.QtWidgets import QMessageBox

        guard.release()
        set_window_icon(app)
        QMessageBox.critical(None, app.translate("App", "Ops Assistant"), str(exc))
        print(f"opsassistant: {exc}", file=sys.stderr)
        return 1

    from opsassistant.gui.main_window import MainWindow

    window = MainWindow(path)
    guard.attach(window)
    window.first_paint.connect(resume_gc)  # first: before the bench's report and the background services
    if os.environ.get(BENCH_ENV):
        window.first_paint.connect(lambda: _report_paint_and_quit(app))
    else:
        window.first_paint.connect(guard.listen)
        window.first_paint.connect(lambda: start_background_services(window, path))
    window.first_paint.connect(lambda: set_window_icon(app))  # after the bench's report: it is not painted
    window.show()
    try:
        return app.exec()
    finally:
        guard.release()


def set_window_icon(app) -> None:
    """The program's icon (title bar, task bar), set once the window has painted: the first SVG loads Qt's SVG
    plugin and, in an X server, renders the icon in several sizes for the window manager — ~5 ms of processor
    and ~20 ms of wall time the window's own first paint does not show."""
    from PySide6.QtGui import QIcon

    app.setWindowIcon(QIcon(":/icons/opsassistant.svg"))


def start_background_services(window, path: Path) -> None:
    """After the first paint, one step per pass of the event loop (the window answers in between): the tray and
    the notifiers, the daily backup, then the pages of the other areas."""
    from PySide6.QtCore import QTimer

    def tray() -> None:
        from opsassistant.gui.calls import notifier as call_notifier
        from opsassistant.gui.tray import Tray

        window.tray = Tray(window)
        window.tray.show()
        call_notifier.install(window, window.tray.icon)

    def reminders() -> None:
        from opsassistant.gui.calendar.reminder_notifier import ReminderNotifier

        window.reminders = ReminderNotifier(window)
        window.reminders.start()

    def backup() -> None:
        from opsassistant.db import auto_backup

        auto_backup.run_in_background(path)
        window.backup_timer = QTimer(window, interval=3_600_000,
                                     timeout=lambda: auto_backup.run_in_background(path))
        window.backup_timer.start()  # the first start of a new day may be a window left open past midnight

    steps = [tray, reminders, backup, window.build_panels_later]

    def next_step() -> None:
        steps.pop(0)()
        if steps:
            QTimer.singleShot(0, next_step)

    next_step()


def _report_paint_and_quit(app) -> None:
    print(f"painted-ms: {_process_age_ms():.1f}", flush=True)
    app.quit()
