"""The executive and team members whose days are managed."""

from __future__ import annotations

import re
from dataclasses import dataclass
from zoneinfo import ZoneInfo, available_timezones

from opsassistant.db.models import Principal, database
from opsassistant.db.models.base import utcnow
from opsassistant.i18n.messages import translate

_TIME = re.compile(r"^([01]\d|2[0-3])[:.]([0-5]\d)$")


class PrincipalError(ValueError):
    pass


@dataclass
class PrincipalData:
    name: str
    role: str = "team"
    title: str = ""
    colour: str = "#1f77b4"
    home_timezone: str = Principal.home_timezone.default
    work_start: str = "08:30"
    work_end: str = "16:30"
    work_days: str = "12345"
    email: str = ""
    phone: str = ""


def validate(data: PrincipalData) -> dict[str, str]:
    """Field name → message for every problem (empty when valid)."""
    problems: dict[str, str] = {}
    if not data.name.strip():
        problems["name"] = translate("Principals", "Enter a name.")
    if data.home_timezone not in available_timezones():
        problems["home_timezone"] = translate("Principals", "Unknown time zone.")
    for field_name in ("work_start", "work_end"):
        if not _TIME.match(getattr(data, field_name)):
            problems[field_name] = translate("Principals", "Use HH:MM, e.g. 08:30.")
    if not problems and data.work_start.replace(".", ":") >= data.work_end.replace(".", ":"):
        problems["work_end"] = translate("Principals", "The working day must end after it starts.")
    if data.role not in ("executive", "team"):
        problems["role"] = translate("Principals", "Unknown role.")
    return problems


def list_principals(include_hidden: bool = True) -> list[Principal]:
    query = Principal.alive().order_by(Principal.position, Principal.id)
    if not include_hidden:
        query = query.where(Principal.visible)
    return list(query)


def get(principal_id: int) -> Principal:
    return Principal.get_by_id(principal_id)


def find_by_name(name: str) -> Principal | None:
    """Exact (case-insensitive) name, else a unique prefix match."""
    wanted = name.strip().casefold()
    people = list_principals()
    exact = [p for p in people if p.name.casefold() == wanted]
    if exact:
        return exact[0]
    partial = [p for p in people if p.name.casefold().startswith(wanted) or
               any(part.startswith(wanted) for part in p.name.casefold().split())]
    return partial[0] if len(partial) == 1 else None


def executive() -> Principal | None:
    return Principal.alive().where(Principal.role == "executive").order_by(Principal.position).first()


def save(data: PrincipalData, principal_id: int | None = None) -> Principal:
    problems = validate(data)
    if problems:
        raise PrincipalError("; ".join(problems.values()))
    values = {k: v.strip() if isinstance(v, str) else v for k, v in vars(data).items()}
    values["work_start"] = values["work_start"].replace(".", ":")
    values["work_end"] = values["work_end"].replace(".", ":")
    with database.atomic():
        if principal_id is None:
            position = (Principal.select().count() or 0) + 1
            return Principal.create(position=position, **values)
        principal = Principal.get_by_id(principal_id)
        for key, value in values.items():
            setattr(principal, key, value)
        principal.updated_at = utcnow()
        principal.save()
        return principal


def move_to_trash(principal_id: int) -> None:
    with database.atomic():
        Principal.update(deleted_at=utcnow()).where(Principal.id == principal_id).execute()


def restore(principal_id: int) -> None:
    with database.atomic():
        Principal.update(deleted_at=None).where(Principal.id == principal_id).execute()


def home_zone(principal: Principal | None) -> ZoneInfo:
    return ZoneInfo(principal.home_timezone if principal else Principal.home_timezone.default)


def save_all(changes: list[tuple[int | None, PrincipalData]], removed: list[int]) -> None:
    """The settings dialog's OK: every edited, added and removed principal in one transaction."""
    problems = [(data.name, validate(data)) for _, data in changes]
    bad = [f"{name or '?'}: {'; '.join(p.values())}" for name, p in problems if p]
    if bad:
        raise PrincipalError(" ".join(bad))
    with database.atomic():
        for principal_id in removed:
            move_to_trash(principal_id)
        for position, (principal_id, data) in enumerate(changes, start=1):
            principal = save(data, principal_id)
            if principal.position != position:
                principal.position = position
                principal.save()
