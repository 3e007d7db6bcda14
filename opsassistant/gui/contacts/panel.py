"""The contacts area: search-as-you-type, filters, lazy table, detail pane with quick actions, undo."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, QEvent, QItemSelectionModel, Qt, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QFileDialog, QHeaderView, QMenu, QMessageBox

from opsassistant.gui.common.area import AreaPanel
from opsassistant.gui.contacts.commands import CreateContact, EditContact, TrashContacts
from opsassistant.gui.contacts.models import make_model
from opsassistant.gui.forms.ui_contacts_panel import Ui_ContactsPanelForm
from opsassistant.i18n.formatting import format_date, format_datetime
from opsassistant.services import phones as phone_numbers
from opsassistant.services.contacts import editing, privacy, queries, trash
from opsassistant.services.contacts.search import ContactFilters

# Posted below the repaint's priority: after a keystroke the rows are painted first, then the detail pane built.
_DETAIL_LATER = QEvent.Type(QEvent.registerEventType())
_AFTER_PAINT = Qt.EventPriority.LowEventPriority.value - 1


class ContactsPanel(AreaPanel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.ui = Ui_ContactsPanelForm()
        self.ui.setupUi(self)
        self.model = make_model(self)
        self._shown: tuple[int, ...] | None = None  # the selection the detail pane was last built for
        self._typing = False  # inside a filter change: the detail pane waits until the rows are painted
        self._detail_pending = False
        self.detail_builds = 0  # how often the detail pane was built (each costs a few queries)
        table = self.ui.contactTable
        table.setModel(self.model)
        table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)  # the e-mail column takes what is left
        table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self._size_columns()
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        table.customContextMenuRequested.connect(self._context_menu)
        table.doubleClicked.connect(lambda _index: self.edit_current())
        table.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        self.model.counted.connect(self._update_count)
        self.ui.splitter.setStretchFactor(0, 1)
        self.ui.splitter.setStretchFactor(1, 0)
        self.ui.splitter.setSizes([880, 300])  # the list gets the room; the detail pane is a narrow column
        self.ui.searchEdit.textChanged.connect(self._filters_changed)
        self.ui.groupCombo.currentIndexChanged.connect(self._filters_changed)
        for check in (self.ui.favouritesCheck, self.ui.vipCheck, self.ui.trashCheck):
            check.toggled.connect(self._filters_changed)
        self.ui.newButton.clicked.connect(self.new_item)
        self.ui.importButton.clicked.connect(self.import_file)
        self.ui.editButton.clicked.connect(self.edit_current)
        self.ui.mergeButton.clicked.connect(self.merge_selected)
        self.ui.restoreButton.clicked.connect(self.restore_selected)
        self.ui.callButton.clicked.connect(self.call_current)
        self.ui.emailButton.clicked.connect(self.email_current)
        self.ui.copyButton.clicked.connect(self.copy_number)
        self.ui.searchEdit.returnPressed.connect(self._search_enter)
        edit_action = QAction(self)
        edit_action.setShortcuts([QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter)])
        edit_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        edit_action.triggered.connect(self.edit_current)
        table.addAction(edit_action)
        self._fill_groups()
        self.retranslate()
        self._update_state()

    def _size_columns(self) -> None:
        """Name, organisation, title and phone sized for typical entries (long ones elide); e-mail stretches."""
        metrics = self.fontMetrics()
        samples = ("★ Susanne Christiansen", "Møllegården Kursuscenter", "Kommunikationschef", "+44 20 7946 0000")
        for column, sample in enumerate(samples):
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            self.ui.contactTable.setColumnWidth(column, max(metrics.horizontalAdvance(t) for t in (sample, title)) + 20)

    # --- AreaPanel ------------------------------------------------------------------------------------
    def focus_search(self) -> None:
        self.ui.searchEdit.setFocus()
        self.ui.searchEdit.selectAll()

    def new_item(self) -> None:
        from opsassistant.gui.common.dialogs import registry
        from opsassistant.gui.contacts.editor import ContactEditor

        def saved(editor) -> None:
            if editor.result_data is not None:
                command = CreateContact(editor.result_data, self._changed)
                self.undo_stack.push(command)
                self.select_contact(command.contact_id)

        # non-modal, owned by the dialog registry: the window and its language menu stay usable
        return registry().show(ContactEditor(parent=self), on_accepted=saved)

    def delete_selected(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        if self.model.filters.trash:
            self.purge_selected()
            return
        self.undo_stack.push(TrashContacts(ids, self._changed))

    def refresh(self) -> None:
        self._fill_groups()
        self.model.refresh()
        self._update_state(rebuild=True)

    def retranslate(self) -> None:
        self.ui.retranslateUi(self)
        self.ui.groupCombo.setItemText(0, self.tr("All groups"))
        self.model.retranslate()
        self._update_state(rebuild=True)
        self._update_count()

    def report_actions(self) -> list:
        return [(self.tr("Phone list…"), self.print_phone_list)]

    # --- selection and detail -----------------------------------------------------------------------------
    def selected_ids(self) -> list[int]:
        rows = sorted({index.row() for index in self.ui.contactTable.selectionModel().selectedRows()})
        if not rows and self.ui.contactTable.currentIndex().isValid():
            rows = [self.ui.contactTable.currentIndex().row()]
        result = []
        for row in rows:
            item = self.model.row_at(row)
            if item is not None:
                result.append(item.id)
        return result

    def current_id(self) -> int | None:
        ids = self.selected_ids()
        return ids[0] if ids else None

    def select_record(self, record_id: int) -> None:
        self.select_contact(record_id)

    def select_contact(self, contact_id: int | None) -> None:
        if contact_id is None:
            return
        for row in range(min(self.model.rowCount(), 2000)):
            item = self.model.row_at(row)
            if item is not None and item.id == contact_id:
                index = self.model.index(row, 0)
                self.ui.contactTable.selectionModel().setCurrentIndex(
                    index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
                self.ui.contactTable.scrollTo(index)
                return

    def _filters(self) -> ContactFilters:
        return ContactFilters(search=self.ui.searchEdit.text(), group_id=self.ui.groupCombo.currentData(),
                              favourites=self.ui.favouritesCheck.isChecked(), vip=self.ui.vipCheck.isChecked(),
                              trash=self.ui.trashCheck.isChecked())

    def _filters_changed(self, *_args) -> None:
        """A keystroke in the search field: the first rows are re-read and the first one selected; the detail
        pane follows once the rows are painted, and is rebuilt only if the selected contact changed."""
        self._typing = True
        try:
            self.model.set_filters(self._filters())
            self._update_state(detail=False)
            if self.model.rowCount():
                self.ui.contactTable.selectRow(0)
        finally:
            self._typing = False
        self._show_later()

    def _selection_changed(self) -> None:
        if self._typing:
            self._show_later()
        else:
            self._show_current()

    def _show_later(self) -> None:
        """The detail pane after the pending repaint (one posted event however many keys were typed)."""
        if not self._detail_pending:
            self._detail_pending = True
            QCoreApplication.postEvent(self, QEvent(_DETAIL_LATER), _AFTER_PAINT)

    def event(self, event) -> bool:
        if event.type() == _DETAIL_LATER:
            self._detail_pending = False
            self._show_current()
            return True
        return super().event(event)

    def _update_count(self) -> None:
        """"12 contacts" once the total is known; "60+ contacts" while it is being counted; nothing for none."""
        total = self.model.total
        if total is None:
            text = self.tr("%1+ contacts").replace("%1", str(self.model.rowCount()))
        else:
            text = self.tr("%n contact(s)", "", total) if total else ""
        self.ui.countLabel.setText(text)

    def _search_enter(self) -> None:
        if self.model.rowCount():
            self.ui.contactTable.setFocus()
            self.ui.contactTable.selectRow(0)

    def _fill_groups(self) -> None:
        combo = self.ui.groupCombo
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("All groups"), None)
        for group_id, name in queries.groups():
            combo.addItem(name, group_id)
        combo.setCurrentIndex(max(combo.findData(current), 0))
        combo.blockSignals(False)

    def _changed(self) -> None:
        self._fill_groups()
        self.model.refresh()
        self._update_state(rebuild=True)

    def _update_state(self, detail: bool = True, rebuild: bool = False) -> None:
        """Empty-state text and buttons; with ``detail`` the detail pane follows (``rebuild``: even for the same
        selection, after a write or a language switch)."""
        filters = self.model.filters or ContactFilters()
        count = self.model.rowCount()
        if count:
            self.ui.listStack.setCurrentWidget(self.ui.contactTable)
        else:
            if filters.trash:
                text = self.tr("The trash is empty.")
            elif filters.search.strip():
                text = self.tr("No contact matches “%1”.").replace("%1", escape(filters.search.strip()))
            elif filters.favourites or filters.vip or filters.group_id is not None:
                text = self.tr("No contacts match these filters.")
            else:
                text = self.tr("No contacts yet — press Ctrl+N to add one, or import a vCard or CSV file.")
            self.ui.emptyLabel.setText(text)
            self.ui.listStack.setCurrentWidget(self.ui.emptyLabel)
        self.ui.restoreButton.setVisible(filters.trash)
        self.ui.mergeButton.setVisible(not filters.trash)
        if detail:
            self._show_current(rebuild)

    def _show_current(self, rebuild: bool = False) -> None:
        """Build the detail pane for the selection, once per selection change (not again for the same one)."""
        ids = self.selected_ids()
        if not rebuild and tuple(ids) == self._shown:
            return
        self._shown = tuple(ids)
        self.detail_builds += 1
        contact = queries.get_any(ids[0]) if ids else None
        has = contact is not None
        self.ui.editButton.setEnabled(has and contact.deleted_at is None)
        self.ui.mergeButton.setEnabled(len(ids) == 2)
        self.ui.restoreButton.setEnabled(has)
        phones = queries.phones_of(contact.id) if has else []
        self.ui.callButton.setEnabled(bool(phones))
        self.ui.copyButton.setEnabled(bool(phones))
        self.ui.emailButton.setEnabled(has and bool(contact.primary_email))
        hint = self.tr("Select a contact to see it here.")
        self.ui.detailBrowser.setHtml(self._detail_html(contact, phones) if has else
                                      f"<p style='color:gray'>{escape(hint)}</p>")

    def _detail_html(self, contact, phones) -> str:
        data = editing.snapshot(contact.id)
        kinds = {"mobile": self.tr("Mobile"), "work": self.tr("Work"), "home": self.tr("Home"),
                 "fax": self.tr("Fax"), "other": self.tr("Other")}
        marks = "".join(f" <span style='color:#b8860b'>{escape(m)}</span>" for m, on in
                        ((self.tr("★ Favourite"), contact.favourite), (self.tr("VIP"), contact.vip)) if on)
        parts = [f"<h2>{escape(contact.display_name)}{marks}</h2>"]
        role = ", ".join(p for p in (contact.title, contact.department, contact.organisation) if p)
        if role:
            parts.append(f"<p>{escape(role)}</p>")
        if contact.deleted_at:
            since = self.tr("In the trash since %1").replace("%1", format_datetime(contact.deleted_at.astimezone()))
            parts.append(f"<p><i>{escape(since)}</i></p>")
        labels = {"email": self.tr("E-mail"), "address": self.tr("Address"), "birthday": self.tr("Birthday"),
                  "groups": self.tr("Groups"), "unrecognised": self.tr("not recognised")}
        rows = []
        for phone in phones:
            number = phone_numbers.format_for_reading(phone.e164, phone.typed)
            flag = "" if phone.e164 else f" <i>({escape(labels['unrecognised'])})</i>"
            rows.append(f"<tr><td>{escape(phone.label or kinds.get(phone.kind, phone.kind))}</td>"
                        f"<td><a href='tel:{escape(phone.e164 or phone.typed)}'>{escape(number)}</a>{flag}</td></tr>")
        for email in data.emails:
            rows.append(f"<tr><td>{escape(labels['email'])}</td>"
                        f"<td><a href='mailto:{escape(email.address)}'>{escape(email.address)}</a></td></tr>")
        for address in data.addresses:
            lines = ", ".join(p for p in (address.street.replace("\n", ", "), f"{address.postcode} {address.city}".strip(),
                                          address.country) if p)
            rows.append(f"<tr><td>{escape(labels['address'])}</td><td>{escape(lines)}</td></tr>")
        if data.birthday:
            born = data.birthday
            text = format_date(born, "d. MMMM") if born.year == 1604 else format_date(born, "long")
            rows.append(f"<tr><td>{escape(labels['birthday'])}</td><td>{escape(text)}</td></tr>")
        if data.groups:
            rows.append(f"<tr><td>{escape(labels['groups'])}</td><td>{escape(', '.join(data.groups))}</td></tr>")
        if rows:
            parts.append("<table cellspacing='4'>" + "".join(rows) + "</table>")
        if data.notes:
            parts.append(f"<p>{escape(data.notes).replace(chr(10), '<br>')}</p>")
        parts.append(self._history_html(contact.id))
        return "".join(parts)

    def _history_html(self, contact_id: int) -> str:
        try:
            calls = queries.recent_calls(contact_id)
            events = queries.appointments(contact_id)
        except Exception:  # noqa: BLE001 - the other areas' tables may still be changing
            return ""
        html = []
        for title, items in ((self.tr("Recent calls"), calls), (self.tr("Appointments"), events)):
            if not items:
                continue
            html.append(f"<h3>{escape(title)}</h3><ul>")
            for item in items:
                when = format_datetime(item.when.astimezone()) if hasattr(item.when, "hour") else format_date(item.when)
                html.append(f"<li>{escape(when)} — {escape(item.text)}</li>")
            html.append("</ul>")
        from opsassistant.gui.mail.log_dialog import html as sent_mail_html
        from opsassistant.services.mail import log as mail_log

        html.append(sent_mail_html(mail_log.for_contact(contact_id)))
        return "".join(html)

    # --- actions ------------------------------------------------------------------------------------------
    def edit_current(self) -> None:
        from opsassistant.gui.contacts.editor import ContactEditor

        contact_id = self.current_id()
        contact = queries.get(contact_id) if contact_id else None
        if contact is None:
            return
        before = editing.snapshot(contact_id)
        from opsassistant.gui.common.dialogs import registry

        def saved(editor) -> None:
            if editor.result_data is not None and editor.result_data != before.cleaned():
                self.undo_stack.push(EditContact(contact_id, before, editor.result_data, self._changed))
                self.select_contact(contact_id)

        return registry().open((id(self), "contact", contact_id),
                               lambda: ContactEditor(before, contact_id, parent=self), on_accepted=saved)

    def restore_selected(self) -> None:
        ids = self.selected_ids()
        if ids:
            self.undo_stack.push(TrashContacts(ids, self._changed, restore=True))

    def purge_selected(self) -> None:
        ids = self.selected_ids()
        if ids and QMessageBox.question(
                self, self.tr("Delete permanently"),
                self.tr("Delete %n contact(s) permanently? This cannot be undone.", "", len(ids))
        ) == QMessageBox.StandardButton.Yes:
            trash.purge(ids)
            self._changed()

    def merge_selected(self):
        from opsassistant.gui.common.dialogs import registry
        from opsassistant.gui.contacts.merge_dialog import MergeDialog

        key = (id(self), "merge")
        if registry().get(key) is not None:  # one merge at a time: asked again, the open one comes to the front
            return registry().open(key, lambda: None)
        ids = self.selected_ids()
        if len(ids) != 2:
            return None

        def merged(_dialog) -> None:
            self.undo_stack.clear()  # a merge rewrites both contacts; older undo steps no longer apply
            self._changed()
            self.select_contact(ids[0])

        return registry().open(key, lambda: MergeDialog(ids[0], ids[1], self), on_accepted=merged)

    def _first_phone(self):
        contact_id = self.current_id()
        phones = queries.phones_of(contact_id) if contact_id else []
        return phones[0] if phones else None

    def call_current(self) -> None:
        phone = self._first_phone()
        if phone:
            QDesktopServices.openUrl(QUrl(f"tel:{phone.e164 or phone.typed}"))

    def email_current(self) -> None:
        contact = queries.get_any(self.current_id()) if self.current_id() else None
        if contact and contact.primary_email:
            QDesktopServices.openUrl(QUrl(f"mailto:{contact.primary_email}"))

    def copy_number(self) -> None:
        phone = self._first_phone()
        if phone:
            QGuiApplication.clipboard().setText(phone_numbers.format_for_reading(phone.e164, phone.typed))

    def import_file(self, path: str | None = None) -> None:
        from opsassistant.gui.contacts.import_dialog import ImportDialog

        if not path:
            path, _ = QFileDialog.getOpenFileName(self, self.tr("Import contacts"), "",
                                                  self.tr("Contacts (*.vcf *.csv);;All files (*)"))
        if path:  # non-modal: the import runs on a worker thread while the window stays usable
            from opsassistant.gui.common.dialogs import registry

            def done(_dialog, _result) -> None:
                self.undo_stack.clear()
                self._changed()

            registry().open(("import-contacts", str(path)), lambda: ImportDialog(path, self), on_finished=done)

    def export_person(self) -> None:
        contact_id = self.current_id()
        if contact_id is None:
            return
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export everything about this person"),
                                              "person.json", self.tr("JSON files (*.json)"))
        if path:
            privacy.export_person(contact_id, path)

    def erase_person(self) -> None:
        contact_id = self.current_id()
        contact = queries.get_any(contact_id) if contact_id else None
        if contact is None:
            return
        answer = QMessageBox.warning(
            self, self.tr("Erase person"),
            self.tr("Erase %1 completely? The contact is deleted for good and their calls are kept without "
                    "name or number. This cannot be undone.").replace("%1", contact.display_name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel)
        if answer == QMessageBox.StandardButton.Yes:
            privacy.erase_person(contact_id)
            self.undo_stack.clear()
            self._changed()

    def print_phone_list(self) -> None:
        from opsassistant.i18n.language import current_language
        from opsassistant.reports import phone_list

        path, _ = QFileDialog.getSaveFileName(self, self.tr("Phone list"), self.tr("phone-list.pdf"),
                                              self.tr("PDF files (*.pdf)"))
        if path:
            phone_list.build(None, path, lang=current_language())
            QDesktopServices.openUrl(QUrl.fromLocalFile(path))

    def _context_menu(self, position) -> None:
        menu = QMenu(self)
        trash_view = self.model.filters.trash if self.model.filters else False
        if trash_view:
            menu.addAction(self.tr("&Restore"), self.restore_selected)
            menu.addAction(self.tr("Delete &permanently…"), self.purge_selected)
        else:
            menu.addAction(self.tr("&Edit…"), self.edit_current)
            menu.addAction(self.tr("&Delete"), self.delete_selected)
            merge = menu.addAction(self.tr("&Merge…"), self.merge_selected)
            merge.setEnabled(len(self.selected_ids()) == 2)
            menu.addSeparator()
            menu.addAction(self.tr("E&xport everything about this person…"), self.export_person)
            menu.addAction(self.tr("E&rase this person completely…"), self.erase_person)
        menu.exec(self.ui.contactTable.viewport().mapToGlobal(position))
