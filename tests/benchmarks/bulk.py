"""Filling a large benchmark vault fast: validated rows straight into the record tables.

Search and list benchmarks need 100,000 testimonies, not their revisions, audit entries or the
per-record index the write path adds (a rebuild indexes them at once), so the rows go in with
one INSERT per 5,000, in foreign-key order. Validation is the core's own (``apply_content``).
"""

from __future__ import annotations

from typing import Any
from uuid import UUID

from sqlalchemy import insert, inspect, select
from sqlalchemy.orm import Session

from db.models import VocabularyTerm
from desktop_app.core.content import MODEL_OF_KIND, content_hash, to_content
from desktop_app.core.record_validation import apply_content

_SECTIONS = (("cases", "case"), ("persons", "person"), ("testimonies", "testimony"),
             ("events", "event"))  # fmt: skip
_BATCH = 5000


def bulk_insert(session: Session, document: dict[str, Any], actor: str) -> None:
    """Validated rows of document's cases, persons, testimonies and events, as actor."""
    act_types = set(session.scalars(select(VocabularyTerm.code)))
    now = "2026-01-01T00:00:00.000000Z"
    for section, kind in _SECTIONS:
        model = MODEL_OF_KIND[kind]
        columns = [attr.key for attr in inspect(model).column_attrs]
        rows = []
        for data in document[section]:
            record: Any = model()
            apply_content(record, data, act_types)
            record.id = UUID(data["id"])
            record.created_at = record.updated_at = now
            record.created_by = record.updated_by = actor
            record.version, record.is_deleted = 1, False
            record.content_hash = content_hash(to_content(record))
            rows.append({c: getattr(record, c) for c in columns})
            if len(rows) == _BATCH:
                session.execute(insert(model), rows)
                rows.clear()
        if rows:
            session.execute(insert(model), rows)
