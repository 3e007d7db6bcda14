"""An office whose executive has an e-mail address, an assistant who sends, and a meeting with attendees."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

CPH = ZoneInfo("Europe/Copenhagen")


@pytest.fixture
def office(db):
    from opsassistant.services import principals
    from opsassistant.services.mail import settings

    boss = principals.save(principals.PrincipalData(name="Karen Holm", role="executive", title="Direktør",
                                                    email="karen.holm@nordlys.dk"))
    settings.save(settings.MailSettings(assistant_name="Sofie Bach", assistant_email="sofie.bach@nordlys.dk"))
    return boss


@pytest.fixture
def meeting(office):
    from opsassistant.services.calendar import editing
    from opsassistant.services.calendar.editing import Attendee, EventData

    data = EventData(title="Bestyrelsesmøde", start=datetime(2026, 12, 8, 10, 0, tzinfo=CPH),
                     end=datetime(2026, 12, 8, 12, 0, tzinfo=CPH), location="Mødelokale 1",
                     principal_ids=[office.id], notes="Dagsorden følger.",
                     attendees=[Attendee("Jens Hansen", "jens.hansen@example.dk"),
                                Attendee("Lise Mørk", "lise@example.dk"),
                                Attendee("Ole Berg", "ole.berg@example.com")])
    return editing.create(data)
