"""What text of each record goes into the full-text index, and rebuilding the index.

Every record is indexed as written (title, body) and folded (``folding.fold``); person names
also go to the ``names`` column, and the words of names and places to the name list that
fuzzy search expands query words to. The folded text depends on the folding rules, so the
index records ``FOLD_VERSION``; a vault whose index was made with other rules (or by an older
schema) is rebuilt from its records when it is unlocked (``ensure_search_index``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
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
from desktop_app.core.search.folding import FOLD_VERSION, fold, fold_tokens

FOLD_VERSION_KEY = "fold_version"
_BATCH = 500
_INDEXED_MODELS = (Case, Person, Testimony, Event)


def _name_words(*texts: str) -> frozenset[str]:
    # Words of names and places that fuzzy search may expand a query word to; short words
    # and numbers never are.
    return frozenset(w for t in texts for w in fold_tokens(t) if len(w) >= 3 and w.isalpha())


def _days(start: str, end: str = "") -> dict[str, str]:
    first, last = date_bounds(start or end), date_bounds(end or start)
    if first is None or last is None:
        return {}
    return {"date_first": first[0].isoformat(), "date_last": last[1].isoformat()}


def indexed_text(record: Record) -> IndexedText | None:
    """The text a record puts in the index, or None for kinds that are not searchable."""
    match record:
        case Case():
            title = f"{record.reference} {record.title}"
            body = "\n".join([record.summary, record.region, record.place, " ".join(record.tags)])
            names = _name_words(record.region, record.place)
            facets: dict[str, Any] = _days(record.start_date, record.end_date)
        case Person():
            all_names = "\n".join([record.name, *record.other_names])
            about = "\n".join([record.pseudonym, record.occupation, record.notes])
            return IndexedText(
                title=record.name,
                body="\n".join([" ".join(record.other_names), about]),
                folded=fold(about),
                names=fold(all_names),
                name_words=_name_words(all_names),
            )
        case Testimony():
            title = ""
            body = "\n".join(
                [record.summary, record.narrative, record.place, *record.translations.values()]
            )
            names = _name_words(record.place)
            facets = {
                **_days(record.date),
                "status": record.status,
                "sensitivity": record.sensitivity,
                "person_id": record.witness_id,
            }
        case Event():
            title, body = record.place, record.description
            names = _name_words(record.place)
            facets = _days(record.date)
        case _:
            return None
    return IndexedText(title, body, fold(f"{title}\n{body}"), name_words=names, **facets)


def _case_id(record: Record) -> Any:
    return record.id if isinstance(record, Case) else getattr(record, "case_id", None)


def index_record(session: Session, record: Record) -> None:
    """Put a record's current text in the index, or take it out if deleted or not searchable."""
    indexed = None if record.is_deleted else indexed_text(record)
    if indexed is None:
        remove_document(session, record.id)
        return
    put_document(session, record.id, kind_of(record), _case_id(record), indexed)


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

    done = 0
    for done, record in enumerate(_live_records(session), 1):
        indexed = indexed_text(record)
        if indexed is not None:
            batch.append((record.id, kind_of(record), _case_id(record), indexed))
        if len(batch) == _BATCH:
            flush(done)
    flush(done)
    add_name_words(session, uses)
    set_meta(session, FOLD_VERSION_KEY, str(FOLD_VERSION))
    return done


def search_index_is_current(session: Session) -> bool:
    """True if the index was built with this version's folding rules."""
    return get_meta(session, FOLD_VERSION_KEY) == str(FOLD_VERSION)


def ensure_search_index(
    session: Session, progress: Callable[[int, int], None] | None = None
) -> bool:
    """Rebuild the index if it was made with other folding rules; True if it was rebuilt."""
    if search_index_is_current(session):
        return False
    rebuild_search_index(session, progress)
    return True
