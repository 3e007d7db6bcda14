"""The visitor log keeps a visit for a retention period (default 30 days) after its last moment — the expected
time, the arrival or the departure, whichever is latest — and then deletes it for good (GDPR art. 5(1)(e):
personal data kept no longer than necessary). The purge runs when the app starts; ``opsassistant check``
reports what it would remove."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from peewee import fn

from opsassistant.db.models import Setting, database
from opsassistant.db.models.reception import Visitor
from opsassistant.errors import UserError
from opsassistant.services.reception.visitors import VisitorRecord, _record

DEFAULT_DAYS = 30
MIN_DAYS, MAX_DAYS = 1, 365  # a year at most: a visitor log is not an archive
SETTING_KEY = "reception.retention_days"


def retention_days() -> int:
    row = Setting.get_or_none(Setting.key == SETTING_KEY)
    try:
        days = int(row.value) if row else DEFAULT_DAYS
    except ValueError:
        days = DEFAULT_DAYS
    return max(days, 1)


def set_retention_days(days: int) -> None:
    """Store the retention period; UserError (nothing stored) outside 1–365 days."""
    from opsassistant.i18n.messages import translate

    if isinstance(days, bool) or not isinstance(days, int) or not MIN_DAYS <= days <= MAX_DAYS:
        raise UserError(translate("Reception", "Keep the visitor log for 1 to 365 days, not {days}.").format(
            days=days))
    with database.atomic():
        Setting.insert(key=SETTING_KEY, value=str(days)).on_conflict_replace().execute()


def _last_moment():
    return fn.MAX(Visitor.expected_utc, fn.COALESCE(Visitor.arrived_utc, ""), fn.COALESCE(Visitor.left_utc, ""))


def cutoff(now: datetime | None = None) -> datetime:
    return (now or datetime.now(UTC)).astimezone(UTC) - timedelta(days=retention_days())


def due(now: datetime | None = None) -> list[VisitorRecord]:
    """The visits past their retention, that the next purge removes."""
    limit = cutoff(now).strftime("%Y-%m-%d %H:%M:%S")
    query = Visitor.select().where(_last_moment() < limit).order_by(Visitor.expected_utc, Visitor.id)
    return [_record(row) for row in query]


def purge(now: datetime | None = None) -> int:
    """Delete every visit past its retention; returns how many went."""
    limit = cutoff(now).strftime("%Y-%m-%d %H:%M:%S")
    with database.atomic():
        return Visitor.delete().where(_last_moment() < limit).execute()


def check_lines(now: datetime | None = None) -> list[str]:
    """What ``opsassistant check`` prints about the visitor log (in the UI language)."""
    from opsassistant.i18n.formatting import format_date
    from opsassistant.i18n.messages import translate

    found = due(now)
    text = translate("Reception", "Visitor log: visits past the retention of {days} days to purge: {count}")
    lines = [text.format(days=retention_days(), count=len(found))]
    lines += [f"  {v.id}: {v.name} ({format_date(v.expected.date(), 'short')})" for v in found]
    return lines
