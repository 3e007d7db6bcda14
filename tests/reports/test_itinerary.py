"""The itinerary PDF: local times in each zone, home times, booking references, emergency contacts."""

from __future__ import annotations

from datetime import datetime, time

import pytest
from pypdf import PdfReader

from opsassistant.db.models import Contact, ContactPhone
from opsassistant.i18n.formatting import format_time
from opsassistant.reports import itinerary
from opsassistant.services.travel import emergency, segments, trips
from opsassistant.services.travel.segments import SegmentData


def make_tokyo_trip(executive, team_member=None) -> int:
    """A typical three-day trip: out across the summer-time change, a hotel, a meeting, back home."""
    contact = Contact.create(first_name="Yuki", last_name="Sato", display_name="Yuki Sato", sort_name="sato yuki")
    ContactPhone.create(contact=contact, typed="+81 90 1234 5678", e164="+819012345678", digits="9012345678")
    trip = trips.save(trips.TripData(title="Tokyo sales visit", traveller_ids=[executive.id],
                                     destination="Tokyo", purpose="Meet the Japanese distributor"))
    add = segments.save
    add(trip.id, SegmentData(kind="flight", start=datetime(2026, 3, 28, 21, 30), end=datetime(2026, 3, 29, 17, 5),
                             from_code="CPH", to_code="NRT", carrier="SK", number="983", terminal="3",
                             seat="2A", booking_reference="K7QX2P"))
    add(trip.id, SegmentData(kind="transfer", start=datetime(2026, 3, 29, 18, 0), end=datetime(2026, 3, 29, 19, 30),
                             start_timezone="Asia/Tokyo", from_place="Narita", to_place="Shinjuku",
                             carrier="Narita Express"))
    add(trip.id, SegmentData(kind="hotel", start=datetime(2026, 3, 29, 20, 0), end=datetime(2026, 3, 31, 11, 0),
                             start_timezone="Asia/Tokyo", from_place="Park Hyatt Tokyo",
                             address="3-7-1-2 Nishi-Shinjuku, Tokyo", phone="+81 3 5322 1234",
                             booking_reference="HY-55810"))
    add(trip.id, SegmentData(kind="meeting", title="Distributor meeting <board>", start=datetime(2026, 3, 30, 10, 0),
                             end=datetime(2026, 3, 30, 12, 0), start_timezone="Asia/Tokyo",
                             from_place="Sato Trading", attendee_ids=[contact.id]))
    add(trip.id, SegmentData(kind="restaurant", title="Dinner", start=datetime(2026, 3, 30, 19, 0),
                             end=datetime(2026, 3, 30, 21, 0), start_timezone="Asia/Tokyo", from_place="Kozue"))
    add(trip.id, SegmentData(kind="flight", start=datetime(2026, 3, 31, 11, 0), end=datetime(2026, 3, 31, 16, 25),
                             from_code="NRT", to_code="CPH", carrier="SK", number="984", booking_reference="K7QX2P"))
    return trip.id


@pytest.mark.parametrize("lang", ["en", "da"])
def test_itinerary_text_carries_local_and_home_times(executive, team_member, tmp_path, lang):
    emergency.save_settings({"assistant.name": "Lise Berg", "assistant.phone": "+45 20 11 22 33",
                             "office.phone": "33 12 34 56"})
    trip_id = make_tokyo_trip(executive)
    path = itinerary.build(str(trip_id), tmp_path / "trip.pdf", lang=lang)
    reader = PdfReader(path)
    assert 1 <= len(reader.pages) <= 3
    text = "\n".join(page.extract_text() for page in reader.pages)
    for hour, minute in ((21, 30), (17, 5), (11, 0), (16, 25), (10, 0)):
        assert format_time(time(hour, minute), lang) in text
    assert format_time(time(10, 5), lang) in text  # landing in Tokyo, at home (summer time began that night)
    assert "K7QX2P" in text and "HY-55810" in text
    assert "+81 90-1234-5678" in text or "+81 90 1234 5678" in text
    assert "Distributor meeting <board>" in text
    assert "UTC+9" in text and "+1" in text
    assert ("Rejseplan" if lang == "da" else "Itinerary") in text
    assert ("Nødkontakter" if lang == "da" else "Emergency contacts") in text
    for page in reader.pages:
        assert "Lise Berg" in page.extract_text() and "33 12 34 56" in page.extract_text()
    assert reader.metadata.title == ("Rejseplan" if lang == "da" else "Itinerary")


def test_empty_trip_and_unknown_id(executive, tmp_path):
    trip = trips.save(trips.TripData(title="Not planned yet", traveller_ids=[executive.id]))
    text = PdfReader(itinerary.build(trip.id, tmp_path / "a.pdf", lang="en")).pages[0].extract_text()
    assert "No segments planned yet" in text
    with pytest.raises(itinerary.ItineraryError):
        itinerary.build("999", tmp_path / "b.pdf", lang="en")
    assert not (tmp_path / "b.pdf").exists()


def test_japanese_title_and_many_pages_keep_the_band_clear_of_the_text(executive, tmp_path):
    """The emergency band is drawn by build_document's on_page hook in room kept free for it: on every page the
    text starts below the band, and a CJK trip title prints in the header and on the cover."""
    emergency.save_settings({"assistant.name": "Lise Berg", "assistant.phone": "+45 20 11 22 33"})
    trip_id = make_tokyo_trip(executive)
    trips.save(trips.TripData(title="東京出張 <Tokyo>", traveller_ids=[executive.id], destination="東京"),
               trip_id=trip_id)
    for day in range(20):  # enough segments for several pages
        segments.save(trip_id, SegmentData(kind="meeting", title=f"Meeting {day} 会議",
                                           start=datetime(2026, 4, 1 + day % 20, 10, 0),
                                           end=datetime(2026, 4, 1 + day % 20, 11, 0), start_timezone="Asia/Tokyo",
                                           from_place="丸の内"))
    path = itinerary.build(trip_id, tmp_path / "long.pdf", lang="da")
    reader = PdfReader(path)
    assert len(reader.pages) >= 2
    for page in reader.pages:
        band, body = [], []

        def visit(text, cm, tm, font, size, band=band, body=body):
            y = cm[5] + tm[5]
            if "Lise Berg" in text:
                band.append(y)
            elif text.strip() and 60 < y < 760 and "Lise" not in text:
                body.append(y)

        page.extract_text(visitor_text=visit)
        assert band and body
        assert max(body) < min(band) - 8
    text = "\n".join(page.extract_text() for page in reader.pages)
    assert "会議" in text and "丸の内" in text and "東京出張 <Tokyo>" in text
    fonts = {f.get_object()["/BaseFont"].split("+")[-1] for p in reader.pages for f in p["/Resources"]["/Font"].values()}
    assert "DroidSansFallback" in fonts


def test_english_itinerary_prints_cities_and_roles_in_english(db, executive, tmp_path):
    """A flight saved while the app spoke Danish keeps "København" as its place; the English report says
    "Copenhagen", and the emergency band gives roles in English, not the Danish job titles."""
    from opsassistant.i18n.language import set_current_language
    from opsassistant.services import principals

    principals.save(principals.PrincipalData(name="Mads Kjær", role="team", title="Driftschef",
                                             phone="+45 30 40 50 60"))
    set_current_language("da")
    try:
        trip = trips.save(trips.TripData(title="Tokyo", traveller_ids=[executive.id]))
        segments.save(trip.id, SegmentData(kind="flight", start=datetime(2026, 3, 28, 21, 30),
                                           end=datetime(2026, 3, 29, 17, 5), from_code="CPH", to_code="NRT"))
    finally:
        set_current_language("en")
    english = " ".join(p.extract_text() for p in PdfReader(itinerary.build(trip.id, tmp_path / "en.pdf",
                                                                           lang="en")).pages)
    danish = " ".join(p.extract_text() for p in PdfReader(itinerary.build(trip.id, tmp_path / "da.pdf",
                                                                          lang="da")).pages)
    assert "Copenhagen (CPH)" in english and "København" not in english
    assert "Team member" in english and "Driftschef" not in english
    assert "København (CPH)" in danish and "Teammedlem" in danish and "Driftschef" not in danish
