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

from sqlalchemy import Connection, bindparam, select, text
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from db.search_tables import SearchMeta

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


# The write path indexes every record it saves (10,000 in one import): its statements go to
# the driver directly, with values converted here as the models store them (Uuid as 32 hex
# digits), which costs a fraction of a compiled SQLAlchemy statement.
_DOCUMENT_OF = (
    "SELECT d.rowid, t.names FROM search_document d "
    "LEFT JOIN search_text t ON t.rowid = d.rowid WHERE d.record_id = ?"
)
_INSERT_DOCUMENT_SQL = (
    "INSERT INTO search_document (record_id, record_kind, case_id, date_first, date_last, "
    "status, sensitivity, person_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
)
_MORE_DOCUMENTS = ", (?, ?, ?, ?, ?, ?, ?, ?)"
_DOCUMENTS_PER_INSERT = 100  # 800 variables, below any SQLite's limit
_UPDATE_DOCUMENT = (
    "UPDATE search_document SET record_kind = ?, case_id = ?, date_first = ?, date_last = ?, "
    "status = ?, sensitivity = ?, person_id = ? WHERE rowid = ?"
)
_DELETE_TERMS = f"DELETE FROM {FTS_TABLE} WHERE rowid = ?"
_DELETE_TEXT = "DELETE FROM search_text WHERE rowid = ?"
_DELETE_DOCUMENT = "DELETE FROM search_document WHERE rowid = ?"
# FTS5 implements OR REPLACE on rowid: the old row's terms are removed from the index.
_PUT_TERMS = (
    f"INSERT OR REPLACE INTO {FTS_TABLE} (rowid, title, body, folded, names) VALUES (?, ?, ?, ?, ?)"
)
_PUT_TEXT = "INSERT OR REPLACE INTO search_text (rowid, title, body, names) VALUES (?, ?, ?, ?)"
_USE_WORD = (
    "INSERT INTO search_name_word (word, uses) VALUES (?, ?) "
    "ON CONFLICT (word) DO UPDATE SET uses = uses + excluded.uses RETURNING id, uses"
)
_UNUSE_WORD = "UPDATE search_name_word SET uses = uses - 1 WHERE word = ? RETURNING id, uses"
_DROP_WORD = "DELETE FROM search_name_word WHERE id = ?"
_PUT_TRIGRAMS = f"INSERT INTO {NAMES_FTS_TABLE} (rowid, word) VALUES (?, ?)"
_DROP_TRIGRAMS = f"DELETE FROM {NAMES_FTS_TABLE} WHERE rowid = ?"
_IS_NAME_WORD = text("SELECT EXISTS (SELECT 1 FROM search_name_word WHERE word = :word)")
_SIMILAR_WORDS = text(
    f"SELECT w.word FROM {NAMES_FTS_TABLE} f JOIN search_name_word w ON w.id = f.rowid "
    f"WHERE {NAMES_FTS_TABLE} MATCH :expression ORDER BY f.rank LIMIT :limit"
)
_new_meta = sqlite_insert(SearchMeta)
_PUT_META = _new_meta.on_conflict_do_update(
    index_elements=[SearchMeta.key], set_={"value": _new_meta.excluded.value}
)


def _hex(value: UUID | None) -> str | None:
    return None if value is None else value.hex


def _facets(indexed: IndexedText) -> tuple[str, str, str, str, str | None]:
    # The search_document columns filters read, as stored.
    return (
        indexed.date_first,
        indexed.date_last,
        indexed.status,
        indexed.sensitivity,
        _hex(indexed.person_id),
    )


def _use_words(conn: Connection, words: Iterable[str], count: int = 1) -> None:
    for word in words:
        word_id, uses = conn.exec_driver_sql(_USE_WORD, (word, count)).one()
        if uses == count:  # a word no record used before: index its trigrams
            conn.exec_driver_sql(_PUT_TRIGRAMS, (word_id, word))


def _unuse_words(conn: Connection, words: Iterable[str]) -> None:
    for word in words:
        row = conn.exec_driver_sql(_UNUSE_WORD, (word,)).first()
        if row is not None and row.uses <= 0:
            conn.exec_driver_sql(_DROP_WORD, (row.id,))
            conn.exec_driver_sql(_DROP_TRIGRAMS, (row.id,))


def remove_document(session: Session, record_id: UUID) -> None:
    """Drop a record's text from the index (no-op if it has none)."""
    # Plain statements on the session's connection: no autoflush, no ORM objects.
    conn = session.connection()
    found = conn.exec_driver_sql(_DOCUMENT_OF, (record_id.hex,)).first()
    if found is None:
        return
    rowid, names = found
    _unuse_words(conn, (names or "").split())
    for statement in (_DELETE_TERMS, _DELETE_TEXT, _DELETE_DOCUMENT):
        conn.exec_driver_sql(statement, (rowid,))


def put_document(
    session: Session,
    record_id: UUID,
    record_kind: str,
    case_id: UUID | None,
    indexed: IndexedText,
) -> None:
    """Index (or re-index) one record's text."""
    conn = session.connection()
    facets = _facets(indexed)
    found = conn.exec_driver_sql(_DOCUMENT_OF, (record_id.hex,)).first()
    if found is None:
        rowid = conn.exec_driver_sql(
            _INSERT_DOCUMENT_SQL, (record_id.hex, record_kind, _hex(case_id), *facets)
        ).lastrowid
        old_words: set[str] = set()
    else:
        rowid, names = found
        conn.exec_driver_sql(_UPDATE_DOCUMENT, (record_kind, _hex(case_id), *facets, rowid))
        old_words = set((names or "").split())
    _unuse_words(conn, old_words - indexed.name_words)
    _use_words(conn, sorted(indexed.name_words - old_words))
    conn.exec_driver_sql(
        _PUT_TERMS, (rowid, indexed.title, indexed.body, indexed.folded, indexed.names)
    )
    conn.exec_driver_sql(
        _PUT_TEXT, (rowid, indexed.title, indexed.body, " ".join(sorted(indexed.name_words)))
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
    """Add many records to an index known not to hold them (a rebuild, new records); returns
    how many of them use each name word, for ``add_name_words`` once all are in. The words
    come in the order indexing the records one by one would first use them."""
    if not documents:
        return {}
    conn = session.connection()
    rowid_of: dict[str, int] = {}
    for start in range(0, len(documents), _DOCUMENTS_PER_INSERT):
        chunk = documents[start : start + _DOCUMENTS_PER_INSERT]
        # One statement for many rows; RETURNING names each row, as its order is not defined.
        statement = _INSERT_DOCUMENT_SQL + _MORE_DOCUMENTS * (len(chunk) - 1)
        values = [v for r, k, c, t in chunk for v in (r.hex, k, _hex(c), *_facets(t))]
        rows = conn.exec_driver_sql(statement + " RETURNING rowid, record_id", tuple(values))
        rowid_of.update((record_id, rowid) for rowid, record_id in rows)
    pairs = [(rowid_of[r.hex], t) for r, _, _, t in documents]
    conn.exec_driver_sql(_PUT_TERMS, [(r, t.title, t.body, t.folded, t.names) for r, t in pairs])
    conn.exec_driver_sql(
        _PUT_TEXT, [(r, t.title, t.body, " ".join(sorted(t.name_words))) for r, t in pairs]
    )
    uses: dict[str, int] = {}
    for _, indexed in pairs:
        for word in sorted(indexed.name_words):  # as put_document adds them
            uses[word] = uses.get(word, 0) + 1
    return uses


def add_name_words(session: Session, uses: dict[str, int]) -> None:
    """Count uses of name words (after ``append_documents``) and index the new ones; a new
    word's id, which its trigrams share, follows the order of uses."""
    conn = session.connection()
    for word, count in uses.items():
        _use_words(conn, [word], count)


def is_name_word(session: Session, word: str) -> bool:
    """True if some indexed name or place has this folded word."""
    return bool(session.connection().scalar(_IS_NAME_WORD, {"word": word}))


def holds_folded_words(session: Session, words: Sequence[str]) -> bool:
    """True if some record's folded text or names hold these folded words, in this order."""
    return _holds(session, "{folded names}", words)


def holds_typed_words(session: Session, words: Sequence[str]) -> bool:
    """True if some record's text as written (title or body) holds these words, in this
    order: a case reference is only there."""
    return _holds(session, "{title body}", words)


def _holds(session: Session, columns: str, words: Sequence[str]) -> bool:
    if not words:
        return False
    phrase = columns + ' : "' + " ".join(words).replace('"', '""') + '"'
    return bool(
        session.connection().scalar(
            text(f"SELECT EXISTS (SELECT 1 FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH :phrase)"),
            {"phrase": phrase},
        )
    )


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
