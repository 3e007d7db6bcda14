"""The demo office's reception and travel bookkeeping: visitors expected today and in the coming days (one
already checked in), and the trips' driving log, meals provided and receipts."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

from opsassistant.db.models import Contact, Principal, Trip

CPH = ZoneInfo("Europe/Copenhagen")


def _at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=CPH)


def create_visitors(today: date, now: datetime, people: list[Principal], contacts: list[Contact]) -> int:
    from opsassistant.services.reception import visitors
    from opsassistant.services.reception.visitors import VisitorData

    karen, *team = people
    by_last = {c.last_name: c for c in contacts}
    greek = by_last.get("Παπαδόπουλος")
    plan = [
        (today, 9, 30, "Louise Brandt", "Deloitte", karen, "Revisionsmøde", "da"),
        (today, 11, 0, greek.display_name if greek else "Γιώργος Παπαδόπουλος",
         greek.organisation if greek else "Αιγαίο Ναυτιλιακή Α.Ε.", karen, "Fragtaftale 2027", "en"),
        (today, 14, 0, "山田 花子 (Hanako Yamada)", "サクラ精機株式会社", team[0] if team else karen, "Produktdemo", "en"),
        (today + timedelta(days=1), 10, 0, "Peter Møller", "Nordea Erhverv", karen, "Kreditfacilitet", "da"),
        (today + timedelta(days=2), 13, 30, "Sofie Lund", "Kromann Reumert", team[-1] if team else karen,
         "Kontraktgennemgang", "da"),
        (today + timedelta(days=3), 9, 0, "Erik Svensson", "Volvo Group", karen, "Leverandørmøde", "en"),
    ]
    created = []
    for day, hour, minute, name, company, host, purpose, lang in plan:
        created.append(visitors.save(VisitorData(name=name, expected=_at(day, hour, minute), company=company,
                                                 host_id=host.id, purpose=purpose, language=lang)))
    first = created[0]
    visitors.check_in(first.id, min(now, first.expected))  # the morning's first guest is in the building
    return len(created)


def mark_entertainment() -> None:
    """The customer seminar is entertainment of business relations (repræsentation)."""
    from opsassistant.db.models import Outing
    from opsassistant.services.travel.allowances import entertainment

    seminar = Outing.select().where(Outing.title.startswith("Kundeseminar")).first()
    if seminar is not None:
        entertainment.mark_outing(seminar.id, True)


def create_travel_bookkeeping(today: date, people: list[Principal]) -> None:
    from opsassistant.services.travel.allowances import expenses, meals, mileage, rates
    from opsassistant.services.travel.allowances.expenses import TripExpenseRecord
    from opsassistant.services.travel.allowances.per_diem import Meals, trip_span

    karen = people[0]
    for trip in Trip.select().order_by(Trip.id):
        span = trip_span(trip.id)
        if span is None:
            continue
        out, back = span[0].date(), span[1].date()
        if out.year in rates.MILEAGE_RATES and back.year in rates.MILEAGE_RATES:
            home_to_airport = [
                mileage.Drive(None, karen.id, karen.name, trip.id, out, "Til lufthavnen", "Strandvejen 112, Hellerup",
                              "Københavns Lufthavn", Decimal("17.4"), "CX 41 227"),
                mileage.Drive(None, karen.id, karen.name, trip.id, back, "Hjem fra lufthavnen", "Københavns Lufthavn",
                              "Strandvejen 112, Hellerup", Decimal("17.4"), "CX 41 227"),
            ]
            mileage.replace_for_trip(trip.id, home_to_airport)
        ticked = {out + timedelta(days=2): Meals(breakfast=True), out + timedelta(days=3): Meals(breakfast=True,
                                                                                                 lunch=True)}
        meals.save(trip.id, ticked)
        if trip.destination == "Tokyo":
            items = [
                TripExpenseRecord(None, out + timedelta(days=1), "Narita Express", 3250, "JPY", Decimal("0.0442"),
                                  Decimal(0), "transport", False, "Kvittering 1"),
                TripExpenseRecord(None, out + timedelta(days=2), "Middag med Yamada-san, Ginza Kōjyu", 38000,
                                  "JPY", Decimal("0.0442"), Decimal(0), "food", True, "Kvittering 2"),
            ]
        else:
            items = [
                TripExpenseRecord(None, out, "Parkering, Københavns Lufthavn", 48000, "DKK", Decimal(1),
                                  Decimal(25), "transport", False, "Kvittering 1"),
                TripExpenseRecord(None, back, "Frokost med kunde i lufthavnen", 86000, "DKK", Decimal(1),
                                  Decimal(25), "food", True, "Kvittering 2"),
            ]
        expenses.replace_for_trip(trip.id, items)
