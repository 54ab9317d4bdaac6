"""Duplicate persons: finding people entered twice (in two scripts or spellings) and merging.

A documenter who took one testimony in Russian and one in Uzbek often ends up with
``Юлдашев Бахтиёр`` and ``Bakhtiyor Yoʻldoshev`` as two persons. ``find_duplicate_persons``
lists such pairs with a score and the reasons for it; ``merge_persons`` makes one of them
hold everything the other had, through the record write path, so every change keeps its
revision and audit entry and nothing is lost.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from itertools import combinations
from typing import Any
from uuid import UUID

from sqlalchemy import ColumnElement, bindparam, select, text

from db.models import Attachment, CaseParty, Event, Person, Testimony
from desktop_app.core.content import to_content
from desktop_app.core.errors import InvalidInput, RecordNotFound
from desktop_app.core.records import RecordWriter
from desktop_app.core.search.folding import APOSTROPHES, fold_tokens
from desktop_app.core.search.fuzzy import PHONETIC_LIMIT, spelling_cost

SAME_FOLDED_NAME = 0.8
SAME_NAME_OTHER_SPELLING = 0.6
SAME_BIRTH_YEAR = 0.15
OTHER_BIRTH_YEAR = -0.4
MIN_SCORE = 0.5

_SKELETON = str.maketrans({"o": "a", "h": "g", "w": "v", "z": "s", "u": "a", "e": "i"})
# A name as typed without the Uzbek ʻ (Oʻtkirbek as Otkirbek; Ўткирбек, whose ў is oʻ, as
# Откирбек): folding reads oʻ as the u Russian writes for it, and a bare o as o, so the two
# spellings of one name meet only in this reading.
_WITHOUT_MARKS = str.maketrans({"ў": "о", "Ў": "О", **dict.fromkeys(APOSTROPHES + "'")})


class ReasonCode(StrEnum):
    """Why two persons look like one; the GUI says each in the interface language."""

    SAME_NAME = "same_name"  # details: the two names as written
    OTHER_SPELLING = "other_spelling"  # the two names as written
    SAME_BIRTH_YEAR = "same_birth_year"  # the year
    OTHER_BIRTH_YEAR = "other_birth_year"  # the two years


_REASON_MESSAGES = {
    ReasonCode.SAME_NAME: "the same name: {!r} and {!r}",
    ReasonCode.OTHER_SPELLING: "the same name in another spelling: {!r} and {!r}",
    ReasonCode.SAME_BIRTH_YEAR: "both born in {}",
    ReasonCode.OTHER_BIRTH_YEAR: "born in {} and in {}",
}


@dataclass(frozen=True)
class Reason:
    """One reason, and the names or years it is about."""

    code: ReasonCode
    details: tuple[str, ...]

    @property
    def message(self) -> str:
        """One English sentence for the CLI (the GUI translates by code instead)."""
        return _REASON_MESSAGES[self.code].format(*self.details)


@dataclass(frozen=True)
class DuplicateCandidate:
    """Two persons who are likely the same, how likely (0 to 1), and why."""

    a: UUID
    b: UUID
    score: float
    reasons: tuple[Reason, ...]
    names: tuple[str, str] = ("", "")


@dataclass(frozen=True)
class MergeSummary:
    """What merge_persons changed: the records moved to the kept person, and the case parties
    removed because the two held the same role in the same case."""

    kept: UUID
    merged: UUID
    case_parties: int
    testimonies: int
    events: int
    attachments: int
    case_parties_removed: int = 0


@dataclass(frozen=True)
class _Person:
    id: UUID
    name: str
    # Every name as written, its folded words, and whether they are its folding (True) or how
    # it reads typed without oʻ marks (False: the same words count as another spelling).
    names: tuple[tuple[str, tuple[str, ...], bool], ...]
    birth_year: str
    sex: str


def _skeleton(words: Iterable[str]) -> tuple[str, ...]:
    # A coarse key that spellings of one name share (vowel classes, h/g, z/s, w/v, y glides):
    # only pairs with equal skeletons are compared word by word, so 10,000 persons stay fast.
    return tuple(sorted(w.translate(_SKELETON).replace("y", "").replace("ii", "i") for w in words))


def _same_words(a: tuple[str, ...], b: tuple[str, ...]) -> bool | None:
    """True if the folded names are equal, False if each word is a spelling of the other's
    (in skeleton order), None if they differ."""
    if sorted(a) == sorted(b):
        return True
    pairs = zip(
        sorted(a, key=lambda w: _skeleton([w])),
        sorted(b, key=lambda w: _skeleton([w])),
        strict=True,
    )
    if all(spelling_cost(x, y, PHONETIC_LIMIT) <= PHONETIC_LIMIT for x, y in pairs):
        return False
    return None


def _load(session: Any) -> list[_Person]:
    people = []
    for person in session.scalars(select(Person).where(Person.is_deleted.is_(False))):
        names = []
        for name in [person.name, *person.other_names]:
            words = tuple(fold_tokens(name))
            without_marks = tuple(fold_tokens(name.translate(_WITHOUT_MARKS)))
            names.append((name, words, True))
            if without_marks != words:
                names.append((name, without_marks, False))
        people.append(
            _Person(
                person.id,
                person.name,
                tuple(n for n in names if n[1]),
                person.birth_date[:4],
                person.sex if person.sex not in ("", "unknown") else "",
            )
        )
    return people


def _compare(a: _Person, b: _Person) -> DuplicateCandidate | None:
    a, b = sorted((a, b), key=lambda p: str(p.id))  # reasons name them in the order a, b
    if a.sex and b.sex and a.sex != b.sex:
        return None
    best: tuple[float, Reason] | None = None
    for name_a, words_a, is_folded_a in a.names:
        for name_b, words_b, is_folded_b in b.names:
            if len(words_a) != len(words_b) or _skeleton(words_a) != _skeleton(words_b):
                continue
            same = _same_words(words_a, words_b)
            if same is None:
                continue
            same = same and is_folded_a and is_folded_b
            score = SAME_FOLDED_NAME if same else SAME_NAME_OTHER_SPELLING
            how = ReasonCode.SAME_NAME if same else ReasonCode.OTHER_SPELLING
            reason = Reason(how, (name_a, name_b))
            if best is None or score > best[0]:
                best = (score, reason)
    if best is None:
        return None
    score, reason = best
    reasons = [reason]
    if a.birth_year and b.birth_year:
        if a.birth_year == b.birth_year:
            score += SAME_BIRTH_YEAR
            reasons.append(Reason(ReasonCode.SAME_BIRTH_YEAR, (str(a.birth_year),)))
        else:
            score += OTHER_BIRTH_YEAR
            reasons.append(
                Reason(ReasonCode.OTHER_BIRTH_YEAR, (str(a.birth_year), str(b.birth_year)))
            )
    if score < MIN_SCORE:
        return None
    return DuplicateCandidate(
        a.id, b.id, round(min(score, 1.0), 2), tuple(reasons), (a.name, b.name)
    )


def find_duplicate_persons(session: Any) -> list[DuplicateCandidate]:
    """Pairs of live persons who are likely one person (by folded name, other names and birth
    year), most likely first; reads only."""
    people = _load(session)
    blocks: dict[tuple[str, ...], set[int]] = defaultdict(set)
    for index, person in enumerate(people):
        for _, words, _ in person.names:
            blocks[_skeleton(words)].add(index)
    pairs = {pair for block in blocks.values() for pair in combinations(sorted(block), 2)}
    found = [c for i, j in sorted(pairs) if (c := _compare(people[i], people[j])) is not None]
    return sorted(found, key=lambda c: (-c.score, c.names))


def _live_person(writer: RecordWriter, person_id: UUID) -> Person:
    person = writer.session.get(Person, person_id)
    if person is None or person.is_deleted:
        raise RecordNotFound(f"no person with id {person_id}")
    return person


def _united(keep: Person, merge: Person) -> dict[str, Any]:
    content = to_content(keep)
    other = to_content(merge)
    seen = {keep.name.strip().casefold()}
    names = []
    for name in [*keep.other_names, merge.name, *merge.other_names]:
        if name.strip() and name.strip().casefold() not in seen:
            seen.add(name.strip().casefold())
            names.append(name)
    content["other_names"] = names
    for field in ("sex", "birth_date", "ethnicity", "nationality", "occupation", "contact"):
        if not content[field] and other[field]:
            content[field] = other[field]
    if other["notes"] and other["notes"] not in content["notes"]:
        content["notes"] = "\n\n".join(n for n in (content["notes"], other["notes"]) if n)
    # Protection is never lost by a merge: if either was protected, the person stays so.
    content["protected"] = keep.is_protected or merge.is_protected
    content["pseudonym"] = keep.pseudonym or merge.pseudonym
    return content


_EVENTS_NAMING = text(
    "EXISTS (SELECT 1 FROM json_each(event.victims) WHERE value IN :ids) "
    "OR EXISTS (SELECT 1 FROM json_each(event.perpetrators) WHERE value IN :ids)"
)


def events_naming(person_ids: Iterable[UUID]) -> ColumnElement[bool]:
    """A condition on events: one of these people is among its victims or perpetrators."""
    return _EVENTS_NAMING.bindparams(
        bindparam("ids", [str(uid) for uid in person_ids], expanding=True)
    )


def _merge_case_parties(writer: RecordWriter, keep_id: UUID, merge_id: UUID) -> tuple[int, int]:
    """Give keep_id every role merge_id had, one party per case and role; (moved, removed)."""
    parties = writer.session.scalars(
        select(CaseParty)
        .where(CaseParty.person_id.in_([keep_id, merge_id]), CaseParty.is_deleted.is_(False))
        .order_by(CaseParty.id)
    ).all()
    roles: dict[tuple[UUID, str], list[CaseParty]] = defaultdict(list)
    for party in parties:
        roles[(party.case_id, party.role)].append(party)
    moved = removed = 0
    for same_role in roles.values():
        # Of two parties for one role the one with the smaller id stays, whichever person it
        # named: two colleagues who merge the pair in opposite directions then delete the same
        # party, and the role survives their exchange instead of going in both vaults.
        survivor, *duplicates = same_role
        if survivor.person_id != keep_id:
            writer.update(survivor, {**to_content(survivor), "person": str(keep_id)}, "merge")
            moved += 1
        for duplicate in duplicates:
            writer.delete(duplicate)
            removed += 1
    return moved, removed


def merge_persons(writer: RecordWriter, keep_id: UUID, merge_id: UUID) -> MergeSummary:
    """Make keep_id the one person: repoint merge_id's case parties, testimonies, events and
    attachments to it, add merge_id's names to its other names (and fill its empty fields),
    then tombstone merge_id. Every change is a new version with its audit entry (the kept
    person's is action "merge"); on any error the caller's transaction leaves all unchanged."""
    if keep_id == merge_id:
        raise InvalidInput("a person cannot be merged with itself")
    keep, merge = _live_person(writer, keep_id), _live_person(writer, merge_id)
    session = writer.session
    moved = {"case_parties": 0, "testimonies": 0, "events": 0, "attachments": 0}
    moved["case_parties"], removed = _merge_case_parties(writer, keep_id, merge_id)
    for testimony in session.scalars(
        select(Testimony).where(Testimony.witness_id == merge_id, Testimony.is_deleted.is_(False))
    ).all():
        writer.update(testimony, {**to_content(testimony), "witness": str(keep_id)}, "merge")
        moved["testimonies"] += 1
    old, new = str(merge_id), str(keep_id)
    for event in session.scalars(
        select(Event).where(Event.is_deleted.is_(False), events_naming([merge_id]))
    ).all():
        content = to_content(event)
        for role in ("victims", "perpetrators"):
            content[role] = list(dict.fromkeys(new if p == old else p for p in content[role]))
        writer.update(event, content, action="merge")
        moved["events"] += 1
    for attachment in session.scalars(
        select(Attachment).where(Attachment.owner_id == merge_id, Attachment.is_deleted.is_(False))
    ).all():
        writer.update(attachment, {**to_content(attachment), "owner": new}, action="merge")
        moved["attachments"] += 1
    writer.update(keep, _united(keep, merge), action="merge")
    writer.delete(merge)
    return MergeSummary(keep_id, merge_id, **moved, case_parties_removed=removed)
