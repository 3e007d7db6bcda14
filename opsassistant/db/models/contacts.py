from peewee import BooleanField, CharField, DateField, ForeignKeyField, IntegerField, TextField

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
    address = CharField(index=True)
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
        indexes = ((("contact", "group"), True),)


# Extra SQL run by the first migration: full-text search over contacts (kept in sync by services).
EXTRA_SQL = [
    "CREATE VIRTUAL TABLE IF NOT EXISTS contact_fts USING fts5("
    "name, organisation, title, emails, phones, tokenize = 'unicode61 remove_diacritics 2')",
]
