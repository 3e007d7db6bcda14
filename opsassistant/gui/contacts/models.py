"""The contacts table: columns over ``services.contacts.search.ContactSource``."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont

from opsassistant.gui.common.lazy_model import Column, LazyTableModel
from opsassistant.services.contacts.search import ContactFilters, ContactSource


def _bold(row) -> QFont | None:
    if row.vip:
        font = QFont()
        font.setBold(True)
        return font
    return None


def _name(row) -> str:
    marks = ("★ " if row.favourite else "")
    return marks + row.name


def columns() -> list[Column]:
    return [
        Column("name", lambda: QCoreApplication.translate("ContactsModel", "Name"), _name, sort_key="name", font=_bold),
        Column("organisation", lambda: QCoreApplication.translate("ContactsModel", "Organisation"), lambda r: r.organisation, sort_key="organisation"),
        Column("title", lambda: QCoreApplication.translate("ContactsModel", "Title"), lambda r: r.title, sort_key="title"),
        Column("phone", lambda: QCoreApplication.translate("ContactsModel", "Phone"), lambda r: r.phone_for_reading, sort_key="phone"),
        Column("email", lambda: QCoreApplication.translate("ContactsModel", "E-mail"), lambda r: r.email, sort_key="email"),
    ]


def make_model(parent=None) -> LazyTableModel:
    return LazyTableModel(ContactSource(), columns(), ContactFilters(), default_sort=("name", False), parent=parent)
