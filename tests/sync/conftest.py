"""Real CalDAV servers for the sync tests: Radicale (with a password) and Xandikos, each started by the test
on 127.0.0.1 with a free port and a temporary folder, and stopped after it."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend


class MemoryKeyring(KeyringBackend):
    """The OS keyring's stand-in for the tests (the developer's own keyring is never touched)."""

    priority = 1

    def __init__(self):
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}

    def set_password(self, service, username, password):
        self.secrets[(service, username)] = password

    def get_password(self, service, username):
        return self.secrets.get((service, username))

    def delete_password(self, service, username):
        self.secrets.pop((service, username), None)


@pytest.fixture
def memory_keyring():
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait(port: int, process: subprocess.Popen, log: Path) -> None:
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"server exited: {log.read_text()[-2000:]}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                return
        except OSError:
            time.sleep(0.05)
    raise RuntimeError("server did not start")


@dataclass
class Server:
    kind: str
    url: str  # the root URL an account is given
    user: str
    password: str
    process: subprocess.Popen
    calendar_home: str

    def client(self):
        import caldav

        return caldav.DAVClient(url=self.url, username=self.user, password=self.password, require_tls=False)

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait(10)


def _radicale(folder: Path, port: int, tls: bool) -> subprocess.Popen:
    """Radicale with a plain-text password file (alice:secret) and its storage in ``folder``."""
    (folder / "users").write_text("alice:secret\n")
    ssl = (f"ssl = True\ncertificate = {folder / 'cert.pem'}\nkey = {folder / 'key.pem'}\n") if tls else ""
    config = folder / "config"
    config.write_text(f"""[server]
hosts = 127.0.0.1:{port}
{ssl}[auth]
type = htpasswd
htpasswd_filename = {folder / 'users'}
htpasswd_encryption = plain
[storage]
filesystem_folder = {folder / 'data'}
[logging]
level = warning
""")
    log = folder / "radicale.log"
    process = subprocess.Popen([sys.executable, "-m", "radicale", "--config", str(config)],
                               stdout=log.open("w"), stderr=subprocess.STDOUT)
    _wait(port, process, log)
    return process


def start_radicale(folder: Path, port: int | None = None) -> Server:
    port = port or free_port()
    process = _radicale(folder, port, tls=False)
    server = Server("radicale", f"http://127.0.0.1:{port}/", "alice", "secret", process,
                    f"http://127.0.0.1:{port}/alice/")
    principal = server.client().principal()
    principal.make_calendar(name="Karen", cal_id="karen")
    return server


def start_xandikos(folder: Path) -> Server:
    port = free_port()
    log = folder / "xandikos.log"
    process = subprocess.Popen([sys.executable, "-m", "xandikos", "serve", "--defaults", "-d", str(folder / "data"),
                                "-l", "127.0.0.1", "-p", str(port), "--state-dir", str(folder / "state"),
                                "--no-detect-systemd"],
                               stdout=log.open("w"), stderr=subprocess.STDOUT)
    _wait(port, process, log)
    return Server("xandikos", f"http://127.0.0.1:{port}/", "user", "unused", process,
                  f"http://127.0.0.1:{port}/user/")


@pytest.fixture
def radicale(tmp_path_factory):
    server = start_radicale(tmp_path_factory.mktemp("radicale"))
    yield server
    server.stop()


@pytest.fixture(params=["radicale", "xandikos"])
def server(request, tmp_path_factory):
    folder = tmp_path_factory.mktemp(request.param)
    server = start_radicale(folder) if request.param == "radicale" else start_xandikos(folder)
    yield server
    server.stop()


@pytest.fixture
def account(server, executive, memory_keyring):
    """An account on the server; its one calendar belongs to the executive."""
    from opsassistant.services.sync import accounts
    from opsassistant.sync import engine

    accounts.add("office", server.url, server.user, server.password)
    engine.discover("office")
    return server


def start_radicale_tls(folder: Path) -> Server:
    """Radicale over HTTPS with a self-signed certificate made here by openssl."""
    port = free_port()
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj",
                    "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1", "-keyout", str(folder / "key.pem"),
                    "-out", str(folder / "cert.pem")], check=True, capture_output=True)
    process = _radicale(folder, port, tls=True)
    import caldav

    client = caldav.DAVClient(url=f"https://127.0.0.1:{port}/", username="alice", password="secret",
                              ssl_verify_cert=False)
    client.principal().make_calendar(name="Karen", cal_id="karen")
    return Server("radicale", f"https://127.0.0.1:{port}/", "alice", "secret", process,
                  f"https://127.0.0.1:{port}/alice/")


@pytest.fixture
def radicale_tls(tmp_path_factory):
    server = start_radicale_tls(tmp_path_factory.mktemp("radicale-tls"))
    yield server
    server.stop()
