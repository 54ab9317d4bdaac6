"""What a colleague's bundle may not change silently: it may weaken a record's protection only
when the user says so.

A contact's bundle is signed and trusted to carry their edits, but some edits decide who reads
what: lifting a person's protection (or emptying a protected person's pseudonym) puts their
real name in the next dossier, and so may replacing the pseudonym (with the real name, or with
another witness's pseudonym); withdrawing a testimony's request for anonymity does the same for
its witness; moving a testimony, event or party to another case (or a file to another record)
puts it in a dossier that may go to a wider audience. An incoming version that would
do any of this is held as a conflict even when its clock has seen every edit of ours, and the
user keeps one version explicitly (``conflicts.resolve_conflict``). Adding protection is
always safe and stays a plain update.

Tombstones are checked on their content like any version: deleting a protected person
reveals nothing, but the content a tombstone carries is the one a later revival of the record
starts from, so a tombstone that also lifts the protection is held too.

The reasons are derived from the two versions alone, so the merge (from a short summary of
each side) and the conflict list (from both contents) find the same ones, and no column
stores them.
"""

from __future__ import annotations

from typing import Any, NamedTuple
from uuid import UUID

CONCURRENT = "concurrent"  # edited on both sides: no safeguard involved
UNPROTECTS = "unprotects"  # a protected person's protection or pseudonym removed
CHANGES_PSEUDONYM = "changes_pseudonym"  # a protected person's pseudonym replaced
DROPS_ANONYMITY = "drops_anonymity"  # a testimony's consent to be anonymised withdrawn
MOVES_CASE = "moves_case"  # a testimony, event or case party moved to another case
MOVES_ATTACHMENT = "moves_attachment"  # a file attached to another record


class Safeguarded(NamedTuple):
    """The values of one record that only the user may weaken."""

    is_protected: bool = False  # persons
    pseudonym: str = ""  # persons
    anonymise: bool = False  # testimonies: consent to be anonymised in reports
    home: tuple[str, UUID] | None = None  # (kind, id): the case, or an attachment's owner


NOTHING = Safeguarded()  # cases: nothing of theirs is guarded


def safeguarded(kind: str, content: dict[str, Any]) -> Safeguarded:
    """The guarded values of a record's content (the interchange shape)."""
    match kind:
        case "person":
            return Safeguarded(
                is_protected=bool(content.get("protected")),
                pseudonym=str(content.get("pseudonym") or ""),
            )
        case "testimony":
            consent = content.get("consent") or {}
            return Safeguarded(anonymise=bool(consent.get("anonymise")), home=_case(content))
        case "case_party" | "event":
            return Safeguarded(home=_case(content))
        case "attachment":
            return Safeguarded(home=(content["owner_kind"], UUID(str(content["owner"]))))
    return NOTHING


def _case(content: dict[str, Any]) -> tuple[str, UUID]:
    return ("case", UUID(str(content["case"])))


def held_reasons(mine: Safeguarded, theirs: Safeguarded) -> tuple[str, ...]:
    """Why theirs may not replace mine without the user's decision (empty when it may)."""
    reasons = []
    if mine.is_protected and (
        not theirs.is_protected or (bool(mine.pseudonym) and not theirs.pseudonym)
    ):
        reasons.append(UNPROTECTS)
    elif mine.is_protected and mine.pseudonym and theirs.pseudonym != mine.pseudonym:
        reasons.append(CHANGES_PSEUDONYM)
    if mine.anonymise and not theirs.anonymise:
        reasons.append(DROPS_ANONYMITY)
    if mine.home != theirs.home and mine.home is not None and theirs.home is not None:
        if mine.home[0] == "case" and theirs.home[0] == "case":
            reasons.append(MOVES_CASE)
        elif not (mine.home[0] == theirs.home[0] == "person"):
            # Merging two people moves the files of one to the other: that stays an update.
            reasons.append(MOVES_ATTACHMENT)
    return tuple(reasons)


def conflict_label(kind: str, record_id: UUID, mine: Safeguarded, label: str) -> str:
    """How a conflict names its record: label, but a person protected here by the pseudonym
    reports use, never by the name a colleague's version carries."""
    if not mine.is_protected:
        return label
    return mine.pseudonym or f"{kind} {record_id}"
