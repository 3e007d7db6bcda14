"""Demo appointments (three weeks around today, with recurring meetings) and ~40 calls with message slips."""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from opsassistant.db.fields import utc_text
from opsassistant.db.models import Call, Contact, Event, EventAttendee, EventPrincipal, Principal
from opsassistant.services import phones

CPH = "Europe/Copenhagen"


def at(day: date, hour: int, minute: int = 0, zone: str = CPH) -> datetime:
    return datetime.combine(day, time(hour, minute), ZoneInfo(zone))


def monday_of(day: date) -> date:
    return day - timedelta(days=day.weekday())


def working_days(first: date, last: date) -> list[date]:
    days, day = [], first
    while day <= last:
        if day.weekday() < 5:
            days.append(day)
        day += timedelta(days=1)
    return days


def add_event(title: str, start: datetime, end: datetime, principals: list[Principal], *, location: str = "",
              attendees: list[Contact] = (), rrule: str = "", notes: str = "", category: str = "",
              source: str = "", reminder: int | None = 15, end_zone: str | None = None) -> Event:
    zone = start.tzinfo.key if hasattr(start.tzinfo, "key") else CPH
    event = Event.create(title=title, location=location, start_utc=start, end_utc=end, start_timezone=zone,
                         end_timezone=end_zone or zone, rrule=rrule, notes=notes, category=category,
                         source=source, reminder_minutes=reminder)
    for principal in principals:
        EventPrincipal.create(event=event, principal=principal)
    for index, contact in enumerate(attendees):
        email = contact.emails.first()
        EventAttendee.create(event=event, contact=contact, name=contact.display_name,
                             email=email.address if email else "",
                             status=("accepted", "accepted", "tentative", "needs-action")[index % 4])
    return event


def create_events(rng: random.Random, today: date, people: list[Principal], contacts: list[Contact],
                  plan: dict[str, date]) -> int:
    """Recurring meetings for the principals plus single appointments from a week ago to two weeks ahead.

    ``plan`` holds the trips' dates: the executive gets no appointments at home while she is away."""
    away = set()
    for first, last in ((plan["tokyo_out"], plan["tokyo_back"]), (plan["ny_out"], plan["ny_back"])):
        away.update(first + timedelta(days=n) for n in range((last - first).days + 1))
    karen, mads, louise, jonas = people
    this_monday = monday_of(today)
    series_start = this_monday - timedelta(weeks=6)
    count = 0
    add_event("Ledermøde", at(series_start, 9), at(series_start, 10), people, location="Mødelokale Kronborg",
              rrule="FREQ=WEEKLY;BYDAY=MO", notes="Fast punkt: uge-status, drift, økonomi og personale.",
              category="meeting")
    standup = add_event("Stand-up", at(series_start, 9, 15), at(series_start, 9, 30), [mads, louise, jonas],
                        location="Kontoret, 2. sal", rrule="FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR", reminder=5)
    # Cancelled last Friday: one exception in the series.
    last_friday = this_monday - timedelta(days=3)
    standup.exdates = [utc_text(at(last_friday, 9, 15))]
    standup.save()
    add_event("Frokost med bestyrelsesformanden", at(series_start + timedelta(days=3), 12),
              at(series_start + timedelta(days=3), 13, 30), [karen], location="Restaurant Kanalen",
              rrule="FREQ=MONTHLY;BYDAY=1TH", attendees=[c for c in contacts if c.title == "Bestyrelsesformand"])
    add_event("Økonomiopfølgning", at(series_start + timedelta(days=2), 14), at(series_start + timedelta(days=2), 15),
              [karen, louise], rrule="FREQ=WEEKLY;INTERVAL=2;BYDAY=WE", location="Karens kontor")
    count += 4

    # A course day (all day) for Jonas next week.
    course = this_monday + timedelta(days=9)
    event = Event.create(title="Kursus: informationssikkerhed", all_day=True, start_date=course,
                         end_date=course + timedelta(days=1), location="Møllegården Kursuscenter, Roskilde")
    EventPrincipal.create(event=event, principal=jonas)
    count += 1

    companies = [c for c in contacts if c.organisation]
    topics = [
        ("Møde med {org}", "Vores kontor, mødelokale Skagen"), ("Kundebesøg hos {org}", "{city}"),
        ("Kontraktgennemgang: {org}", "Mødelokale Kronborg"), ("Telefonmøde med {name}", ""),
        ("Frokost med {name}", "Café Nørrebro"), ("Statusmøde, {org}", "Teams"),
        ("Budgetmøde med {name}", "Karens kontor"), ("Præsentation for {org}", "Mødelokale Skagen"),
    ]
    owners = [karen, karen, karen, mads, louise, jonas]
    for day in working_days(this_monday - timedelta(weeks=1), this_monday + timedelta(days=18)):
        for _ in range(rng.randint(1, 3)):
            owner = rng.choice(owners)
            if owner is karen and day in away:
                owner = rng.choice(owners[3:])
            contact = rng.choice(companies)
            address = contact.addresses.first()
            template, place = rng.choice(topics)
            title = template.format(org=contact.organisation, name=contact.display_name)
            start_hour = rng.choice([8, 10, 11, 13, 14, 15])
            minutes = rng.choice([0, 30])
            length = rng.choice([30, 60, 60, 90])
            start = at(day, start_hour, minutes)
            who = [owner] + ([mads] if owner is karen and rng.random() < 0.3 else [])
            add_event(title, start, start + timedelta(minutes=length), who,
                      location=place.format(city=address.city if address else ""), attendees=[contact],
                      category="meeting")
            count += 1

    # Always something on today's page, weekday or not.
    add_event("Forberedelse af bestyrelsesmøde", at(today, 10), at(today, 11, 30), [karen, louise],
              location="Karens kontor", notes="Regnskab og budget til gennemsyn.")
    count += 1

    # Cross-zone appointments: a video call booked in New York time, one in Tokyo time.
    ny_day = this_monday + timedelta(days=3)
    walsh = next(c for c in contacts if c.last_name == "Walsh")
    yamada = next(c for c in contacts if c.last_name == "山田")
    add_event("Videomøde med Hudson Bay Partners", at(ny_day, 9, 30, "America/New_York"),
              at(ny_day, 10, 30, "America/New_York"), [karen], location="Teams", attendees=[walsh])
    tokyo_day = plan["tokyo_out"] - timedelta(days=2)
    add_event("Forberedelse af Tokyo-besøget med Sakura Seiki", at(tokyo_day, 17, 0, "Asia/Tokyo"),
              at(tokyo_day, 18, 0, "Asia/Tokyo"), [karen, mads], location="Teams", attendees=[yamada])
    return count + 2


MESSAGES = [
    "Vil gerne tale om tilbuddet på det nye projekt.", "Spørger til fakturaen fra sidste måned.",
    "Ønsker at flytte mødet på torsdag.", "Har sendt kontrakten – vil høre om den er modtaget.",
    "Ringede angående leveringen i næste uge.", "Vil gerne have en tid til et kort møde.",
    "Spørgsmål om budgettet til arrangementet.", "Bekræfter aftalen; ingen handling nødvendig.",
    "Beder om en opdateret prisliste.", "Har en klage over den seneste levering – haster.",
]


def create_calls(rng: random.Random, now: datetime, people: list[Principal], contacts: list[Contact]) -> int:
    """About 40 calls over the last two weeks; some call-backs still open, a few of them overdue."""
    cph = ZoneInfo(CPH)
    local_now = now.astimezone(cph)
    today = local_now.date()
    count = 0
    days = working_days(today - timedelta(days=14), today)
    for index in range(40):
        day = days[index * len(days) // 40]
        moment = at(day, rng.randint(8, 15), rng.choice([2, 7, 14, 23, 31, 38, 46, 52]))
        if moment > local_now:
            moment = local_now - timedelta(minutes=7 * (40 - index) + 5)
        direction = rng.choices(["in", "out", "missed"], weights=[6, 3, 2])[0]
        principal = rng.choice(people)
        withheld = index == 17
        contact = None if withheld or index % 11 == 4 else rng.choice(contacts)
        phone = contact.phones.first() if contact else None
        if withheld:
            typed, name, company = "", "", ""
        elif contact:
            typed, name, company = phone.typed, contact.display_name, contact.organisation
        else:
            # an unknown caller: only the number (the UI says "Unknown caller" in its own language)
            typed, name, company = f"+45 {rng.randint(20, 29)} {rng.randint(10, 99)} 41 {rng.randint(10, 99)}", "", ""
        parsed = phones.parse(typed) if typed else None
        call = Call(when_utc=moment, direction=direction, typed_number=typed,
                    e164=parsed.e164 if parsed else None, digits=parsed.digits if parsed else "", name=name,
                    company=company, contact=contact, principal=principal,
                    duration_seconds=None if direction == "missed" else rng.randint(40, 1400))
        if direction != "out" and (index % 3 == 0 or direction == "missed"):
            call.message = MESSAGES[index % len(MESSAGES)]
            call.please_call = index % 2 == 0 or direction == "missed"
            call.will_call_again = not call.please_call
            call.urgent = "haster" in call.message or index % 7 == 0
            call.came_to_see = index == 9
            call.telephoned = not call.came_to_see
            if call.please_call:
                recent = moment.date() >= today - timedelta(days=3)
                open_call = recent or index % 4 == 0
                due = moment + timedelta(hours=2 if call.urgent else 24)
                call.callback_by_utc = due
                call.status = "open" if open_call else "done"
                call.done_at = None if open_call else min(due, now).astimezone(UTC)
        elif direction == "in" and index % 5 == 1:
            call.returned_call = True
            call.message = "Ringede tilbage som aftalt."
        call.save()
        count += 1
    # Two call-backs due later today so the Today page always shows open work.
    for offset, who in ((1, people[0]), (3, people[1])):
        contact = contacts[offset * 7]
        phone = contact.phones.first()
        parsed = phones.parse(phone.typed)
        Call.create(when_utc=now - timedelta(minutes=20 * offset), direction="in", typed_number=phone.typed,
                    e164=parsed.e164, digits=parsed.digits, name=contact.display_name,
                    company=contact.organisation, contact=contact, principal=who, please_call=True,
                    message="Vil gerne høre om mødet kan rykkes en time.", urgent=offset == 1,
                    callback_by_utc=now + timedelta(hours=offset), status="open")
        count += 1
    return count
