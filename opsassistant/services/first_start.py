"""The first five minutes: is this a new, empty database; who the executive and team are; skip or the demo.

The first-start page (gui.first_start) writes only through these functions.
"""

from __future__ import annotations

from dataclasses import replace

from opsassistant.db.models import Principal, Setting, database
from opsassistant.db.principal_colours import is_reddish, next_colour
from opsassistant.services import principals

SKIPPED_KEY = "first_start.skipped"


def needed() -> bool:
    """True on an empty database whose first start was not skipped."""
    from opsassistant.services.demo import is_empty

    return is_empty() and not skipped()


def skipped() -> bool:
    return Setting.select().where(Setting.key == SKIPPED_KEY).exists()


def skip() -> None:
    """"Skip for now": the page does not come back by itself (Help ▸ Getting started opens it)."""
    with database.atomic():
        Setting.insert(key=SKIPPED_KEY, value="1").on_conflict_replace().execute()


def current_team() -> tuple[Principal | None, list[Principal]]:
    """(the executive, the team members) as they are now, for filling the page when it is reopened."""
    people = principals.list_principals()
    executive = principals.executive()
    return executive, [p for p in people if executive is None or p.id != executive.id]


def save_team(executive: tuple[int | None, principals.PrincipalData],
              team: list[tuple[int | None, principals.PrincipalData]]) -> None:
    """Save the executive and the team in one transaction; new people get the next free palette colour.

    People already in the database but not on the page are kept (the page never deletes anyone).
    Raises ``principals.PrincipalError`` with every problem, nothing saved.
    """
    existing = principals.list_principals()
    used = [p.colour for p in existing if not is_reddish(p.colour)]
    changes: list[tuple[int | None, principals.PrincipalData]] = []
    for principal_id, data in [executive, *team]:
        if principal_id is None or is_reddish(data.colour):
            colour = next_colour(used)
            used.append(colour)
            data = replace(data, colour=colour)
        changes.append((principal_id, data))
    changes[0] = (changes[0][0], replace(changes[0][1], role="executive"))
    changes[1:] = [(pid, replace(data, role="team")) for pid, data in changes[1:]]
    on_page = {pid for pid, _ in changes if pid is not None}
    kept = [(p.id, _data_of(p)) for p in existing if p.id not in on_page]
    principals.save_all(changes + kept, removed=[])


def _data_of(person: Principal) -> principals.PrincipalData:
    return principals.PrincipalData(
        name=person.name, role="team" if person.role == "executive" else person.role, title=person.title,
        colour=person.colour, home_timezone=person.home_timezone, work_start=person.work_start,
        work_end=person.work_end, work_days=person.work_days, email=person.email, phone=person.phone)


def open_demo() -> str:
    """Fill the (empty) database with the demo office; the one-line summary. Raises DatabaseNotEmptyError."""
    from opsassistant.services.demo import fill_demo

    return fill_demo()
