"""Autosaved form contents, kept inside the vault so a crash, a kill or a lock loses nothing.

A draft is the unsaved content dict of one form, for a new record (``record_id`` None) or an
edit of an existing one. Saving the form for real discards its draft; a draft still present at
the next unlock is work that was never saved and is offered back to the user. A draft also
keeps where the user was typing (``DraftFocus``), so the restored form continues there.
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
# Kept beside the content in the draft's data: no content field starts with "_".
_FOCUS_KEY = "_focus"


@dataclass(frozen=True)
class DraftFocus:
    """Where the user was typing when a draft was kept: the form's name for the field (not
    its label, which changes with the language) and the cursor's position in its text."""

    field: str
    cursor: int = 0

    @classmethod
    def from_json(cls, value: object) -> DraftFocus | None:
        """The focus kept as to_json gave it, or None for anything else (an older draft)."""
        if not isinstance(value, dict):
            return None
        field, cursor = value.get("field"), value.get("cursor")
        if not isinstance(field, str) or not isinstance(cursor, int) or cursor < 0:
            return None
        return cls(field, cursor)

    def to_json(self) -> dict[str, Any]:
        """The focus as a JSON object."""
        return {"field": self.field, "cursor": self.cursor}


@dataclass(frozen=True)
class DraftInfo:
    """An unsaved draft as listed for the user."""

    id: UUID
    record_kind: str
    record_id: UUID | None
    updated_at: str
    label: str


def _label(data: dict[str, Any]) -> str:
    # The naming fields first; else any text typed (a testimony begun with its interviewer
    # alone was listed "(empty)", and work listed as empty gets discarded), never an id.
    others = (value for field, value in data.items() if field not in _LABEL_FIELDS)
    for value in (*(data.get(field) for field in _LABEL_FIELDS), *others):
        if isinstance(value, str) and value.strip() and not _is_id(value):
            return " ".join(value.split())[:_LABEL_CHARS]
    return ""


def _is_id(text: str) -> bool:
    try:
        UUID(text)
    except ValueError:
        return False
    return True


def save_draft(
    session: Session,
    record_kind: str,
    record_id: UUID | None,
    data: dict[str, Any],
    draft_id: UUID | None = None,
    focus: DraftFocus | None = None,
) -> UUID:
    """Create or replace a draft (with where the user was typing, if known) and return its id
    (the caller's transaction commits it)."""
    if record_kind not in DRAFT_KINDS:
        raise ValueError(f"no drafts for {record_kind!r}")
    draft = session.get(Draft, draft_id) if draft_id is not None else None
    if draft is None:
        draft = Draft(id=draft_id or uuid4(), record_kind=record_kind)
        session.add(draft)
    draft.record_id = record_id
    draft.data = {**data, _FOCUS_KEY: focus.to_json()} if focus is not None else dict(data)
    draft.updated_at = utc_now()
    session.flush()
    return draft.id


def _stored(session: Session, draft_id: UUID) -> Draft:
    draft = session.get(Draft, draft_id)
    if draft is None:
        raise RecordNotFound(f"no draft {draft_id}")
    return draft


def load_draft(session: Session, draft_id: UUID) -> dict[str, Any]:
    """The content saved in a draft, or RecordNotFound."""
    return {k: v for k, v in _stored(session, draft_id).data.items() if k != _FOCUS_KEY}


def load_draft_focus(session: Session, draft_id: UUID) -> DraftFocus | None:
    """Where the user was typing when the draft was saved (None if not kept), or
    RecordNotFound."""
    return DraftFocus.from_json(_stored(session, draft_id).data.get(_FOCUS_KEY))


def list_drafts(session: Session) -> list[DraftInfo]:
    """Every unsaved draft, newest first."""
    drafts = session.scalars(select(Draft).order_by(Draft.updated_at.desc()))
    return [
        DraftInfo(d.id, d.record_kind, d.record_id, d.updated_at, _label(d.data)) for d in drafts
    ]


def discard_draft(session: Session, draft_id: UUID) -> None:
    """Forget a draft (no-op if it is already gone)."""
    session.execute(delete(Draft).where(Draft.id == draft_id))
