"""RFC 6764 discovery for real: a small DNS server on 127.0.0.1 (a free UDP port) answers SRV/TXT for a test
domain pointing at the Radicale or Xandikos started by the test; the resolver is pointed at it through
OPSASSISTANT_DNS_SERVER, which the discovery code honours."""

from __future__ import annotations

import socket
import threading

import dns.message
import dns.rcode
import dns.rdatatype
import dns.rrset
import pytest

from opsassistant.errors import UserError
from opsassistant.services.sync import accounts
from opsassistant.sync import discovery, engine


class DnsServer:
    """Answers the records it is given (name, type) → [rdata text]; everything else NXDOMAIN."""

    def __init__(self):
        self.records: dict[tuple[str, str], list[str]] = {}
        self.asked: list[str] = []
        self.socket = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        self.socket.bind(("127.0.0.1", 0))
        self.socket.settimeout(0.2)
        self.port = self.socket.getsockname()[1]
        self.running = True
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self) -> None:
        while self.running:
            try:
                wire, peer = self.socket.recvfrom(4096)
            except (TimeoutError, OSError):
                continue
            query = dns.message.from_wire(wire)
            response = dns.message.make_response(query)
            question = query.question[0]
            name = question.name.to_text().lower()
            kind = dns.rdatatype.to_text(question.rdtype)
            self.asked.append(f"{kind} {name}")
            values = self.records.get((name, kind))
            if values:
                response.answer.append(dns.rrset.from_text(question.name, 60, "IN", kind, *values))
            elif not any(n == name for n, _k in self.records):
                response.set_rcode(dns.rcode.NXDOMAIN)
            self.socket.sendto(response.to_wire(), peer)

    def stop(self) -> None:
        self.running = False
        self.thread.join(2)
        self.socket.close()


@pytest.fixture
def dns_server(monkeypatch):
    server = DnsServer()
    monkeypatch.setenv(discovery.DNS_SERVER_VARIABLE, f"127.0.0.1:{server.port}")
    yield server
    server.stop()


def port_of(url: str) -> int:
    return int(url.rstrip("/").rsplit(":", 1)[1])


def test_srv_and_txt_path_find_radicale(dns_server, radicale):
    port = port_of(radicale.url)
    dns_server.records[("_caldav._tcp.kontoret.test.", "SRV")] = [f"0 1 {port} 127.0.0.1."]
    dns_server.records[("_caldav._tcp.kontoret.test.", "TXT")] = ['"path=/alice/"']
    found = discovery.discover("alice@kontoret.test", "alice", "secret")
    assert found.caldav_url == f"http://127.0.0.1:{port}/alice/"
    assert found.principal_url == f"http://127.0.0.1:{port}/alice/"
    assert found.how == "DNS SRV _caldav._tcp.kontoret.test"
    assert "SRV _caldavs._tcp.kontoret.test." in dns_server.asked  # TLS asked for first (RFC 6764 §3)


def test_srv_without_txt_goes_to_well_known_and_follows_the_redirect(dns_server, radicale):
    """Radicale answers /.well-known/caldav with a redirect to /; the principal is found there."""
    port = port_of(radicale.url)
    for service in ("caldav", "carddav"):
        dns_server.records[(f"_{service}._tcp.kontoret.test.", "SRV")] = [f"10 5 {port} 127.0.0.1."]
    found = discovery.discover("Alice@Kontoret.test", "alice", "secret")
    assert found.caldav_url == f"http://127.0.0.1:{port}/"
    assert found.carddav_url == f"http://127.0.0.1:{port}/"
    assert found.principal_url == f"http://127.0.0.1:{port}/alice/"


def test_xandikos_well_known(dns_server, tmp_path_factory):
    from tests.sync.conftest import start_xandikos

    xandikos = start_xandikos(tmp_path_factory.mktemp("xandikos-disc"))
    try:
        port = port_of(xandikos.url)
        dns_server.records[("_caldav._tcp.hjemme.test.", "SRV")] = [f"0 0 {port} 127.0.0.1."]
        found = discovery.discover("user@hjemme.test", "user", "unused")
        assert found.caldav_url == f"http://127.0.0.1:{port}/"
        assert found.principal_url == f"http://127.0.0.1:{port}/user/"
    finally:
        xandikos.stop()


def test_a_wrong_password_is_one_sentence(dns_server, radicale):
    dns_server.records[("_caldav._tcp.kontoret.test.", "SRV")] = [f"0 1 {port_of(radicale.url)} 127.0.0.1."]
    with pytest.raises(UserError, match="refused the user name or password"):
        discovery.discover("alice@kontoret.test", "alice", "wrong")


def test_nothing_found_is_one_sentence(dns_server):
    dns_server.records[("_caldavs._tcp.nowhere.invalid.", "SRV")] = ["0 0 0 ."]  # "decidedly not offered"
    with pytest.raises(UserError) as caught:
        discovery.discover("ole@nowhere.invalid", "ole", "x", timeout=3)
    assert str(caught.value) == ("No calendar server was found for ole@nowhere.invalid: nowhere.invalid names none in "
                                 "DNS (SRV records) and none answers at its /.well-known/caldav; give the server's "
                                 "URL instead.")
    with pytest.raises(UserError, match="is not an e-mail address"):
        discovery.discover("kontoret.test", "ole", "x")


def test_account_add_with_an_email_address_then_sync(dns_server, radicale, executive, memory_keyring, db_path,
                                                     capsys, monkeypatch):
    import io

    from opsassistant import cli
    from opsassistant.db.database import close_database, open_database

    port = port_of(radicale.url)
    dns_server.records[("_caldav._tcp.kontoret.test.", "SRV")] = [f"0 1 {port} 127.0.0.1."]
    close_database()
    monkeypatch.setattr("sys.stdin", io.StringIO("secret\n"))
    assert cli.main(["account", "add", "office", "--email", "alice@kontoret.test", "--user", "alice",
                     "--password-stdin", "--database", str(db_path)]) == 0
    out = capsys.readouterr().out
    assert f"Found the calendar server: http://127.0.0.1:{port}/" in out
    monkeypatch.setattr("sys.stdin", io.StringIO("secret\n"))
    assert cli.main(["account", "add", "second", "--url", "alice@kontoret.test", "--user", "alice",
                     "--password-stdin", "--database", str(db_path)]) == 0  # an address given as the URL
    open_database(db_path)
    assert accounts.find("office").url == f"http://127.0.0.1:{port}/"
    assert [c.display_name for c in engine.discover("office") if c.kind == "calendar"] == ["Karen"]


def test_the_accounts_dialog_takes_an_email_address(qtbot, dns_server, radicale, executive, memory_keyring):
    from PySide6.QtCore import Qt

    from opsassistant.gui.sync.accounts_dialog import AddAccountDialog

    port = port_of(radicale.url)
    dns_server.records[("_caldav._tcp.kontoret.test.", "SRV")] = [f"0 1 {port} 127.0.0.1."]
    add = AddAccountDialog()
    qtbot.addWidget(add)
    add.show()
    qtbot.waitExposed(add)
    qtbot.keyClicks(add.name, "Kontoret")
    qtbot.keyClicks(add.url, "alice@nowhere.invalid")
    qtbot.keyClicks(add.user, "alice")
    qtbot.keyClicks(add.password, "secret")
    qtbot.keyClick(add.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: add.worker is None, timeout=30000)
    assert add.result() != add.DialogCode.Accepted
    assert add.error.text().startswith("No calendar server was found for alice@nowhere.invalid")
    assert accounts.accounts() == []
    add.url.clear()
    qtbot.keyClicks(add.url, "alice@kontoret.test")
    qtbot.keyClick(add.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: add.worker is None, timeout=30000)
    assert add.result() == add.DialogCode.Accepted
    assert accounts.find("Kontoret").url == f"http://127.0.0.1:{port}/"


def test_caldavs_srv_finds_a_tls_server_and_an_untrusted_certificate_is_said(dns_server, radicale_tls):
    port = port_of(radicale_tls.url)
    dns_server.records[("_caldavs._tcp.sikker.test.", "SRV")] = [f"0 0 {port} 127.0.0.1."]
    with pytest.raises(UserError, match="certificate is not trusted"):
        discovery.discover("alice@sikker.test", "alice", "secret", timeout=5)
    found = discovery.discover("alice@sikker.test", "alice", "secret", verify_tls=False, timeout=5)  # "I trust it"
    assert found.caldav_url == f"https://127.0.0.1:{port}/"
    assert found.how == "DNS SRV _caldavs._tcp.sikker.test"
