"""A letter (what one mail says and carries) and its MIME form.

An invitation is ``multipart/mixed`` holding ``multipart/alternative`` (``text/plain`` and ``text/calendar;
method=…``, the part Outlook and Gmail act on) and the same calendar as an ``invite.ics`` attachment for
clients that only look at attachments. Mail on the executive's behalf has ``From`` the executive and
``Sender`` the assistant (the "on behalf of" Outlook shows).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from email.message import EmailMessage
from email.utils import formataddr, formatdate, make_msgid

from opsassistant.errors import UserError
from opsassistant.i18n.messages import translate
from opsassistant.services.mail.settings import looks_like_address


@dataclass(frozen=True)
class Attachment:
    filename: str
    content_type: str  # e.g. "application/pdf"
    data: bytes


@dataclass(frozen=True)
class Letter:
    template: str
    lang: str
    subject: str
    body: str
    sender: str  # "Name <address>" of the assistant
    to: tuple[str, ...] = ()
    cc: tuple[str, ...] = ()
    bcc: tuple[str, ...] = ()
    on_behalf_of: str = ""  # "Name <address>" of the principal the mail is from (From), the assistant is Sender
    attachments: tuple[Attachment, ...] = ()
    calendar: str = ""  # an iTIP VCALENDAR text
    method: str = ""  # its METHOD (REQUEST, CANCEL, REPLY)
    event_id: int | None = None
    call_id: int | None = None
    record: str = ""
    channel: str = "mail"  # "sms": a short text to an e-mail-to-SMS gateway (logged as a text message)
    message_id: str = field(default_factory=lambda: make_msgid(domain="opsassistant.local"))

    @property
    def recipients(self) -> tuple[str, ...]:
        return self.to + self.cc + self.bcc


def address_of(text: str) -> str:
    from email.utils import parseaddr

    return parseaddr(text)[1]


def person(name: str, address: str) -> str:
    return formataddr((name, address)) if name else address


def check(letter: Letter) -> None:
    """One clear sentence for what stops the letter from being sent."""
    if not letter.sender:
        raise UserError(translate("Mail", "Enter your own name and e-mail address under Settings ▸ E-mail first."))
    if not letter.recipients:
        raise UserError(translate("Mail", "The mail has no recipient."))
    for text in letter.recipients:
        if not looks_like_address(address_of(text)):
            raise UserError(translate("Mail", "“{address}” is not an e-mail address.").format(address=text))


def mime(letter: Letter, *, draft: bool = False) -> EmailMessage:
    """The message; a draft carries ``X-Unsent: 1`` (the mail client opens it for editing, not as received)."""
    check(letter)
    msg = EmailMessage()
    if letter.on_behalf_of:
        msg["From"] = letter.on_behalf_of
        msg["Sender"] = letter.sender
    else:
        msg["From"] = letter.sender
    if letter.to:
        msg["To"] = ", ".join(letter.to)
    if letter.cc:
        msg["Cc"] = ", ".join(letter.cc)
    if letter.bcc:
        msg["Bcc"] = ", ".join(letter.bcc)  # smtplib.send_message drops it from what it transmits
    msg["Subject"] = letter.subject
    msg["Date"] = formatdate(localtime=True)
    msg["Message-ID"] = letter.message_id
    msg["Content-Language"] = letter.lang
    if draft:
        msg["X-Unsent"] = "1"
    msg.set_content(letter.body)
    if letter.calendar:
        msg.add_alternative(letter.calendar, subtype="calendar", params={"method": letter.method})
        msg.add_attachment(letter.calendar.encode("utf-8"), maintype="application", subtype="ics",
                           filename="invite.ics", params={"method": letter.method})
    for item in letter.attachments:
        maintype, _, subtype = item.content_type.partition("/")
        msg.add_attachment(item.data, maintype=maintype, subtype=subtype, filename=item.filename)
    return msg
