"""The full-text index: an FTS5 table inside the encrypted database.

``search_fts`` rows share their rowid with ``search_document``, which maps them to records, so
a record's text can be replaced or removed by key without scanning the index. Each row holds the
original text (for exact matches and snippets) and a script-folded form of it (for matches
across Latin and Cyrillic and spelling variants).
"""

from __future__ import annotations

from uuid import UUID

from sqlalchemy import bindparam, delete, select, text
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from db.models import SearchDocument

FTS_TABLE = "search_fts"

# Built once: the write path indexes every record it saves (10,000 in one import), and a
# statement built per call costs more to compile than to run.
_ROWID_OF = select(SearchDocument.rowid).where(SearchDocument.record_id == bindparam("record_id"))
_DELETE_TEXT = text(f"DELETE FROM {FTS_TABLE} WHERE rowid = :rowid")
_DELETE_DOCUMENT = delete(SearchDocument).where(SearchDocument.rowid == bindparam("rowid"))
_new_document = sqlite_insert(SearchDocument)
_UPSERT_DOCUMENT = _new_document.on_conflict_do_update(
    index_elements=[SearchDocument.record_id],
    set_={
        "record_kind": _new_document.excluded.record_kind,
        "case_id": _new_document.excluded.case_id,
    },
).returning(SearchDocument.rowid)
# FTS5 implements OR REPLACE on rowid: the old row's terms are removed from the index.
_PUT_TEXT = text(
    f"INSERT OR REPLACE INTO {FTS_TABLE} (rowid, title, body, folded) "
    "VALUES (:rowid, :title, :body, :folded)"
)


def remove_document(session: Session, record_id: UUID) -> None:
    """Drop a record's text from the index (no-op if it has none)."""
    # Plain statements on the session's connection: no autoflush, no ORM objects.
    conn = session.connection()
    rowid = conn.scalar(_ROWID_OF, {"record_id": record_id})
    if rowid is None:
        return
    conn.execute(_DELETE_TEXT, {"rowid": rowid})
    conn.execute(_DELETE_DOCUMENT, {"rowid": rowid})


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
    conn = session.connection()
    rowid = conn.scalar(
        _UPSERT_DOCUMENT,
        {"record_id": record_id, "record_kind": record_kind, "case_id": case_id},
    )
    conn.execute(_PUT_TEXT, {"rowid": rowid, "title": title, "body": body, "folded": folded})
