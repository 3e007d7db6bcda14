"""CalDAV accounts: stored in the database without their password, which goes to the OS keyring."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from opsassistant.db.models import Principal, database
from opsassistant.db.models.sync import SyncAccount, SyncCollection
from opsassistant.errors import UserError
from opsassistant.i18n.messages import translate

KEYRING_SERVICE = "Ops Assistant CalDAV"


@dataclass(frozen=True)
class Account:
    id: int
    name: str
    url: str
    username: str
    verify_tls: bool
    last_sync_at: datetime | None
    last_error: str


@dataclass(frozen=True)
class Collection:
    id: int
    account_id: int
    url: str
    kind: str
    display_name: str
    principal_id: int | None
    principal_name: str
    enabled: bool
    sync_token: str
    attendee_email: str = ""  # whose busy times Find a time reads here (free/busy), "" = nobody's


def _account(row: SyncAccount) -> Account:
    return Account(row.id, row.name, row.url, row.username, row.verify_tls, row.last_sync_at, row.last_error)


def _collection(row: SyncCollection, names: dict[int, str]) -> Collection:
    return Collection(row.id, row.account_id, row.url, row.kind, row.display_name, row.principal_id,
                      names.get(row.principal_id, ""), row.enabled, row.sync_token,
                      row.attendee_email or "")


def _keyring():
    """The OS keyring, or one clear sentence when this system has none."""
    import keyring
    from keyring.backends import fail

    backend = keyring.get_keyring()
    if isinstance(backend, fail.Keyring) or getattr(backend, "priority", 1) <= 0:
        raise UserError(translate("Sync", "This system has no keyring to keep the password in; install one "
                                          "(e.g. GNOME Keyring or KWallet) and try again."))
    return keyring


def store_password(name: str, password: str) -> None:
    _keyring().set_password(KEYRING_SERVICE, name, password)


def password(name: str) -> str:
    found = _keyring().get_password(KEYRING_SERVICE, name)
    if found is None:
        raise UserError(translate("Sync", "The password of the account “{name}” is not in the keyring; "
                                          "add the account again.").format(name=name))
    return found


def accounts() -> list[Account]:
    return [_account(a) for a in SyncAccount.select().order_by(SyncAccount.name)]


def find(name: str) -> Account:
    row = SyncAccount.get_or_none(SyncAccount.name == name)
    if row is None:
        raise UserError(translate("Sync", "There is no account called “{name}”.").format(name=name))
    return _account(row)


def add(name: str, url: str, username: str, secret: str, *, verify_tls: bool = True) -> Account:
    name, url = name.strip(), url.strip()
    if not name:
        raise UserError(translate("Sync", "Give the account a name."))
    if SyncAccount.get_or_none(SyncAccount.name == name) is not None:
        raise UserError(translate("Sync", "An account called “{name}” exists already.").format(name=name))
    store_password(name, secret)  # first: an account whose password could not be kept is not added
    with database.atomic():
        row = SyncAccount.create(name=name, url=url, username=username.strip(), verify_tls=verify_tls)
    return _account(row)


def remove(name: str) -> None:
    account = find(name)
    with database.atomic():
        SyncAccount.delete().where(SyncAccount.id == account.id).execute()
    try:
        import keyring

        keyring.delete_password(KEYRING_SERVICE, name)
    except Exception:  # noqa: BLE001 - the account is gone either way; a stale keyring entry harms nobody
        pass


def set_result(account_id: int, *, synced_at: datetime | None, error: str) -> None:
    with database.atomic():
        changes = {"last_error": error}
        if synced_at is not None:
            changes["last_sync_at"] = synced_at
        SyncAccount.update(**changes).where(SyncAccount.id == account_id).execute()


def _principal_names() -> dict[int, str]:
    return {p.id: p.name for p in Principal.select(Principal.id, Principal.name)}


def collections(account_id: int | None = None) -> list[Collection]:
    query = SyncCollection.select().order_by(SyncCollection.account, SyncCollection.id)
    if account_id is not None:
        query = query.where(SyncCollection.account == account_id)
    names = _principal_names()
    return [_collection(c, names) for c in query]


def executive_id() -> int | None:
    first = Principal.alive().where(Principal.role == "executive").order_by(Principal.position).first()
    return first.id if first else None


def record_collections(account_id: int, found: list[tuple[str, str, str]]) -> list[Collection]:
    """Remember the calendars the server listed (url, name, kind); a new calendar belongs to the executive
    until it is mapped otherwise. Calendars the server no longer lists are forgotten."""
    with database.atomic():
        known = {c.url: c for c in SyncCollection.select().where(SyncCollection.account == account_id)}
        owner = executive_id()
        for url, display_name, kind in found:
            if url in known:
                if known[url].display_name != display_name:
                    SyncCollection.update(display_name=display_name).where(
                        SyncCollection.id == known[url].id).execute()
            else:  # a calendar belongs to the executive; the first address book holds the contacts
                books = SyncCollection.select().where((SyncCollection.kind == "addressbook")
                                                      & (SyncCollection.enabled == True))  # noqa: E712
                SyncCollection.create(account=account_id, url=url, display_name=display_name, kind=kind,
                                      principal=owner if kind == "calendar" else None,
                                      enabled=kind == "calendar" or not books.exists())
        gone = [c.id for url, c in known.items() if url not in {f[0] for f in found}]
        if gone:
            SyncCollection.delete().where(SyncCollection.id.in_(gone)).execute()
    return collections(account_id)


def map_collection(account_name: str, calendar: str, principal_name: str | None) -> Collection:
    """Give a calendar (its name or URL) to a principal, or with None stop syncing it."""
    account = find(account_name)
    rows = [c for c in collections(account.id) if calendar in (c.display_name, c.url)]
    if not rows:
        raise UserError(translate("Sync", "The account “{account}” has no calendar “{calendar}”; "
                                          "run sync once to list its calendars.").format(
            account=account_name, calendar=calendar))
    principal_id = None
    if principal_name is not None:
        match = Principal.alive().where(Principal.name == principal_name).first()
        if match is None:
            raise UserError(translate("Sync", "There is no principal called “{name}”.").format(
                name=principal_name))
        principal_id = match.id
    with database.atomic():
        SyncCollection.update(principal=principal_id, enabled=principal_id is not None).where(
            SyncCollection.id == rows[0].id).execute()
    return next(c for c in collections(account.id) if c.id == rows[0].id)


def normal_email(text: str) -> str:
    """``mailto:Jens@Example.dk`` and ``jens@example.dk`` are the same calendar user (RFC 6638 §2.4.1)."""
    text = text.strip()
    if text.lower().startswith("mailto:"):
        text = text[7:]
    return text.lower()


def _valid_email(text: str) -> bool:
    local, _, domain = text.partition("@")
    return bool(local) and "." in domain and not any(c.isspace() for c in text)


def map_attendee(account_name: str, calendar: str, email: str | None) -> Collection:
    """Say that a calendar of the account is this attendee's (by e-mail address), so Find a time reads their
    free/busy there; None (or "") forgets it. An attendee is no principal: their calendar is no longer synced
    (its appointments would otherwise land in a principal's calendar here)."""
    account = find(account_name)
    rows = [c for c in collections(account.id) if calendar in (c.display_name, c.url) and c.kind == "calendar"]
    if not rows:
        raise UserError(translate("Sync", "The account “{account}” has no calendar “{calendar}”; "
                                          "run sync once to list its calendars.").format(
            account=account_name, calendar=calendar))
    address = normal_email(email or "")
    if address and not _valid_email(address):
        raise UserError(translate("Sync", "“{address}” is not an e-mail address.").format(address=email))
    with database.atomic():
        changes = {"attendee_email": address, **({"principal": None, "enabled": False} if address else {})}
        SyncCollection.update(**changes).where(SyncCollection.id == rows[0].id).execute()
    return next(c for c in collections(account.id) if c.id == rows[0].id)


def attendee_calendars(email: str) -> list[tuple[Account, Collection]]:
    """The calendars mapped to this attendee's e-mail address, with their accounts."""
    address = normal_email(email)
    if not address:
        return []
    by_id = {a.id: a for a in accounts()}
    return [(by_id[c.account_id], c) for c in collections() if c.attendee_email == address and c.account_id in by_id]
