"""``python -m opsassistant.devtools screenshots --database FILE --out DIR``.

Opens the main window offscreen at a laptop size (1366×768) on the given database (filled with the demo office
first when it is empty) and saves every area panel, every calendar view and every main dialog in both
languages as ``NAME_da.png`` / ``NAME_en.png``. Dialogs are found defensively: one that does not exist (yet) or
cannot be built is skipped with a note, so the command works while the areas are still being written.
"""

from __future__ import annotations

import importlib
import inspect
import os
import pkgutil
import re
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

SIZE = (1366, 768)
LANGUAGES = ("da", "en")


def _note(text: str) -> None:
    print(f"screenshots: {text}", file=sys.stderr)


def _ids():
    """Ids of demo records to open in the editors (devtools may read the models directly)."""
    from opsassistant.db.models import Call, Contact, Event, Expense, Outing, Trip, TripSegment

    def first(query):
        row = query.first()
        return row.id if row else None

    seminar = Outing.alive().where(Outing.title.contains("seminar")).first() or Outing.alive().first()
    flight = TripSegment.select().where(TripSegment.kind == "flight").order_by(TripSegment.id).first()
    return {
        "outing": seminar.id if seminar else None,
        "expense": first(Expense.select().where(Expense.currency != "DKK").order_by(Expense.id)),
        "trip": flight.trip_id if flight else first(Trip.alive()),
        "segment": flight.id if flight else None,
        "event": first(Event.alive().where((Event.rrule != "") & (Event.source == "")).order_by(Event.id)),
        "contact": first(Contact.alive().where(Contact.vip).order_by(Contact.id)),
        "contacts": [c.id for c in Contact.alive().order_by(Contact.id).limit(2)],
        "call": first(Call.select().order_by(Call.id)),
    }


def _report_preview(window):
    from opsassistant.gui.report_dialog import PdfPreviewDialog, ReportDialog

    report = ReportDialog(window, initial_kind="itinerary")
    path = report.build(Path(tempfile.mkdtemp(prefix="opsassistant-shot-")) / "itinerary.pdf")
    report.deleteLater()
    if path is None:
        raise RuntimeError("the itinerary could not be built")
    return PdfPreviewDialog(path, "Itinerary", window)


def _import_result(window):
    from opsassistant.gui.transfer_dialogs import FileOutcome, ImportResultDialog
    from opsassistant.i18n.messages import translate
    from opsassistant.interop.result import Skipped

    reason = translate("ICalImport", "The event has no start (DTSTART).")
    place = translate("ICalImport", "line %1 (%2)").replace("%1", "212").replace("%2", "Budgetmøde")
    return ImportResultDialog([FileOutcome(Path("outlook-kalender.ics"), 148, 3, [Skipped(place, reason)])], window)


def _event_editor(window, ids):
    from opsassistant.gui.calendar.editor import EventEditor
    from opsassistant.services.calendar import editing

    return EventEditor(window, editing.load(ids["event"]), event_id=ids["event"])


def _contact_editor(window, ids):
    from opsassistant.gui.contacts.editor import ContactEditor
    from opsassistant.services.contacts.editing import snapshot

    return ContactEditor(snapshot(ids["contact"]), contact_id=ids["contact"], parent=window)


def _contact_import(window):
    from opsassistant.gui.contacts.import_dialog import ImportDialog

    sample = Path(tempfile.mkdtemp(prefix="opsassistant-shot-")) / "kontakter.csv"
    sample.write_text("Hvem,Firma,Nummer,E-mail\nKaren Holm,Nordlys A/S,33 44 55 66,karen@nordlys.dk\n"
                      "Jens Berg,Berg & Co,+45 20 30 40 50,jens@berg.dk\n", encoding="utf-8")
    return ImportDialog(sample, window)  # its column-mapping step: "Hvem" is no known heading


def _merge(window, ids):
    from opsassistant.gui.contacts.merge_dialog import MergeDialog

    keep, other = ids["contacts"]
    return MergeDialog(keep, other, window)


def _send_mail(window, ids):
    from opsassistant.gui.mail.send_dialog import SendMailDialog
    from opsassistant.mail import letters

    dialog = SendMailDialog.open_for(window, lambda lang: letters.prepare("message", ids["call"], lang))
    if dialog is None:
        raise RuntimeError("the message slip could not be prepared")
    return dialog


def _sent_mail(window, ids):
    from opsassistant.gui.mail.log_dialog import SentMailDialog
    from opsassistant.services.mail import log as mail_log

    return SentMailDialog(mail_log.for_contact(ids["contact"]), "Karen Holm", window)


# name → factory(window, ids) -> QDialog
DIALOGS: dict[str, Callable] = {
    "settings": lambda w, ids: importlib.import_module("opsassistant.gui.settings_dialog").SettingsDialog(w),
    "about": lambda w, ids: importlib.import_module("opsassistant.gui.about_dialog").AboutDialog(w.db_path, w),
    "shortcuts": lambda w, ids: importlib.import_module("opsassistant.gui.shortcuts_dialog").ShortcutsDialog(w),
    "quick_entry": lambda w, ids: importlib.import_module("opsassistant.gui.calls.quick_entry").QuickEntryDialog(w),
    "event_editor": _event_editor,
    "find_time": lambda w, ids: importlib.import_module("opsassistant.gui.calendar.find_time").FindTimeDialog(w),
    "contact_editor": _contact_editor,
    "outing_editor": lambda w, ids: importlib.import_module(
        "opsassistant.gui.outings.outing_editor").OutingEditorDialog(ids["outing"], parent=w),
    "expense_editor": lambda w, ids: importlib.import_module(
        "opsassistant.gui.outings.expense_dialog").ExpenseDialog(ids["outing"], ids["expense"], parent=w),
    "participant_editor": lambda w, ids: importlib.import_module(
        "opsassistant.gui.outings.participant_dialog").ParticipantDialog(ids["outing"], parent=w),
    "task_editor": lambda w, ids: importlib.import_module(
        "opsassistant.gui.outings.task_dialog").TaskDialog(ids["outing"], parent=w),
    "trip_editor": lambda w, ids: importlib.import_module(
        "opsassistant.gui.travel.trip_editor").TripEditorDialog(ids["trip"], parent=w),
    "segment_editor": lambda w, ids: importlib.import_module(
        "opsassistant.gui.travel.segment_editor").SegmentEditorDialog(ids["trip"], ids["segment"], parent=w),
    "trip_bookkeeping": lambda w, ids: importlib.import_module(
        "opsassistant.gui.travel.bookkeeping_dialog").BookkeepingDialog(ids["trip"], w),
    "report": lambda w, ids: importlib.import_module("opsassistant.gui.report_dialog").ReportDialog(
        w, initial_kind="agenda"),
    "report_preview": lambda w, ids: _report_preview(w),
    "import_result": lambda w, ids: _import_result(w),
    "import": lambda w, ids: _contact_import(w),
    "merge": _merge,
    "send_mail": _send_mail,
    "sent_mail": _sent_mail,
    "accounts": lambda w, ids: importlib.import_module("opsassistant.gui.sync.accounts_dialog").AccountsDialog(
        w.sync, w),
    "export": lambda w, ids: importlib.import_module("opsassistant.gui.transfer_dialogs").ExportDialog(w),
    "restore_backup": lambda w, ids: importlib.import_module("opsassistant.gui.backup_dialog").RestoreBackupDialog(
        w.db_path, parent=w),
}
# Dialogs that need a live situation (an error, a reminder firing) and are not main dialogs.
NOT_SHOWN = {"ErrorDialog", "ReminderDialog", "PdfPreviewDialog", "FormDialog"}
COVERED = {"ExpenseDialog", "ParticipantDialog", "TaskDialog", "OutingEditorDialog", "TripEditorDialog",
           "SegmentEditorDialog", "EventEditor", "QuickEntryDialog", "RestoreBackupDialog", "BookkeepingDialog"}


def _snake(name: str) -> str:
    name = re.sub(r"Dialog$", "", name)
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()


def _other_dialogs(known: set[str]) -> dict[str, Callable]:
    """QDialog classes in opsassistant.gui not covered above, built with just a parent (if they allow it)."""
    from PySide6.QtWidgets import QDialog

    import opsassistant.gui as gui

    found: dict[str, Callable] = {}
    for info in pkgutil.walk_packages(gui.__path__, "opsassistant.gui."):
        if ".forms" in info.name or info.name.endswith("resources_rc"):
            continue
        try:
            module = importlib.import_module(info.name)
        except Exception as exc:  # noqa: BLE001 - a half-written module must not stop the screenshots
            _note(f"skipped module {info.name}: {exc}")
            continue
        for name, cls in vars(module).items():
            if (inspect.isclass(cls) and issubclass(cls, QDialog) and cls.__module__ == module.__name__
                    and name not in NOT_SHOWN | COVERED and _snake(name) not in known):
                found[_snake(name)] = lambda w, ids, cls=cls: cls(parent=w)
    return found


def _grab(widget, path: Path, settle_ms: int = 150) -> None:
    """Let queued work (lazy fetches, the PDF view's page rendering in its thread, the 100 ms relayout of
    word-wrapped lists after a resize) finish, then save."""
    from PySide6.QtTest import QTest

    QTest.qWait(settle_ms)
    widget.grab().save(str(path))


def _grab_tabs(dialog, name: str, lang: str, target: Path) -> list[Path]:
    """Each further tab of a dialog's tab widgets (Settings ▸ Executive and team, the event's repeat tab …) as
    ``NAME_tabN_LANG.png``; the first tab is the dialog's own picture."""
    from PySide6.QtWidgets import QTabWidget

    shots: list[Path] = []
    for tabs in dialog.findChildren(QTabWidget):
        if not tabs.isVisible():
            continue
        first = tabs.currentIndex()
        for index in range(tabs.count()):
            if index == first or not tabs.isTabEnabled(index):
                continue
            tabs.setCurrentIndex(index)
            shots.append(target / f"{name}_tab{index + 1}_{lang}.png")
            _grab(dialog, shots[-1])
        tabs.setCurrentIndex(first)
    return shots


def _shoot_area(window, key: str, lang: str, target: Path) -> list[Path]:
    """The area as it opens, then each view of a panel that has views (the calendar)."""
    window.show_area(key)
    window.resize(*SIZE)
    shots = [target / f"{key}_{lang}.png"]
    _grab(window, shots[-1])
    shots += _grab_tabs(window, key, lang, target)  # e.g. an outing's participants, tasks and budget
    panel = window.panel(key)
    views = getattr(importlib.import_module(type(panel).__module__), "VIEWS", ())
    if views and hasattr(panel, "set_view"):
        first = getattr(panel, "view", views[0])
        for view in views:
            panel.set_view(view)
            shots.append(target / f"{key}_{view}_{lang}.png")
            _grab(window, shots[-1])
        panel.set_view(first)
    return shots


def run(database: str, out: str) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from opsassistant.db.database import open_database
    from opsassistant.gui.app import create_application
    from opsassistant.i18n.language import current_language

    app = create_application([sys.argv[0]])
    from opsassistant.gui import resources_rc  # noqa: F401  (icons)
    from opsassistant.gui.areas import AREAS
    from opsassistant.gui.language_switch import set_language
    from opsassistant.gui.main_window import MainWindow
    from opsassistant.services.demo import fill_demo, is_empty

    target = Path(out)
    target.mkdir(parents=True, exist_ok=True)
    path = open_database(Path(database))
    if is_empty():
        print(fill_demo())
    ids = _ids()
    before = current_language()
    window = MainWindow(path)
    window.resize(*SIZE)
    window.show()
    dialogs = dict(DIALOGS)
    written: list[Path] = []
    skipped: set[str] = set()
    try:
        for lang in LANGUAGES:
            set_language(lang, remember=False)
            app.processEvents()
            for area in AREAS:
                try:
                    written += _shoot_area(window, area.key, lang, target)
                except Exception as exc:  # noqa: BLE001 - an area still being written must not stop the rest
                    _note(f"area {area.key} could not be shown: {exc.__class__.__name__}: {exc}"[:300])
            window.show_area("today")
            if lang == LANGUAGES[0]:
                dialogs.update(_other_dialogs(set(dialogs) | {"report_preview"}))
            for name, factory in dialogs.items():
                if name in skipped:
                    continue
                try:
                    dialog = factory(window, ids)
                except Exception as exc:  # noqa: BLE001 - not written yet, or needs what the demo lacks
                    _note(f"skipped dialog {name}: {exc.__class__.__name__}: {exc}")
                    skipped.add(name)
                    continue
                try:
                    dialog.show()
                    if dialog.frameGeometry().height() > SIZE[1] or dialog.frameGeometry().width() > SIZE[0]:
                        _note(f"dialog {name} is larger than the {SIZE[0]}×{SIZE[1]} screen: "
                              f"{dialog.frameGeometry().width()}×{dialog.frameGeometry().height()}")
                    written.append(target / f"{name}_{lang}.png")
                    _grab(dialog, written[-1], 1500 if name == "report_preview" else 150)
                    written += _grab_tabs(dialog, name, lang, target)
                except Exception as exc:  # noqa: BLE001
                    _note(f"dialog {name} could not be painted: {exc.__class__.__name__}: {exc}"[:300])
                    skipped.add(name)
                finally:
                    dialog.hide()
                    dialog.deleteLater()
    finally:
        window.close()
        window.deleteLater()
        app.processEvents()
        set_language(before, remember=False)
    print(f"{len(written)} screenshots in {target}")
    return 0
