"""Shared by the agenda and week reports: the target date, the principal, one appointment's lines."""

from __future__ import annotations

from datetime import date, datetime

from opsassistant.db.models import Principal
from opsassistant.errors import UserError
from opsassistant.i18n.formatting import format_full_date, format_time, timezone_name
from opsassistant.i18n.messages import Translator, translate
from opsassistant.services import principals as principal_service
from opsassistant.services.calendar.occurrences import Occurrence, home_zone, zone


def target_date(target: str | date | None) -> date:
    if target is None or target == "":
        return datetime.now(zone(home_zone())).date()
    if isinstance(target, date):
        return target
    try:
        return date.fromisoformat(str(target))
    except ValueError:
        raise UserError(translate("CalendarReport", "Give the date as YYYY-MM-DD, e.g. 2026-04-02.")) from None


def principal_of(principal) -> Principal | None:
    """A Principal from an id, a name or None (the executive)."""
    if principal is None or principal == "":
        return principal_service.executive()
    if isinstance(principal, Principal):
        return principal
    if isinstance(principal, int) or str(principal).isdigit():
        return Principal.get_or_none(Principal.id == int(principal))
    found = principal_service.find_by_name(str(principal))
    if found is None:
        raise UserError(translate("CalendarReport", "No principal is called “%1”.").replace("%1", str(principal)))
    return found


def when_text(occ: Occurrence, lang: str, home: str | None = None) -> str:
    """"09.00–10.30" at home, "+N" when it ends N days later, and the local times with the city's name (in the
    report's language) when the event has its own zone: "(17.35 København → 13.00 Tokyo)"."""
    if occ.all_day:
        return Translator(lang).translate("CalendarReport", "All day")
    home = home or home_zone()
    start, end = occ.start.astimezone(zone(home)), occ.end.astimezone(zone(home))
    text = f"{format_time(start, lang)}–{format_time(end, lang)}"
    days = (end.date() - start.date()).days
    if days > 0:
        text += f" (+{days})"
    if occ.start_timezone != home or occ.end_timezone != home:
        local = f"{format_time(occ.start, lang)} {timezone_name(occ.start_timezone, occ.start, lang)}"
        if occ.end_timezone != occ.start_timezone:
            local += f" → {format_time(occ.end, lang)} {timezone_name(occ.end_timezone, occ.end, lang)}"
        text += f"\n({local})"
    return text


def day_label(day: date, lang: str) -> str:
    """"mandag den 30. november" / "Monday 30 November": a day inside a report whose title has the year."""
    from opsassistant.i18n.babel_dates import babel_dates
    from opsassistant.i18n.language import babel_locale

    locale = babel_locale(lang)
    pattern = "EEEE 'den' d. MMMM" if locale == "da_DK" else "EEEE d MMMM"
    return babel_dates.format_date(day, format=pattern, locale=locale)


def status_text(occ: Occurrence, lang: str) -> str:
    if occ.status == "tentative":
        return Translator(lang).translate("CalendarReport", "tentative")
    if occ.status == "cancelled":
        return Translator(lang).translate("CalendarReport", "cancelled")
    return ""


def full_date_with_week(day: date, lang: str) -> str:
    """"torsdag den 2. april 2026 · uge 14" (our own message, so lupdate extracts it)."""
    week = Translator(lang).translate("CalendarReport", "week %1").replace("%1", str(day.isocalendar().week))
    return f"{format_full_date(day, lang)} · {week}"


def week_title(day: date, lang: str) -> str:
    return Translator(lang).translate("CalendarReport", "Week %1").replace("%1", str(day.isocalendar().week))
