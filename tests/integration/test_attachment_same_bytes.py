"""attachments_with_sha256: the same bytes attached before, as the CLI (and later the GUI) asks
when a file comes in. Only what a user can still see counts: a deleted file, or a file of a
deleted record, is no copy to warn about."""

from __future__ import annotations

import hashlib
import io
from uuid import UUID

from desktop_app.core.attachments import add_attachment, attachments_with_sha256
from desktop_app.core.content import MODEL_OF_KIND
from desktop_app.core.vault import Vault


def _record(vault: Vault, kind: str, content: dict[str, object]) -> UUID:
    with vault.transaction() as session:
        return vault.writer(session).create(kind, content).id


def _attach(vault: Vault, kind: str, owner: UUID, data: bytes, name: str) -> UUID:
    with vault.transaction() as session:
        return add_attachment(vault.writer(session), kind, owner, io.BytesIO(data), name).id


def test_same_bytes_are_found_on_live_records_first_received_first(tmp_vault: Vault) -> None:
    case = _record(tmp_vault, "case", {"reference": "KG-2010-0007", "title": "Osh"})
    person = _record(tmp_vault, "person", {"name": "Азимжан Аскаров"})
    gone = _record(tmp_vault, "person", {"name": "Bekzod"})
    data = b"the same recording"
    on_case = _attach(tmp_vault, "case", case, data, "запись 1.ogg")
    on_person = _attach(tmp_vault, "person", person, data, "recording copy.ogg")
    deleted = _attach(tmp_vault, "case", case, data, "deleted copy.ogg")
    on_gone_person = _attach(tmp_vault, "person", gone, data, "his copy.ogg")
    _attach(tmp_vault, "case", case, b"other bytes", "other.ogg")
    with tmp_vault.transaction() as session:
        writer = tmp_vault.writer(session)
        for kind, record_id in (("attachment", deleted), ("person", gone)):
            writer.delete(session.get_one(MODEL_OF_KIND[kind], record_id))

    with tmp_vault.read() as session:
        # In upper case too, as a recipient may paste it.
        found = attachments_with_sha256(session, hashlib.sha256(data).hexdigest().upper())
        assert [(a.id, a.owner_id) for a in found] == [(on_case, case), (on_person, person)]
        assert on_gone_person not in [a.id for a in found]
        assert attachments_with_sha256(session, hashlib.sha256(b"never").hexdigest()) == []
