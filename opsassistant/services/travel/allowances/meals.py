"""Meals provided on a trip, ticked per local date (they reduce the per diem)."""

from __future__ import annotations

from datetime import date

from opsassistant.db.models import database
from opsassistant.db.models.reception import MealsProvided
from opsassistant.services.travel.allowances.per_diem import Meals


def of_trip(trip_id: int) -> dict[date, Meals]:
    return {row.date: Meals(row.breakfast, row.lunch, row.dinner, row.lodging)
            for row in MealsProvided.select().where(MealsProvided.trip == trip_id).order_by(MealsProvided.date)}


def save(trip_id: int, days: dict[date, Meals]) -> None:
    """Replace the trip's ticks with ``days`` in one transaction (days with nothing ticked are dropped)."""
    with database.atomic():
        MealsProvided.delete().where(MealsProvided.trip == trip_id).execute()
        for day, meals in sorted(days.items()):
            if meals.any:
                MealsProvided.create(trip=trip_id, date=day, breakfast=meals.breakfast, lunch=meals.lunch,
                                     dinner=meals.dinner, lodging=meals.lodging)


def set_day(trip_id: int, day: date, meals: Meals) -> None:
    current = of_trip(trip_id)
    current[day] = meals
    save(trip_id, current)
