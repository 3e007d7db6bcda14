"""What an import did: counts, and every skipped record with its place and reason."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from opsassistant.i18n.messages import translate


@dataclass(frozen=True)
class Skipped:
    place: str  # e.g. "line 42" or "record 7 (Jens Hansen)"
    reason: str  # one sentence in the UI language
    note: bool = False  # True: the record landed, but a value was read with a fallback or left out


@dataclass
class ImportResult:
    imported: int = 0
    updated: int = 0
    skipped: list[Skipped] = field(default_factory=list)

    def skip(self, place: str, reason: str) -> None:
        self.skipped.append(Skipped(place, reason))

    def note(self, place: str, reason: str) -> None:
        """Reported like a skipped record (and the import exits 3), but the record itself was imported."""
        self.skipped.append(Skipped(place, reason, note=True))

    @property
    def notes(self) -> list[Skipped]:
        return [s for s in self.skipped if s.note]

    def summary(self, path: Path | str | None = None) -> str:
        text = translate("Import", "{imported} imported, {updated} updated, {skipped} skipped").format(
            imported=self.imported, updated=self.updated, skipped=len(self.skipped) - len(self.notes)
        )
        if self.notes:
            text += translate("Import", ", {count} values read with a fallback or left out").format(
                count=len(self.notes))
        return f"{path}: {text}" if path else text
