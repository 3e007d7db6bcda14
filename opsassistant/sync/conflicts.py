"""The user's answer to a sync conflict: keep mine, keep theirs, or keep both. Applied here at once; the
server side follows at the next sync (which the GUI starts right away)."""

from __future__ import annotations

import uuid

from opsassistant.errors import UserError
from opsassistant.i18n.messages import translate
from opsassistant.interop import ical_resource
from opsassistant.services.sync import accounts, local, state

CHOICES = ("mine", "theirs", "both")


def _take_theirs(conflict: state.Conflict, principal_id: int | None) -> None:
    if not conflict.server_text:
        local.trash_uid(conflict.uid)
        state.forget_item(conflict.collection_id, conflict.href)
        return
    local.drop_overrides([conflict.uid])
    ical_resource.import_texts([conflict.server_text], principal_id=principal_id)
    ours = ical_resource.resource_text(conflict.uid) or ""
    state.save_item(conflict.collection_id, conflict.href, conflict.uid, etag=conflict.server_etag,
                    raw=conflict.server_text, local_text=ours,
                    fingerprint=local.fingerprints(conflict.collection_id).get(conflict.uid, ""))


def resolve(conflict_id: int, choice: str) -> None:
    conflict = state.conflict(conflict_id)
    if conflict is None:
        raise UserError(translate("Sync", "There is no conflict with the number {id}.").format(id=conflict_id))
    if choice not in CHOICES:
        raise UserError(translate("Sync", "Choose mine, theirs or both."))
    principal_id = next((c.principal_id for c in accounts.collections() if c.id == conflict.collection_id), None)
    if choice == "theirs":
        _take_theirs(conflict, principal_id)
    elif choice == "mine":
        if not conflict.server_text:  # deleted there, edited here: send it again as a new object
            state.forget_item(conflict.collection_id, conflict.href)
        else:  # every property of ours goes into the server's copy at the next sync (base "")
            state.save_item(conflict.collection_id, conflict.href, conflict.uid, etag=conflict.server_etag,
                            raw=conflict.server_text, local_text="", fingerprint="")
    else:
        if not conflict.server_text or not conflict.local_text:
            raise UserError(translate("Sync", "One side deleted it: keep mine or keep theirs."))
        local.rename_uid(conflict.uid, f"{uuid.uuid4()}@opsassistant")
        _take_theirs(conflict, principal_id)
    state.drop_conflict(conflict.id)
