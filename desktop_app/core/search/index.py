"""What text of each record goes into the full-text index."""

from __future__ import annotations

from sqlalchemy.orm import Session

from db.fts import put_document, remove_document
from db.models import Case, Event, Person, Testimony
from desktop_app.core.content import Record, kind_of


def _texts(record: Record) -> tuple[str, str] | None:
    match record:
        case Case():
            return f"{record.reference} {record.title}", "\n".join(
                [record.summary, record.region, record.place, " ".join(record.tags)]
            )
        case Person():
            return record.name, "\n".join(
                [" ".join(record.other_names), record.pseudonym, record.occupation, record.notes]
            )
        case Testimony():
            return "", "\n".join(
                [record.summary, record.narrative, record.place, *record.translations.values()]
            )
        case Event():
            return record.place, record.description
    return None


def _case_id(record: Record) -> object:
    return record.id if isinstance(record, Case) else getattr(record, "case_id", None)


def index_record(session: Session, record: Record) -> None:
    """Put a record's current text in the index, or take it out if deleted or not searchable."""
    texts = None if record.is_deleted else _texts(record)
    if texts is None:
        remove_document(session, record.id)
        return
    title, body = texts
    put_document(
        session,
        record_id=record.id,
        record_kind=kind_of(record),
        case_id=_case_id(record),  # type: ignore[arg-type]
        title=title,
        body=body,
        folded="",
    )
