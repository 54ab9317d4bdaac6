"""Counts of what a vault holds (for `sandiq stats` and the status bar)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.models import Attachment
from db.vault_bookkeeping import AuditEntry, Revision
from desktop_app.core.content import MODEL_OF_KIND
from desktop_app.core.database_errors import database_errors_reported


def vault_stats(session: Session) -> dict[str, Any]:
    """Live record counts per kind, plus attachment bytes, revisions and audit entries.

    A damaged page raises VaultCorrupted and a failed read VaultUnavailable, one line each.
    """
    with database_errors_reported():
        return _count(session)


def _count(session: Session) -> dict[str, Any]:
    stats: dict[str, Any] = {}
    for kind, model in MODEL_OF_KIND.items():
        stats[kind] = session.scalar(
            select(func.count()).select_from(model).where(model.is_deleted.is_(False))
        )
    stats["attachment_bytes"] = session.scalar(
        select(func.coalesce(func.sum(Attachment.size), 0)).where(Attachment.is_deleted.is_(False))
    )
    stats["revisions"] = session.scalar(select(func.count()).select_from(Revision))
    stats["audit_entries"] = session.scalar(select(func.count()).select_from(AuditEntry))
    return stats
