"""The user's answer to a sync conflict: keep mine, keep theirs, or keep both. Applied here at once; the
server side follows at the next sync (which the GUI starts right away)."""

from __future__ import annotations

import uuid

from opsassistant.errors import UserError
from opsassistant.i18n.messages import translate
from opsassistant.services.sync import accounts, state
from opsassistant.sync.kinds import KINDS, Kind

CHOICES = ("mine", "theirs", "both")


def _take_theirs(conflict: state.Conflict, principal_id: int | None, kind: Kind) -> None:
    if not conflict.server_text:
        kind.trash(conflict.uid)
        state.forget_item(conflict.collection_id, conflict.href)
        return
    kind.import_texts([conflict.server_text], principal_id)
    ours = kind.text(conflict.uid) or ""
    state.save_item(conflict.collection_id, conflict.href, conflict.uid, etag=conflict.server_etag,
                    raw=conflict.server_text, local_text=ours,
                    fingerprint=kind.fingerprints(conflict.collection_id, [conflict.uid]).get(conflict.uid, ""))


def resolve(conflict_id: int, choice: str) -> None:
    conflict = state.conflict(conflict_id)
    if conflict is None:
        raise UserError(translate("Sync", "There is no conflict with the number {id}.").format(id=conflict_id))
    if choice not in CHOICES:
        raise UserError(translate("Sync", "Choose mine, theirs or both."))
    collection = next(c for c in accounts.collections() if c.id == conflict.collection_id)
    principal_id, kind = collection.principal_id, KINDS[collection.kind]
    if choice == "theirs":
        _take_theirs(conflict, principal_id, kind)
    elif choice == "mine":
        if not conflict.server_text:  # deleted there, edited here: send it again as a new object
            state.forget_item(conflict.collection_id, conflict.href)
        else:  # every property of ours goes into the server's copy at the next sync (base "")
            state.save_item(conflict.collection_id, conflict.href, conflict.uid, etag=conflict.server_etag,
                            raw=conflict.server_text, local_text="", fingerprint="")
    else:
        if not conflict.server_text or not conflict.local_text:
            raise UserError(translate("Sync", "One side deleted it: keep mine or keep theirs."))
        kind.rename(conflict.uid, f"{uuid.uuid4()}@opsassistant")
        _take_theirs(conflict, principal_id, kind)
    state.drop_conflict(conflict.id)
