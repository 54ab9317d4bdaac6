"""What a testimony without a witness can be known by where a list names records (a case's
History): the start of its summary, or its date.

A testimony is named by its witness; one taken before the witness was entered (or from someone
who would not be named) had an empty name on every History line, thirty of them for thirty
edits. Its summary is the user's own description of it; the narrative is not read (it can run
to 150,000 characters).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from uuid import UUID

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.models import Testimony
from desktop_app.core.id_batches import in_batches

SUMMARY_START_CHARS = 60
_SUMMARY_READ = 4 * SUMMARY_START_CHARS  # of a summary read: room for leading blank lines


@dataclass(frozen=True)
class UntitledTestimony:
    """The start of a testimony's summary on one line ('' if it has none) and its date."""

    summary_start: str
    date: str


def untitled_testimonies(session: Session, ids: Iterable[UUID]) -> dict[UUID, UntitledTestimony]:
    """The summary start and date of each testimony among ids (unknown ids are left out)."""
    found: dict[UUID, UntitledTestimony] = {}
    for batch in in_batches(ids):
        query = select(
            Testimony.id, func.substr(Testimony.summary, 1, _SUMMARY_READ), Testimony.date
        ).where(Testimony.id.in_(batch))
        for testimony_id, summary, date in session.execute(query):
            found[testimony_id] = UntitledTestimony(summary_start(summary or ""), date or "")
    return found


def summary_start(summary: str, limit: int = SUMMARY_START_CHARS) -> str:
    """summary's words on one line, cut after a word to at most limit characters, with an
    ellipsis where it was cut."""
    text = " ".join(summary.split())
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0] if " " in text[:limit] else text[:limit]
    return cut.rstrip(" ,;:–—-") + "…"
