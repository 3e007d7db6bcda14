"""Demo outings (with participants, tasks and expenses) and the executive's trips to Tokyo and New York.

Written through the outings and travel services, so the generated calendar entries are exactly theirs.
"""

from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta
from decimal import Decimal

from opsassistant.db.models import Contact, Expense, Principal
from opsassistant.services.demo.schedule import at

FESTIVE_MONTHS = (10, 11, 12, 1)


def plan(today: date) -> dict[str, date]:
    """The fixed points of the demo weeks, so appointments, outings and trips do not collide."""
    seminar = today + timedelta(days=2)
    while seminar.weekday() >= 5:
        seminar += timedelta(days=1)
    tokyo_out = today + timedelta(days=5)
    tokyo_back = tokyo_out + timedelta(days=5)
    party = tokyo_back + timedelta(days=1)
    party += timedelta(days=(4 - party.weekday()) % 7)  # a Friday, after the Tokyo trip
    ny_out = party + timedelta(days=3)
    return {"seminar": seminar, "tokyo_out": tokyo_out, "tokyo_back": tokyo_back, "party": party,
            "ny_out": ny_out, "ny_back": ny_out + timedelta(days=3)}


def _participants(outing_id: int, people: list[Principal], contacts: list[Contact], rng: random.Random) -> None:
    from opsassistant.services.outings import participants

    replies = ["accepted", "accepted", "accepted", "declined", "no_reply"]
    for person in people:
        participants.save(outing_id, participants.ParticipantData(principal_id=person.id, rsvp="accepted"))
    diets = ["", "", "", "Vegetar", "Glutenfri", "Ingen svinekød"]
    for contact in contacts:
        participants.save(outing_id, participants.ParticipantData(
            contact_id=contact.id, rsvp=rng.choice(replies), dietary=rng.choice(diets)))


def _expense(outing_id: int, day: date, description: str, category: str, supplier: str, amount: str,
             currency: str = "DKK", rate: str = "1", paid_by: str = "invoice", paid_by_name: str = "",
             receipt: str = "") -> None:
    from opsassistant.services.outings.money import quantize_minor

    Expense.create(outing=outing_id, date=day, description=description, category=category, supplier=supplier,
                   amount_minor=quantize_minor(Decimal(amount), currency), currency=currency,
                   exchange_rate=Decimal(rate), vat_rate=Decimal("25") if currency == "DKK" else Decimal("0"),
                   paid_by=paid_by, paid_by_name=paid_by_name, receipt_reference=receipt)


def create_outings(rng: random.Random, today: date, people: list[Principal], contacts: list[Contact]) -> None:
    from opsassistant.services.outings import editing, tasks

    karen, mads, louise, jonas = people
    customers = [c for c in contacts if any(m.group.name == "Kunder" for m in c.memberships)]
    venue = next(c for c in contacts if c.organisation.startswith("Møllegården"))
    caterer = next(c for c in contacts if c.organisation.startswith("Skovlund"))

    # 1. Department meeting later this week.
    meeting_day = today + timedelta(days=(3 - today.weekday()) % 7 or 7)
    dept = editing.save(editing.OutingData(
        title="Afdelingsmøde: drift og økonomi", kind="department_meeting", start=at(meeting_day, 13),
        end=at(meeting_day, 15, 30), venue="Mødelokale Kronborg", organiser_id=mads.id, status="confirmed",
        description="Kvartalsstatus, ny vagtplan og kontorflytningen.", budget_minor=300000,
        programme=[editing.ProgrammeItemData(at(meeting_day, 13), "Velkomst og status"),
                   editing.ProgrammeItemData(at(meeting_day, 14), "Kaffe og kage"),
                   editing.ProgrammeItemData(at(meeting_day, 14, 15), "Vagtplan for næste kvartal")]))
    _participants(dept.id, people, [], rng)
    tasks.save(dept.id, "Book mødelokale", meeting_day - timedelta(days=7), done=True)
    tasks.save(dept.id, "Send dagsorden ud", meeting_day - timedelta(days=2))
    tasks.save(dept.id, "Bestil kage hos bageren", meeting_day - timedelta(days=1))
    _expense(dept.id, meeting_day, "Kaffe, te og kage til 12", "food", "Bageriet på hjørnet", "1150.00",
             paid_by="company_card", receipt="K-2291")

    # 2. The festive staff event (julefrokost in the season, otherwise a summer party) on a Friday.
    dates = plan(today)
    party_day = dates["party"]
    festive = today.month in FESTIVE_MONTHS
    title = "Julefrokost" if festive else "Sommerfest"
    party = editing.save(editing.OutingData(
        title=f"{title} {party_day.year}", kind="team_outing", start=at(party_day, 17, 30),
        end=at(party_day, 23, 30), venue="Skovlund Catering, Lyngby", venue_contact_id=caterer.id,
        organiser_id=louise.id, status="confirmed", budget_minor=2500000,
        description="Tre retter, musik og pakkeleg." if festive else "Grill, musik og kubb i haven.",
        programme=[editing.ProgrammeItemData(at(party_day, 17, 30), "Velkomstdrink"),
                   editing.ProgrammeItemData(at(party_day, 18, 30), "Middag"),
                   editing.ProgrammeItemData(at(party_day, 21), "Pakkeleg" if festive else "Dans")]))
    _participants(party.id, people, [c for c in contacts if c.last_name == "Holm" and c.first_name == "Jakob"], rng)
    tasks.save(party.id, "Indhent tilbud fra to cateringfirmaer", today - timedelta(days=10), done=True)
    tasks.save(party.id, "Send invitationer", today - timedelta(days=2))  # overdue
    tasks.save(party.id, "Bestil bus hjem", party_day - timedelta(days=5))
    _expense(party.id, today - timedelta(days=6), "Depositum for menu", "food", "Skovlund Catering",
             "8000.00", receipt="F-10432")
    _expense(party.id, today - timedelta(days=3), "Gaver til pakkeleg" if festive else "Kubb og havespil",
             "gifts", "Magasin", "1249.95", paid_by="out_of_pocket", paid_by_name="Louise Bech")

    # 3. A customer event next week with Swedish speaker fee in SEK.
    seminar_day = dates["seminar"]
    seminar = editing.save(editing.OutingData(
        title="Kundeseminar: fremtidens logistik", kind="event", start=at(seminar_day, 9),
        end=at(seminar_day, 16), venue="Møllegården Kursuscenter, Roskilde", venue_contact_id=venue.id,
        organiser_id=karen.id, status="confirmed", budget_minor=4500000,
        description="Halvdagsseminar for vores største kunder med oplæg, frokost og netværk.",
        programme=[editing.ProgrammeItemData(at(seminar_day, 9), "Morgenmad og registrering"),
                   editing.ProgrammeItemData(at(seminar_day, 10), "Oplæg: Grøn omstilling i transport"),
                   editing.ProgrammeItemData(at(seminar_day, 12), "Frokost"),
                   editing.ProgrammeItemData(at(seminar_day, 13), "Workshops")]))
    _participants(seminar.id, [karen, mads], customers[:12], rng)
    tasks.save(seminar.id, "Bekræft oplægsholder", today - timedelta(days=14), done=True)
    tasks.save(seminar.id, "Trykte programmer", seminar_day - timedelta(days=3))
    tasks.save(seminar.id, "Navneskilte", seminar_day - timedelta(days=1))
    _expense(seminar.id, today - timedelta(days=9), "Lokaleleje og forplejning", "venue",
             "Møllegården Kursuscenter", "18750.00", receipt="MG-5521")
    _expense(seminar.id, today - timedelta(days=4), "Honorar, oplægsholder", "other", "Öresund Konsult AB",
             "15000.00", currency="SEK", rate="0.6512", receipt="ÖK-2026-118")
    _expense(seminar.id, today - timedelta(days=2), "Programmer og navneskilte", "other", "Østerbro Tryk A/S",
             "2340.00", receipt="ØT-7781")

    # 4. Last month's team outing to Malmö (done), paid partly in EUR on the ferry café... and in SEK.
    trip_day = today - timedelta(days=5)
    outing = editing.save(editing.OutingData(
        title="Personaleudflugt til Malmö", kind="team_outing", start=at(trip_day, 9),
        end=at(trip_day, 18), venue="Malmö", organiser_id=jonas.id, status="done", budget_minor=1200000,
        description="Tog over Øresundsbroen, guidet tur og frokost."))
    _participants(outing.id, people, [], rng)
    tasks.save(outing.id, "Køb togbilletter", trip_day - timedelta(days=10), done=True)
    tasks.save(outing.id, "Book frokost", trip_day - timedelta(days=8), done=True)
    _expense(outing.id, trip_day, "Togbilletter København–Malmö t/r", "transport", "DSB", "1560.00",
             paid_by="company_card")
    _expense(outing.id, trip_day, "Frokost på Saluhallen", "food", "Malmö Saluhall", "2890.00", currency="SEK",
             rate="0.6498", paid_by="company_card")
    _expense(outing.id, trip_day, "Guidet tur", "other", "Malmö Stadsvandring", "120.00", currency="EUR",
             rate="7.4598", paid_by="out_of_pocket", paid_by_name="Jonas Friis")


def _local(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute))  # wall-clock; the segment's zone gives it meaning


def create_trips(today: date, people: list[Principal], contacts: list[Contact]) -> int:
    from opsassistant.services.travel import segments, trips
    from opsassistant.services.travel.segments import SegmentData

    karen = people[0]
    yamada = next(c for c in contacts if c.last_name == "山田")
    walsh = next(c for c in contacts if c.last_name == "Walsh")

    dates = plan(today)
    out = dates["tokyo_out"]
    tokyo = trips.save(trips.TripData(title="Tokyo: Sakura Seiki", traveller_ids=[karen.id], destination="Tokyo",
                                      purpose="Forhandling af ny distributionsaftale med Sakura Seiki."))
    back = dates["tokyo_back"]
    for data in [
        SegmentData("flight", _local(out, 17, 35), "Europe/Copenhagen", _local(out + timedelta(days=1), 13, 0),
                    "Asia/Tokyo", from_code="CPH", to_code="NRT", carrier="SK", number="983", terminal="3",
                    seat="2A", booking_reference="K7QX2M"),
        SegmentData("transfer", _local(out + timedelta(days=1), 14, 30), "Asia/Tokyo",
                    _local(out + timedelta(days=1), 15, 30), from_place="Narita Airport",
                    to_place="Shinjuku", title="Narita Express til Shinjuku"),
        SegmentData("hotel", _local(out + timedelta(days=1), 16, 0), "Asia/Tokyo", _local(back, 11, 0),
                    from_place="Hotel Sakura Shinjuku", address="3-7-1 Nishi-Shinjuku, Tokyo",
                    phone="+81 3-5322-1234", booking_reference="HS-448120"),
        SegmentData("meeting", _local(out + timedelta(days=2), 10, 0), "Asia/Tokyo",
                    _local(out + timedelta(days=2), 12, 30), title="Forhandling med Sakura Seiki",
                    from_place="Sakura Seiki, Marunouchi", address="丸の内2-7-3, 東京都千代田区",
                    attendee_ids=[yamada.id]),
        SegmentData("restaurant", _local(out + timedelta(days=2), 19, 0), "Asia/Tokyo",
                    _local(out + timedelta(days=2), 21, 30), title="Middag med Yamada-san",
                    from_place="Ginza Kōjyu"),
        SegmentData("meeting", _local(out + timedelta(days=3), 14, 0), "Asia/Tokyo",
                    _local(out + timedelta(days=3), 16, 0), title="Besøg på fabrikken i Kawasaki",
                    from_place="Sakura Seiki Kawasaki", attendee_ids=[yamada.id]),
        SegmentData("flight", _local(back, 11, 55), "Asia/Tokyo", _local(back, 17, 5), "Europe/Copenhagen",
                    from_code="NRT", to_code="CPH", carrier="SK", number="984", seat="2A",
                    booking_reference="K7QX2M"),
    ]:
        segments.save(tokyo.id, data)

    out = dates["ny_out"]
    ny = trips.save(trips.TripData(title="New York: Hudson Bay Partners", traveller_ids=[karen.id],
                                   destination="New York", purpose="Årsmøde med Hudson Bay Partners."))
    back = dates["ny_back"]
    for data in [
        SegmentData("flight", _local(out, 11, 15), "Europe/Copenhagen", _local(out, 13, 35), "America/New_York",
                    from_code="CPH", to_code="EWR", carrier="SK", number="909", seat="1D",
                    booking_reference="M3PL8D"),
        SegmentData("car", _local(out, 14, 30), "America/New_York", _local(out, 15, 30),
                    from_place="Newark Airport", to_place="Midtown Manhattan", title="Limousine til hotellet"),
        SegmentData("hotel", _local(out, 16, 0), "America/New_York", _local(back, 12, 0),
                    from_place="The Lexington Park Hotel", address="511 Lexington Avenue, New York, NY 10017",
                    phone="+1 212-555-0199", booking_reference="LPH-99127"),
        SegmentData("meeting", _local(out + timedelta(days=1), 9, 30), "America/New_York",
                    _local(out + timedelta(days=1), 12, 0), title="Årsmøde med Hudson Bay Partners",
                    from_place="Hudson Bay Partners", address="250 Park Avenue, 17th Floor",
                    attendee_ids=[walsh.id]),
        SegmentData("flight", _local(back, 17, 40), "America/New_York", _local(back + timedelta(days=1), 7, 35),
                    "Europe/Copenhagen", from_code="EWR", to_code="CPH", carrier="SK", number="910", seat="1D",
                    booking_reference="M3PL8D"),
    ]:
        segments.save(ny.id, data)
    return 2
