"""When two case references are the same reference: compared as they are stored, in any letter
case and in either Unicode form of a letter.

People name a case by its reference (`sandiq case show uz-2024-0001` finds UZ-2024-0001), so
two live cases whose references differ only in letter case could not be told apart by it; nor
could "ЎЗ-1" typed as Ў and as У followed by a combining breve, which look the same. Creating
or renaming a case, importing a JSON document and importing a bundle all refuse such a pair
with this one comparison, and every lookup by reference uses it. A vault that took one in
before the check holds both; a lookup then names them instead of choosing (``lookalike_cases``,
``AmbiguousReference``).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from uuid import UUID

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import Case
from desktop_app.core.errors import InvalidInput, RecordNotFound


def reference_key(reference: str) -> str:
    """What two references that are the same reference share: stripped (as saved), in NFC,
    casefolded."""
    # Casefolding may leave a text that is no longer NFC ("ǰ" folds to j + caron).
    folded = unicodedata.normalize("NFC", reference.strip()).casefold()
    return unicodedata.normalize("NFC", folded)


def is_same_spelling(first: str, second: str) -> bool:
    """True if the two references are written alike: equal once stripped and in NFC, so that
    only a difference in letter case tells them apart."""
    return unicodedata.normalize("NFC", first.strip()) == unicodedata.normalize(
        "NFC", second.strip()
    )


class AmbiguousReference(InvalidInput):
    """A reference that names several live cases, none written exactly as typed (a vault that
    took in UZ-1 beside uz-1 before the check); ``cases`` are their (id, reference)."""

    def __init__(self, reference: str, cases: Sequence[tuple[UUID, str]]) -> None:
        references = [stored for _, stored in cases]
        spelled_alike = any(
            is_same_spelling(first, second)
            for index, first in enumerate(references)
            for second in references[index + 1 :]
        )
        message = (
            f"the reference {reference} is ambiguous: cases {', '.join(references)} differ "
            "only in letter case; type it exactly as one of them is written"
        )
        if spelled_alike:  # they look the same: only an id tells them apart
            ids = ", ".join(f"{stored} is {case_id}" for case_id, stored in cases)
            message = (
                f"the reference {reference} is ambiguous: cases {', '.join(references)} differ "
                f"only in how their letters are encoded; give the id of one: {ids}"
            )
        super().__init__(message)
        self.reference = reference
        self.cases = tuple(cases)


def lookalike_cases(session: Session, reference: str) -> list[tuple[UUID, str]]:
    """(id, reference as written) of every live case whose reference is reference in any
    letter case, by reference; more than one only in a vault that holds such a pair."""
    wanted = reference_key(reference)
    query = select(Case.id, Case.reference).where(Case.is_deleted.is_(False))
    found = [(case_id, stored) for case_id, stored in session.execute(query)]
    return sorted(
        [(case_id, stored) for case_id, stored in found if reference_key(stored) == wanted],
        key=lambda pair: (pair[1], str(pair[0])),
    )


def live_case_id(session: Session, reference: str) -> UUID:
    """The id of the live case that reference names: the case written exactly so, else the
    only one whose reference is the same in another letter case or Unicode form, else the case
    with reference as its id. RecordNotFound if none; AmbiguousReference if several are the
    same and none is written exactly so."""
    live = Case.is_deleted.is_(False)
    exact = session.scalar(select(Case.id).where(live, Case.reference == reference.strip()))
    if exact is not None:
        return exact
    found = lookalike_cases(session, reference)
    if len(found) > 1:
        raise AmbiguousReference(reference, found)
    if found:
        return found[0][0]
    # The way to one case of such a pair, and of a case whose reference will not type.
    try:
        by_id = session.scalar(select(Case.id).where(live, Case.id == UUID(reference.strip())))
    except ValueError:
        by_id = None
    if by_id is None:
        raise RecordNotFound(f"no case with reference {reference}")
    return by_id
