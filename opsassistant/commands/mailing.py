"""``invite`` (an iTIP REQUEST or CANCEL of an appointment as .ics) and ``mail`` (a templated e-mail as an .eml
draft or sent by SMTP)."""

from __future__ import annotations

from pathlib import Path

from opsassistant.cli import CommandError
from opsassistant.commands.common import open_from_args
from opsassistant.i18n.messages import translate


def run_invite(args) -> int:
    from opsassistant.fileio import atomic_text
    from opsassistant.interop import itip
    from opsassistant.services.mail import invitations
    from opsassistant.services.mail import settings as mail_settings

    open_from_args(args)
    sender = mail_settings.load().assistant_email
    if not sender:
        raise CommandError(translate("Mail", "Enter your own name and e-mail address under Settings ▸ E-mail first."))
    if args.method == "cancel":
        plan = invitations.plan_cancel(args.event_id)
    else:
        plan = invitations.plan_request(args.event_id)
        if not plan.recipients:
            plan = invitations.Plan(plan.event, plan.method, plan.sequence, plan.attendees, plan.attendees,
                                    without_address=plan.without_address)
    text = itip.message_text(plan, sender)
    with atomic_text(Path(args.output), newline="") as handle:
        handle.write(text)
    print(translate("Mail", "{method} for “{title}” (SEQUENCE {sequence}) written to {path}.").format(
        method=plan.method, title=plan.event.title, sequence=plan.sequence, path=args.output))
    for name in plan.without_address:
        print(translate("Mail", "Not invited: {name} has no e-mail address.").format(name=name))
    return 0


def run_mail(args) -> int:
    from opsassistant.i18n.language import current_language
    from opsassistant.mail import handover, letters

    open_from_args(args)
    lang = getattr(args, "lang", None) or current_language()
    prepared = letters.prepare(args.template, args.target, lang, args.to or None, method=args.method)
    for name in prepared.without_address:
        print(translate("Mail", "Not invited: {name} has no e-mail address.").format(name=name))
    outcome = handover.save_drafts(prepared, Path(args.output)) if args.output else handover.by_smtp(prepared)
    print(outcome.message)
    return 0
