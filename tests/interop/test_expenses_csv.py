import csv
from datetime import date, datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

from opsassistant.interop import expenses_csv, participants_csv
from opsassistant.services.outings import editing, expenses, participants
from opsassistant.services.outings.editing import OutingData
from opsassistant.services.outings.expenses import ExpenseData
from opsassistant.services.outings.participants import ParticipantData

CPH = ZoneInfo("Europe/Copenhagen")


def _setup():
    outing = editing.save(OutingData(title="=Julefrokost", start=datetime(2026, 12, 4, 18, tzinfo=CPH),
                                     end=datetime(2026, 12, 4, 23, tzinfo=CPH)))
    expenses.save(outing.id, ExpenseData(date=date(2026, 12, 4), amount_minor=123450, description="Mad",
                                         supplier="@Kokken", category="food"))
    expenses.save(outing.id, ExpenseData(date=date(2026, 12, 4), amount_minor=2000, description="-Retur",
                                         currency="EUR", exchange_rate=Decimal("7.46"), is_refund=True,
                                         paid_by="out_of_pocket", paid_by_name="+Ida"))
    return outing


def _read(path):
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    return list(csv.DictReader(raw.decode("utf-8-sig").splitlines()))


def test_export_expenses(db, tmp_path):
    _setup()
    target = tmp_path / "udgifter.csv"
    assert expenses_csv.export_file(target) == 2
    rows = _read(target)
    assert rows[0]["outing"] == "'=Julefrokost" and rows[0]["supplier"] == "'@Kokken"
    assert rows[0]["amount"] == "1234.50" and rows[0]["vat"] == "246.90" and rows[0]["vat_rate"] == "25"
    assert rows[1]["description"] == "'-Retur" and rows[1]["owed_to"] == "'+Ida"
    assert rows[1]["amount"] == "-20.00" and rows[1]["amount_in_outing_currency"] == "-149.20"
    assert rows[1]["refund"] == "1" and rows[1]["currency"] == "EUR"


def test_export_empty_and_trashed(db, tmp_path):
    outing = _setup()
    editing.move_to_trash(outing.id)
    target = tmp_path / "x.csv"
    assert expenses_csv.export_file(target) == 0
    assert _read(target) == []


def test_participants_csv(db, tmp_path):
    outing = _setup()
    participants.save(outing.id, ParticipantData(name="Åse Bøgh", email="aase@example.dk", rsvp="accepted",
                                                 dietary="=vegan"))
    target = tmp_path / "deltagere.csv"
    assert participants_csv.export_outing(outing.id, target) == 1
    [row] = _read(target)
    assert row["name"] == "Åse Bøgh" and row["dietary"] == "'=vegan" and row["rsvp"] == "accepted"
