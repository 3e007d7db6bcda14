"""A time-zone picker that speaks the UI language: "København — UTC+1 (Europe/Copenhagen)".

The item data is the IANA id. Type a city (in the UI language), part of it or an IANA id; the completer
matches anywhere in the text. The sorted list is built once per language (and hour, for the offsets) and
shared by every combo, because the settings dialog and the editors open often.
"""

from __future__ import annotations

import unicodedata
from datetime import UTC, datetime
from functools import cache, lru_cache
from importlib import resources
from zoneinfo import available_timezones

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QSizePolicy, QWidget

from opsassistant.i18n.formatting import timezone_name, utc_offset_label
from opsassistant.i18n.language import current_language

# The zones an office in Denmark uses most, shown first in this order.
COMMON_ZONES = ("Europe/Copenhagen", "Europe/London", "Europe/Berlin", "Europe/Warsaw", "Europe/Athens",
                "Europe/Helsinki", "Europe/Stockholm", "Europe/Oslo", "America/New_York", "America/Chicago",
                "America/Los_Angeles", "Asia/Tokyo", "Asia/Shanghai", "Asia/Singapore", "Asia/Dubai",
                "Australia/Sydney")
_REGIONS = ("Africa/", "America/", "Antarctica/", "Arctic/", "Asia/", "Atlantic/", "Australia/", "Europe/",
            "Indian/", "Pacific/")


@cache
def zone_ids() -> tuple[str, ...]:
    """The canonical zones (tzdata's zone.tab, without the old link names) plus UTC."""
    try:
        text = (resources.files("tzdata.zoneinfo") / "zone.tab").read_text(encoding="utf-8")
        zones = {line.split("\t")[2] for line in text.splitlines() if line and not line.startswith("#")}
    except (ModuleNotFoundError, FileNotFoundError, IndexError):
        zones = {z for z in available_timezones() if z.startswith(_REGIONS)}
    return tuple(sorted(zones | {"UTC"}))


def zone_label(zone: str, lang: str, now: datetime) -> str:
    city = timezone_name(zone, lang=lang)
    offset = utc_offset_label(zone, now)
    return f"{zone} — {offset}" if city == zone else f"{city} — {offset} ({zone})"


def _sort_key(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c)).casefold()


@lru_cache(maxsize=4)
def zone_items(lang: str, hour: int) -> tuple[tuple[str, str, str], ...]:
    """(label, IANA id, city) for every zone: the common ones first, then the rest by label."""
    now = datetime.fromtimestamp(hour * 3600, UTC)
    items = {zone: (zone_label(zone, lang, now), zone, timezone_name(zone, lang=lang)) for zone in zone_ids()}
    first = [items[zone] for zone in COMMON_ZONES if zone in items]
    rest = sorted((item for zone, item in items.items() if zone not in COMMON_ZONES), key=lambda i: _sort_key(i[0]))
    return tuple(first + rest)


def _is_zone(name: str) -> bool:
    return name in zone_ids() or name in available_timezones()


class TimeZoneCombo(QComboBox):
    """Editable combo of time zones; ``zone()`` gives the IANA id, ``set_zone()`` selects one."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(37)  # "Copenhagen — UTC+1 (Europe/Copenhagen)" whole
        policy = self.sizePolicy()
        policy.setHorizontalPolicy(QSizePolicy.Policy.Expanding)
        self.setSizePolicy(policy)
        self.setMaxVisibleItems(16)
        completer = QCompleter(self.model(), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.setMaxVisibleItems(12)
        self.setCompleter(completer)
        self.lineEdit().editingFinished.connect(self._commit_typed)
        self._lang = ""
        self._fill("Europe/Copenhagen")

    # --- API ----------------------------------------------------------------------------------------------
    def zone(self) -> str:
        """The IANA id chosen or typed; unknown text comes back as typed, for the caller's validation."""
        text = self.currentText().strip()
        index = self.currentIndex()
        if index >= 0 and self.itemText(index) == text:
            return self.itemData(index)
        return self._resolve(text) or text

    def set_zone(self, iana: str) -> None:
        """Select a zone; a valid zone missing from the list (an old link name) is added at the end."""
        iana = (iana or "").strip()
        index = self.findData(iana)
        if index < 0 and iana and _is_zone(iana):
            self.addItem(zone_label(iana, self._lang, datetime.now(UTC)), iana)
            index = self.count() - 1
        if index >= 0:
            self.setCurrentIndex(index)
            self.setEditText(self.itemText(index))
        else:
            self.setEditText(iana)
        self.lineEdit().setCursorPosition(0)  # show the city, not the end of a long label

    # --- internals ----------------------------------------------------------------------------------------
    def _resolve(self, text: str) -> str | None:
        """A typed IANA id, a city or part of a label that points at exactly one zone."""
        if not text:
            return None
        folded = text.casefold()
        for zone in (text, *(z for z in zone_ids() if z.casefold() == folded)):
            if _is_zone(zone):
                return zone
        items = [(self.itemText(i), self.itemData(i)) for i in range(self.count())]
        cities = [zone for label, zone in items if label.split(" — ")[0].casefold() == folded]
        if len(cities) == 1:
            return cities[0]
        partial = [zone for label, zone in items if folded in label.casefold()]
        return partial[0] if len(partial) == 1 else None

    def _commit_typed(self) -> None:
        """Leaving the field with "Tokyo" or "asia/tokyo" typed shows the full label of that zone."""
        text = self.currentText().strip()
        if self.currentIndex() >= 0 and self.itemText(self.currentIndex()) == text:
            return
        found = self._resolve(text)
        if found:
            self.set_zone(found)

    def _fill(self, keep: str) -> None:
        lang = current_language()
        self._lang = lang
        blocked = self.blockSignals(True)
        try:
            self.clear()
            for label, zone, _city in zone_items(lang, int(datetime.now(UTC).timestamp()) // 3600):
                self.addItem(label, zone)
            self.set_zone(keep)
        finally:
            self.blockSignals(blocked)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and current_language() != self._lang:
            self._fill(self.zone())
        super().changeEvent(event)
