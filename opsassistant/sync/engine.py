"""Two-way sync of one account's calendars.

Per calendar: (1) ask the server what changed (sync token, else an ETag listing), (2) fetch those objects
and import the ones not also edited here, (3) send what changed here — merged into the server's own copy
so unknown properties survive — with If-Match, (4) delete here what the server deleted and there what was
deleted here. An object changed on both sides, or a 412, becomes a conflict for the user; nothing is
overwritten silently. Each object's state is committed as soon as it is done and the new sync token only
at the end, so a connection that drops mid-sync leaves both sides consistent and the next run resumes.
Work done offline needs no queue: the next sync finds it by the fingerprints.
"""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field

from opsassistant.db.models.base import utcnow
from opsassistant.errors import UserError
from opsassistant.i18n.messages import translate
from opsassistant.services.sync import accounts, state
from opsassistant.sync import inbox
from opsassistant.sync.dav import Conflict, DavSession, Gone, TokenExpired, normal_href
from opsassistant.sync.kinds import KINDS, Kind

Progress = Callable[[str], None]
REDISCOVER_SECONDS = 3600  # the list of calendars is asked for again at most hourly (new shared calendars)
_discovered: dict[str, float] = {}


@dataclass
class SyncReport:
    account: str
    received: int = 0
    sent: int = 0
    deleted_here: int = 0
    deleted_there: int = 0
    conflicts: int = 0
    problems: list[str] = field(default_factory=list)

    def summary(self) -> str:
        return translate("Sync", "{account}: {received} received, {sent} sent, {deleted} deleted, "
                                 "{conflicts} conflicts").format(
            account=self.account, received=self.received, sent=self.sent,
            deleted=self.deleted_here + self.deleted_there, conflicts=self.conflicts)


def connect(account: accounts.Account) -> DavSession:
    return DavSession(account.url, account.username, accounts.password(account.name),
                      verify_tls=account.verify_tls)


def discover(name: str) -> list[accounts.Collection]:
    """List the account's calendars on the server and remember them."""
    account = accounts.find(name)
    session = connect(account)
    found = accounts.record_collections(account.id, session.calendars() + session.addressbooks())
    _discovered[account.name] = time.monotonic()
    return found


def sync_account(name: str, *, progress: Progress | None = None) -> SyncReport:
    account = accounts.find(name)
    report = SyncReport(account.name)
    say = progress or (lambda _text: None)
    try:
        session = connect(account)
        collections = accounts.collections(account.id)
        if not collections or time.monotonic() - _discovered.get(account.name, -1e9) > REDISCOVER_SECONDS:
            collections = accounts.record_collections(account.id, session.calendars() + session.addressbooks())
            _discovered[account.name] = time.monotonic()
        for collection in collections:
            if not collection.enabled or (collection.kind == "calendar" and collection.principal_id is None):
                continue
            say(translate("Sync", "Syncing {calendar}…").format(calendar=collection.display_name))
            ObjectSync(session, collection, report, KINDS[collection.kind]).run()
        report.conflicts = len([c for col in collections for c in state.conflicts(col.id)])
        inbox.process(session, account, report)  # RFC 6638: replies and invitations the server delivered
    except UserError as error:
        accounts.set_result(account.id, synced_at=None, error=str(error))
        state.log(account.id, str(error), level="error")
        raise
    accounts.set_result(account.id, synced_at=utcnow(), error="")
    state.log(account.id, report.summary(), level="warning" if report.conflicts else "info")
    for problem in report.problems:
        state.log(account.id, problem, level="warning")
    return report


class ObjectSync:
    """One calendar or address book, both ways."""

    def __init__(self, session: DavSession, collection: accounts.Collection, report: SyncReport, kind: Kind):
        self.session, self.collection, self.report, self.kind = session, collection, report, kind
        self.items = {i.href: i for i in state.items(collection.id)}
        self.by_uid = {i.uid: i for i in self.items.values()}
        self.conflicted = state.conflicted_uids(collection.id)

    def run(self) -> None:
        changes = self._changes()
        now = self.kind.fingerprints(self.collection.id)
        self._pull(changes, now)
        now = self.kind.fingerprints(self.collection.id)
        self._push(now)
        state.set_token(self.collection.id, changes.token)

    # -- (1) what changed on the server ---------------------------------------------------------------------------
    def _changes(self):
        url = self.collection.url
        try:
            changes = self.session.changes(url, self.collection.sync_token)
        except TokenExpired:
            changes = self.session.changes(url, "")
        if changes.complete:  # a full listing: what we knew and it lacks is gone
            gone = [href for href in self.items if href not in changes.etags]
            changes = type(changes)(changes.etags, gone, changes.token, True)
        return changes

    # -- (2) bring the server's changes here ----------------------------------------------------------------------
    def _pull(self, changes, now: dict[str, str]) -> None:
        wanted = [h for h, etag in changes.etags.items() if self.items.get(h) is None or self.items[h].etag != etag]
        fetched = self.session.fetch(self.collection.url, wanted, self.kind.name) if wanted else {}
        incoming: list[tuple[str, str, str, str]] = []  # href, etag, uid, text
        for href, (etag, text) in fetched.items():
            if not self.kind.is_object(text):
                continue
            uid = self.kind.uid_of(text)
            item = self.items.get(href) or self.by_uid.get(uid)
            if uid in self.conflicted:
                state.add_conflict(self.collection.id, uid, href, local_text=self._ours(uid) or "",
                                   server_text=text, server_etag=etag)
                continue
            if item is not None and uid in now and now[uid] != item.fingerprint:
                state.add_conflict(self.collection.id, uid, href, local_text=self._ours(uid) or "",
                                   server_text=text, server_etag=etag)
                self.conflicted.add(uid)
                continue
            incoming.append((href, etag, uid, text))
        self._import(incoming)
        for href in changes.deleted:
            item = self.items.get(href)
            if item is None:
                continue
            if item.uid in now and now[item.uid] != item.fingerprint:
                state.add_conflict(self.collection.id, item.uid, href, local_text=self._ours(item.uid) or "",
                                   server_text="", server_etag="")
                self.conflicted.add(item.uid)
                continue
            self.report.deleted_here += self.kind.trash(item.uid) and 1
            state.forget_item(self.collection.id, href)
            self.items.pop(href, None)
            self.by_uid.pop(item.uid, None)

    def _import(self, incoming: list[tuple[str, str, str, str]]) -> None:
        for start in range(0, len(incoming), 500):
            batch = incoming[start:start + 500]
            result = self.kind.import_texts([text for *_rest, text in batch], self.collection.principal_id)
            for skipped in result.skipped:
                self.report.problems.append(f"{self.collection.display_name}: {skipped.place}: {skipped.reason}")
            fingerprints = self.kind.fingerprints(self.collection.id)
            with state.one_transaction():  # one commit for the batch, not one per object
                for href, etag, uid, text in batch:
                    ours = self._ours(uid) or ""
                    state.save_item(self.collection.id, href, uid, etag=etag, raw=text, local_text=ours,
                                    fingerprint=fingerprints.get(uid, ""))
                    self._remember(href, uid)
            self.report.received += len(batch)

    # -- (3) send what changed here -------------------------------------------------------------------------------
    def _push(self, now: dict[str, str]) -> None:
        for uid, fingerprint in now.items():
            if uid in self.conflicted:
                continue
            item = self.by_uid.get(uid)
            if item is not None and item.fingerprint == fingerprint:
                continue
            ours = self._ours(uid)
            if ours is None:
                continue
            if item is None:
                self._create(uid, ours, fingerprint)
            else:
                self._update(item, ours, fingerprint)
        for item in list(self.by_uid.values()):
            if item.uid not in now and item.uid not in self.conflicted:
                self._delete(item)

    def _create(self, uid: str, ours: str, fingerprint: str) -> None:
        href = normal_href(self.collection.url).rstrip("/") + "/" + _file_name(uid) + self.kind.suffix
        try:
            etag = self.session.put(href, ours, etag=None, content_type=self.kind.content_type)
        except Conflict:  # an object of that name exists already: keep it, send ours under a new name
            href = normal_href(self.collection.url).rstrip("/") + f"/{uuid.uuid4()}{self.kind.suffix}"
            etag = self.session.put(href, ours, etag=None, content_type=self.kind.content_type)
        state.save_item(self.collection.id, href, uid, etag=etag, raw=ours, local_text=ours,
                        fingerprint=fingerprint)
        self._remember(href, uid)
        self.report.sent += 1

    def _update(self, item: state.Item, ours: str, fingerprint: str) -> None:
        merged = self.kind.merge(item.raw, item.local_text, ours)
        try:
            etag = self.session.put(item.href, merged, etag=item.etag or None,
                                    content_type=self.kind.content_type)
        except (Conflict, Gone):
            self._conflict_from_server(item, ours)
            return
        state.save_item(self.collection.id, item.href, item.uid, etag=etag, raw=merged, local_text=ours,
                        fingerprint=fingerprint)
        self._remember(item.href, item.uid)
        self.report.sent += 1

    def _delete(self, item: state.Item) -> None:
        try:
            self.session.delete(item.href, etag=item.etag)
        except Conflict:
            self._conflict_from_server(item, "")
            return
        state.forget_item(self.collection.id, item.href)
        self.items.pop(item.href, None)
        self.by_uid.pop(item.uid, None)
        self.report.deleted_there += 1

    def _conflict_from_server(self, item: state.Item, ours: str) -> None:
        try:
            etag, text = self.session.get(item.href, self.kind.content_type)
        except Gone:
            etag, text = "", ""
        state.add_conflict(self.collection.id, item.uid, item.href, local_text=ours, server_text=text,
                           server_etag=etag)
        self.conflicted.add(item.uid)

    # -- helpers ---------------------------------------------------------------------------------------------------
    def _ours(self, uid: str) -> str | None:
        return self.kind.text(uid)

    def _remember(self, href: str, uid: str) -> None:
        fresh = state.item(self.collection.id, href)
        if fresh is not None:
            self.items[href] = fresh
            self.by_uid[uid] = fresh


def _file_name(uid: str) -> str:
    safe = "".join(ch if ch.isalnum() or ch in "-_.@" else "-" for ch in uid)
    return safe[:120] or str(uuid.uuid4())
