"""Autosaved form contents, kept inside the vault so a crash, a kill or a lock loses nothing.

A draft is the unsaved content dict of one form, for a new record (``record_id`` None) or an
edit of an existing one. Saving the form for real discards its draft; a draft still present at
the next unlock is work that was never saved and is offered back to the user.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any
from uuid import UUID, uuid4

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from db.vault_bookkeeping import Draft
from desktop_app.core.dates import utc_now
from desktop_app.core.errors import RecordNotFound

DRAFT_KINDS = ("case", "person", "testimony", "event")
_LABEL_FIELDS = ("reference", "title", "name", "narrative", "description", "place")
_LABEL_CHARS = 60


@dataclass(frozen=True)
class DraftInfo:
    """An unsaved draft as listed for the user."""

    id: UUID
    record_kind: str
    record_id: UUID | None
    updated_at: str
    label: str


def _label(data: dict[str, Any]) -> str:
    for field in _LABEL_FIELDS:
        value = data.get(field)
        if isinstance(value, str) and value.strip():
            return " ".join(value.split())[:_LABEL_CHARS]
    return ""


def save_draft(
    session: Session,
    record_kind: str,
    record_id: UUID | None,
    data: dict[str, Any],
    draft_id: UUID | None = None,
) -> UUID:
    """Create or replace a draft and return its id (the caller's transaction commits it)."""
    if record_kind not in DRAFT_KINDS:
        raise ValueError(f"no drafts for {record_kind!r}")
    draft = session.get(Draft, draft_id) if draft_id is not None else None
    if draft is None:
        draft = Draft(id=draft_id or uuid4(), record_kind=record_kind)
        session.add(draft)
    draft.record_id = record_id
    draft.data = dict(data)
    draft.updated_at = utc_now()
    session.flush()
    return draft.id


def load_draft(session: Session, draft_id: UUID) -> dict[str, Any]:
    """The content saved in a draft, or RecordNotFound."""
    draft = session.get(Draft, draft_id)
    if draft is None:
        raise RecordNotFound(f"no draft {draft_id}")
    return dict(draft.data)


def list_drafts(session: Session) -> list[DraftInfo]:
    """Every unsaved draft, newest first."""
    drafts = session.scalars(select(Draft).order_by(Draft.updated_at.desc()))
    return [
        DraftInfo(d.id, d.record_kind, d.record_id, d.updated_at, _label(d.data)) for d in drafts
    ]


def discard_draft(session: Session, draft_id: UUID) -> None:
    """Forget a draft (no-op if it is already gone)."""
    session.execute(delete(Draft).where(Draft.id == draft_id))
