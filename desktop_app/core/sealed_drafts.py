"""Drafts that could not be written into the vault when it locked, kept sealed in memory.

Locking must not wait on the disk: a form whose draft cannot be saved (a full disk, another
program holding the vault's write lock) would otherwise keep the vault open, or lose the text.
Such a draft is encrypted with age to the vault's own exchange key, whose public half is all
that stays in memory once the key is forgotten; only that vault, unlocked again, can open it
and store it as an ordinary draft, to be offered back.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any
from uuid import UUID

import pyrage
from pyrage import x25519
from sqlalchemy.orm import Session

from desktop_app.core import drafts
from desktop_app.core.drafts import DraftFocus
from desktop_app.core.exchange.contacts import vault_identity


@dataclass(frozen=True)
class UnsavedDraft:
    """A form's content that could not be saved as a draft."""

    record_kind: str
    record_id: UUID | None
    data: dict[str, Any]
    draft_id: UUID | None
    focus: DraftFocus | None = None


@dataclass(frozen=True)
class SealedDraft:
    """An unsaved draft encrypted to one vault's exchange key."""

    vault_key_id: str
    ciphertext: bytes

    def __repr__(self) -> str:
        return f"SealedDraft(vault_key_id={self.vault_key_id[:16]}...)"


@dataclass(frozen=True)
class DraftSealer:
    """Seals drafts for one vault; holds only its public key, so it may outlive the lock."""

    vault_key_id: str
    recipient: x25519.Recipient

    @classmethod
    def of_vault(cls, session: Session) -> DraftSealer:
        """The sealer of the unlocked vault session belongs to."""
        public = vault_identity(session).public
        return cls(public.key_id, public.age_recipient_key())

    def seal(self, draft: UnsavedDraft) -> SealedDraft:
        """draft, encrypted so that only this vault can read it."""
        payload = {
            "record_kind": draft.record_kind,
            "record_id": str(draft.record_id) if draft.record_id else None,
            "draft_id": str(draft.draft_id) if draft.draft_id else None,
            "data": draft.data,
            "focus": draft.focus.to_json() if draft.focus is not None else None,
        }
        plaintext = json.dumps(payload, ensure_ascii=False).encode("utf-8")
        return SealedDraft(self.vault_key_id, pyrage.encrypt(plaintext, [self.recipient]))


def store_sealed_drafts(session: Session, sealed: list[SealedDraft]) -> list[SealedDraft]:
    """Save this vault's sealed drafts as drafts (the caller's transaction commits them);
    returns the ones sealed for other vaults, untouched."""
    identity = vault_identity(session)
    others = []
    for draft in sealed:
        if draft.vault_key_id != identity.key_id:
            others.append(draft)
            continue
        payload = json.loads(pyrage.decrypt(draft.ciphertext, [identity.age_identity()]))
        drafts.save_draft(
            session,
            payload["record_kind"],
            UUID(payload["record_id"]) if payload["record_id"] else None,
            payload["data"],
            UUID(payload["draft_id"]) if payload["draft_id"] else None,
            DraftFocus.from_json(payload.get("focus")),
        )
    return others
