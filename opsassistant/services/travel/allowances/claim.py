"""A trip's travel-expense claim (rejseafregning): driving log, per diem and expenses, with the totals the
report and the bookkeeping export share."""

from __future__ import annotations

from dataclasses import dataclass

from opsassistant.db.models import Trip
from opsassistant.errors import UserError
from opsassistant.i18n.messages import Translator
from opsassistant.services.travel import trips
from opsassistant.services.travel.allowances import entertainment, expenses, mileage, per_diem
from opsassistant.services.travel.allowances.entertainment import EntertainmentShare


@dataclass(frozen=True)
class Claim:
    trip_id: int
    title: str
    purpose: str
    traveller: str
    drives: tuple[mileage.DriveAllowance, ...]
    per_diem: per_diem.PerDiem
    expenses: tuple[expenses.TripExpenseRecord, ...]
    entertainment: tuple[tuple[expenses.TripExpenseRecord, EntertainmentShare], ...]

    @property
    def mileage_minor(self) -> int:
        return sum(d.amount_minor for d in self.drives)

    @property
    def km(self):
        return sum((d.drive.km for d in self.drives), start=0)

    @property
    def expenses_minor(self) -> int:
        return sum(e.amount_dkk_minor for e in self.expenses)

    @property
    def total_minor(self) -> int:
        return self.mileage_minor + self.per_diem.total_minor + self.expenses_minor


def trip_from_target(target: str | int | None, lang: str | None = None) -> Trip:
    text = str(target or "").strip()
    if not text.isdigit():
        raise UserError(Translator(lang).translate("Allowances", "Give the number of the trip, e.g. “report claim 3”."))
    trip = Trip.alive().where(Trip.id == int(text)).first()
    if trip is None:
        raise UserError(Translator(lang).translate("Allowances", "There is no trip number {id}.").format(id=text))
    return trip


def for_trip(trip_id: int) -> Claim:
    trip = trips.get(trip_id)
    people = trips.travellers(trip)
    drives = tuple(mileage.allowances(mileage.of_trip(trip_id)))
    items = tuple(expenses.of_trip(trip_id))
    shares = tuple((e, entertainment.share(e.amount_dkk_minor, e.vat_dkk_minor,
                                           e.category in entertainment.RESTAURANT_CATEGORIES))
                   for e in items if e.entertainment)
    return Claim(trip.id, trip.title, trip.purpose, ", ".join(p.name for p in people), drives,
                 per_diem.for_trip(trip_id), items, shares)


def save_bookkeeping(trip_id: int, drives: list[mileage.Drive], meals_by_day: dict, items: list) -> None:
    """The trip's driving log, meals provided and expenses, saved together: all of it lands or none."""
    from opsassistant.db.models import database
    from opsassistant.services.travel.allowances import meals

    with database.atomic():
        mileage.replace_for_trip(trip_id, drives)
        meals.save(trip_id, meals_by_day)
        expenses.replace_for_trip(trip_id, items)
