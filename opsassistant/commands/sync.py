"""``account add|list|remove|map`` and ``sync``: CalDAV accounts and two-way sync from the command line.

Exit codes of ``sync``: 0 done; 1 failed with one sentence; 4 done, with conflicts left for the user.
"""

from __future__ import annotations

import getpass
import json
import sys

from opsassistant.cli import CommandError
from opsassistant.commands.common import open_from_args
from opsassistant.i18n.messages import translate

EXIT_CONFLICTS = 4


def run_account(args) -> int:
    from opsassistant.services.sync import accounts

    open_from_args(args)
    if args.action != "list" and not args.name:
        raise CommandError(translate("Sync", "Name the account."))
    if args.action == "add":
        email = args.email or (args.url if args.url and "@" in args.url and "://" not in args.url else None)
        if not (args.url or email) or not args.user:
            raise CommandError(translate("Sync", "account add needs --url (or --email) and --user."))
        if args.password_stdin:
            secret = sys.stdin.readline().rstrip("\r\n")
        else:
            secret = getpass.getpass(translate("Sync", "Password for {user}: ").format(user=args.user))
        url = args.url
        if email:
            from opsassistant.sync import discovery

            found = discovery.discover(email, args.user, secret, verify_tls=not args.insecure)
            url = found.caldav_url
            print(translate("Sync", "Found the calendar server: {url}").format(url=url))
        account = accounts.add(args.name, url, args.user, secret, verify_tls=not args.insecure)
        print(translate("Sync", "Added the account “{name}”.").format(name=account.name))
        return 0
    if args.action == "remove":
        accounts.remove(args.name)
        print(translate("Sync", "Removed the account “{name}”.").format(name=args.name))
        return 0
    if args.action == "map":
        if not args.calendar:
            raise CommandError(translate("Sync", "account map needs the calendar's name."))
        if args.attendee is not None:
            found = accounts.map_attendee(args.name, args.calendar, args.attendee)
            print(f"{found.display_name}: {found.attendee_email or '-'}")
            return 0
        principal = None if args.none else args.principal
        if principal is None and not args.none:
            raise CommandError(translate("Sync", "account map needs --principal NAME, --none or --attendee EMAIL."))
        found = accounts.map_collection(args.name, args.calendar, principal)
        print(f"{found.display_name}: {found.principal_name or '-'}")
        return 0
    rows = [{"id": a.id, "name": a.name, "url": a.url, "user": a.username,
             "last_sync": a.last_sync_at.isoformat() if a.last_sync_at else None, "error": a.last_error,
             "calendars": [{"name": c.display_name, "url": c.url, "principal": c.principal_name or None,
                            **({"attendee": c.attendee_email} if c.attendee_email else {})}
                           for c in accounts.collections(a.id)]}
            for a in accounts.accounts()]
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=1))
    else:
        for row in rows:
            print(f"{row['name']}\t{row['url']}\t{row['user']}")
            for cal in row["calendars"]:
                print(f"\t{cal['name']}\t{cal['principal'] or '-'}")
    return 0


def run_sync(args) -> int:
    from opsassistant.services.sync import accounts, state
    from opsassistant.sync import conflicts, engine

    open_from_args(args)
    if args.resolve is not None:
        conflicts.resolve(args.resolve, args.keep or "")
        print(translate("Sync", "Conflict {id} resolved; it is sent at the next sync.").format(id=args.resolve))
        return 0
    if args.conflicts:
        rows = [{"id": c.id, "uid": c.uid, "href": c.href, "local": c.local_text, "server": c.server_text}
                for c in state.conflicts()]
        print(json.dumps(rows, ensure_ascii=False, indent=1))
        return 0
    names = [args.name] if args.name else [a.name for a in accounts.accounts()]
    if not names:
        raise CommandError(translate("Sync", "There is no account to sync; add one with “opsassistant account add”."))
    reports = [engine.sync_account(name) for name in names]
    left = len(state.conflicts())
    if args.json:
        print(json.dumps([{"account": r.account, "received": r.received, "sent": r.sent,
                           "deleted_here": r.deleted_here, "deleted_there": r.deleted_there,
                           "conflicts": r.conflicts, "problems": r.problems} for r in reports],
                         ensure_ascii=False, indent=1))
    else:
        for report in reports:
            print(report.summary())
            for problem in report.problems:
                print(f"  {problem}", file=sys.stderr)
    return EXIT_CONFLICTS if left else 0
