"""The Today overview keeps what the page shows (a crowded day, a big address book) and says how many there are."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from opsassistant.services import today
from opsassistant.services.calendar import editing as calendar
from opsassistant.services.calendar.editing import EventData
from opsassistant.services.contacts import editing as contacts
from opsassistant.services.contacts import queries

CPH = ZoneInfo("Europe/Copenhagen")
DAY = date(2026, 4, 14)
NOW = datetime(2026, 4, 14, 6, 0, tzinfo=UTC)


def _crowded_day(timed: int, all_day: int) -> None:
    for i in range(timed):  # created latest first: the overview sorts them itself
        start = datetime(2026, 4, 14, 8, tzinfo=CPH) + timedelta(minutes=5 * (timed - i))
        calendar.create(EventData(title=f"Meeting {timed - i:03d}", start=start, end=start + timedelta(minutes=30)))
    for i in range(all_day):
        calendar.create(EventData(title=f"All day {i}", all_day=True, start_date=DAY, end_date=DAY + timedelta(days=1)))


def test_a_crowded_day_keeps_the_first_hundred_all_day_first(db, executive):
    _crowded_day(timed=102, all_day=3)
    data = today.overview(DAY, now=NOW)
    assert data.appointments_total == 105
    assert len(data.appointments) == today.APPOINTMENTS_SHOWN == 100
    assert sorted(o.title for o in data.appointments[:3]) == ["All day 0", "All day 1", "All day 2"]
    timed = data.appointments[3:]
    assert [o.title for o in timed] == [f"Meeting {i:03d}" for i in range(1, 98)]
    assert [o.start for o in timed] == sorted(o.start for o in timed)


def test_a_day_under_the_cap_is_shown_whole(db, executive):
    _crowded_day(timed=4, all_day=1)
    data = today.overview(DAY, now=NOW)
    assert data.appointments_total == len(data.appointments) == 5


def _born(name: str, born: date, deleted: bool = False) -> None:
    contact = contacts.save(contacts.ContactData(first_name=name, last_name="Berg", birthday=born))
    if deleted:
        contact.deleted_at = datetime.now(UTC)
        contact.save()


def test_a_week_of_many_birthdays_keeps_the_first_thirty_in_date_order(db, executive):
    for i in range(35):  # five a day over the week, the latest days made first
        _born(f"Person{34 - i:02d}", date(1970, 4, 14) + timedelta(days=(34 - i) // 5))
    _born("Gone", date(1970, 4, 14), deleted=True)
    _born("Later", date(1970, 5, 30))
    data = today.overview(DAY, now=NOW)
    assert data.birthdays_total == 35
    assert len(data.birthdays) == today.BIRTHDAYS_SHOWN == 30
    assert [c.first_name for _d, c in data.birthdays] == [f"Person{i:02d}" for i in range(30)]
    assert [d for d, _c in data.birthdays] == [DAY + timedelta(days=i // 5) for i in range(30)]


def test_the_page_is_the_head_of_birthdays_between_everywhere_in_the_year(db):
    births = [date(1980, 2, 29), date(1975, 2, 28), date(1990, 3, 1), date(1966, 12, 30), date(1999, 1, 2),
              date(1985, 12, 31), date(2001, 1, 1), date(1972, 6, 3), date(1972, 6, 3)]
    for i, born in enumerate(births):
        _born(f"Name{i}", born)
    _born("Deleted", date(1972, 6, 3), deleted=True)
    windows = [(date(2026, 2, 25), date(2026, 3, 4)), (date(2028, 2, 25), date(2028, 3, 4)),
               (date(2025, 12, 28), date(2026, 1, 4)), (date(2026, 6, 1), date(2026, 6, 8)),
               (date(2026, 7, 1), date(2026, 7, 8)), (date(2026, 1, 1), date(2027, 3, 1))]
    for first, last in windows:
        whole = queries.birthdays_between(first, last)
        for limit in (0, 1, 2, 30):
            page, total = queries.birthdays_page(first, last, limit)
            assert total == len(whole), (first, last)
            assert [(d, c.id) for d, c in page] == [(d, c.id) for d, c in whole[:limit]], (first, last, limit)
    assert queries.birthdays_page(date(2026, 3, 2), date(2026, 3, 1), 30) == ([], 0)


def test_the_page_reads_only_the_contacts_it_shows(db, caplog):
    import logging

    for i in range(40):
        _born(f"Many{i:02d}", date(1970, 6, 2))
    with caplog.at_level(logging.DEBUG, logger="peewee"):
        page, total = queries.birthdays_page(date(2026, 6, 1), date(2026, 6, 8), 3)
    assert total == 40 and len(page) == 3
    sent = [r.msg for r in caplog.records if r.name == "peewee" and isinstance(r.msg, tuple)]
    reads = [params for sql, params in sent if sql.startswith('SELECT "t1"') and '"contact"' in sql]
    assert reads and all(len(params) <= 3 for params in reads), reads
