"""``log-call``: record a call from a softphone or a script; the running app shows it at once."""

from __future__ import annotations

from opsassistant.cli import CommandError
from opsassistant.commands.common import open_from_args
from opsassistant.i18n.messages import translate


def run_log_call(args) -> int:
    from opsassistant.services import principals
    from opsassistant.services.calls.callbacks import ImpossibleTime, parse_moment
    from opsassistant.services.calls.logging import CallData, CallError, log_call
    from opsassistant.services.calls.queries import local_zone

    open_from_args(args)
    principal = None
    if args.principal:
        principal = principals.find_by_name(args.principal)
        if principal is None:
            raise CommandError(translate("Calls", "There is no principal called “{name}”.").format(
                name=args.principal))
    zone = principal.home_timezone if principal else local_zone()
    callback_by = None
    if args.callback_by:
        try:
            callback_by = parse_moment(args.callback_by, zone)
        except ImpossibleTime as exc:
            raise CommandError(str(exc)) from exc
    number = args.number.strip()
    if number.casefold() in ("withheld", "anonymous", "unknown", "-", "skjult", "ukendt"):
        number = ""
    data = CallData(number=number, name=args.name, direction=args.direction,
                    principal_id=principal.id if principal else None, message=args.message,
                    callback_by=callback_by, urgent=args.urgent, timezone=zone,
                    please_call=callback_by is not None)
    try:
        call = log_call(data)
    except CallError as exc:
        raise CommandError(str(exc)) from exc
    who = call.name or call.typed_number or translate("Calls", "withheld number")
    print(translate("Calls", "Logged call {id} ({who}).").format(id=call.id, who=who))
    return 0
