"""Mileage allowance (kørselsgodtgørelse) from the driving log (kørebog).

The rate of the drive's year applies: the high rate for a driver's first 20.000 km in a calendar year, the low
rate above (``rates.MILEAGE_RATES``). The count runs over all of the driver's logged drives of the year in
date order, so a drive that crosses 20.000 km is split between the two rates. Each drive's amount is rounded
half-up to the øre.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation

from opsassistant.db.models import Principal, database
from opsassistant.db.models.reception import DrivingLogEntry
from opsassistant.errors import UserError
from opsassistant.i18n.messages import translate
from opsassistant.services.travel.allowances import rates
from opsassistant.services.travel.allowances.per_diem import kroner_to_minor


@dataclass(frozen=True)
class Drive:
    id: int | None
    driver_id: int
    driver: str
    trip_id: int | None
    date: date
    purpose: str
    from_place: str
    to_place: str
    km: Decimal
    car: str


@dataclass(frozen=True)
class DriveAllowance:
    drive: Drive
    km_first: Decimal  # km paid at the rate for the first 20.000 km
    km_above: Decimal  # km paid at the rate above 20.000 km
    rate_first: Decimal
    rate_above: Decimal
    amount_minor: int


def parse_km(text: str) -> Decimal:
    """"12,5" or "12.5" → Decimal("12.5"); a clear message for anything else."""
    cleaned = (text or "").strip().replace(" ", "").replace(",", ".")
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        raise UserError(translate("Allowances", "“{text}” is not a distance in km.").format(text=text)) from None
    if not value.is_finite() or value <= 0:
        raise UserError(translate("Allowances", "The distance must be more than 0 km."))
    return value.quantize(Decimal("0.1")) if value.as_tuple().exponent < -1 else value


def _record(row: DrivingLogEntry) -> Drive:
    return Drive(row.id, row.driver_id, row.driver.name, row.trip_id, row.date, row.purpose, row.from_place,
                 row.to_place, Decimal(row.km), row.car)


def save(drive: Drive) -> int:
    """Insert (``id`` None) or update one drive; returns its id."""
    if Principal.get_or_none(Principal.id == drive.driver_id) is None:
        raise UserError(translate("Allowances", "Choose who drove."))
    if drive.km <= 0:
        raise UserError(translate("Allowances", "The distance must be more than 0 km."))
    rates.mileage_rate(drive.date.year)  # a year without a rate is refused before anything is stored
    values = {"driver": drive.driver_id, "trip": drive.trip_id, "date": drive.date,
              "purpose": drive.purpose.strip(), "from_place": drive.from_place.strip(),
              "to_place": drive.to_place.strip(), "km": drive.km, "car": drive.car.strip()}
    with database.atomic():
        if drive.id is None:
            return DrivingLogEntry.create(**values).id
        DrivingLogEntry.update(**values).where(DrivingLogEntry.id == drive.id).execute()
        return drive.id


def replace_for_trip(trip_id: int, drives: list[Drive]) -> None:
    """The trip's driving log becomes ``drives`` (one transaction: all of them land or none)."""
    with database.atomic():
        keep = {d.id for d in drives if d.id is not None}
        query = DrivingLogEntry.delete().where(DrivingLogEntry.trip == trip_id)
        if keep:
            query = query.where(DrivingLogEntry.id.not_in(keep))
        query.execute()
        for drive in drives:
            save(Drive(drive.id, drive.driver_id, drive.driver, trip_id, drive.date, drive.purpose,
                       drive.from_place, drive.to_place, drive.km, drive.car))


def delete(drive_id: int) -> None:
    DrivingLogEntry.delete().where(DrivingLogEntry.id == drive_id).execute()


def of_trip(trip_id: int) -> list[Drive]:
    query = (DrivingLogEntry.select(DrivingLogEntry, Principal).join(Principal)
             .where(DrivingLogEntry.trip == trip_id).order_by(DrivingLogEntry.date, DrivingLogEntry.id))
    return [_record(row) for row in query]


def of_driver(driver_id: int, year: int) -> list[Drive]:
    query = (DrivingLogEntry.select(DrivingLogEntry, Principal).join(Principal)
             .where((DrivingLogEntry.driver == driver_id) & (DrivingLogEntry.date >= date(year, 1, 1))
                    & (DrivingLogEntry.date <= date(year, 12, 31)))
             .order_by(DrivingLogEntry.date, DrivingLogEntry.id))
    return [_record(row) for row in query]


def allowance_of_year(drives: list[Drive]) -> list[DriveAllowance]:
    """One driver's drives of one year, in date order → the allowance of each, 20.000 km split included."""
    result = []
    so_far = Decimal(0)
    for drive in sorted(drives, key=lambda d: (d.date, d.id or 0)):
        rate = rates.mileage_rate(drive.date.year)
        room = max(rates.MILEAGE_THRESHOLD_KM - so_far, Decimal(0))
        first = min(drive.km, room)
        above = drive.km - first
        so_far += drive.km
        amount = kroner_to_minor(first * rate.first + above * rate.above)
        result.append(DriveAllowance(drive, first, above, rate.first, rate.above, amount))
    return result


def allowances(drives: list[Drive]) -> list[DriveAllowance]:
    """The allowance of each drive in ``drives``, counting each driver's earlier drives of the year."""
    wanted = {d.id for d in drives}
    found: dict[int | None, DriveAllowance] = {}
    for driver_id, year in sorted({(d.driver_id, d.date.year) for d in drives}):
        for item in allowance_of_year(of_driver(driver_id, year)):
            if item.drive.id in wanted:
                found[item.drive.id] = item
    return [found[d.id] for d in drives if d.id in found]
