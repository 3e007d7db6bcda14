"""The server's scheduling inbox (RFC 6638 §2.2), read at the end of each sync of an account.

A server that schedules (Xandikos, Nextcloud, iCloud …) delivers iTIP messages into the principal's inbox: an
attendee's REPLY, an organizer's REQUEST or CANCEL, an attendee's COUNTER. Each object is read and handled
through the same code as an .ics file opened here — a REPLY updates the attendee's answer (shown in the editor
and on Today), a REQUEST waits on Today for the executive's answer, a COUNTER or REFRESH waits there for the
user (shown, never applied), a CANCEL drops what waits and
marks the appointment cancelled — and only after that is committed is the object deleted from the inbox (with
If-Match, so a changed one stays). A failure leaves it for the next run, which deletes it without applying it a
second time (the object is marked handled in the same transaction as its effect). An object that cannot be used (a
REPLY to an appointment not here, an invitation for someone else) stays in the inbox for the other clients,
and its reason is logged once. A server without an inbox (Radicale) is noted once, not as an error.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from opsassistant.errors import UserError
from opsassistant.i18n.messages import translate
from opsassistant.interop import itip
from opsassistant.services.sync import inbox as store
from opsassistant.services.sync import state
from opsassistant.sync.dav import Conflict, Gone

if TYPE_CHECKING:
    from opsassistant.services.sync.accounts import Account
    from opsassistant.sync.dav import DavSession
    from opsassistant.sync.engine import SyncReport

REASK_SECONDS = 3600  # the principal is asked for its inbox URL again at most hourly
_asked: dict[tuple[int, str], float] = {}  # (account id, its URL) → when asked


def process(session: DavSession, account: Account, report: SyncReport) -> int:
    """Handle every object in the account's inbox; returns how many were handled (and deleted there).

    Never raises for the network: what could not be done is a problem in the report, the rest of the sync
    stands."""
    try:
        url = _inbox_url(session, account)
        if not url:
            return 0
        return _Run(session, account, report, url).run()
    except UserError as error:
        report.problems.append(translate("Sync", "The scheduling inbox could not be read: {reason}").format(
            reason=error))
        return 0


def _inbox_url(session: DavSession, account: Account) -> str:
    known = store.state(account.id)
    key = (account.id, account.url)
    if time.monotonic() - _asked.get(key, -1e9) < REASK_SECONDS:
        return known.url
    url = session.schedule_inbox_url()
    _asked[key] = time.monotonic()
    if url != known.url:
        store.set_url(account.id, url)
    if not url and not known.none_noted:
        state.log(account.id, translate("Sync", "{account}: this server has no scheduling inbox; answers to "
                                                "invitations come by e-mail.").format(account=account.name))
        store.mark_none_noted(account.id)
    return url


class _Run:
    def __init__(self, session: DavSession, account: Account, report: SyncReport, url: str):
        self.session, self.account, self.report, self.url = session, account, report, url
        self.noted = set(store.state(account.id).noted)
        self.left: list[str] = []
        self.handled = 0
        self.answers = 0
        self.lines: list[str] = []

    def run(self) -> int:
        listing = self.session.listing(self.url)
        handled = set(store.state(self.account.id).handled)
        for href, etag in sorted(listing.etags.items()):
            key = f"{etag} {href}"
            if key not in handled:  # not yet applied here (a retry after a failed DELETE skips this)
                try:
                    _etag, text = self.session.get(href)
                except Gone:
                    continue
                with state.one_transaction():  # the object's effect and "handled" commit together
                    reason = self._handle(text)
                    if not reason:
                        handled.add(key)
                        store.set_handled(self.account.id, sorted(handled))
                if reason:  # left in the inbox for the other clients; said once
                    self.left.append(href)
                    if href not in self.noted:
                        state.log(self.account.id, translate("Sync", "Scheduling inbox: {name} was left there: "
                                                                     "{reason}").format(
                            name=href.rstrip("/").split("/")[-1], reason=reason), level="warning")
                    continue
            try:  # only now that the local commit is done
                self.session.delete(href, etag=etag)
            except (Conflict, Gone):
                pass  # changed (or taken) since it was read: the next run sees the new one
            else:
                self.handled += 1
            handled.discard(key)
            store.set_handled(self.account.id, sorted(handled))
        present = {f"{etag} {href}" for href, etag in listing.etags.items()}
        store.set_handled(self.account.id, sorted(handled & present))
        store.set_noted(self.account.id, self.left)
        if self.answers:
            self.lines.insert(0, translate("Sync", "answers received: {count}").format(count=self.answers))
        if self.lines:
            state.log(self.account.id, translate("Sync", "Scheduling inbox: {items}").format(
                items="; ".join(self.lines)))
        return self.handled

    # -- one object -------------------------------------------------------------------------------------------
    def _handle(self, text: str) -> str:
        """"" when handled here and committed; otherwise why it stays in the inbox."""
        method = itip.method_of(text)
        try:
            items = itip.read(text)
        except UserError as error:
            return str(error)
        if not items:
            return translate("Sync", "it holds no appointment.")
        if method == "REPLY":
            return self._reply(text)
        if method == "REQUEST":
            return self._waiting(method, items[0], text)
        if method in ("COUNTER", "REFRESH"):  # an attendee's, to the organizer: shown, never applied
            kept = itip.keep_for_user(text, account_id=self.account.id)
            if not kept.updated:
                return "; ".join(s.reason for s in kept.skipped)
            self.lines.append((translate("Sync", "a counter-proposal from {who}") if method == "COUNTER" else
                               translate("Sync", "{who} asks for the current invitation")).format(
                who=items[0].attendees[0].email))
            return ""
        if method == "CANCEL":
            store.cancelled(items[0].uid)
            self.lines.append(translate("Sync", "“{title}” was cancelled by {who}").format(
                title=items[0].summary, who=items[0].organizer.name or items[0].organizer.email))
            return ""
        return translate("Sync", "its METHOD {method} is not handled here.").format(method=method or "–")

    def _reply(self, text: str) -> str:
        result = itip.import_reply_text(text)
        if not result.updated:
            return "; ".join(s.reason for s in result.skipped) or translate("Sync", "it names no attendee.")
        for skipped in result.skipped:
            self.report.problems.append(f"{skipped.place}: {skipped.reason}")
        self.answers += result.updated
        return ""

    def _waiting(self, method: str, item: itip.Incoming, text: str) -> str:
        from opsassistant.interop import itip_answer

        principal = self._principal()
        if principal is None:
            return translate("Sync", "no calendar of this account belongs to anyone here.")
        try:
            itip_answer.addressee(item, principal)
        except UserError as error:
            return str(error)
        who = item.organizer
        shown = f"{who.name} <{who.email}>" if who.name else who.email
        store.keep(account_id=self.account.id, principal_id=principal.id if principal else None, uid=item.uid,
                   sequence=item.sequence, method=method, summary=item.summary, organizer=shown, text=text)
        self.lines.append(translate("Sync", "an invitation to “{title}” from {who}").format(
            title=item.summary, who=shown))
        return ""

    def _principal(self):
        """Whose inbox this is: the person the account's calendars belong to (else the executive)."""
        from opsassistant.services import principals
        from opsassistant.services.sync import accounts

        for collection in accounts.collections(self.account.id):
            if collection.kind == "calendar" and collection.principal_id is not None:
                return principals.get(collection.principal_id)
        return principals.executive()
