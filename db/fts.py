"""The full-text index: FTS5 tables inside the encrypted database.

``search_fts`` is contentless: it holds only index terms, in four columns: ``title`` and
``body`` as written (exact matches), ``folded`` (the same text in the folded key form) and
``names`` (folded person names, kept apart from ``folded`` so that inflected forms are looked
for in prose only). The original text, for snippets, is stored once in ``search_text``. Rows of
both, and of ``search_document`` (which maps them to records), share one rowid, so a record's
text can be replaced or removed by key without scanning the index.

``search_name_word`` lists the folded words of person names and places with a use count, and
``search_fts_names`` indexes their trigrams: fuzzy name search looks there for the words a
misspelt query word may stand for. ``search_meta`` keeps facts about the index, such as the
version of the folding rules its folded text was made with.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from uuid import UUID

from sqlalchemy import Connection, bindparam, delete, select, text
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from db.models import SearchDocument, SearchMeta

FTS_TABLE = "search_fts"
NAMES_FTS_TABLE = "search_fts_names"


@dataclass(frozen=True)
class IndexedText:
    """What one record puts in the index."""

    title: str
    body: str
    folded: str
    names: str = ""  # folded person names: the FTS5 ``names`` column
    name_words: frozenset[str] = frozenset()  # folded words of its names and places
    # For filters (see SearchDocument): ISO days, '' when unknown.
    date_first: str = ""
    date_last: str = ""
    status: str = ""
    sensitivity: str = ""
    person_id: UUID | None = None

    def facets(self) -> dict[str, object]:
        """The search_document columns filters read."""
        return {
            "date_first": self.date_first,
            "date_last": self.date_last,
            "status": self.status,
            "sensitivity": self.sensitivity,
            "person_id": self.person_id,
        }


# Built once: the write path indexes every record it saves (10,000 in one import), and a
# statement built per call costs more to compile than to run.
_ROWID_OF = select(SearchDocument.rowid).where(SearchDocument.record_id == bindparam("record_id"))
_DELETE_TERMS = text(f"DELETE FROM {FTS_TABLE} WHERE rowid = :rowid")
_DELETE_TEXT = text("DELETE FROM search_text WHERE rowid = :rowid")
_DELETE_DOCUMENT = delete(SearchDocument).where(SearchDocument.rowid == bindparam("rowid"))
_new_document = sqlite_insert(SearchDocument)
_UPSERT_DOCUMENT = _new_document.on_conflict_do_update(
    index_elements=[SearchDocument.record_id],
    set_={
        name: getattr(_new_document.excluded, name)
        for name in ("record_kind", "case_id", *IndexedText("", "", "").facets())
    },
).returning(SearchDocument.rowid)
_INSERT_DOCUMENT = sqlite_insert(SearchDocument)
# FTS5 implements OR REPLACE on rowid: the old row's terms are removed from the index.
_PUT_TERMS = text(
    f"INSERT OR REPLACE INTO {FTS_TABLE} (rowid, title, body, folded, names) "
    "VALUES (:rowid, :title, :body, :folded, :names)"
)
_PUT_TEXT = text(
    "INSERT OR REPLACE INTO search_text (rowid, title, body, names) "
    "VALUES (:rowid, :title, :body, :names)"
)
_NAMES_OF = text("SELECT names FROM search_text WHERE rowid = :rowid")
_USE_WORD = text(
    "INSERT INTO search_name_word (word, uses) VALUES (:word, :uses) "
    "ON CONFLICT (word) DO UPDATE SET uses = uses + excluded.uses RETURNING id, uses"
)
_UNUSE_WORD = text(
    "UPDATE search_name_word SET uses = uses - 1 WHERE word = :word RETURNING id, uses"
)
_DROP_WORD = text("DELETE FROM search_name_word WHERE id = :id")
_PUT_TRIGRAMS = text(f"INSERT INTO {NAMES_FTS_TABLE} (rowid, word) VALUES (:id, :word)")
_DROP_TRIGRAMS = text(f"DELETE FROM {NAMES_FTS_TABLE} WHERE rowid = :id")
_IS_NAME_WORD = text("SELECT EXISTS (SELECT 1 FROM search_name_word WHERE word = :word)")
_SIMILAR_WORDS = text(
    f"SELECT w.word FROM {NAMES_FTS_TABLE} f JOIN search_name_word w ON w.id = f.rowid "
    f"WHERE {NAMES_FTS_TABLE} MATCH :expression ORDER BY f.rank LIMIT :limit"
)
_new_meta = sqlite_insert(SearchMeta)
_PUT_META = _new_meta.on_conflict_do_update(
    index_elements=[SearchMeta.key], set_={"value": _new_meta.excluded.value}
)


def _use_words(conn: Connection, words: Iterable[str]) -> None:
    for word in words:
        word_id, uses = conn.execute(_USE_WORD, {"word": word, "uses": 1}).one()
        if uses == 1:
            conn.execute(_PUT_TRIGRAMS, {"id": word_id, "word": word})


def _unuse_words(conn: Connection, words: Iterable[str]) -> None:
    for word in words:
        row = conn.execute(_UNUSE_WORD, {"word": word}).first()
        if row is not None and row.uses <= 0:
            conn.execute(_DROP_WORD, {"id": row.id})
            conn.execute(_DROP_TRIGRAMS, {"id": row.id})


def _stored_words(conn: Connection, rowid: int) -> set[str]:
    names = conn.scalar(_NAMES_OF, {"rowid": rowid})
    return set(names.split()) if names else set()


def remove_document(session: Session, record_id: UUID) -> None:
    """Drop a record's text from the index (no-op if it has none)."""
    # Plain statements on the session's connection: no autoflush, no ORM objects.
    conn = session.connection()
    rowid = conn.scalar(_ROWID_OF, {"record_id": record_id})
    if rowid is None:
        return
    _unuse_words(conn, _stored_words(conn, rowid))
    conn.execute(_DELETE_TERMS, {"rowid": rowid})
    conn.execute(_DELETE_TEXT, {"rowid": rowid})
    conn.execute(_DELETE_DOCUMENT, {"rowid": rowid})


def put_document(
    session: Session,
    record_id: UUID,
    record_kind: str,
    case_id: UUID | None,
    indexed: IndexedText,
) -> None:
    """Index (or re-index) one record's text."""
    conn = session.connection()
    rowid = conn.execute(
        _UPSERT_DOCUMENT,
        {
            "record_id": record_id,
            "record_kind": record_kind,
            "case_id": case_id,
            **indexed.facets(),
        },
    ).scalar_one()
    old_words = _stored_words(conn, rowid)
    _unuse_words(conn, old_words - indexed.name_words)
    _use_words(conn, sorted(indexed.name_words - old_words))
    names = " ".join(sorted(indexed.name_words))
    conn.execute(
        _PUT_TERMS,
        {
            "rowid": rowid,
            "title": indexed.title,
            "body": indexed.body,
            "folded": indexed.folded,
            "names": indexed.names,
        },
    )
    conn.execute(
        _PUT_TEXT, {"rowid": rowid, "title": indexed.title, "body": indexed.body, "names": names}
    )


def clear_index(session: Session) -> None:
    """Empty every search table (the records themselves are untouched)."""
    conn = session.connection()
    for table in (FTS_TABLE, NAMES_FTS_TABLE):
        conn.execute(text(f"INSERT INTO {table} ({table}) VALUES ('delete-all')"))
    for table in ("search_text", "search_name_word", "search_document"):
        conn.execute(text(f"DELETE FROM {table}"))


def append_documents(
    session: Session, documents: Sequence[tuple[UUID, str, UUID | None, IndexedText]]
) -> dict[str, int]:
    """Add many records to an index known not to hold them (a rebuild); returns how many of
    them use each name word, for ``add_name_words`` once all are in."""
    if not documents:
        return {}
    conn = session.connection()
    rowids = conn.scalars(
        _INSERT_DOCUMENT.returning(SearchDocument.rowid, sort_by_parameter_order=True),
        [
            {"record_id": r, "record_kind": k, "case_id": c, **t.facets()}
            for r, k, c, t in documents
        ],
    ).all()
    conn.execute(
        _PUT_TERMS,
        [
            {"rowid": rowid, "title": t.title, "body": t.body, "folded": t.folded, "names": t.names}
            for rowid, (_, _, _, t) in zip(rowids, documents, strict=True)
        ],
    )
    conn.execute(
        _PUT_TEXT,
        [
            {"rowid": rowid, "title": t.title, "body": t.body, "names": " ".join(t.name_words)}
            for rowid, (_, _, _, t) in zip(rowids, documents, strict=True)
        ],
    )
    uses: dict[str, int] = {}
    for _, _, _, indexed in documents:
        for word in indexed.name_words:
            uses[word] = uses.get(word, 0) + 1
    return uses


def add_name_words(session: Session, uses: dict[str, int]) -> None:
    """Count uses of name words (after ``append_documents``) and index the new ones."""
    conn = session.connection()
    for word, count in sorted(uses.items()):
        word_id, total = conn.execute(_USE_WORD, {"word": word, "uses": count}).one()
        if total == count:
            conn.execute(_PUT_TRIGRAMS, {"id": word_id, "word": word})


def is_name_word(session: Session, word: str) -> bool:
    """True if some indexed name or place has this folded word."""
    return bool(session.connection().scalar(_IS_NAME_WORD, {"word": word}))


def similar_name_words(session: Session, trigrams: Iterable[str], limit: int) -> list[str]:
    """Name words sharing the most (and rarest) of these trigrams, best first."""
    expression = " OR ".join('"' + t.replace('"', '""') + '"' for t in sorted(set(trigrams)))
    if not expression:
        return []
    rows = session.connection().execute(_SIMILAR_WORDS, {"expression": expression, "limit": limit})
    return [word for (word,) in rows]


def document_texts(session: Session, rowids: Sequence[int]) -> dict[int, tuple[str, str]]:
    """The original title and body of indexed records, by rowid."""
    if not rowids:
        return {}
    query = text("SELECT rowid, title, body FROM search_text WHERE rowid IN :rowids").bindparams(
        bindparam("rowids", expanding=True)
    )
    rows = session.connection().execute(query, {"rowids": list(rowids)})
    return {rowid: (title, body) for rowid, title, body in rows}


def get_meta(session: Session, key: str) -> str | None:
    """A fact stored about the index, or None."""
    return session.scalar(select(SearchMeta.value).where(SearchMeta.key == key))


def set_meta(session: Session, key: str, value: str) -> None:
    """Store a fact about the index."""
    session.connection().execute(_PUT_META, {"key": key, "value": value})
