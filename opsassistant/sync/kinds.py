"""What differs between syncing a calendar and an address book: how local records are found, rendered,
read back and merged. The engine is the same for both."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from opsassistant.interop.result import ImportResult
from opsassistant.sync import merge


class Kind(Protocol):
    name: str
    suffix: str
    content_type: str

    def fingerprints(self, collection_id: int) -> dict[str, str]: ...
    def text(self, uid: str) -> str | None: ...
    def import_texts(self, texts: list[str], principal_id: int | None) -> ImportResult: ...
    def trash(self, uid: str) -> int: ...
    def rename(self, uid: str, new_uid: str) -> None: ...
    def is_object(self, text: str) -> bool: ...
    def uid_of(self, text: str) -> str: ...
    def merge(self, raw: str, base: str, ours: str) -> str: ...


@dataclass(frozen=True)
class CalendarKind:
    name: str = "calendar"
    suffix: str = ".ics"
    content_type: str = "text/calendar; charset=utf-8"

    def fingerprints(self, collection_id: int) -> dict[str, str]:
        from opsassistant.services.sync import local

        return local.fingerprints(collection_id)

    def text(self, uid: str) -> str | None:
        from opsassistant.interop import ical_resource

        return ical_resource.resource_text(uid)

    def import_texts(self, texts: list[str], principal_id: int | None) -> ImportResult:
        from opsassistant.interop import ical_resource
        from opsassistant.services.sync import local

        local.drop_overrides([merge.uid_of(t) for t in texts])
        return ical_resource.import_texts(texts, principal_id=principal_id)

    def trash(self, uid: str) -> int:
        from opsassistant.services.sync import local

        return local.trash_uid(uid)

    def rename(self, uid: str, new_uid: str) -> None:
        from opsassistant.services.sync import local

        local.rename_uid(uid, new_uid)

    def is_object(self, text: str) -> bool:
        return merge.is_event_object(text)

    def uid_of(self, text: str) -> str:
        return merge.uid_of(text)

    def merge(self, raw: str, base: str, ours: str) -> str:
        return merge.merge(raw, base, ours)


@dataclass(frozen=True)
class AddressBookKind:
    name: str = "addressbook"
    suffix: str = ".vcf"
    content_type: str = "text/vcard; charset=utf-8"

    def fingerprints(self, collection_id: int) -> dict[str, str]:
        from opsassistant.services.sync import local_contacts

        return local_contacts.fingerprints(collection_id)

    def text(self, uid: str) -> str | None:
        from opsassistant.interop import vcard
        from opsassistant.services.sync import local_contacts

        found = local_contacts.contact_id(uid)
        if found is None:
            return None
        return next((vcard.data_to_card(d) for d in vcard.iter_export_data([found])), None)

    def import_texts(self, texts: list[str], principal_id: int | None) -> ImportResult:
        from opsassistant.interop import vcard
        from opsassistant.services.contacts.editing import ContactInvalid
        from opsassistant.services.sync import local_contacts

        result = ImportResult()
        for text in texts:
            for place, data in vcard.read_items(text):
                if isinstance(data, str):
                    result.skip(place, data)
                    continue
                try:
                    local_contacts.replace_from_server(data)
                except ContactInvalid as error:
                    result.skip(place, str(error))
                    continue
                result.updated += 1
        return result

    def trash(self, uid: str) -> int:
        from opsassistant.services.sync import local_contacts

        return local_contacts.trash_uid(uid)

    def rename(self, uid: str, new_uid: str) -> None:
        from opsassistant.services.sync import local_contacts

        local_contacts.rename_uid(uid, new_uid)

    def is_object(self, text: str) -> bool:
        return "BEGIN:VCARD" in text.upper()

    def uid_of(self, text: str) -> str:
        return merge.card_uid(text)

    def merge(self, raw: str, base: str, ours: str) -> str:
        return merge.merge_card(raw, base, ours)


KINDS: dict[str, Kind] = {"calendar": CalendarKind(), "addressbook": AddressBookKind()}
