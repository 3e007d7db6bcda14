from peewee import SQL, BooleanField, CharField, DateField, ForeignKeyField, IntegerField, TextField

from opsassistant.db.models.base import BaseModel, TrashableModel


class ContactGroup(BaseModel):
    name = CharField(unique=True)


class Contact(TrashableModel):
    uid = CharField(null=True, index=True)  # vCard UID, for re-imports
    first_name = CharField(default="")
    last_name = CharField(default="")
    display_name = CharField(default="", index=True)
    sort_name = CharField(default="", index=True)  # casefolded "last first" for SQL ordering
    organisation = CharField(default="", index=True)
    title = CharField(default="")
    department = CharField(default="")
    birthday = DateField(null=True)
    notes = TextField(default="")
    favourite = BooleanField(default=False, index=True)
    vip = BooleanField(default=False, index=True)
    # Denormalised first phone/e-mail (kept by the services), so a list page needs no join.
    primary_phone = CharField(default="")  # E.164, or the typed text when unparseable
    primary_email = CharField(default="")
    # Added by migration 7 with a SQL default, so plain INSERTs that do not name them still work.
    name_prefix = CharField(default="", constraints=[SQL("DEFAULT ''")])  # vCard N prefix ("Dr.")
    name_suffix = CharField(default="", constraints=[SQL("DEFAULT ''")])  # vCard N suffix ("jr.")

    class Meta:
        # The panel pages through live contacts in one of these orders: each page is an index walk.
        indexes = (
            (("deleted_at", "sort_name"), False),
            (("deleted_at", "organisation", "sort_name"), False),
        )


class ContactPhone(BaseModel):
    contact = ForeignKeyField(Contact, backref="phones", on_delete="CASCADE")
    kind = CharField(default="mobile")  # mobile | work | home | fax | other
    label = CharField(default="")
    typed = CharField()  # as the user typed it, never lost
    e164 = CharField(null=True, index=True)  # None when the number could not be parsed
    digits = CharField(default="", index=True)  # national significant digits, for matching any formatting
    position = IntegerField(default=0)


class ContactEmail(BaseModel):
    contact = ForeignKeyField(Contact, backref="emails", on_delete="CASCADE")
    kind = CharField(default="work")
    address = CharField(index=True)  # stored as typed; matched case-insensitively via the lower() index
    position = IntegerField(default=0)


class ContactAddress(BaseModel):
    contact = ForeignKeyField(Contact, backref="addresses", on_delete="CASCADE")
    kind = CharField(default="work")
    street = CharField(default="")
    postcode = CharField(default="")
    city = CharField(default="")
    region = CharField(default="")
    country = CharField(default="")
    position = IntegerField(default=0)


class ContactGroupMember(BaseModel):
    contact = ForeignKeyField(Contact, backref="memberships", on_delete="CASCADE")
    group = ForeignKeyField(ContactGroup, backref="members", on_delete="CASCADE")

    class Meta:
        indexes = ((("contact", "group"), True), (("group", "contact"), False))


# Extra SQL run by the first migration. contact_fts (rowid = contact id) is kept in sync by
# opsassistant.services.contacts.indexing on every write. ``folded`` holds name/organisation folded to ASCII
# (ø→o, æ→ae, å→aa) because unicode61's remove_diacritics does not fold those letters; ``phones`` holds the
# national digits and the E.164 digits of each number, so a number typed in any formatting is a prefix query.
# Migration 16 adds ``contact_ranked`` (the same texts of each live contact, rowid = its rank in list order, from
# ``contact_rank``), kept by opsassistant.services.contacts.ranking from the ``contact_rank_pending`` triggers.
EXTRA_SQL = [
    "CREATE VIRTUAL TABLE IF NOT EXISTS contact_fts USING fts5("
    "name, organisation, title, emails, phones, folded, "
    "tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3')",
    "CREATE INDEX IF NOT EXISTS contact_email_lower ON contact_email (lower(address))",
    "CREATE INDEX IF NOT EXISTS contact_birthday_md ON contact (strftime('%m-%d', birthday)) "
    "WHERE birthday IS NOT NULL AND deleted_at IS NULL",
]


class ContactVcardLine(BaseModel):
    """A vCard property with no field of its own (PHOTO, URL, NICKNAME, IMPP, X-…), kept verbatim as one
    unfolded content line and written back on export, so export → import loses nothing."""

    contact = ForeignKeyField(Contact, backref="vcard_lines", on_delete="CASCADE")
    position = IntegerField(default=0)
    line = TextField()


VCARD_LINE_MODELS = [ContactVcardLine]
