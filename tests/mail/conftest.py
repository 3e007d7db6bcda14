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


class MemoryKeyring:
    """A keyring backend living in this test's memory: the real user's keyring is never touched."""

    def __new__(cls):
        from keyring.backend import KeyringBackend

        class _Memory(KeyringBackend):
            priority = 1

            def __init__(self):
                super().__init__()
                self.store: dict[tuple[str, str], str] = {}

            def get_password(self, service, username):
                return self.store.get((service, username))

            def set_password(self, service, username, password):
                self.store[(service, username)] = password

            def delete_password(self, service, username):
                from keyring.errors import PasswordDeleteError

                if self.store.pop((service, username), None) is None:
                    raise PasswordDeleteError(username)

        return _Memory()


@pytest.fixture
def memory_keyring():
    import keyring

    before = keyring.get_keyring()
    ring = MemoryKeyring()
    keyring.set_keyring(ring)
    yield ring
    keyring.set_keyring(before)


@pytest.fixture
def no_keyring():
    import keyring
    from keyring.backends.fail import Keyring as FailKeyring

    before = keyring.get_keyring()
    keyring.set_keyring(FailKeyring())
    yield
    keyring.set_keyring(before)


@pytest.fixture(scope="session")
def certificate(tmp_path_factory):
    """A self-signed certificate for 127.0.0.1 (the test SMTP server's STARTTLS and SSL)."""
    import subprocess

    folder = tmp_path_factory.mktemp("tls")
    key, cert = folder / "key.pem", folder / "cert.pem"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", str(key), "-out",
                    str(cert), "-days", "2", "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1"],
                   check=True, capture_output=True)
    return cert, key


@pytest.fixture
def smtp_server(certificate):
    """A real aiosmtpd server on 127.0.0.1 (free port) requiring STARTTLS and a login (sofie / hemmeligt-42)."""
    import ssl

    from aiosmtpd.controller import Controller
    from aiosmtpd.smtp import AuthResult, LoginPassword
    from smtp_support import Inbox, free_port

    inbox = Inbox()

    def authenticator(server, session, envelope, mechanism, auth_data):
        ok = isinstance(auth_data, LoginPassword) and auth_data.login == b"sofie" and \
            auth_data.password == b"hemmeligt-42"
        if ok:
            inbox.logins.append((mechanism, auth_data.login.decode()))
        return AuthResult(success=ok, handled=False)

    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(str(certificate[0]), str(certificate[1]))
    port = free_port()
    controller = Controller(inbox, hostname="127.0.0.1", port=port, tls_context=context, require_starttls=True,
                            authenticator=authenticator, auth_require_tls=True)
    controller.start()
    inbox.port = port
    inbox.cafile = str(certificate[0])
    yield inbox
    controller.stop()


@pytest.fixture
def smtp_settings(office, smtp_server, memory_keyring, monkeypatch):
    """Settings pointing at the test server; its certificate is trusted like a system CA (SSL_CERT_FILE)."""
    from opsassistant.mail import secrets
    from opsassistant.services.mail import settings

    monkeypatch.setenv("SSL_CERT_FILE", smtp_server.cafile)
    settings.save(settings.MailSettings(assistant_name="Sofie Bach", assistant_email="sofie.bach@nordlys.dk",
                                        transport="smtp", smtp_host="127.0.0.1", smtp_port=smtp_server.port,
                                        smtp_security="starttls", smtp_user="sofie"))
    secrets.store_password("127.0.0.1", "sofie", "hemmeligt-42")
    return smtp_server
