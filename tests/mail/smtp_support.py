"""The test SMTP server's handler and a free port on 127.0.0.1 (shared by conftest and the SMTP tests)."""

from __future__ import annotations

import socket


class Inbox:
    """What the test SMTP server received; ``refuse`` makes it answer 550 to every recipient."""

    def __init__(self):
        self.envelopes: list = []
        self.refuse = False
        self.logins: list[tuple[str, str]] = []

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):  # noqa: N802 - aiosmtpd API
        if self.refuse:
            return "550 5.7.1 Relaying denied"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):  # noqa: N802 - aiosmtpd API
        self.envelopes.append(envelope)
        return "250 Message accepted for delivery"


def free_port() -> int:

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]
