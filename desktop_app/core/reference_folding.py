"""When two case references are the same reference: compared as they are stored, in any letter
case.

People name a case by its reference (`sandiq case show uz-2024-0001` finds UZ-2024-0001), so
two live cases whose references differ only in letter case could not be told apart by it.
Creating or renaming a case, importing a JSON document and importing a bundle all refuse such
a pair with this one comparison. A vault that took one in before the check holds both; a lookup
then names them instead of choosing (``lookalike_cases``).
"""

from __future__ import annotations

from uuid import UUID

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import Case


def reference_key(reference: str) -> str:
    """What two references that are the same reference share: stripped (as saved), casefolded."""
    return reference.strip().casefold()


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
