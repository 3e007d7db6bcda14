"""CalDAV accounts and the state of two-way sync: which server object each local record is, and as what.

The password is never here: it lives in the OS keyring under the account's name (services.sync.accounts).
"""

from peewee import BooleanField, CharField, ForeignKeyField, IntegerField, TextField

from opsassistant.db.fields import UTCDateTimeField
from opsassistant.db.models.base import BaseModel, utcnow
from opsassistant.db.models.principals import Principal


class SyncAccount(BaseModel):
    name = CharField(unique=True)
    url = CharField()  # the URL given (or found by RFC 6764 discovery)
    username = CharField()
    verify_tls = BooleanField(default=True)  # False only after the user said yes to a self-signed certificate
    created_at = UTCDateTimeField(default=utcnow)
    last_sync_at = UTCDateTimeField(null=True)
    last_error = TextField(default="")


class SyncCollection(BaseModel):
    """A calendar (or address book) of an account; ``principal`` is whose it is here, None = not synced."""

    account = ForeignKeyField(SyncAccount, backref="collections", on_delete="CASCADE")
    url = CharField()
    kind = CharField(default="calendar")  # calendar | addressbook
    display_name = CharField(default="")
    principal = ForeignKeyField(Principal, null=True, on_delete="SET NULL")
    enabled = BooleanField(default=True)
    sync_token = TextField(default="")  # RFC 6578; "" = list every object by ETag
    attendee_email = CharField(default="")  # whose busy times it holds for Find a time (free/busy), "" = nobody's
    local_mark = CharField(default="")  # how far the last sync read the local change log (services.sync.local_changes)

    class Meta:
        indexes = ((("account", "url"), True),)


class SyncItem(BaseModel):
    """One server object ↔ the local events with its UID (a series and its overrides are one object).

    ``raw`` is the object exactly as the server sent it, so what we do not understand is written back
    unchanged; ``local_text`` is our own rendering at the last sync (the base of the three-way merge) and
    ``fingerprint`` the local state then, so a local edit is found without rendering every event.
    """

    collection = ForeignKeyField(SyncCollection, backref="items", on_delete="CASCADE")
    href = CharField()
    uid = CharField(index=True)
    etag = CharField(default="")
    raw = TextField(default="")
    local_text = TextField(default="")
    fingerprint = CharField(default="")
    seen_seq = IntegerField(default=0)  # the local change log's seq the fingerprint was taken at

    class Meta:
        indexes = ((("collection", "href"), True),)


class SyncConflict(BaseModel):
    """An object changed on both sides since the last sync, kept until the user chooses."""

    collection = ForeignKeyField(SyncCollection, backref="conflicts", on_delete="CASCADE")
    uid = CharField()
    href = CharField()
    local_text = TextField(default="")  # "" = deleted here
    server_text = TextField(default="")  # "" = deleted on the server
    server_etag = CharField(default="")
    found_at = UTCDateTimeField(default=utcnow)


class SyncLogEntry(BaseModel):
    account = ForeignKeyField(SyncAccount, null=True, backref="log", on_delete="CASCADE")
    at = UTCDateTimeField(default=utcnow)
    level = CharField(default="info")  # info | warning | error
    message = TextField()
    count = IntegerField(default=0)


SYNC_MODELS = [SyncAccount, SyncCollection, SyncItem, SyncConflict, SyncLogEntry]
