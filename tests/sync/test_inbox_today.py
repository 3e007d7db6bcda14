"""Today shows what the scheduling inbox brought (real Xandikos, real Today panel): an invitation answered on
the executive's behalf with the existing accept/maybe/decline flow, and a counter-proposal shown, not applied.

The message boxes' ``exec`` clicks the button a user would (a modal loop would block the offscreen test); the
send dialog (non-modal) is recorded when shown so the test can read it. Everything behind them is the real code."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt

from opsassistant.sync import engine
from tests.sync.test_inbox import REQUEST, meeting, put, xandikos  # noqa: F401 - fixtures

COUNTER = ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN\r\n"
           "METHOD:COUNTER\r\nBEGIN:VEVENT\r\nUID:{uid}\r\nDTSTAMP:20261202T080000Z\r\nSEQUENCE:0\r\n"
           "SUMMARY:Driftsmøde\r\nDTSTART:20261208T130000Z\r\nDTEND:20261208T150000Z\r\n"
           "ORGANIZER;CN=Karen Holm:mailto:karen.holm@nordlys.dk\r\n"
           "ATTENDEE;CN=Jens Hansen;PARTSTAT=TENTATIVE:mailto:jens.hansen@example.dk\r\n"
           "END:VEVENT\r\nEND:VCALENDAR\r\n")


@pytest.fixture
def office(db, memory_keyring):  # the same office as tests/sync/test_inbox.py
    from opsassistant.services import principals
    from opsassistant.services.mail import settings

    boss = principals.save(principals.PrincipalData(name="Karen Holm", role="executive", title="Direktør",
                                                    email="karen.holm@nordlys.dk"))
    team = principals.save(principals.PrincipalData(name="Ole Dam", role="team", email="ole.dam@nordlys.dk"))
    settings.save(settings.MailSettings(assistant_name="Sofie Bach", assistant_email="sofie.bach@nordlys.dk"))
    return boss, team


def texts(panel) -> list[str]:
    box = panel.answers_box.list
    return [box.item(r).text() for r in range(box.count())]


def activate(qtbot, panel, row: int) -> None:
    box = panel.answers_box.list
    box.setFocus()
    box.setCurrentRow(row)
    qtbot.keyClick(box, Qt.Key.Key_Return)


def test_an_invitation_from_the_inbox_is_answered_from_today(qtbot, xandikos, office, shown, monkeypatch):  # noqa: F811
    from PySide6.QtWidgets import QMessageBox

    from opsassistant.gui.today.panel import TodayPanel
    from opsassistant.services.calendar import occurrences
    from opsassistant.services.sync import inbox

    put(xandikos.url + "user/inbox/invite.ics", REQUEST.format(to="karen.holm@nordlys.dk"))
    engine.sync_account("office")
    asked = []

    def accept(box):
        asked.append(box.text())
        next(b for b in box.buttons() if b.text() == "&Accept").click()

    monkeypatch.setattr(QMessageBox, "exec", accept)
    panel = TodayPanel()
    qtbot.addWidget(panel)
    panel.show()
    assert texts(panel) == ["Invitation from Anne Lind: “Frokostmøde hos Danske Bank” — waiting for an answer"]
    assert panel.answers_box.list.item(0).font().bold()
    activate(qtbot, panel, 0)
    assert asked == ["“Frokostmøde hos Danske Bank” from Anne Lind. What does Karen Holm answer?"]
    dialog = shown[0]
    qtbot.addWidget(dialog)
    assert dialog.ui.subjectEdit.text() == "Accepted: Frokostmøde hos Danske Bank"
    assert dialog.ui.toEdit.text() == "Anne Lind <anne.lind@bank.example>"
    assert inbox.waiting() == []
    assert texts(panel) == ["Karen Holm has accepted “Frokostmøde hos Danske Bank”"]  # no longer waiting
    found = occurrences.between(datetime(2026, 12, 10, tzinfo=UTC), datetime(2026, 12, 11, tzinfo=UTC))
    assert [(o.title, o.status) for o in found] == [("Frokostmøde hos Danske Bank", "confirmed")]


def test_a_counter_proposal_is_shown_and_nothing_is_moved(qtbot, xandikos, office, monkeypatch):  # noqa: F811
    from PySide6.QtWidgets import QMessageBox

    from opsassistant.db.models import Event
    from opsassistant.gui.today.panel import TodayPanel
    from opsassistant.services.sync import inbox

    _boss, ole = office
    event = meeting(ole.id, "Driftsmøde")
    put(xandikos.url + "user/inbox/counter.ics", COUNTER.format(uid=event.uid))
    engine.sync_account("office")
    told = []

    def seen(box):
        told.append(box.text())
        next(b for b in box.buttons() if b.text() == "&Seen").click()

    monkeypatch.setattr(QMessageBox, "exec", seen)
    panel = TodayPanel()
    qtbot.addWidget(panel)
    panel.show()
    assert texts(panel) == ["Jens Hansen proposes a change to “Driftsmøde”"]
    activate(qtbot, panel, 0)
    assert told == ["Jens Hansen <jens.hansen@example.dk> proposes a change to “Driftsmøde” (new start: "
                    "08/12/2026 14.00). Nothing has been changed; change the appointment and send the update "
                    "if you agree."]
    stored = Event.get_by_id(event.id)
    assert stored.start_utc.replace(tzinfo=UTC) == datetime(2026, 12, 8, 9, 0, tzinfo=UTC)
    assert inbox.waiting() == []


def test_f5_in_the_window_brings_the_inboxs_invitation_onto_today(qtbot, xandikos, office, db_path):  # noqa: F811
    """The background sync thread reads the inbox; when it is done, Today in the real main window lists it."""
    from opsassistant.gui.main_window import MainWindow

    window = MainWindow(db_path)
    window.sync.startup.stop()  # the test presses F5 itself
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    try:
        panel = window.panel("today")
        assert texts(panel) == ["No answers in the last week."]
        put(xandikos.url + "user/inbox/invite.ics", REQUEST.format(to="karen.holm@nordlys.dk"))
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow, timeout=5000)
        with qtbot.waitSignal(window.sync.finished, timeout=30000):
            qtbot.keyClick(window, Qt.Key.Key_F5)
        assert texts(panel) == ["Invitation from Anne Lind: “Frokostmøde hos Danske Bank” — waiting for an answer"]
    finally:
        window.sync.wait()


def test_an_invitation_in_a_team_members_inbox_is_answered_for_them(qtbot, xandikos, office, shown,  # noqa: F811
                                                                     monkeypatch):
    """The account's calendar is Ole's: the invitation in its inbox is his, and the answer is given for him."""
    from PySide6.QtWidgets import QMessageBox

    from opsassistant.db.models import Event, EventPrincipal
    from opsassistant.gui.today.panel import TodayPanel
    from opsassistant.services.sync import accounts

    _boss, ole = office
    calendar = accounts.collections(accounts.find("office").id)[0]
    accounts.map_collection("office", calendar.url, "Ole Dam")
    put(xandikos.url + "user/inbox/invite.ics", REQUEST.format(to="ole.dam@nordlys.dk"))
    engine.sync_account("office")
    asked = []

    def decline(box):
        asked.append(box.text())
        next(b for b in box.buttons() if b.text() == "&Decline").click()

    monkeypatch.setattr(QMessageBox, "exec", decline)
    panel = TodayPanel()
    qtbot.addWidget(panel)
    panel.show()
    activate(qtbot, panel, 0)
    assert asked == ["“Frokostmøde hos Danske Bank” from Anne Lind. What does Ole Dam answer?"]
    dialog = shown[0]
    qtbot.addWidget(dialog)
    assert dialog.ui.subjectEdit.text() == "Declined: Frokostmøde hos Danske Bank"
    reply = dialog.prepared.letters[0].calendar.replace("\r\n ", "")
    assert "PARTSTAT=DECLINED" in reply and "mailto:ole.dam@nordlys.dk" in reply
    lunch = Event.get(Event.uid == "lunch-77@bank.example")  # Xandikos put it in Ole's calendar; sync brought it
    assert [p.principal_id for p in EventPrincipal.select().where(EventPrincipal.event == lunch.id)] == [ole.id]
