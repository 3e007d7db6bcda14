"""The calls area: the call log (lazy, filtered and sorted in SQL), the detail pane, call-back actions."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, Qt, QTimer
from PySide6.QtGui import QFont, QFontMetrics, QKeySequence, QShortcut
from PySide6.QtWidgets import QHeaderView, QInputDialog, QWidget

from opsassistant.gui.calls import notifier, signals
from opsassistant.gui.calls.detail import CallDetailPane
from opsassistant.gui.calls.models import CallLogModel
from opsassistant.gui.common.area import AreaPanel
from opsassistant.gui.forms.ui_calls_panel import Ui_CallsPanel
from opsassistant.services import principals as principal_service
from opsassistant.services.calls import logging as call_logging
from opsassistant.services.calls import queries

SHOW_ALL, SHOW_OPEN, SHOW_OVERDUE, SHOW_TODAY = "all", "open", "overdue", "today"


class CallsPanel(AreaPanel):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_CallsPanel()
        self.ui.setupUi(self)
        self.ui.bannerLabel.hide()
        self.model = CallLogModel(self)
        self.ui.table.setModel(self.model)
        self.ui.table.verticalHeader().hide()
        self.ui.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.ui.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(self.model.column_index("message"), QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(40)
        self.ui.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.ui.table.viewport().installEventFilter(self)
        self._size_columns()
        header.setSortIndicator(self.model.column_index("when"), Qt.SortOrder.DescendingOrder)
        self.detail = CallDetailPane(self.ui.detailHost)
        self.ui.detailHost.layout().addWidget(self.detail)
        self.ui.splitter.setStretchFactor(0, 1)
        self.ui.splitter.setStretchFactor(1, 0)
        self.ui.splitter.setSizes([920, 230])  # the detail pane: a narrow column beside the log
        self._search_timer = QTimer(self, singleShot=True, interval=200)
        self._search_timer.timeout.connect(self._apply_filters)
        self._fill_combos()
        self.ui.searchEdit.textChanged.connect(lambda _text: self._search_timer.start())
        for combo in (self.ui.showCombo, self.ui.principalCombo, self.ui.directionCombo):
            combo.currentIndexChanged.connect(self._apply_filters)
        self.ui.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.model.modelReset.connect(self._after_reset)
        self.ui.logButton.clicked.connect(self.new_item)
        self.ui.doneButton.clicked.connect(lambda: self.mark_done())
        self.ui.returnButton.clicked.connect(lambda: self.mark_done(log_return=True))
        self.ui.contactButton.clicked.connect(self.create_contact)
        QShortcut(QKeySequence("Ctrl+D"), self, activated=self.mark_done)
        self.ui.logButton.setToolTip(self.tr("Log a call (Ctrl+L)"))
        self.ui.doneButton.setToolTip(self.tr("Mark the call-back done (Ctrl+D)"))
        signals.hub().changed.connect(self._changed_here)
        self.notifier = notifier.shared()
        self.notifier.due.connect(self.show_banner)
        self._update_count()
        self._update_buttons()
        from opsassistant.gui.mail.calls_hook import install as install_pass_on

        install_pass_on(self)  # "Send to <principal>": the message slip by mail (gui/mail)

    def _size_columns(self) -> None:
        """Widths that fit the header and the cells in the current language (no clipped headers or statuses,
        bold for urgent and open call-backs); the caller and the message share what is left (see _share_width)."""
        header = self.ui.table.horizontalHeader()
        bold = QFont(self.ui.table.font())
        bold.setBold(True)
        metrics, bold_metrics = self.fontMetrics(), QFontMetrics(bold)
        samples = {"when": "28.11.2026 12.05", "direction": "", "number": "+44 20 7946 0000", "for": "Karen Holm",
                   "callback": "28.11.2026 12.05", "status": ""}
        for key, sample in samples.items():
            column = self.model.column_index(key)
            texts = [sample]
            if key == "status":
                texts += [self.tr("Overdue"), self.tr("Done"), self.tr("Open")]
            if key == "direction":
                texts += [self.tr("Incoming"), self.tr("Outgoing"), self.tr("Missed")]
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            cells = bold_metrics if key in ("callback", "status") else metrics
            width = max([cells.horizontalAdvance(t) + 14 for t in texts] + [metrics.horizontalAdvance(title) + 26])
            header.resizeSection(column, width)
        self._share_width()

    def _share_width(self) -> None:
        """The caller takes half the room the fixed columns leave (elided when long), the
        message stretches over the rest, so the whole log fits without a horizontal scrollbar."""
        header = self.ui.table.horizontalHeader()
        caller, message = self.model.column_index("caller"), self.model.column_index("message")
        fixed = sum(header.sectionSize(c) for c in range(self.model.columnCount()) if c not in (caller, message))
        free = self.ui.table.viewport().width() - fixed
        header.resizeSection(caller, max(120, min(240, free // 2)))

    def eventFilter(self, watched, event) -> bool:
        if watched is self.ui.table.viewport() and event.type() == QEvent.Type.Resize:
            self._share_width()
        return super().eventFilter(watched, event)

    # --- filters ----------------------------------------------------------------------------------------
    def _fill_combos(self) -> None:
        def refill(combo, items):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            for text, data in items:
                combo.addItem(text, data)
            index = combo.findData(current)
            combo.setCurrentIndex(index if index >= 0 else 0)
            combo.blockSignals(False)

        refill(self.ui.showCombo, [(self.tr("All calls"), SHOW_ALL), (self.tr("Open call-backs"), SHOW_OPEN),
                                   (self.tr("Overdue call-backs"), SHOW_OVERDUE), (self.tr("Today"), SHOW_TODAY)])
        people = principal_service.list_principals()
        self.model.principal_names = {p.id: p.name for p in people}
        refill(self.ui.principalCombo, [(self.tr("Everyone"), None)] + [(p.name, p.id) for p in people])
        refill(self.ui.directionCombo, [(self.tr("All directions"), None), (self.tr("Incoming"), "in"),
                                        (self.tr("Outgoing"), "out"), (self.tr("Missed"), "missed")])

    def filters(self) -> queries.CallFilters:
        show = self.ui.showCombo.currentData()
        return queries.CallFilters(
            open_only=show == SHOW_OPEN, overdue=show == SHOW_OVERDUE, today=show == SHOW_TODAY,
            principal_id=self.ui.principalCombo.currentData(), direction=self.ui.directionCombo.currentData(),
            search=self.ui.searchEdit.text().strip(), zone=queries.local_zone(),
        )

    def _apply_filters(self) -> None:
        self._search_timer.stop()
        self.model.set_filters(self.filters())

    def show_only(self, show: str) -> None:
        """Pick a "Show" filter (the Today page's "open call-backs" link uses SHOW_OPEN)."""
        self.ui.showCombo.setCurrentIndex(self.ui.showCombo.findData(show))

    # --- selection ----------------------------------------------------------------------------------------
    def current_call_id(self) -> int | None:
        index = self.ui.table.currentIndex()
        row = self.model.call_at(index.row()) if index.isValid() else None
        return row.id if row else None

    def selected_call_ids(self) -> list[int]:
        rows = {i.row() for i in self.ui.table.selectionModel().selectedRows()}
        ids = [r.id for r in (self.model.call_at(n) for n in sorted(rows)) if r]
        current = self.current_call_id()
        return ids or ([current] if current else [])

    def select_record(self, record_id: int) -> None:
        self.select_call(record_id)

    def select_call(self, call_id: int) -> None:
        row = None
        if self.model.filters == self.filters() and self.ui.table.horizontalHeader().sortIndicatorSection() == \
                self.model.column_index("when") and \
                self.ui.table.horizontalHeader().sortIndicatorOrder() == Qt.SortOrder.DescendingOrder:
            row = self.model._source.position_of(self.model.filters, call_id)
        if row is None:
            for n in range(min(self.model.rowCount(), 400)):
                found = self.model.call_at(n)
                if found and found.id == call_id:
                    row = n
                    break
        if row is not None and row < self.model.rowCount():
            index = self.model.index(row, 0)
            self.ui.table.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
            self.ui.table.scrollTo(index)

    def _current_changed(self, *_args) -> None:
        self.detail.show_call(self.current_call_id())
        self._update_buttons()

    def _after_reset(self) -> None:
        self._update_count()
        self._update_buttons()
        if self.detail.call_id and queries.get(self.detail.call_id) is None:
            self.detail.show_call(None)

    def _update_count(self) -> None:
        count = self.model.rowCount()
        if count:
            self.ui.countLabel.setText(self.tr("%n call(s)", "", count))
        elif self.model.filters is not None and self.model.filters.active:
            self.ui.countLabel.setText(self.tr("No calls match these filters."))
        else:
            self.ui.countLabel.setText(self.tr("No calls logged yet. Press Ctrl+L to log one."))

    def _update_buttons(self) -> None:
        call = queries.get(self.current_call_id()) if self.current_call_id() else None
        is_open = bool(call and call.status == "open")
        self.ui.doneButton.setEnabled(is_open)
        self.ui.returnButton.setEnabled(is_open)
        self.ui.contactButton.setEnabled(bool(call and call.contact_id is None and call.typed_number))

    # --- AreaPanel ----------------------------------------------------------------------------------------
    def new_item(self) -> None:
        from opsassistant.gui.calls.quick_entry import open_quick_entry

        open_quick_entry(self.window())

    def focus_search(self) -> None:
        self.ui.searchEdit.setFocus()
        self.ui.searchEdit.selectAll()

    def refresh(self) -> None:
        """Cheap: one COUNT and the visible page; the selection and detail pane follow the same call."""
        keep = self.current_call_id()
        self._fill_combos()
        self.model.refresh()
        if keep:
            self.select_call(keep)
        self.detail.show_call(self.current_call_id() or None)

    def _changed_here(self, call_id: int) -> None:
        self.refresh()
        if call_id:
            self.select_call(call_id)

    def delete_selected(self) -> None:
        ids = self.selected_call_ids()
        if not ids:
            return
        call_logging.move_to_trash(ids)
        signals.hub().changed.emit(0)

    def retranslate(self) -> None:
        self.ui.retranslateUi(self)
        self._fill_combos()
        self.model.retranslate()
        self._size_columns()
        self._update_count()
        self.ui.logButton.setToolTip(self.tr("Log a call (Ctrl+L)"))
        self.ui.doneButton.setToolTip(self.tr("Mark the call-back done (Ctrl+D)"))
        self.pass_on_update()

    def report_actions(self) -> list:
        return [(self.tr("Call sheet…"), self.print_call_sheet)]

    def print_call_sheet(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        from opsassistant.i18n.language import current_language
        from opsassistant.reports import call_sheet

        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the call sheet"),
                                              self.tr("call-sheet.pdf"), self.tr("PDF files (*.pdf)"))
        if path:
            call_sheet.build(None, path, lang=current_language())

    # --- call-backs ---------------------------------------------------------------------------------------
    def ask_return_note(self) -> tuple[bool, str]:
        text, ok = QInputDialog.getText(self, self.tr("Returned call"),
                                        self.tr("What was said (optional):"))
        return ok, text

    def mark_done(self, log_return: bool = False) -> None:
        call_id = self.current_call_id()
        call = queries.get(call_id) if call_id else None
        if call is None or call.status != "open":
            return
        note = ""
        if log_return:
            ok, note = self.ask_return_note()
            if not ok:
                return
        new = call_logging.mark_done(call_id, log_return=log_return, message=note)
        signals.hub().changed.emit(call_id if new is None else new.id)

    def create_contact(self) -> None:
        call_id = self.current_call_id()
        call = queries.get(call_id) if call_id else None
        if call is None or call.contact_id is not None:
            return
        contact_id = self.open_contact_editor(call)
        if contact_id:
            call_logging.link_contact(call_id, contact_id)
            signals.hub().changed.emit(call_id)

    def open_contact_editor(self, call) -> int | None:
        """The contacts editor with the number filled in when the contacts area offers one; else a short
        name prompt and a service-level create. Returns the new contact's id (None: cancelled)."""
        try:
            from opsassistant.gui.contacts.editor import edit_new_contact  # type: ignore[import-not-found]
        except ImportError:
            edit_new_contact = None
        if edit_new_contact is not None:
            return edit_new_contact(self, phone=call.typed_number, name=call.name, organisation=call.company)
        name, ok = QInputDialog.getText(self, self.tr("Create contact"),
                                        self.tr("Name of the caller (number %1):").replace("%1", call.typed_number),
                                        text=call.name)
        if not ok or not name.strip():
            return None
        return call_logging.create_contact_for_call(call.id, name).id

    def show_banner(self, text: str) -> None:
        self.ui.bannerLabel.setText(text)
        self.ui.bannerLabel.show()
        QTimer.singleShot(60_000, self.ui.bannerLabel.hide)
        self.refresh()
