"""Two-way sync of one account's calendars.

Per calendar: (1) ask the server what changed (sync token, else an ETag listing), (2) fetch those objects
and import the ones not also edited here, (3) send what changed here — merged into the server's own copy
so unknown properties survive — with If-Match, (4) delete here what the server deleted and there what was
deleted here. An object changed on both sides, or a 412, becomes a conflict for the user; nothing is
overwritten silently. Each object's state is committed as soon as it is done and the new sync token only
at the end, so a connection that drops mid-sync leaves both sides consistent and the next run resumes.
Work done offline needs no queue: the next sync finds it by the fingerprints, taken only of the objects
written here since the last sync (``services.sync.local_changes``: a log kept by SQLite triggers).
"""

from __future__ import annotations

import gc
import hashlib
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from opsassistant.db.models.base import utcnow
from opsassistant.errors import UserError
from opsassistant.gcpause import paused_gc
from opsassistant.i18n.formatting import format_number
from opsassistant.i18n.messages import translate
from opsassistant.services.sync import accounts, local_changes, state
from opsassistant.sync import inbox
from opsassistant.sync.dav import MULTIGET_BATCH, Conflict, DavSession, Gone, TokenExpired, normal_href
from opsassistant.sync.kinds import KINDS, Kind

Progress = Callable[[str], None]
REDISCOVER_SECONDS = 3600  # the list of calendars is asked for again at most hourly (new shared calendars)
_discovered: dict[str, float] = {}
# Called with (session, account, report) after an account's collections are synced, before its result is
# recorded — the place for work that follows a sync (the RFC 6638 scheduling inbox). A UserError raised there
# is one more problem in the report, not a failed sync.
after_account_sync: list[Callable[[DavSession, accounts.Account, SyncReport], None]] = []


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


_sessions: dict[tuple, DavSession] = {}
_sessions_lock = threading.Lock()


def connect(account: accounts.Account) -> DavSession:
    """The account's session, kept between runs: its connection stays open and the server's way of
    authenticating is known, so an incremental sync is one request (servers delay a first unauthenticated
    request — Radicale by a second — before they say which authentication they want)."""
    password = accounts.password(account.name)
    key = (account.name, account.url, account.username, account.verify_tls,
           hashlib.sha256(password.encode()).hexdigest())
    with _sessions_lock:
        session = _sessions.get(key)
        if session is None:
            for old in [k for k in _sessions if k[0] == account.name]:
                del _sessions[old]
            session = _sessions[key] = DavSession(account.url, account.username, password,
                                                  verify_tls=account.verify_tls)
        return session


def forget_session(name: str) -> None:
    """After a failed request: the next run opens a fresh connection."""
    with _sessions_lock:
        for old in [k for k in _sessions if k[0] == name]:
            del _sessions[old]


def discover(name: str) -> list[accounts.Collection]:
    """List the account's calendars on the server and remember them."""
    account = accounts.find(name)
    session = connect(account)
    found = accounts.record_collections(account.id, session.calendars() + session.addressbooks())
    _discovered[account.name] = time.monotonic()
    return found


_frozen = [0]  # how deep in ``young_collections_only`` (the worker wraps its syncs and what follows them)


@contextmanager
def young_collections_only() -> Iterator[None]:
    """While a sync runs, the cyclic collector scans only what the sync made since its last batch: what lived
    before is frozen (``gc.freeze``), and so is each batch's survivors once its own garbage is collected. A full
    collection scans every tracked object of the process while it holds the interpreter lock — on a sync's
    worker thread that was the window's longest frame (a first sync of 5k events: 101 ms; frozen, 24 ms).
    Everything is unfrozen when the outermost use ends, so no garbage is kept (the next full collection,
    whenever Python runs one, scans it all as it would without a sync)."""
    _frozen[0] += 1
    gc.freeze()
    try:
        yield
    finally:
        _frozen[0] -= 1
        if not _frozen[0]:
            gc.unfreeze()


def _freeze_batch() -> None:
    if not _frozen[0]:
        return
    gc.collect(1)  # the batch's own garbage (young objects only: cheap), then its survivors out of the scans
    gc.freeze()


def sync_account(name: str, *, progress: Progress | None = None) -> SyncReport:
    with young_collections_only():
        return _sync_account(name, progress=progress)


def _sync_account(name: str, *, progress: Progress | None = None) -> SyncReport:
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
            ObjectSync(session, collection, report, KINDS[collection.kind], progress=say).run()
        report.conflicts = len([c for col in collections for c in state.conflicts(col.id)])
        inbox.process(session, account, report)  # RFC 6638: replies and invitations the server delivered
        for hook in after_account_sync:
            try:
                hook(session, account, report)
            except UserError as error:
                report.problems.append(str(error))
    except UserError as error:
        forget_session(account.name)
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

    def __init__(self, session: DavSession, collection: accounts.Collection, report: SyncReport, kind: Kind,
                 progress: Progress | None = None):
        self.session, self.collection, self.report, self.kind = session, collection, report, kind
        self.progress = progress or (lambda _text: None)  # called once a batch, never once an object
        # The objects this run looks at (every one only when it must compare everything), texts loaded when needed.
        self.items: dict[str, state.Item] = {}
        self.by_uid: dict[str, state.Item] = {}
        self.loaded_all = False
        self.compared: set[str] | None = None  # the UIDs compared afresh here; None = every object
        self.conflicted = state.conflicted_uids(collection.id)
        self.sent: dict[str, str] = {}  # href → the ETag our PUT got back

    def run(self) -> None:
        changes = self._changes()
        self.plan = self.kind.plan(self.collection.id)  # before anything local is read
        if self.plan.uids is None:
            self._load_all()
            now = self.kind.fingerprints(self.collection.id)
        else:  # only what was written here since the last sync, and what the server changed
            self.compared = set(self.plan.uids)
            if not self.loaded_all:
                self._know(state.index(self.collection.id, hrefs=[*changes.etags, *changes.deleted],
                                       uids=self.plan.uids))
            now = self.kind.changed_fingerprints(self.collection.id, self.plan.uids)
        self._pull(changes, now)  # keeps ``now`` up to date with what it imports and trashes
        self._push(now)
        state.set_token(self.collection.id, changes.token, local_mark=self.plan.mark)

    def _here(self, uid: str, now: dict[str, str]) -> str | None:
        """The object's fingerprint here now (None: not held here). ``now`` has those compared afresh; any
        other is as the last sync left it, since nothing wrote it since (its fingerprint is the last sync's)."""
        if self.compared is None or uid in self.compared:
            return now.get(uid)
        item = self.by_uid.get(uid)
        return (item.fingerprint or None) if item is not None else None

    def _load_all(self) -> None:
        if not self.loaded_all:
            self._know(state.index(self.collection.id))
            self.loaded_all = True

    def _know(self, items: list[state.Item]) -> None:
        for item in items:
            self.items[item.href] = item
            self.by_uid[item.uid] = item

    # -- (1) what changed on the server ---------------------------------------------------------------------------
    def _changes(self):
        url = self.collection.url
        try:
            changes = self.session.changes(url, self.collection.sync_token)
        except TokenExpired:
            changes = self.session.changes(url, "")
        if changes.complete:  # a full listing: what we knew and it lacks is gone
            self._load_all()
            gone = [href for href in self.items if href not in changes.etags]
            changes = type(changes)(changes.etags, gone, changes.token, True)
        return changes

    # -- (2) bring the server's changes here ----------------------------------------------------------------------
    def _pull(self, changes, now: dict[str, str]) -> None:
        wanted = [h for h, etag in changes.etags.items() if self.items.get(h) is None or self.items[h].etag != etag]
        for start in range(0, len(wanted), MULTIGET_BATCH):  # fetched, imported and committed a batch at a time
            fetched = self.session.fetch(self.collection.url, wanted[start:start + MULTIGET_BATCH], self.kind.name)
            fingerprints = self._import(self._incoming(fetched, now))
            now.update(fingerprints)
            if self.compared is not None:
                self.compared.update(fingerprints)
            if len(wanted) > MULTIGET_BATCH:
                self.progress(translate("Sync", "Syncing {calendar}: {done} of {total}…").format(
                    calendar=self.collection.display_name,
                    done=format_number(min(start + MULTIGET_BATCH, len(wanted))), total=format_number(len(wanted))))
            time.sleep(0)  # let the GUI thread have the interpreter between batches
        for href in changes.deleted:
            item = self.items.get(href)
            if item is None:
                continue
            here = self._here(item.uid, now)
            if here is not None and here != item.fingerprint:
                state.add_conflict(self.collection.id, item.uid, href, local_text=self._ours(item.uid) or "",
                                   server_text="", server_etag="")
                self.conflicted.add(item.uid)
                continue
            self.report.deleted_here += self.kind.trash(item.uid) and 1
            now.pop(item.uid, None)
            if self.compared is not None:
                self.compared.add(item.uid)
            state.forget_item(self.collection.id, href)
            self.items.pop(href, None)
            self.by_uid.pop(item.uid, None)

    def _incoming(self, fetched: dict[str, tuple[str, str]], now: dict[str, str]) -> list[tuple[str, str, str, str]]:
        """(href, etag, uid, text) of the fetched objects to import; those also changed here become conflicts."""
        incoming: list[tuple[str, str, str, str]] = []
        self._remember(list(fetched))  # the texts of the objects we have, to compare
        if not self.loaded_all:  # and any object we hold under another href (moved there)
            uids = [self.kind.uid_of(crlf(text)) for _etag, text in fetched.values()]
            self._know(state.index(self.collection.id, uids=[u for u in uids if u and u not in self.by_uid]))
        for href, (etag, text) in fetched.items():
            text = crlf(text)
            if not self.kind.is_object(text):
                continue
            uid = self.kind.uid_of(text)
            item = self.items.get(href) or self.by_uid.get(uid)
            same = self.items.get(href)
            if same is not None and same.raw == text and same.uid == uid:  # only the ETag moved: nothing to read
                state.save_items(self.collection.id, [(href, uid, etag, text, same.local_text or "", same.fingerprint)])
                self._remember([href])
                continue
            here = self._here(uid, now)
            changed_here = item is not None and (here != item.fingerprint if here is not None
                                                  else bool(item.fingerprint))  # edited, or deleted, here
            if uid in self.conflicted or changed_here:
                state.add_conflict(self.collection.id, uid, href, local_text=self._ours(uid) or "",
                                   server_text=text, server_etag=etag)
                self.conflicted.add(uid)
                continue
            incoming.append((href, etag, uid, text))
        return incoming

    def _import(self, batch: list[tuple[str, str, str, str]]) -> dict[str, str]:
        """One batch in one transaction: the import, our rendering of what it made (the merge's base), its
        fingerprints and the objects' state, so a sync that is cut off keeps whole batches or none."""
        if not batch:
            return {}
        uids = list(dict.fromkeys(uid for _href, _etag, uid, _text in batch))
        with paused_gc(), state.one_transaction():
            result = self.kind.import_texts([text for *_rest, text in batch], self.collection.principal_id)
            fingerprints = self.kind.fingerprints(self.collection.id, uids)
            ours = self.kind.texts(uids)
            state.save_items(self.collection.id, [(href, uid, etag, text, ours.get(uid, ""), fingerprints.get(uid, ""))
                                                  for href, etag, uid, text in batch],
                             seen=local_changes.current_seq())  # in this transaction: our own import's writes
        for skipped in result.skipped:
            self.report.problems.append(f"{self.collection.display_name}: {skipped.place}: {skipped.reason}")
        self._remember([href for href, *_rest in batch])
        self.report.received += len(batch)
        _freeze_batch()
        return fingerprints

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
        self._read_back()
        held = list(self.by_uid.values()) if self.compared is None else [
            self.by_uid[uid] for uid in self.compared if uid in self.by_uid]
        for item in held:
            # Gone here since the last sync. An object we never held (the import refused it: fingerprint "")
            # is not ours to delete.
            if item.uid not in now and item.uid not in self.conflicted and item.fingerprint:
                self._delete(item)

    def _read_back(self) -> None:
        """What we sent, as the server stored it (a server may rewrite an object: RFC 4791 §5.3.4), so the next
        merge starts from the server's own text. One multiget per batch; an object that changed again since
        our PUT (another ETag) is left for the next sync to bring in."""
        sent, self.sent = list(self.sent.items()), {}
        for start in range(0, len(sent), MULTIGET_BATCH):
            batch = dict(sent[start:start + MULTIGET_BATCH])
            fetched = self.session.fetch(self.collection.url, list(batch), self.kind.name)
            rows = []
            for href, (etag, text) in fetched.items():
                item = self.items.get(href)
                if item is not None and etag and etag == batch.get(href) and item.raw is not None:
                    rows.append((href, item.uid, etag, crlf(text), item.local_text or "", item.fingerprint))
            with state.one_transaction():
                state.save_items(self.collection.id, rows)
            self._remember([row[0] for row in rows])

    def _create(self, uid: str, ours: str, fingerprint: str) -> None:
        href = normal_href(self.collection.url).rstrip("/") + "/" + _file_name(uid) + self.kind.suffix
        try:
            etag = self.session.put(href, ours, etag=None, content_type=self.kind.content_type)
        except Conflict:  # an object of that name exists already: keep it, send ours under a new name
            href = normal_href(self.collection.url).rstrip("/") + f"/{uuid.uuid4()}{self.kind.suffix}"
            etag = self.session.put(href, ours, etag=None, content_type=self.kind.content_type)
        state.save_item(self.collection.id, href, uid, etag=etag, raw=ours, local_text=ours,
                        fingerprint=fingerprint, seen=self.plan.seq)
        self._remember([href])
        self.sent[normal_href(href)] = etag
        self.report.sent += 1

    def _update(self, item: state.Item, ours: str, fingerprint: str) -> None:
        item = state.item(self.collection.id, item.href) or item
        merged = self.kind.merge(item.raw, item.local_text, ours)
        try:
            etag = self.session.put(item.href, merged, etag=item.etag or None,
                                    content_type=self.kind.content_type)
        except (Conflict, Gone):
            self._conflict_from_server(item, ours)
            return
        state.save_item(self.collection.id, item.href, item.uid, etag=etag, raw=merged, local_text=ours,
                        fingerprint=fingerprint, seen=self.plan.seq)
        self._remember([item.href])
        self.sent[item.href] = etag
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
            text = crlf(text)  # the caldav library's response turns CR LF into LF
        except Gone:
            etag, text = "", ""
        state.add_conflict(self.collection.id, item.uid, item.href, local_text=ours, server_text=text,
                           server_etag=etag)
        self.conflicted.add(item.uid)

    # -- helpers ---------------------------------------------------------------------------------------------------
    def _ours(self, uid: str) -> str | None:
        return self.kind.text(uid)

    def _remember(self, hrefs: list[str]) -> None:
        for fresh in state.items_by_href(self.collection.id, hrefs):
            self.items[fresh.href] = fresh
            self.by_uid[fresh.uid] = fresh


def crlf(text: str) -> str:
    """The object's own line ends. A multiget carries it inside XML, whose parser turns each CR LF into LF
    (XML 1.0 §2.11) unless the server wrote the CR as &#13;; iCalendar and vCard lines end in CR LF (RFC 5545
    §3.1, RFC 6350 §3.2), so that is what the server stored and what goes back to it."""
    return text if "\r" in text else text.replace("\n", "\r\n")


def _file_name(uid: str) -> str:
    safe = "".join(ch if ch.isalnum() or ch in "-_.@" else "-" for ch in uid)
    return safe[:120] or str(uuid.uuid4())
