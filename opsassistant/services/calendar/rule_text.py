"""A readable description of any RRULE, in the UI language ("every month, Monday … Friday, only the last of
these"): what the editor shows for a rule its repeat choices cannot display, so it can keep it unchanged."""

from __future__ import annotations

from datetime import UTC, date, datetime

from babel.lists import format_list

from opsassistant.i18n.babel_dates import babel_dates
from opsassistant.i18n.formatting import format_date
from opsassistant.i18n.language import babel_locale
from opsassistant.i18n.messages import translate

_DAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")


def _every(freq: str, interval: int) -> str:
    one = {"SECONDLY": translate("RecurrenceText", "every second"), "MINUTELY": translate("RecurrenceText", "every minute"),
           "HOURLY": translate("RecurrenceText", "every hour"), "DAILY": translate("RecurrenceText", "every day"),
           "WEEKLY": translate("RecurrenceText", "every week"), "MONTHLY": translate("RecurrenceText", "every month"),
           "YEARLY": translate("RecurrenceText", "every year")}
    many = {"SECONDLY": translate("RecurrenceText", "every %1 seconds"), "MINUTELY": translate("RecurrenceText", "every %1 minutes"),
            "HOURLY": translate("RecurrenceText", "every %1 hours"), "DAILY": translate("RecurrenceText", "every %1 days"),
            "WEEKLY": translate("RecurrenceText", "every %1 weeks"), "MONTHLY": translate("RecurrenceText", "every %1 months"),
            "YEARLY": translate("RecurrenceText", "every %1 years")}
    if freq not in one:
        return f"FREQ={freq}"
    return one[freq] if interval == 1 else many[freq].replace("%1", str(interval))


def _ordinal(number: int) -> str:
    words = {1: translate("RecurrenceText", "the first %1"), 2: translate("RecurrenceText", "the second %1"), 3: translate("RecurrenceText", "the third %1"),
             4: translate("RecurrenceText", "the fourth %1"), 5: translate("RecurrenceText", "the fifth %1"), -1: translate("RecurrenceText", "the last %1"),
             -2: translate("RecurrenceText", "the second-to-last %1")}
    return words.get(number, translate("RecurrenceText", "%1 number %2").replace("%2", str(number)))


def _join(items: list[str], locale: str) -> str:
    return format_list(items, locale=locale) if items else ""


def _day_names(value: str, locale: str) -> str:
    names = babel_dates.get_day_names("wide", locale=locale)
    items = []
    for part in value.split(","):
        part = part.strip().upper()
        if part[-2:] not in _DAYS:
            items.append(part)
            continue
        name = names[_DAYS.index(part[-2:])]
        ordinal = part[:-2]
        try:
            items.append(_ordinal(int(ordinal)).replace("%1", name) if ordinal not in ("", "+") else name)
        except ValueError:
            items.append(part)
    return _join(items, locale)


def _numbers(value: str, last: str, locale: str) -> str:
    items = []
    for part in value.split(","):
        part = part.strip()
        items.append(last if part == "-1" else part)
    return _join(items, locale)


def _until(value: str, zone_name: str, lang: str | None) -> str:
    value = value.strip().upper()
    try:
        if value.endswith("Z"):
            from zoneinfo import ZoneInfo

            moment = datetime.strptime(value[:-1], "%Y%m%dT%H%M%S").replace(tzinfo=UTC)
            day = moment.astimezone(ZoneInfo(zone_name)).date()
        else:
            day = date(int(value[0:4]), int(value[4:6]), int(value[6:8]))
    except (ValueError, KeyError):
        return value
    return format_date(day, "long", lang)


def describe(rule_text: str, zone_name: str = "UTC", lang: str | None = None) -> str:
    """"Custom rule: every month, Monday, Tuesday, Wednesday, Thursday and Friday, only the last of these"."""
    locale = babel_locale(lang)
    values = {k.strip().upper(): v.strip() for k, _, v in (p.partition("=") for p in rule_text.split(";")) if v}
    try:
        interval = int(values.get("INTERVAL", "1"))
    except ValueError:
        interval = 1
    parts = [_every(values.get("FREQ", "").upper(), interval)]
    known = {"FREQ", "INTERVAL", "WKST"}
    if "BYMONTH" in values:
        names = babel_dates.get_month_names("wide", locale=locale)
        months = [names.get(int(m), m) if m.strip().isdigit() else m for m in values["BYMONTH"].split(",")]
        parts.append(translate("RecurrenceText", "in %1").replace("%1", _join(months, locale)))
        known.add("BYMONTH")
    if "BYWEEKNO" in values:
        parts.append(translate("RecurrenceText", "in week %1").replace("%1", _numbers(values["BYWEEKNO"], "-1", locale)))
        known.add("BYWEEKNO")
    if "BYYEARDAY" in values:
        parts.append(translate("RecurrenceText", "on day %1 of the year").replace(
            "%1", _numbers(values["BYYEARDAY"], translate("RecurrenceText", "the last"), locale)))
        known.add("BYYEARDAY")
    if "BYMONTHDAY" in values:
        parts.append(translate("RecurrenceText", "on day %1 of the month").replace(
            "%1", _numbers(values["BYMONTHDAY"], translate("RecurrenceText", "the last"), locale)))
        known.add("BYMONTHDAY")
    if "BYDAY" in values:
        parts.append(translate("RecurrenceText", "on %1").replace("%1", _day_names(values["BYDAY"], locale)))
        known.add("BYDAY")
    if "BYSETPOS" in values:
        positions = [p.strip() for p in values["BYSETPOS"].split(",")]
        if positions == ["-1"]:
            parts.append(translate("RecurrenceText", "only the last of these"))
        elif positions == ["1"]:
            parts.append(translate("RecurrenceText", "only the first of these"))
        else:
            parts.append(translate("RecurrenceText", "only number %1 of these").replace("%1", _join(positions, locale)))
        known.add("BYSETPOS")
    for name in ("BYHOUR", "BYMINUTE", "BYSECOND"):
        if name in values:
            parts.append(f"{name}={values[name]}")
            known.add(name)
    if "COUNT" in values:
        parts.append(translate("RecurrenceText", "%1 times").replace("%1", values["COUNT"]))
        known.add("COUNT")
    if "UNTIL" in values:
        parts.append(translate("RecurrenceText", "until %1").replace("%1", _until(values["UNTIL"], zone_name, lang)))
        known.add("UNTIL")
    parts += [f"{k}={v}" for k, v in values.items() if k not in known]
    return translate("RecurrenceText", "Custom rule: %1").replace("%1", ", ".join(parts))


def describe_dates(keys: list[str], zone_name: str = "UTC", lang: str | None = None, limit: int = 8) -> str:
    """"Also on 6 May 2026 14:00, 8 May 2026 and 2 more": the series' RDATEs, in the UI language."""
    from zoneinfo import ZoneInfo

    from opsassistant.i18n.formatting import format_time

    locale = babel_locale(lang)
    items = []
    for key in keys[:limit]:
        first = key.split("/", 1)[0].strip()
        try:
            if len(first) == 10:
                items.append(format_date(date.fromisoformat(first), "medium", lang))
            else:
                moment = datetime.strptime(first, "%Y-%m-%d %H:%M:%S").replace(tzinfo=UTC)
                local = moment.astimezone(ZoneInfo(zone_name))
                items.append(f"{format_date(local.date(), 'medium', lang)} {format_time(local, lang)}")
        except (ValueError, KeyError):
            items.append(key)
    if len(keys) > limit:
        items.append(translate("RecurrenceText", "%1 more").replace("%1", str(len(keys) - limit)))
    return translate("RecurrenceText", "Also on %1").replace("%1", _join(items, locale))
