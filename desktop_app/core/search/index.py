"""What text of each record goes into the full-text index, and rebuilding the index.

Every record is indexed as written (title, body) and folded (``folding.index_fold``: ``fold``
and the parts of hyphenated words), but for a case's reference, a code found as typed only
(folded, UZ-2026-0001 would be found by o'z, "own"); person names also go to the ``names``
column, and the
words of names and places to the name list that fuzzy search expands query words to. The
folded text depends on the folding rules, and what is in the index on which fields
``indexed_text`` reads, so the index records ``FOLD_VERSION`` and ``INDEXED_FIELDS_VERSION``;
a vault whose index was made with other rules or fields (or by an older schema) is rebuilt
from its records when it is unlocked (``ensure_search_index``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.fts import (
    IndexedText,
    add_name_words,
    append_documents,
    clear_index,
    get_meta,
    put_document,
    remove_document,
    set_meta,
)
from db.models import Case, Event, Person, Testimony
from desktop_app.core.content import Record, kind_of
from desktop_app.core.dates import date_bounds
from desktop_app.core.errors import Cancelled
from desktop_app.core.record_validation import ValidRecord
from desktop_app.core.search.folding import (
    FOLD_VERSION,
    WordFolder,
    drop_invisible,
)

FOLD_VERSION_KEY = "fold_version"
INDEXED_FIELDS_VERSION = 6
"""Bump when indexed_text reads other fields or cleans text otherwise: indexes made before
then lack them, and are rebuilt. 2: event institutions; testimony interviewer and
interpreter; person ethnicity, nationality and contact; invisible characters dropped.
3: the parts of a word a hyphen joins, folded alone besides the whole (``index_tokens``).
4: those parts no longer looked up in the place table (Уш of Уш-Тобе was indexed as Osh).
5: a case's reference no longer folded (o'z, ўз, уз found every UZ- case).
6: place fields folded apart from prose (``_Place``): Үш there is Osh, in a narrative "three"."""
INDEXED_FIELDS_KEY = "indexed_fields_version"  # absent (version 1) in vaults made before it
_BATCH = 500
_INDEXED_MODELS = (Case, Person, Testimony, Event)


def _name_words(tokens: Iterable[str]) -> frozenset[str]:
    # Words of names and places that fuzzy search may expand a query word to; short words
    # and numbers never are.
    return frozenset(w for w in tokens if len(w) >= 3 and w.isalpha())


def _days(start: str, end: str = "") -> dict[str, str]:
    first, last = date_bounds(start or end), date_bounds(end or start)
    if first is None or last is None:
        return {}
    return {"date_first": first[0].isoformat(), "date_last": last[1].isoformat()}


def _lines(*texts: str) -> str:
    return drop_invisible("\n".join(texts))


class _Place(str):
    """A place field's text: a word there may name a place that the same word in prose does
    not (Kazakh Үш is Osh as a place, "three" in a narrative)."""


def _folded(folder: WordFolder, *fields: str) -> str:
    """The folded text of fields in their order, each _Place folded as a place."""
    tokens: list[str] = []
    for field in fields:
        text = _lines(field)
        tokens += (
            folder.index_place_tokens(text)
            if isinstance(field, _Place)
            else (folder.index_tokens(text))
        )
    return " ".join(tokens)


def indexed_text(kind: str, record: Any, folder: WordFolder | None = None) -> IndexedText | None:
    """The text a record of this kind puts in the index (read by attribute, from a model
    instance or a ValidRecord's values), or None for kinds that are not searchable, folded by
    ``folding.index_fold``; a folder shared over many records gives the same keys faster.
    Every free-text field a user may look for is here (docs/search-folding.md lists them): a
    new one needs INDEXED_FIELDS_VERSION bumped, so that existing vaults index it too."""
    folder = folder or WordFolder()
    keys, tokens, places = folder.index_fold, folder.index_tokens, folder.index_place_tokens
    match kind:
        case "case":
            body = _lines(record.summary, record.region, record.place, " ".join(record.tags))
            facets: dict[str, Any] = _days(record.start_date, record.end_date)
            # The reference is a code, found as typed only: not folded.
            return IndexedText(
                title=_lines(f"{record.reference} {record.title}"),
                body=body,
                folded=_folded(
                    folder,
                    record.title,
                    record.summary,
                    _Place(record.region),
                    _Place(record.place),
                    " ".join(record.tags),
                ),
                name_words=_name_words([*places(record.region), *places(record.place)]),
                **facets,
            )
        case "person":
            all_names = _lines(record.name, *record.other_names)
            about = _lines(
                record.pseudonym,
                record.occupation,
                record.nationality,
                record.ethnicity,
                record.contact,
                record.notes,
            )
            return IndexedText(
                title=_lines(record.name),
                body="\n".join([_lines(" ".join(record.other_names)), about]),
                folded=keys(about),
                names=keys(all_names),
                name_words=_name_words(tokens(all_names)),
            )
        case "testimony":
            title = ""
            fields = (
                record.summary,
                record.narrative,
                _Place(record.place),
                *record.translations.values(),
                record.interviewer,
                record.interpreter,
            )
            body = _lines(*fields)
            folded = _folded(folder, *fields)
            names = _name_words(places(record.place))
            facets = {
                **_days(record.date),
                "status": record.status,
                "sensitivity": record.sensitivity,
                "person_id": record.witness_id,
            }
        case "event":
            title = _lines(record.place)
            body = _lines(record.description, *record.institutions)
            folded = _folded(folder, _Place(record.place), body)
            names = _name_words(places(record.place))
            facets = _days(record.date)
        case _:
            return None
    return IndexedText(title, body, folded, name_words=names, **facets)


def _case_id(kind: str, record: Any) -> Any:
    return record.id if kind == "case" else getattr(record, "case_id", None)


def index_record(session: Session, record: Record) -> None:
    """Put a record's current text in the index, or take it out if deleted or not searchable."""
    kind = kind_of(record)
    indexed = None if record.is_deleted else indexed_text(kind, record)
    if indexed is None:
        remove_document(session, record.id)
        return
    put_document(session, record.id, kind, _case_id(kind, record), indexed)


def index_new_records(session: Session, records: Iterable[ValidRecord], folder: WordFolder) -> None:
    """Index records just created, which the index cannot hold yet, all in one go: the same
    rows as ``index_record`` of each in turn, written with a few statements."""
    documents = []
    for record in records:
        indexed = indexed_text(record.kind, record.values, folder)
        if indexed is not None:
            documents.append(
                (record.id, record.kind, _case_id(record.kind, record.values), indexed)
            )
    add_name_words(session, append_documents(session, documents))


def _live_records(session: Session) -> Iterator[Record]:
    for model in _INDEXED_MODELS:
        # In table order, which is the order records were saved in: no sort of 100,000
        # narratives in memory. Loaded objects are only weakly held by the session.
        query = select(model).where(model.is_deleted.is_(False))
        records: Iterator[Record] = session.scalars(query.execution_options(yield_per=_BATCH))
        yield from records


def _count_live(session: Session) -> int:
    return sum(
        session.scalar(select(func.count()).select_from(model).where(model.is_deleted.is_(False)))
        or 0
        for model in _INDEXED_MODELS
    )


def rebuild_search_index(
    session: Session,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> int:
    """Index every live record afresh with the current folding rules, in the caller's
    transaction (so a cancel, raised as Cancelled, leaves the old index); returns the count."""
    total = _count_live(session)
    clear_index(session)
    uses: dict[str, int] = {}
    batch: list[tuple[Any, str, Any, IndexedText]] = []

    def flush(done: int) -> None:
        if cancelled is not None and cancelled():
            raise Cancelled("rebuilding the search index was cancelled")
        for word, count in append_documents(session, batch).items():
            uses[word] = uses.get(word, 0) + count
        batch.clear()
        if progress is not None:
            progress(done, total)

    folder = WordFolder()
    done = 0
    for done, record in enumerate(_live_records(session), 1):
        kind = kind_of(record)
        indexed = indexed_text(kind, record, folder)
        if indexed is not None:
            batch.append((record.id, kind, _case_id(kind, record), indexed))
        if len(batch) == _BATCH:
            flush(done)
    flush(done)
    add_name_words(session, dict(sorted(uses.items())))
    set_meta(session, FOLD_VERSION_KEY, str(FOLD_VERSION))
    set_meta(session, INDEXED_FIELDS_KEY, str(INDEXED_FIELDS_VERSION))
    return done


def search_index_is_current(session: Session) -> bool:
    """True if the index was built with this version's folding rules and fields."""
    return get_meta(session, FOLD_VERSION_KEY) == str(FOLD_VERSION) and get_meta(
        session, INDEXED_FIELDS_KEY
    ) == str(INDEXED_FIELDS_VERSION)


def ensure_search_index(
    session: Session, progress: Callable[[int, int], None] | None = None
) -> bool:
    """Rebuild the index if it was made with other folding rules or fields; True if it was
    rebuilt."""
    if search_index_is_current(session):
        return False
    rebuild_search_index(session, progress)
    return True
