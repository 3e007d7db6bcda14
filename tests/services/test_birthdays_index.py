"""The Today page's birthdays come from the month-day index, not from a scan of every contact."""

from __future__ import annotations

import logging
from datetime import date

from opsassistant.services.contacts import queries


def _plans(db, caplog, first: date, last: date, ask=queries.birthdays_between) -> list[str]:
    with caplog.at_level(logging.DEBUG, logger="peewee"):
        ask(first, last)
    sent = [r.msg for r in caplog.records if r.name == "peewee" and isinstance(r.msg, tuple)]
    selects = [(sql, params) for sql, params in sent if sql.startswith("SELECT") and "contact" in sql]
    assert any("strftime" in sql for sql, _params in selects)
    return [(sql, " ".join(str(row[-1]) for row in db.execute_sql("EXPLAIN QUERY PLAN " + sql, params)))
            for sql, params in selects]


def test_a_week_and_a_week_over_new_year_search_the_index(db, caplog):
    for first, last in ((date(2026, 6, 1), date(2026, 6, 8)), (date(2025, 12, 28), date(2026, 1, 4))):
        plans = _plans(db, caplog, first, last)
        assert all("contact_birthday_md" in plan for sql, plan in plans if "strftime" in sql), plans
        assert not any("SCAN" in plan for _sql, plan in plans), plans
        caplog.clear()


def test_the_today_page_of_birthdays_counts_and_reads_by_the_index(db, caplog):
    from opsassistant.services.contacts import editing

    editing.save(editing.ContactData(first_name="Jens", last_name="Hansen", birthday=date(1970, 1, 2)))
    plans = _plans(db, caplog, date(2025, 12, 28), date(2026, 1, 4),
                   ask=lambda first, last: queries.birthdays_page(first, last, 30))
    assert any("count(" in sql for sql, _plan in plans) and any("LIMIT" in sql for sql, _plan in plans)
    assert all("contact_birthday_md" in plan for sql, plan in plans if "strftime" in sql), plans
    assert not any("SCAN" in plan for _sql, plan in plans), plans


def test_without_the_index_the_same_birthdays_come_by_a_scan(db):
    from opsassistant.services.contacts import editing

    editing.save(editing.ContactData(first_name="Jens", last_name="Hansen", birthday=date(1970, 6, 3)))
    week = (date(2026, 6, 1), date(2026, 6, 8))
    assert [c.display_name for _d, c in queries.birthdays_between(*week)] == ["Jens Hansen"]
    db.execute_sql("DROP INDEX contact_birthday_md")
    assert [(d, c.display_name) for d, c in queries.birthdays_between(*week)] == [(date(2026, 6, 3), "Jens Hansen")]
    page, total = queries.birthdays_page(*week, 30)
    assert total == 1 and [(d, c.display_name) for d, c in page] == [(date(2026, 6, 3), "Jens Hansen")]
