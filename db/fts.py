"""The full-text index: an FTS5 table inside the encrypted database.

``search_fts`` rows share their rowid with ``search_document``, which maps them to records, so
a record's text can be replaced or removed by key without scanning the index. Each row holds the
original text (for exact matches and snippets) and a script-folded form of it (for matches
across Latin and Cyrillic and spelling variants).
"""

from __future__ import annotations

from uuid import UUID

from sqlalchemy import delete, select, text
from sqlalchemy.orm import Session

from db.models import SearchDocument

FTS_TABLE = "search_fts"


def remove_document(session: Session, record_id: UUID) -> None:
    """Drop a record's text from the index (no-op if it has none)."""
    rowid = session.scalar(
        select(SearchDocument.rowid).where(SearchDocument.record_id == record_id)
    )
    if rowid is None:
        return
    session.execute(text(f"DELETE FROM {FTS_TABLE} WHERE rowid = :rowid"), {"rowid": rowid})
    session.execute(delete(SearchDocument).where(SearchDocument.rowid == rowid))


def put_document(
    session: Session,
    record_id: UUID,
    record_kind: str,
    case_id: UUID | None,
    title: str,
    body: str,
    folded: str,
) -> None:
    """Index (or re-index) one record's text."""
    remove_document(session, record_id)
    document = SearchDocument(record_id=record_id, record_kind=record_kind, case_id=case_id)
    session.add(document)
    session.flush([document])
    session.execute(
        text(
            f"INSERT INTO {FTS_TABLE} (rowid, title, body, folded) "
            "VALUES (:rowid, :title, :body, :folded)"
        ),
        {"rowid": document.rowid, "title": title, "body": body, "folded": folded},
    )
