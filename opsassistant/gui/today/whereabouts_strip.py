"""The Today page's "who is where" strip: a card per principal with where they are, what is next and what is due."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from opsassistant.i18n import formatting as fmt
from opsassistant.services.whereabouts import Deadline, Whereabouts

OVERDUE = "#c0392b"  # red means overdue, and only that
DEADLINES_SHOWN = 3
PER_ROW = 4
_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#x27;"})


def escape(text: str) -> str:
    """``html.escape``: not imported for it, as the html package loads its 2,000-entity table (before the first
    paint, where this strip is)."""
    return text.translate(_ESCAPES)


def _zone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (KeyError, ValueError):
        return ZoneInfo("Europe/Copenhagen")


class PrincipalCard(QFrame):
    """One principal: a bar in their colour, the name, where they are, the next appointment, the deadlines."""

    link_activated = Signal(str)  # "area:id"

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("whereaboutsCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)  # a row of equal heights
        self.bar = QFrame()
        self.bar.setFixedWidth(5)
        self.name_label, self.status_label, self.next_label, self.deadlines_label = (
            QLabel(), QLabel(), QLabel(), QLabel())
        self.name_label.setObjectName("nameLabel")
        self.status_label.setObjectName("statusLabel")
        self.next_label.setObjectName("nextLabel")
        self.deadlines_label.setObjectName("deadlinesLabel")
        font = self.name_label.font()
        font.setBold(True)
        self.name_label.setFont(font)
        for label in (self.status_label, self.next_label, self.deadlines_label):
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse
                                          | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
            label.linkActivated.connect(self.link_activated)
        text = QVBoxLayout()
        text.setSpacing(2)
        text.setContentsMargins(4, 2, 2, 2)
        for label in (self.name_label, self.status_label, self.next_label, self.deadlines_label):
            label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            text.addWidget(label)
        text.addStretch(1)
        row = QHBoxLayout(self)
        row.setContentsMargins(2, 2, 2, 2)
        row.addWidget(self.bar)
        row.addLayout(text, 1)
        self.record: Whereabouts | None = None

    def show_record(self, record: Whereabouts, now: datetime) -> None:
        self.record = record
        self.bar.setStyleSheet(f"background-color: {QColor(record.colour).name()}; border-radius: 2px;")
        self.name_label.setText(record.name)
        self.status_label.setText(self.status_text(record, now))
        self.next_label.setText(self.next_text(record, now))
        self.deadlines_label.setText(self.deadlines_html(record, now))
        self.deadlines_label.setVisible(bool(record.deadlines))
        self.setAccessibleName(record.name)
        self.setAccessibleDescription(" ".join(
            (self.status_label.text(), self.next_label.text())))

    # --- texts ----------------------------------------------------------------------------------------------
    def status_text(self, record: Whereabouts, now: datetime) -> str:
        local = _zone(record.local_zone)
        until = fmt.format_time(record.busy_until.astimezone(local)) if record.busy_until else ""
        if record.state == "travelling" and record.arrives is not None:
            return self.tr("On the way to %1, lands %2 local time").replace("%1", record.place).replace(
                "%2", fmt.format_time(record.arrives.astimezone(local)))
        if record.state == "travelling":
            text = self.tr("Travelling — %1, local time %2").replace("%1", record.place).replace(
                "%2", fmt.format_time(now.astimezone(local)))
            if until:
                text += "\n" + self.tr("In a meeting until %1").replace("%1", until)
            return text
        if record.state == "meeting":
            return self.tr("In a meeting until %1").replace("%1", until)
        if record.state == "away" and record.reason == "absence":
            if isinstance(record.away_until, datetime):
                back = fmt.format_time(record.away_until.astimezone(local))
                if record.away_until.astimezone(local).date() != now.astimezone(local).date():
                    back = fmt.format_datetime(record.away_until, record.local_zone)
                return self.tr("Away: %1 until %2").replace("%1", record.activity).replace("%2", back)
            if isinstance(record.away_until, date) and record.away_until > now.astimezone(local).date():
                last_day = fmt.format_date(record.away_until, "medium")
                return self.tr("Away: %1, through %2").replace("%1", record.activity).replace("%2", last_day)
            return self.tr("Away today: %1").replace("%1", record.activity)
        if record.state == "away":
            return self.tr("Outside working hours (%1–%2)").replace(
                "%1", record.work_start.replace(":", self._separator())).replace(
                "%2", record.work_end.replace(":", self._separator()))
        return self.tr("In the office")

    def next_text(self, record: Whereabouts, now: datetime) -> str:
        upcoming = record.next_appointment
        if upcoming is None:
            return self.tr("Nothing booked in the next two weeks.")
        local = _zone(record.local_zone)
        start = upcoming.start.astimezone(local)
        today = now.astimezone(local).date()
        if start.date() == today:
            when = fmt.format_time(start)
        elif start.date() == today + timedelta(days=1):
            when = self.tr("tomorrow %1").replace("%1", fmt.format_time(start))
        else:
            when = f"{fmt.format_date(start.date(), 'EEE d. MMM' if self._danish() else 'EEE d MMM')} " \
                   f"{fmt.format_time(start)}"
        what = escape(upcoming.title) + (f" · {escape(upcoming.location)}" if upcoming.location else "")
        link = f"<a href='calendar:{upcoming.event_id}'>{what}</a>"
        return self.tr("Next: %1 %2").replace("%1", escape(when)).replace("%2", link)

    def deadlines_html(self, record: Whereabouts, now: datetime) -> str:
        lines = [self._deadline(d, record.local_zone, now) for d in record.deadlines[:DEADLINES_SHOWN]]
        more = len(record.deadlines) - DEADLINES_SHOWN
        if more > 0:
            lines.append(escape(self.tr("%1 more due this week").replace("%1", str(more))))
        return "<br>".join(lines)

    def _deadline(self, deadline: Deadline, zone_name: str, now: datetime) -> str:
        if isinstance(deadline.due, datetime):
            local = deadline.due.astimezone(_zone(zone_name))
            same_day = local.date() == now.astimezone(_zone(zone_name)).date()
            due = fmt.format_time(local) if same_day else fmt.format_datetime(deadline.due, zone_name)
            text = self.tr("Call back %1 by %2").replace("%1", deadline.title).replace("%2", due)
        else:
            text = self.tr("%1 (%2) due %3").replace("%1", deadline.title).replace("%2", deadline.context).replace(
                "%3", fmt.format_date(deadline.due, "medium"))
        link = f"<a href='{deadline.area}:{deadline.record_id}'>{escape(text)}</a>"
        if deadline.overdue:
            overdue = escape(self.tr("Overdue:"))
            return f"<b><span style='color:{OVERDUE}'>{overdue}</span></b> {link}"
        return link

    @staticmethod
    def _separator() -> str:
        return "." if fmt.format_time(datetime(2000, 1, 1, 13, 5)).count(".") else ":"

    @staticmethod
    def _danish() -> bool:
        from opsassistant.i18n.language import current_language

        return current_language() == "da"


class WhereaboutsStrip(QWidget):
    """A row of :class:`PrincipalCard` (four to a row); ``open_requested(area, id)`` when a link is followed."""

    open_requested = Signal(str, int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("whereaboutsStrip")
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.cards: list[PrincipalCard] = []
        self.records: list[Whereabouts] = []
        self.now = datetime.now(UTC)

    def set_records(self, records: list[Whereabouts], now: datetime) -> None:
        self.records, self.now = list(records), now
        while len(self.cards) > len(records):
            card = self.cards.pop()
            self.grid.removeWidget(card)
            card.deleteLater()
        while len(self.cards) < len(records):
            card = PrincipalCard(self)
            card.link_activated.connect(self._follow)
            self.cards.append(card)
        columns = max(1, min(PER_ROW, len(records)))
        for index, (card, record) in enumerate(zip(self.cards, records, strict=True)):
            self.grid.addWidget(card, index // columns, index % columns)
            card.show_record(record, now)
        for column in range(PER_ROW):
            self.grid.setColumnStretch(column, 1 if column < columns else 0)
        self.setVisible(bool(records))

    def card_for(self, name: str) -> PrincipalCard:
        return next(card for card in self.cards if card.record and card.record.name == name)

    def _follow(self, link: str) -> None:
        area, _, record_id = link.partition(":")
        if record_id.isdigit():
            self.open_requested.emit(area, int(record_id))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange and self.records:
            self.set_records(self.records, self.now)
        super().changeEvent(event)
