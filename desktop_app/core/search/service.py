"""Running a search over the vault's full-text index."""

from __future__ import annotations

from dataclasses import dataclass
from uuid import UUID

from sqlalchemy import text
from sqlalchemy.orm import Session

from db.fts import FTS_TABLE

SNIPPET_OPEN = "["
SNIPPET_CLOSE = "]"


@dataclass(frozen=True)
class SearchHit:
    """One matching record, with a snippet whose matches are marked by [ and ]."""

    kind: str
    record_id: UUID
    case_reference: str
    snippet: str
    score: float


def plain_match_expression(query: str) -> str:
    """Every word of query, quoted so no character can act as FTS5 syntax."""
    words = [w.replace('"', '""') for w in query.split()]
    return " ".join(f'"{w}"' for w in words if w.strip('"'))


def search(session: Session, query: str, limit: int = 50) -> list[SearchHit]:
    """Records whose text contains every word of query, best first."""
    expression = plain_match_expression(query)
    if not expression:
        return []
    rows = session.execute(
        text(
            f"SELECT d.record_kind, d.record_id, c.reference, "
            f"snippet({FTS_TABLE}, -1, :open, :close, '…', 12), bm25({FTS_TABLE}) AS rank "
            f"FROM {FTS_TABLE} JOIN search_document d ON d.rowid = {FTS_TABLE}.rowid "
            f'LEFT JOIN "case" c ON c.id = d.case_id '
            f"WHERE {FTS_TABLE} MATCH :expr ORDER BY rank LIMIT :limit"
        ),
        {"expr": expression, "open": SNIPPET_OPEN, "close": SNIPPET_CLOSE, "limit": limit},
    )
    return [
        SearchHit(kind, UUID(hex=rid), ref or "", snippet, -rank)
        for kind, rid, ref, snippet, rank in rows
    ]
