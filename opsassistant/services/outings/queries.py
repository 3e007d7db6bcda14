"""Read-only questions other areas ask about outings (the Today page)."""

from __future__ import annotations

from datetime import date

from opsassistant.db.models import Outing, OutingTask


def overdue_tasks(today: date) -> list[OutingTask]:
    """Open tasks due before ``today`` on live, not-cancelled outings, oldest first.

    Each task comes with its outing joined, so ``task.outing.title`` costs no extra query.
    """
    return list(OutingTask.select(OutingTask, Outing).join(Outing)
                .where((OutingTask.done == False) & OutingTask.due_date.is_null(False)  # noqa: E712
                       & (OutingTask.due_date < today) & Outing.deleted_at.is_null()
                       & (Outing.status != "cancelled"))
                .order_by(OutingTask.due_date, Outing.start_utc, OutingTask.id))


def tasks_due(day: date) -> list[OutingTask]:
    """Open tasks due on ``day`` (for a Today page that also wants what is due today)."""
    return list(OutingTask.select(OutingTask, Outing).join(Outing)
                .where((OutingTask.done == False) & (OutingTask.due_date == day)  # noqa: E712
                       & Outing.deleted_at.is_null() & (Outing.status != "cancelled"))
                .order_by(Outing.start_utc, OutingTask.id))
