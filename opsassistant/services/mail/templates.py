"""The templates the user reworded, per (key, language). The built-in wording lives in ``opsassistant.mail``."""

from __future__ import annotations

from dataclasses import dataclass

from opsassistant.db.models import database
from opsassistant.db.models.mail import MailTemplate


@dataclass(frozen=True)
class StoredTemplate:
    key: str
    lang: str
    subject: str
    body: str


def stored(key: str, lang: str) -> StoredTemplate | None:
    row = MailTemplate.get_or_none((MailTemplate.key == key) & (MailTemplate.lang == lang))
    return StoredTemplate(row.key, row.lang, row.subject, row.body) if row else None


def save(key: str, lang: str, subject: str, body: str) -> None:
    with database.atomic():
        (MailTemplate.insert(key=key, lang=lang, subject=subject, body=body)
         .on_conflict(conflict_target=[MailTemplate.key, MailTemplate.lang],
                      update={MailTemplate.subject: subject, MailTemplate.body: body}).execute())


def reset(key: str, lang: str) -> None:
    """Back to the built-in wording."""
    MailTemplate.delete().where((MailTemplate.key == key) & (MailTemplate.lang == lang)).execute()
