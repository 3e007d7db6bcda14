"""A trip's light bookkeeping in one dialog: the driving log, the meals provided per day (with the per diem
worked out as you tick) and the expenses with their receipts. Saving writes all three in one transaction."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from PySide6.QtCore import QDate, QEvent, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from opsassistant.errors import UserError
from opsassistant.gui.common.date_input import DateInput, first_invalid
from opsassistant.i18n.formatting import format_date, format_money
from opsassistant.services.outings import money
from opsassistant.services.travel import trips
from opsassistant.services.travel.allowances import claim, expenses, meals, mileage, per_diem
from opsassistant.services.travel.allowances.expenses import CATEGORIES, TripExpenseRecord, category_label
from opsassistant.services.travel.allowances.per_diem import Meals

ID_ROLE = Qt.ItemDataRole.UserRole


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def _pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class BookkeepingDialog(QDialog):
    """Driving log / Per diem / Expenses tabs for one trip."""

    DRIVE_COLUMNS = 6  # date, purpose, from, to, km, car
    EXPENSE_COLUMNS = 8  # date, description, category, amount, currency, rate, VAT %, entertainment, receipt

    def __init__(self, trip_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.trip_id = trip_id
        self.trip = trips.get(trip_id)
        self.travellers = trips.travellers(trip_id)
        span = per_diem.trip_span(trip_id)
        self.span = span
        start, end = trips.span(self.trip)
        self.first_day = span[0].date() if span else (start or date.today())
        self.last_day = span[1].date() if span else (end or self.first_day)
        self.resize(1040, 540)
        layout = QVBoxLayout(self)
        self.tabs = QTabWidget(self)
        layout.addWidget(self.tabs)
        self.error_label = QLabel(self)
        self.error_label.setStyleSheet("color: #c0392b")
        self.error_label.setWordWrap(True)
        layout.addWidget(self.error_label)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._build_drives()
        self._build_meals()
        self._build_expenses()
        self.retranslate()
        self._load()

    # --- building ---------------------------------------------------------------------------------------------
    def _build_drives(self) -> None:
        page = QWidget(self)
        box = QVBoxLayout(page)
        row = QHBoxLayout()
        self.driver_label = QLabel(page)
        self.driver_combo = QComboBox(page)
        for person in self.travellers or trips.travellers(self.trip_id):
            self.driver_combo.addItem(person.name, person.id)
        if not self.driver_combo.count():
            from opsassistant.services import principals

            for person in principals.list_principals(include_hidden=False):
                self.driver_combo.addItem(person.name, person.id)
        self.driver_label.setBuddy(self.driver_combo)
        row.addWidget(self.driver_label)
        row.addWidget(self.driver_combo, 1)
        self.add_drive_button = QPushButton(page)
        self.remove_drive_button = QPushButton(page)
        row.addWidget(self.add_drive_button)
        row.addWidget(self.remove_drive_button)
        box.addLayout(row)
        self.drives = QTableWidget(0, self.DRIVE_COLUMNS, page)
        self.drives.horizontalHeader().setStretchLastSection(True)
        box.addWidget(self.drives)
        self.drives_total = QLabel(page)
        self.drives.itemChanged.connect(self._update_drive_total)
        for column, width in enumerate((125, 190, 190, 190, 70)):
            self.drives.setColumnWidth(column, width)
        box.addWidget(self.drives_total)
        self.add_drive_button.clicked.connect(lambda: self.add_drive())
        self.remove_drive_button.clicked.connect(lambda: self._remove_row(self.drives))
        self.tabs.addTab(page, "")

    def _build_meals(self) -> None:
        page = QWidget(self)
        box = QVBoxLayout(page)
        self.meals_hint = QLabel(page)
        self.meals_hint.setWordWrap(True)
        box.addWidget(self.meals_hint)
        days = (self.last_day - self.first_day).days + 1
        self.meal_days = [self.first_day + timedelta(days=i) for i in range(max(days, 0))]
        self.meals_table = QTableWidget(len(self.meal_days), 4, page)
        self.meal_boxes: dict[date, tuple[QCheckBox, ...]] = {}
        for row, day in enumerate(self.meal_days):
            boxes = tuple(QCheckBox(self.meals_table) for _ in range(4))
            for column, check in enumerate(boxes):
                check.toggled.connect(self._update_per_diem)
                self.meals_table.setCellWidget(row, column, check)
            self.meal_boxes[day] = boxes
        for column in range(4):
            self.meals_table.setColumnWidth(column, 130 if column < 3 else 220)
        box.addWidget(self.meals_table)
        self.per_diem_label = QLabel(page)
        self.per_diem_label.setWordWrap(True)
        box.addWidget(self.per_diem_label)
        self.tabs.addTab(page, "")

    def _build_expenses(self) -> None:
        page = QWidget(self)
        box = QVBoxLayout(page)
        row = QHBoxLayout()
        self.add_expense_button = QPushButton(page)
        self.remove_expense_button = QPushButton(page)
        row.addStretch(1)
        row.addWidget(self.add_expense_button)
        row.addWidget(self.remove_expense_button)
        box.addLayout(row)
        self.expenses = QTableWidget(0, 9, page)
        self.expenses.horizontalHeader().setStretchLastSection(True)
        for column, width in enumerate((125, 230, 115, 85, 65, 85, 60, 105)):
            self.expenses.setColumnWidth(column, width)
        box.addWidget(self.expenses)
        self.add_expense_button.clicked.connect(lambda: self.add_expense())
        self.remove_expense_button.clicked.connect(lambda: self._remove_row(self.expenses))
        self.tabs.addTab(page, "")

    # --- language ---------------------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Bookkeeping: %1").replace("%1", self.trip.title))
        self.tabs.setTabText(0, self.tr("&Driving log"))
        self.tabs.setTabText(1, self.tr("&Per diem"))
        self.tabs.setTabText(2, self.tr("E&xpenses"))
        self.driver_label.setText(self.tr("D&river:"))
        self.driver_combo.setAccessibleName(self.tr("Driver"))
        self.add_drive_button.setText(self.tr("&Add drive"))
        self.remove_drive_button.setText(self.tr("Remove drive"))
        self.drives.setHorizontalHeaderLabels([self.tr("Date"), self.tr("Purpose"), self.tr("From"), self.tr("To"),
                                               self.tr("km"), self.tr("Car")])
        self.drives.setAccessibleName(self.tr("Driving log"))
        self.meals_hint.setText(self.tr("Tick the meals the traveller got free; each reduces the day's meal rate "
                                        "(breakfast 15 %, lunch 30 %, dinner 30 %); a night the company paid the hotel for takes off the lodging "
                                        "allowance."))
        self.meals_table.setHorizontalHeaderLabels([self.tr("Breakfast"), self.tr("Lunch"), self.tr("Dinner"),
                                                    self.tr("Lodging paid (night after)")])
        self.meals_table.setVerticalHeaderLabels([format_date(day, "EEE d MMM") for day in self.meal_days])
        self.meals_table.setAccessibleName(self.tr("Meals provided"))
        for day, boxes in self.meal_boxes.items():
            names = (self.tr("Breakfast"), self.tr("Lunch"), self.tr("Dinner"), self.tr("Lodging paid"))
            for check, name in zip(boxes, names, strict=True):
                check.setAccessibleName(f"{name} {format_date(day, 'short')}")
        self.add_expense_button.setText(self.tr("Add e&xpense"))
        self.remove_expense_button.setText(self.tr("Remove expense"))
        self.expenses.setHorizontalHeaderLabels([
            self.tr("Date"), self.tr("Description"), self.tr("Category"), self.tr("Amount"), self.tr("Currency"),
            self.tr("Rate to DKK"), self.tr("VAT %"), self.tr("Entertainment"), self.tr("Receipt")])
        self.expenses.setAccessibleName(self.tr("Expenses"))
        for row in range(self.expenses.rowCount()):
            combo = self.expenses.cellWidget(row, 2)
            for index, key in enumerate(CATEGORIES):
                combo.setItemText(index, category_label(key))
        self._update_per_diem()
        self._update_drive_total()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "expenses"):
            self.retranslate()
        super().changeEvent(event)

    # --- rows -------------------------------------------------------------------------------------------------
    def _date_edit(self, table: QTableWidget, value: date) -> DateInput:
        edit = DateInput(table)  # the one date input: read when left, never clamped while typing
        edit.setDate(_qdate(value))
        edit.setCalendarPopup(True)
        edit.setAccessibleName(self.tr("Date"))
        return edit

    def add_drive(self, drive: mileage.Drive | None = None) -> int:
        table = self.drives
        row = table.rowCount()
        table.insertRow(row)
        table.setCellWidget(row, 0, self._date_edit(table, drive.date if drive else self.first_day))
        values = [drive.purpose, drive.from_place, drive.to_place, str(drive.km).replace(".", ","), drive.car] \
            if drive else ["", "", "", "", ""]
        for column, value in enumerate(values, start=1):
            table.setItem(row, column, QTableWidgetItem(value))
        table.item(row, 1).setData(ID_ROLE, drive.id if drive else None)
        table.setCurrentCell(row, 1)
        return row

    def add_expense(self, item: TripExpenseRecord | None = None) -> int:
        table = self.expenses
        row = table.rowCount()
        table.insertRow(row)
        table.setCellWidget(row, 0, self._date_edit(table, item.date if item else self.first_day))
        combo = QComboBox(table)
        for key in CATEGORIES:
            combo.addItem(category_label(key), key)
        combo.setCurrentIndex(CATEGORIES.index(item.category) if item else CATEGORIES.index("other"))
        combo.setAccessibleName(self.tr("Category"))
        table.setCellWidget(row, 2, combo)
        check = QCheckBox(table)
        check.setChecked(bool(item and item.entertainment))
        check.setAccessibleName(self.tr("Entertainment"))
        table.setCellWidget(row, 7, check)
        if item:
            amount = money.decimal_text(item.amount_minor, item.currency).replace(".", ",")
            texts = {1: item.description, 3: amount, 4: item.currency, 5: str(item.exchange_rate).replace(".", ","),
                     6: str(item.vat_rate).replace(".", ","), 8: item.receipt_reference}
        else:
            texts = {1: "", 3: "", 4: "DKK", 5: "1", 6: "25", 8: ""}
        for column, value in texts.items():
            table.setItem(row, column, QTableWidgetItem(value))
        table.setCurrentCell(row, 1)
        return row

    @staticmethod
    def _remove_row(table: QTableWidget) -> None:
        row = table.currentRow()
        if row >= 0:
            table.removeRow(row)

    # --- loading and reading ------------------------------------------------------------------------------------
    def _load(self) -> None:
        drives = mileage.of_trip(self.trip_id)
        if drives:
            index = self.driver_combo.findData(drives[0].driver_id)
            if index >= 0:
                self.driver_combo.setCurrentIndex(index)
        for drive in drives:
            self.add_drive(drive)
        for day, provided in meals.of_trip(self.trip_id).items():
            boxes = self.meal_boxes.get(day)
            if boxes:
                ticks = (provided.breakfast, provided.lunch, provided.dinner, provided.lodging)
                for check, ticked in zip(boxes, ticks, strict=True):
                    check.setChecked(ticked)
        for item in expenses.of_trip(self.trip_id):
            self.add_expense(item)
        self._update_per_diem()
        self._update_drive_total()

    def _text(self, table: QTableWidget, row: int, column: int) -> str:
        item = table.item(row, column)
        return item.text().strip() if item else ""

    def read_drives(self) -> list[mileage.Drive]:
        driver = self.driver_combo.currentData()
        result = []
        for row in range(self.drives.rowCount()):
            km_text = self._text(self.drives, row, 4)
            purpose = self._text(self.drives, row, 1)
            if not km_text and not purpose and not self._text(self.drives, row, 2):
                continue  # an empty row added by mistake
            if driver is None:
                raise UserError(self.tr("Choose who drove."))
            try:
                km = mileage.parse_km(km_text)
            except UserError as error:
                raise UserError(self.tr("Drive %1: %2").replace("%1", str(row + 1)).replace("%2", str(error))) \
                    from None
            result.append(mileage.Drive(self.drives.item(row, 1).data(ID_ROLE), driver, "", self.trip_id,
                                        _pydate(self.drives.cellWidget(row, 0).date()), purpose,
                                        self._text(self.drives, row, 2), self._text(self.drives, row, 3), km,
                                        self._text(self.drives, row, 5)))
        return result

    def read_meals(self) -> dict[date, Meals]:
        return {day: Meals(*(check.isChecked() for check in boxes)) for day, boxes in self.meal_boxes.items()}

    def read_expenses(self) -> list[TripExpenseRecord]:
        result = []
        for row in range(self.expenses.rowCount()):
            description = self._text(self.expenses, row, 1)
            amount_text = self._text(self.expenses, row, 3)
            if not description and not amount_text:
                continue
            try:
                currency = money.check_currency(self._text(self.expenses, row, 4) or "DKK")
                amount = money.parse_amount(amount_text, currency)
                rate = Decimal(1) if currency == "DKK" else money.parse_rate(self._text(self.expenses, row, 5))
                vat = money.parse_vat_rate(self._text(self.expenses, row, 6) or "0")
            except money.MoneyError as error:
                raise UserError(self.tr("Expense %1: %2").replace("%1", str(row + 1)).replace("%2", str(error))) \
                    from None
            if amount <= 0:
                raise UserError(self.tr("Expense %1: enter an amount above 0.").replace("%1", str(row + 1)))
            result.append(TripExpenseRecord(None, _pydate(self.expenses.cellWidget(row, 0).date()), description,
                                            amount, currency, rate, vat, self.expenses.cellWidget(row, 2).currentData(),
                                            self.expenses.cellWidget(row, 7).isChecked(),
                                            self._text(self.expenses, row, 8)))
        return result

    # --- live figures -------------------------------------------------------------------------------------------
    def _update_per_diem(self) -> None:
        if not hasattr(self, "per_diem_label"):
            return
        if self.span is None:
            self.per_diem_label.setText(self.tr("Add the trip's segments to work out the per diem."))
            return
        try:
            result = per_diem.compute(self.span[0], self.span[1], self.read_meals())
        except UserError as error:
            self.per_diem_label.setText(str(error))
            return
        if not result.eligible:
            self.per_diem_label.setText(self.tr("No per diem: the trip lasts less than 24 hours."))
            return
        self.per_diem_label.setText(
            self.tr("Per diem: %1 (meals %2, lodging %3) for %4 full days and %5 started hours.")
            .replace("%1", format_money(result.total_minor)).replace("%2", format_money(result.meals_minor))
            .replace("%3", format_money(result.lodging_minor)).replace("%4", str(result.full_days))
            .replace("%5", str(result.extra_hours)))

    def _update_drive_total(self, *_args) -> None:
        total = Decimal(0)
        for row in range(self.drives.rowCount()):
            try:
                total += mileage.parse_km(self._text(self.drives, row, 4))
            except UserError:
                continue
        self.drives_total.setText(self.tr("In all: %1 km").replace("%1", str(total).replace(".", ",")))

    # --- saving -------------------------------------------------------------------------------------------------
    def accept(self) -> None:
        unreadable = first_invalid(self)
        if unreadable is not None:  # its own sentence does not fit in the table's row: said below the table too
            self.error_label.setText(unreadable.error())
            return
        try:
            drives = self.read_drives()
            items = self.read_expenses()
            claim.save_bookkeeping(self.trip_id, drives, self.read_meals(), items)
        except UserError as error:
            self.error_label.setText(str(error))
            return
        super().accept()

    def reject(self) -> None:
        if self._changed() and QMessageBox.question(
                self, self.windowTitle(), self.tr("Discard the changes?")) != QMessageBox.StandardButton.Yes:
            return
        super().reject()

    def _changed(self) -> bool:
        try:
            drives = [(d.date, d.purpose, d.from_place, d.to_place, d.km, d.car) for d in self.read_drives()]
            items = [(e.date, e.description, e.amount_minor, e.currency, e.category, e.entertainment)
                     for e in self.read_expenses()]
        except UserError:
            return True
        stored_drives = [(d.date, d.purpose, d.from_place, d.to_place, d.km, d.car)
                         for d in mileage.of_trip(self.trip_id)]
        stored_items = [(e.date, e.description, e.amount_minor, e.currency, e.category, e.entertainment)
                        for e in expenses.of_trip(self.trip_id)]
        stored_meals = {d: m for d, m in meals.of_trip(self.trip_id).items()}
        ticked = {d: m for d, m in self.read_meals().items() if m.any}
        return drives != stored_drives or items != stored_items or ticked != stored_meals
