"""Handing prepared letters over — as drafts to the mail client, or by SMTP — then logging them and, for
invitations, remembering what the attendees were told. A letter that cannot be sent is kept as a draft."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

from opsassistant.errors import UserError
from opsassistant.i18n.messages import translate
from opsassistant.mail import client, smtp
from opsassistant.mail.compose import Letter, address_of, mime
from opsassistant.mail.letters import Prepared
from opsassistant.services.mail import invitations
from opsassistant.services.mail import log as mail_log
from opsassistant.services.mail import settings as mail_settings


@dataclass(frozen=True)
class Outcome:
    ok: bool  # False: nothing was handed over (``message`` says why and where the draft is)
    message: str  # one sentence for the user, in the UI language
    drafts: tuple[Path, ...] = ()


def _log(letter: Letter, transport: str, refused: dict[str, str] | None = None) -> None:
    refused = {a.casefold() for a in (refused or {})}
    people = [mail_log.Recipient(address_of(a), kind) for kind, group in
              (("to", letter.to), ("cc", letter.cc), ("bcc", letter.bcc)) for a in group
              if address_of(a).casefold() not in refused]
    if letter.channel == "sms":
        transport = "sms"
    mail_log.record(message_id=letter.message_id, template=letter.template, transport=transport,
                    recipients=people, subject=letter.subject, event_id=letter.event_id, call_id=letter.call_id,
                    record=letter.record)


def _remember(prepared: Prepared) -> None:
    for plan in prepared.plans:
        if plan.recipients:
            invitations.remember(plan)


def _draft_paths(prepared: Prepared, output: Path | None) -> list[Path | None]:
    if output is None:
        return [None] * len(prepared.letters)
    if len(prepared.letters) == 1:
        return [output]
    return [output] + [output.with_name(f"{output.stem}-{n}{output.suffix}")
                       for n in range(2, len(prepared.letters) + 1)]


def save_drafts(prepared: Prepared, output: Path | str) -> Outcome:
    """Write the drafts to ``output`` (more letters: ``NAME-2.eml``…) and count them as handed over."""
    paths = [client.write_draft(letter, path) for letter, path in
             zip(prepared.letters, _draft_paths(prepared, Path(output)), strict=True)]
    for letter in prepared.letters:
        _log(letter, "draft")
    _remember(prepared)
    return Outcome(True, translate("Mail", "Draft written to {path}.").format(
        path=", ".join(str(p) for p in paths)), tuple(paths))


def open_draft(letter: Letter, draft: Path, platform: str | None = None) -> client.Opened:
    """Give one written draft to the mail client: on Windows (``platform`` "win32") by Simple MAPI with its
    attachments; where MAPI is missing or refuses, the .eml draft is opened instead, said in one sentence."""
    if (platform or sys.platform) != "win32":
        return client.open_in_client(letter, draft)
    from opsassistant.mail import mapi

    try:
        files = client._attachments_folder(letter, mime(letter, draft=True))
        sent = mapi.send(letter, files)
    except (mapi.Unavailable, mapi.Refused, OSError) as error:
        reason = translate("Mail", "no MAPI mail program is installed") if isinstance(error, mapi.Unavailable) \
            else str(error)
        fallback = client.open_in_client(letter, draft)
        if fallback.opened:
            return client.Opened(draft, True, translate(
                "Mail", "The mail program could not take the mail by MAPI ({reason}), so the draft {path} is "
                        "opened instead.").format(reason=reason, path=draft))
        return client.Opened(draft, False, translate(
            "Mail", "The mail program could not take the mail by MAPI ({reason}) and no other mail client was "
                    "found; the draft is kept at {path}.").format(reason=reason, path=draft))
    if not sent:
        return client.Opened(draft, True, translate("Mail", "The mail was closed in your mail program without "
                                                            "sending; the draft is kept at {path}.").format(
            path=draft))
    return client.Opened(draft, True, translate("Mail", "The mail is in your mail program with its attachments; "
                                                        "the draft is also kept at {path}.").format(path=draft))


def to_mail_client(prepared: Prepared, *, platform: str | None = None) -> Outcome:
    """Drafts in the drafts folder, each opened in the mail client; with no client the drafts are kept."""
    drafts = [client.write_draft(letter) for letter in prepared.letters]
    results = [open_draft(letter, path, platform) for letter, path in zip(prepared.letters, drafts, strict=True)]
    if not all(r.opened for r in results):
        return Outcome(False, next(r.message for r in results if not r.opened), tuple(drafts))
    for letter in prepared.letters:
        _log(letter, "draft")
    _remember(prepared)
    return Outcome(True, results[-1].message, tuple(drafts))


def by_smtp(prepared: Prepared, *, cafile: str | None = None) -> Outcome:
    """Send each letter; on the first failure the unsent letters are kept as drafts and the reason is raised."""
    config = mail_settings.load()
    for number, letter in enumerate(prepared.letters):
        try:
            refused = smtp.send(mime(letter), [address_of(a) for a in letter.recipients], config, cafile=cafile)
        except UserError as error:
            kept = [client.write_draft(unsent) for unsent in prepared.letters[number:]]
            if number:
                _remember(Prepared(prepared.letters[:number], prepared.plans[:number]))
            raise UserError(translate("Mail", "{reason} The mail is kept as a draft: {path}.").format(
                reason=str(error).rstrip(".") + ".", path=", ".join(str(p) for p in kept))) from None
        _log(letter, "smtp", refused)
        if refused:
            kept = client.write_draft(letter)
            _remember(Prepared(prepared.letters[:number + 1], prepared.plans[:number + 1]))
            said = "; ".join(f"{a}: {why}" for a, why in refused.items())
            raise UserError(translate("Mail", "The server refused some recipients ({said}); the others got the mail, "
                                              "and it is kept as a draft: {path}.").format(said=said, path=kept))
    _remember(prepared)
    sent = ", ".join(address_of(a) for letter in prepared.letters for a in letter.recipients)
    return Outcome(True, translate("Mail", "Sent to {recipients}.").format(recipients=sent))


def deliver(prepared: Prepared, transport: str | None = None, *, cafile: str | None = None) -> Outcome:
    """As the settings say (or ``transport``: "draft" or "smtp")."""
    chosen = transport or mail_settings.load().transport
    if chosen == "smtp":
        return by_smtp(prepared, cafile=cafile)
    return to_mail_client(prepared)
