from datetime import date, datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest
from pypdf import PdfReader

from opsassistant.cli import CommandError
from opsassistant.reports import outing as report
from opsassistant.services.outings import editing, expenses, participants, tasks
from opsassistant.services.outings.editing import OutingData, ProgrammeItemData
from opsassistant.services.outings.expenses import ExpenseData
from opsassistant.services.outings.participants import ParticipantData

CPH = ZoneInfo("Europe/Copenhagen")


@pytest.fixture
def outing(db, executive):
    o = editing.save(OutingData(
        title="Sommerudflugt <b>2026</b>", kind="team_outing", start=datetime(2026, 6, 12, 9, tzinfo=CPH),
        end=datetime(2026, 6, 12, 17, tzinfo=CPH), venue="Bakken & Co", organiser_id=executive.id,
        budget_minor=1_000_000, programme=[ProgrammeItemData(datetime(2026, 6, 12, 12, tzinfo=CPH), "Frokost")]))
    participants.save(o.id, ParticipantData(name="Åse Bøgh", rsvp="accepted", dietary="Vegetar"))
    participants.save(o.id, ParticipantData(name="Ole", rsvp="declined"))
    tasks.save(o.id, "Bestil bus", date(2026, 5, 1))
    expenses.save(o.id, ExpenseData(date=date(2026, 6, 12), amount_minor=250000, description="Bus",
                                    category="transport", receipt_reference="F-1001"))
    expenses.save(o.id, ExpenseData(date=date(2026, 6, 12), amount_minor=10000, description="Is",
                                    currency="EUR", exchange_rate=Decimal("7.4603"), vat_rate=Decimal(0),
                                    paid_by="out_of_pocket", paid_by_name="Mads Kjær"))
    return o


def _text(path) -> str:
    reader = PdfReader(str(path))
    return "\n".join(page.extract_text() for page in reader.pages)


def test_report_danish(outing, tmp_path):
    path = report.build(str(outing.id), tmp_path / "udflugt.pdf", lang="da")
    text = _text(path)
    assert "Sommerudflugt <b>2026</b>" in text
    assert "Bakken & Co" in text and "Frokost" in text and "Åse Bøgh" in text and "Bestil bus" in text
    assert "3.246,03 kr." in text  # 2500 + 746.03
    assert "500,00 kr." in text  # VAT
    assert "746,03 kr." in text and "Mads Kjær" in text
    assert "Personaleudflugt" in text and "Udgiftsopgørelse" in text and "Moms" in text
    reader = PdfReader(str(path))
    assert reader.metadata.title.startswith("Arrangement")


def test_report_english(outing, tmp_path):
    text = _text(report.build(str(outing.id), tmp_path / "outing.pdf", lang="en"))
    assert "Expense statement" in text and "VAT per rate" in text and "Reimbursements owed" in text
    assert "Accepted" in text and "Declined" in text


def test_report_unknown_outing(db, tmp_path):
    with pytest.raises(CommandError):
        report.build("999", tmp_path / "x.pdf", lang="en")
    with pytest.raises(CommandError):
        report.build("abc", tmp_path / "x.pdf", lang="en")
    assert not (tmp_path / "x.pdf").exists()


def test_report_empty_outing(db, tmp_path):
    o = editing.save(OutingData(title="Møde", start=datetime(2026, 3, 2, 9, tzinfo=CPH),
                                end=datetime(2026, 3, 2, 10, tzinfo=CPH), kind="department_meeting"))
    text = _text(report.build(str(o.id), tmp_path / "m.pdf", lang="en"))
    assert "No expenses yet." in text and "No participants yet." in text
