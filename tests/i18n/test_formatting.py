from datetime import UTC, date, datetime, time, timedelta

from opsassistant.i18n import formatting as fmt
from opsassistant.i18n.messages import translate


def test_money_is_exact_and_danish():
    assert fmt.format_money(123450, "DKK", "da") == "1.234,50\xa0kr."
    assert fmt.format_money(5000, "JPY", "da").startswith("5.000")
    assert fmt.to_decimal(123456, "DKK") == fmt.to_decimal(123456, "DKK").quantize(fmt.to_decimal(1, "DKK"))


def test_full_date_with_iso_week_in_both_languages():
    day = date(2026, 4, 2)
    assert fmt.format_full_date_with_week(day, "da") == "torsdag den 2. april 2026 · uge 14"
    assert fmt.format_full_date_with_week(day, "en") == "Thursday 2 April 2026 · week 14"
    assert fmt.week_label(date(2026, 11, 28), "da") == "Uge 48"
    assert fmt.week_label(date(2026, 11, 28), "en") == "Week 48"


def test_iso_week_at_the_turn_of_the_year():
    assert fmt.iso_week(date(2027, 1, 1)) == 53
    assert fmt.week_label(date(2027, 1, 1), "da") == "Uge 53"


def test_24_hour_times_and_durations():
    assert fmt.format_time(time(14, 5), "da") == "14.05"
    assert fmt.format_duration(timedelta(hours=11, minutes=35), "da") == "11 t 35 min"
    assert fmt.format_duration(timedelta(hours=11, minutes=35), "en") == "11 h 35 min"
    moment = datetime(2026, 3, 29, 1, 30, tzinfo=UTC)
    assert fmt.format_datetime(moment, "Europe/Copenhagen", "da").endswith("03.30")


def test_zone_names_and_offsets():
    assert fmt.timezone_name("Europe/Copenhagen", lang="da") == "København"
    assert fmt.utc_offset_label("Asia/Kolkata", datetime(2026, 1, 1, tzinfo=UTC)) == "UTC+5:30"


def test_plural_forms_in_both_languages():
    assert translate("CallsPanel", "%n call(s)", "", 1, lang="en") == "1 call"
    assert translate("CallsPanel", "%n call(s)", "", 2, lang="en") == "2 calls"
    assert translate("CallsPanel", "%n call(s)", "", 2, lang="da") == "2 opkald"


def test_each_locale_is_parsed_once_and_follows_the_current_language(monkeypatch):
    """Babel parses a locale given as text on every call; the formatting keeps one parsed Locale per language
    (the Today page formats ~80 values at start), and a language switch formats in the other one at once."""
    from babel import Locale

    from opsassistant.i18n import language

    parsed: list[str] = []
    real_parse = Locale.parse

    def counting_parse(identifier, *args, **kwargs):
        if isinstance(identifier, str):  # Babel passes a Locale on to parse() too, which returns it as it is
            parsed.append(identifier)
        return real_parse(identifier, *args, **kwargs)

    monkeypatch.setattr(Locale, "parse", counting_parse)
    monkeypatch.setattr(fmt, "_PARSED", {})
    monkeypatch.setattr(language, "_current", "da")
    day = date(2026, 4, 2)
    for _ in range(20):
        assert fmt.format_date(day, "medium") == "2. apr. 2026"
        assert fmt.format_number(1234) == "1.234"
    language.set_current_language("en")
    assert fmt.format_date(day, "medium") == "2 Apr 2026"
    language.set_current_language("da")
    assert fmt.format_full_date(day) == "torsdag den 2. april 2026"
    assert parsed.count("da_DK") == 1 and parsed.count("en_DK") == 1
