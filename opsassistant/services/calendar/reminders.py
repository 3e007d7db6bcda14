"""Which reminders are due; snoozed and dismissed ones are remembered while the app runs."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta

from opsassistant.services.calendar.occurrences import Occurrence, between


@dataclass
class ReminderQueue:
    """Fires each (event, occurrence) once; ``snooze`` brings it back later, ``dismiss`` forgets it."""

    dismissed: set[tuple[int, str]] = field(default_factory=set)
    snoozed: dict[tuple[int, str], datetime] = field(default_factory=dict)
    shown: set[tuple[int, str]] = field(default_factory=set)

    @staticmethod
    def key(occ: Occurrence) -> tuple[int, str]:
        return occ.event_id, occ.recurrence_id or occ.start_utc.isoformat()

    def due(self, now: datetime, horizon: timedelta = timedelta(days=1)) -> list[Occurrence]:
        """Occurrences whose reminder time has come (and that have not started more than an hour ago)."""
        out = []
        for occ in between(now - timedelta(hours=1), now + horizon):
            if occ.reminder_minutes is None or occ.status == "cancelled":
                continue
            key = self.key(occ)
            if key in self.dismissed:
                continue
            if key in self.snoozed:
                if self.snoozed[key] > now:
                    continue
                self.snoozed.pop(key)
                self.shown.discard(key)
            if key in self.shown:
                continue
            if occ.start_utc - timedelta(minutes=occ.reminder_minutes) <= now:
                out.append(occ)
                self.shown.add(key)
        return out

    def snooze(self, occ: Occurrence, now: datetime, minutes: int = 5) -> None:
        self.snoozed[self.key(occ)] = now + timedelta(minutes=minutes)

    def dismiss(self, occ: Occurrence) -> None:
        self.dismissed.add(self.key(occ))
