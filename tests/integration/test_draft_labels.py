"""The unsaved-work list names each draft by what was typed in it: a testimony begun with its
interviewer alone was listed "(empty)", and a user discards work listed as empty."""

from __future__ import annotations

from uuid import uuid4

from desktop_app.core import drafts
from desktop_app.core.vault import Vault


def _labels(vault: Vault, data: dict[str, object]) -> list[str]:
    with vault.transaction() as session:
        drafts.save_draft(session, "testimony", None, data)
    with vault.read() as session:
        return [draft.label for draft in drafts.list_drafts(session)]


def test_a_draft_with_only_its_interviewer_typed_is_named_by_it(tmp_vault: Vault) -> None:
    data = {"case": str(uuid4()), "interviewer": "Anvar  Xolmatov", "narrative": ""}
    assert _labels(tmp_vault, data) == ["Anvar Xolmatov"]


def test_a_draft_holding_only_ids_has_no_name(tmp_vault: Vault) -> None:
    assert _labels(tmp_vault, {"case": str(uuid4()), "witness": str(uuid4())}) == [""]
