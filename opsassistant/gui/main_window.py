"""The main window: an area list on the left, the current area on the right, menus, status bar."""

from __future__ import annotations

from importlib import import_module
from pathlib import Path

from PySide6.QtCore import QByteArray, QEvent, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence, QUndoGroup
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from opsassistant.gui.areas import AREAS
from opsassistant.gui.common.area import AreaPanel
from opsassistant.gui.language_switch import language, set_language
from opsassistant.i18n.preferences import settings


class MainWindow(QMainWindow):
    first_paint = Signal()

    def __init__(self, db_path: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.db_path = Path(db_path)
        self._panels: dict[str, AreaPanel] = {}
        self._stale: set[str] = set()  # built panels whose data changed while they were hidden
        self._painted = False
        self._closing = False
        self.undo_group = QUndoGroup(self)

        self.nav = QListWidget()
        self.nav.setObjectName("areaList")
        self.nav.setFixedWidth(170)
        self.nav.setIconSize(QSize(20, 20))
        self.nav.setFrameShape(QListWidget.Shape.NoFrame)
        self.nav.setStyleSheet("QListWidget#areaList::item { padding: 9px 12px; }")
        for area in AREAS:
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, area.key)
            self.nav.addItem(item)
        self.nav.currentRowChanged.connect(
            lambda row: self.show_area(AREAS[row].key, focus=False) if row >= 0 else None)
        self.stack = QStackedWidget()
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self.database_label = QLabel()
        self.statusBar().addPermanentWidget(self.database_label)
        self._create_actions()
        self._create_menus()
        self._install_sync()
        self.retranslate()
        self._restore_state()
        self._watch_database()

    # --- areas ------------------------------------------------------------------------------------------
    def panel(self, key: str) -> AreaPanel:
        """The panel of an area, built the first time it is asked for."""
        if key not in self._panels:
            area = next(a for a in AREAS if a.key == key)
            module_name, _, class_name = area.panel.partition(":")
            panel = getattr(import_module(module_name), class_name)(self)
            panel.setObjectName(f"{key}Panel")
            self._panels[key] = panel
            self.stack.addWidget(panel)
            self.undo_group.addStack(panel.undo_stack)
        return self._panels[key]

    def build_panels_later(self) -> None:
        """After the first paint: build the areas not built yet, one per pass of the event loop (the window
        answers keys and paints between them), so Ctrl+2…6 later shows a page at once. A page built now reads
        the language and data of now, like one built when first shown."""
        remaining = [area.key for area in AREAS if area.key not in self._panels]
        if not remaining or self._closing:
            return
        self.panel(remaining[0])
        if len(remaining) > 1:
            QTimer.singleShot(0, self.build_panels_later)

    def show_area(self, key: str, focus: bool = True) -> None:
        """Show an area; ``focus`` puts the keyboard in its main view (Ctrl+1…6: PgDn then pages the calendar,
        not the area list)."""
        fresh = key not in self._panels
        panel = self.panel(key)
        if key in self._stale:
            self._stale.discard(key)
            if not fresh:
                panel.refresh()
        self.stack.setCurrentWidget(panel)
        self.undo_group.setActiveStack(panel.undo_stack)
        row = next(i for i, a in enumerate(AREAS) if a.key == key)
        if self.nav.currentRow() != row:
            self.nav.blockSignals(True)
            self.nav.setCurrentRow(row)
            self.nav.blockSignals(False)
        self._area_actions[key].setChecked(True)
        self._update_window_title()
        self._update_area_reports()
        if focus:
            view = panel.main_view()
            (view if view is not None else panel).setFocus(Qt.FocusReason.OtherFocusReason)

    def _update_area_reports(self) -> None:
        """File ▸ the current area's own reports (e.g. "Phone list…" in Contacts), below Reports…."""
        for action in self._area_report_actions:
            self.file_menu.removeAction(action)
            action.deleteLater()
        self._area_report_actions = []
        panel = self._panels.get(self.current_area())
        for label, slot in panel.report_actions() if panel else []:
            action = QAction(label, self)
            action.triggered.connect(slot)
            self.file_menu.insertAction(self._reports_end, action)
            self._area_report_actions.append(action)

    def current_area(self) -> str:
        widget = self.stack.currentWidget()
        return next((k for k, p in self._panels.items() if p is widget), "today")

    def current_panel(self) -> AreaPanel:
        return self.panel(self.current_area())

    # --- actions and menus ------------------------------------------------------------------------------
    def _action(self, name: str, slot, shortcut=None) -> QAction:
        action = QAction(self)
        action.setObjectName(name)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _create_actions(self) -> None:
        sk = QKeySequence.StandardKey
        self.import_action = self._action("importAction", self.import_files, "Ctrl+I")
        self.export_action = self._action("exportAction", self.export_data, "Ctrl+E")
        self.reports_action = self._action("reportsAction", self.open_reports, sk.Print)
        self.backup_action = self._action("backupAction", self.backup_now, "Ctrl+Shift+B")
        self.restore_action = self._action("restoreAction", self.restore_backup)
        self.settings_action = self._action("settingsAction", self.open_settings, "Ctrl+,")
        self.quit_action = self._action("quitAction", self.close,
                                        QKeySequence(sk.Quit) if QKeySequence.keyBindings(sk.Quit) else "Ctrl+Q")
        self.undo_action = self.undo_group.createUndoAction(self)
        self.undo_action.setShortcut(QKeySequence(sk.Undo))
        self.redo_action = self.undo_group.createRedoAction(self)
        self.redo_action.setShortcuts([QKeySequence(sk.Redo), QKeySequence("Ctrl+Y")])
        # Our own words (Fortryd / Gentag, as the glossary says) over Qt's "Annullér fortryd"
        self.undo_group.undoTextChanged.connect(lambda _t: self._update_undo_texts())
        self.undo_group.redoTextChanged.connect(lambda _t: self._update_undo_texts())
        self.new_action = self._action("newAction", lambda: self.current_panel().new_item(), sk.New)
        self.delete_action = self._action("deleteAction", lambda: self.current_panel().delete_selected(),
                                          sk.Delete)
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.stack.addAction(self.delete_action)
        self.find_action = self._action("findAction", lambda: self.current_panel().focus_search(), sk.Find)
        self.log_call_action = self._action("logCallAction", self.log_call, "Ctrl+L")
        self.log_call_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self._area_actions: dict[str, QAction] = {}
        area_group = QActionGroup(self)
        for number, area in enumerate(AREAS, start=1):
            action = self._action(f"area_{area.key}", lambda _=False, k=area.key: self.show_area(k),
                                  f"Ctrl+{number}")
            action.setCheckable(True)
            area_group.addAction(action)
            self._area_actions[area.key] = action
        language_group = QActionGroup(self)
        self.danish_action = self._action("danishAction", lambda: self.change_language("da"))
        self.english_action = self._action("englishAction", lambda: self.change_language("en"))
        for action in (self.danish_action, self.english_action):
            action.setCheckable(True)
            language_group.addAction(action)
        # Ctrl+Shift+L from anywhere, an open editor included (editors are windows of their own)
        self.switch_language_action = self._action(
            "switchLanguageAction", lambda: self.change_language("en" if language() == "da" else "da"),
            "Ctrl+Shift+L")
        self.switch_language_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.shortcuts_action = self._action("shortcutsAction", self.show_shortcuts, sk.HelpContents)
        self.about_action = self._action("aboutAction", self.show_about)
        self.first_start_action = self._action("firstStartAction", self.show_first_start)

    def _create_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.file_menu.addActions([self.import_action, self.export_action])
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.reports_action)
        self._area_report_actions: list[QAction] = []
        self._reports_end = self.file_menu.addSeparator()
        self.file_menu.addActions([self.backup_action, self.restore_action])
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.settings_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.edit_menu = bar.addMenu("")
        self.edit_menu.addActions([self.undo_action, self.redo_action])
        self.edit_menu.addSeparator()
        self.edit_menu.addActions([self.new_action, self.delete_action, self.find_action])
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(self.log_call_action)
        self.view_menu = bar.addMenu("")
        self.view_menu.addActions(list(self._area_actions.values()))
        self.view_menu.addSeparator()
        self.language_menu = self.view_menu.addMenu("")
        self.language_menu.addActions([self.danish_action, self.english_action])
        self.language_menu.addSeparator()
        self.language_menu.addAction(self.switch_language_action)
        self.help_menu = bar.addMenu("")
        self.help_menu.addActions([self.shortcuts_action, self.first_start_action, self.about_action])

    def retranslate(self) -> None:
        self.file_menu.setTitle(self.tr("&File"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.view_menu.setTitle(self.tr("&View"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.import_action.setText(self.tr("&Import…"))
        self.export_action.setText(self.tr("&Export…"))
        self.reports_action.setText(self.tr("&Reports…"))
        self.backup_action.setText(self.tr("&Back up now"))
        self.restore_action.setText(self.tr("Restore &backup…"))
        self.settings_action.setText(self.tr("&Settings…"))
        self.quit_action.setText(self.tr("&Quit"))
        self.new_action.setText(self.tr("&New"))
        self.delete_action.setText(self.tr("&Delete"))
        self.find_action.setText(self.tr("&Find"))
        self.log_call_action.setText(self.tr("&Log a call…"))
        self.danish_action.setText("Dansk")
        self.english_action.setText("English")
        self.switch_language_action.setText(self.tr("&Switch language"))
        self.shortcuts_action.setText(self.tr("&Keyboard shortcuts"))
        self.about_action.setText(self.tr("&About Ops Assistant"))
        self.first_start_action.setText(self.tr("&Getting started…"))
        for row, area in enumerate(AREAS):
            self.nav.item(row).setText(area.title())
            self._area_actions[area.key].setText(area.title())
        self.danish_action.setChecked(language() == "da")
        self.english_action.setChecked(language() == "en")
        self._update_undo_texts()
        self.database_label.setText(self.tr("Database: %1").replace("%1", str(self.db_path)))
        self._update_window_title()
        if self._panels:
            self._update_area_reports()

    def _update_undo_texts(self) -> None:
        undo, redo = self.undo_group.undoText(), self.undo_group.redoText()
        self.undo_action.setText(self.tr("&Undo %1").replace("%1", undo).strip() if undo else self.tr("&Undo"))
        self.redo_action.setText(self.tr("&Redo %1").replace("%1", redo).strip() if redo else self.tr("&Redo"))

    def _update_window_title(self) -> None:
        app_name = self.tr("Ops Assistant")
        area = next((a for a in AREAS if a.key == self.current_area()), None) if self._panels else None
        self.setWindowTitle(f"{area.title()} — {app_name}" if area else app_name)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- commands ---------------------------------------------------------------------------------------
    def change_language(self, lang: str) -> None:
        set_language(lang)

    def import_files(self) -> None:
        from opsassistant.gui.transfer_dialogs import run_import

        run_import(self)

    def export_data(self) -> None:
        from opsassistant.gui.transfer_dialogs import run_export

        run_export(self)

    def open_reports(self) -> QDialog:
        from opsassistant.gui.report_dialog import ReportDialog

        kinds = {"calendar": "agenda", "calls": "calls", "contacts": "phonelist", "outings": "outing",
                 "travel": "itinerary"}
        return self._open_dialog("reports", lambda: ReportDialog(
            self, initial_kind=kinds.get(self.current_area(), "agenda"),
            initial_record=self.current_panel().report_record()))

    def _open_dialog(self, name: str, factory, on_accepted=None):
        """A window-wide dialog (settings, reports, shortcuts, about) through the one owner of open dialogs:
        non-modal, one at a time — asked for again, the open one comes to the front."""
        from opsassistant.gui.common.dialogs import registry

        return registry().open((id(self), name), factory, on_accepted=on_accepted)

    def backup_now(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        from opsassistant.db.backup import backup_database

        try:
            target = backup_database(self.db_path)
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Backup"), self.tr("The backup could not be written: %1")
                                .replace("%1", exc.strerror or str(exc)))
            return
        self.statusBar().showMessage(self.tr("Backup written to %1").replace("%1", str(target)), 8000)

    def restore_backup(self) -> None:
        from opsassistant.gui.backup_dialog import RestoreBackupDialog
        from opsassistant.gui.common.dialogs import registry

        registry().open("restore-backup", lambda: RestoreBackupDialog(
            self.db_path, before=self.release_database, after=self.take_back_database, parent=self))

    def release_database(self) -> None:
        """Before a restore (on a worker thread): this window stops reading and lets go of its connection."""
        from opsassistant.db.database import close_database

        self.watcher.stop()
        self.watcher.deleteLater()
        self.centralWidget().setEnabled(False)
        close_database()

    def take_back_database(self, ok: bool) -> None:
        """After a restore, whether or not it succeeded: open the file again, follow changes, reload."""
        from opsassistant.gui.common.db_watcher import DatabaseWatcher

        self.centralWidget().setEnabled(True)
        self.reopen_database()
        self.watcher = DatabaseWatcher(self)
        self.watcher.changed.connect(self.refresh_all)

    def reopen_database(self) -> None:
        from opsassistant.db.database import open_database

        open_database(self.db_path)
        self.refresh_all()

    def open_settings(self) -> QDialog:
        from opsassistant.gui.settings_dialog import SettingsDialog

        return self._open_dialog("settings", lambda: SettingsDialog(self), lambda _d: self.refresh_all())

    def log_call(self) -> None:
        from opsassistant.gui.calls.quick_entry import open_quick_entry

        open_quick_entry(self)

    def show_shortcuts(self) -> QDialog:
        from opsassistant.gui.shortcuts_dialog import ShortcutsDialog

        return self._open_dialog("shortcuts", lambda: ShortcutsDialog(self))

    def show_first_start(self) -> None:
        """Help ▸ Getting started: the first-start page again (who the team is, import, the demo)."""
        self.show_area("today")
        self.panel("today").show_first_start()

    def show_about(self) -> QDialog:
        from opsassistant.gui.about_dialog import AboutDialog

        return self._open_dialog("about", lambda: AboutDialog(self.db_path, self))

    def refresh_all(self) -> None:
        """The data changed: the area shown refreshes now, every other built area when it is next shown."""
        current = self.current_area()
        for key, panel in self._panels.items():
            if key == current:
                self._stale.discard(key)
                panel.refresh()
            else:
                self._stale.add(key)

    def _install_sync(self) -> None:
        from opsassistant.gui.sync.controller import SyncController

        self.sync = SyncController(self)

    # --- state ------------------------------------------------------------------------------------------
    def _watch_database(self) -> None:
        """Every write — made in this window, by ``opsassistant log-call`` or another process — reaches every
        area through the one change signal."""
        from opsassistant.gui.common.db_watcher import DatabaseWatcher

        self.watcher = DatabaseWatcher(self)
        self.watcher.changed.connect(self.refresh_all)

    def _restore_state(self) -> None:
        store = settings()
        geometry = store.value("window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)
        last = store.value("window/area", "today")
        self.show_area(last if any(a.key == last for a in AREAS) else "today")

    def closeEvent(self, event: QCloseEvent) -> None:
        from opsassistant.gui.common.dialogs import registry

        if not registry().close_all():  # an editor with unsaved changes, and its user kept editing
            event.ignore()
            return
        self._closing = True
        self.sync.wait()
        store = settings()
        store.setValue("window/geometry", self.saveGeometry())
        store.setValue("window/area", self.current_area())
        store.sync()
        self._stop_timers()
        super().closeEvent(event)

    def _stop_timers(self) -> None:
        """A closed window reads nothing more: the change watcher's poll, Today's clock and every other timer
        of the window and its panels stop (a window closed but not yet deleted, as in the bench or a test,
        would otherwise query a database file that may already be gone)."""
        from shiboken6 import isValid

        watcher = getattr(self, "watcher", None)
        if watcher is not None and isValid(watcher):
            watcher.stop()
        for timer in self.findChildren(QTimer):
            timer.stop()

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            QTimer.singleShot(0, self.first_paint.emit)
