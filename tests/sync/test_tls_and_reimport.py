"""A self-signed server needs the user's explicit yes, remembered with the account; and an .ics re-imported
over a synced event updates it here and is sent at the next sync."""

from __future__ import annotations

import pytest

from opsassistant.db.models import Event
from opsassistant.errors import UserError
from opsassistant.interop import ical
from opsassistant.services.sync import accounts
from opsassistant.sync import engine
from tests.sync.test_two_way import calendar_of, phone_text, server_texts


def test_a_self_signed_server_is_refused_until_the_user_trusts_it(radicale_tls, executive, memory_keyring):
    accounts.add("strict", radicale_tls.url, "alice", "secret")
    with pytest.raises(UserError, match="certificate is not trusted"):
        engine.sync_account("strict")

    accounts.add("trusted", radicale_tls.url, "alice", "secret", verify_tls=False)
    assert accounts.find("trusted").verify_tls is False  # the yes is remembered with the account
    engine.sync_account("trusted")
    assert [c.display_name for c in accounts.collections(accounts.find("trusted").id)] != []


def test_reimporting_a_synced_event_updates_it_and_the_next_sync_sends_it(account, executive, tmp_path):
    calendar_of(account).save_event(phone_text("re-1", "Budgetmøde"))
    engine.sync_account("office")
    path = tmp_path / "changed.ics"
    path.write_text(phone_text("re-1", "Budgetmøde (ny tid)", hour=14), encoding="utf-8")

    result = ical.import_file(path)
    assert (result.imported, result.updated) == (0, 1)
    assert Event.alive().where(Event.uid == "re-1").count() == 1
    report = engine.sync_account("office")

    assert report.sent == 1
    assert "SUMMARY:Budgetmøde (ny tid)" in server_texts(account)["re-1"]
