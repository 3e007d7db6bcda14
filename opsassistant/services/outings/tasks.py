"""An outing's checklist: tasks with due dates, ticked off when done."""

from __future__ import annotations

from datetime import date

from opsassistant.db.models import Outing, OutingTask, database
from opsassistant.i18n.messages import translate
from opsassistant.services.outings.editing import OutingError


def of_outing(outing_id: int) -> list[OutingTask]:
    return list(OutingTask.select().where(OutingTask.outing == outing_id)
                .order_by(OutingTask.done, OutingTask.due_date.is_null(), OutingTask.due_date,
                          OutingTask.position, OutingTask.id))


def save(outing_id: int, title: str, due_date: date | None = None, task_id: int | None = None,
         done: bool | None = None) -> OutingTask:
    if not title.strip():
        raise OutingError({"title": translate("Outings", "Enter what has to be done.")})
    with database.atomic():
        if task_id is None:
            position = OutingTask.select().where(OutingTask.outing == outing_id).count()
            return OutingTask.create(outing=Outing.get_by_id(outing_id), title=title.strip(), due_date=due_date,
                                     done=bool(done), position=position)
        task = OutingTask.get_by_id(task_id)
        task.title, task.due_date = title.strip(), due_date
        if done is not None:
            task.done = done
        task.save()
        return task


def set_done(task_id: int, done: bool) -> None:
    with database.atomic():
        OutingTask.update(done=done).where(OutingTask.id == task_id).execute()


def remove(task_id: int) -> None:
    with database.atomic():
        OutingTask.delete().where(OutingTask.id == task_id).execute()


def is_overdue(task: OutingTask, today: date) -> bool:
    return not task.done and task.due_date is not None and task.due_date < today
