"""What differs between syncing a calendar and an address book: how local records are found, rendered,
read back and merged. The engine is the same for both."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from opsassistant.interop.result import ImportResult
from opsassistant.services.sync.local_changes import Plan
from opsassistant.sync import merge


class Kind(Protocol):
    name: str
    suffix: str
    content_type: str

    def fingerprints(self, collection_id: int, uids: list[str] | None = None) -> dict[str, str]: ...
    def plan(self, collection_id: int) -> Plan: ...
    def changed_fingerprints(self, collection_id: int, uids: list[str]) -> dict[str, str]: ...
    def texts(self, uids: list[str]) -> dict[str, str]: ...
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

    def fingerprints(self, collection_id: int, uids: list[str] | None = None) -> dict[str, str]:
        from opsassistant.services.sync import local

        return local.fingerprints(collection_id, uids)

    def plan(self, collection_id: int) -> Plan:
        from opsassistant.services.sync import local

        return local.plan(collection_id)

    def changed_fingerprints(self, collection_id: int, uids: list[str]) -> dict[str, str]:
        from opsassistant.services.sync import local

        return local.changed_fingerprints(collection_id, uids)

    def texts(self, uids: list[str]) -> dict[str, str]:
        from opsassistant.interop import calendar_objects

        return calendar_objects.resource_texts(uids)

    def text(self, uid: str) -> str | None:
        return self.texts([uid]).get(uid)

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

    def fingerprints(self, collection_id: int, uids: list[str] | None = None) -> dict[str, str]:
        from opsassistant.services.sync import local_contacts

        return local_contacts.fingerprints(collection_id, uids)

    def plan(self, collection_id: int) -> Plan:
        from opsassistant.services.sync import local_contacts

        return local_contacts.plan(collection_id)

    def changed_fingerprints(self, collection_id: int, uids: list[str]) -> dict[str, str]:
        from opsassistant.services.sync import local_contacts

        return local_contacts.changed_fingerprints(collection_id, uids)

    def texts(self, uids: list[str]) -> dict[str, str]:
        from opsassistant.interop import vcard
        from opsassistant.services.sync import local_contacts

        ids = local_contacts.contact_ids(uids)
        wanted = set(ids.values())
        return {d.uid: vcard.data_to_card(d) for d in vcard.iter_export_data(sorted(wanted))
                if ids.get(d.uid) in wanted} if ids else {}

    def text(self, uid: str) -> str | None:
        return self.texts([uid]).get(uid)

    def import_texts(self, texts: list[str], principal_id: int | None) -> ImportResult:
        from opsassistant.interop import vcard
        from opsassistant.services.sync import local_contacts

        result = ImportResult()
        places, cards = [], []
        for text in texts:
            for place, data in vcard.read_items(text):
                if isinstance(data, str):
                    result.skip(place, data)
                else:
                    places.append(place)
                    cards.append(data)
        refused = local_contacts.replace_many(cards)
        for index, reason in refused.items():
            result.skip(places[index], reason)
        result.updated += len(cards) - len(refused)
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
