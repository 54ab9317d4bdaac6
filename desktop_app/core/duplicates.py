"""Duplicate persons: finding people entered twice (in two scripts or spellings).

A documenter who took one testimony in Russian and one in Uzbek often ends up with
``Юлдашев Бахтиёр`` and ``Bakhtiyor Yoʻldoshev`` as two persons. ``find_duplicate_persons``
lists such pairs with a score and the reasons for it; ``person_merge.merge_persons`` makes one
of them hold everything the other had.

Two people with one name are two people more often the more people hold that name: in a vault
of 20,000 people a common name (Rustam Karimov) is held by dozens, and listing every two of
them would bury the few people really entered twice. A name more than two people hold is
therefore no reason on its own (the pair must be born in the same year or share a case), and
the likelihood of a pair falls with the number of people holding its name, so steeply that
from about a dozen holders a birth year in common is no longer enough: such pairs are *weaker*
(``DuplicateCandidate.is_likely`` false), listed after the likely ones, which the lists show
first and alone. What chance rarely gives two namesakes, the same birth date or a case in
common, keeps a pair likely. Pairs that could not be listed are never compared, which keeps
the search near linear in the number of people.

A pair the user marked as not the same person (``not_same_pairs``) is left out unless asked
for, marked as such (``DuplicateCandidate.is_marked_not_same``).

A given name with an Uzbek ending (``Gulnoraxon``, ``Akmaljon``) is the same name less
surely (``person_name_readings``); it is held by everyone who holds it with or without one.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from enum import StrEnum
from itertools import combinations, product
from typing import Any
from uuid import UUID

from sqlalchemy import select

from db.models import Case, CaseParty, Person, Testimony
from desktop_app.core.errors import Cancelled
from desktop_app.core.not_same_pairs import not_same_pairs
from desktop_app.core.person_name_readings import NameReader, NameReading, skeleton
from desktop_app.core.search.fuzzy import PHONETIC_LIMIT, spelling_cost

SAME_FOLDED_NAME = 0.8
SAME_NAME_OTHER_SPELLING = 0.6
# Below the plain name: a name with -bek or -jon is also given as a name of its own.
SAME_NAME_WITH_ENDING = 0.65
OTHER_SPELLING_WITH_ENDING = 0.5
SAME_BIRTH_YEAR = 0.15
OTHER_BIRTH_YEAR = -0.4
# Chance gives two namesakes one birth date about once in 18,000 pairs, and puts two of them in
# one case (a handful of people) hardly ever: either keeps a pair of a name 50 people hold likely.
SAME_BIRTH_DATE = 0.7  # instead of SAME_BIRTH_YEAR
SAME_CASE = 0.7
# A pair scoring this much is likely; below, a pair is listed only as weaker, and only if its
# name's commonness alone took it below (it would be likely for a rarer name).
LIKELY_SCORE = 0.5
# A name held by more people than this is listed only with a birth year or a case in common.
NAME_ALONE_HOLDERS = 2
# Two people share a birth year by chance about once in 50; among 11 holders of a name (55
# pairs) one such pair is expected by chance, so there a birth year in common stops being
# enough. Taken off for each doubling of the others who hold the name, so that a pair with the
# same name and birth year falls to LIKELY_SCORE at CHANCE_NAMESAKES holders.
CHANCE_NAMESAKES = 11
COMMON_NAME = (SAME_FOLDED_NAME + SAME_BIRTH_YEAR - LIKELY_SCORE) / math.log2(CHANCE_NAMESAKES - 1)
WEAKEST_SHOWN = 0.01  # a weaker pair's score never shows as 0%
_PROGRESS_STEP = 1000  # people read, or pairs compared, between two progress reports


class ReasonCode(StrEnum):
    """Why two persons look like one; the GUI says each in the interface language."""

    SAME_NAME = "same_name"  # details: the two names as written
    SAME_WRITTEN_NAME = "same_written_name"  # the one name both hold, written alike
    OTHER_SPELLING = "other_spelling"  # the two names as written
    NAME_WITH_ENDING = "name_with_ending"  # the two names as written, the ending ("xon")
    SAME_BIRTH_YEAR = "same_birth_year"  # the year
    SAME_BIRTH_DATE = "same_birth_date"  # the date, YYYY-MM-DD
    SAME_CASE = "same_case"  # the reference of a case both are in
    OTHER_BIRTH_YEAR = "other_birth_year"  # the two years
    COMMON_NAME = "common_name"  # how many people hold the name, in any of its spellings


_REASON_MESSAGES = {
    ReasonCode.SAME_NAME: "the same name: {!r} and {!r}",
    ReasonCode.SAME_WRITTEN_NAME: "the same name for both: {!r}",
    ReasonCode.OTHER_SPELLING: "the same name in another spelling: {!r} and {!r}",
    ReasonCode.NAME_WITH_ENDING: "the same name, one with the ending -{2}: {0!r} and {1!r}",
    ReasonCode.SAME_BIRTH_YEAR: "both born in {}",
    ReasonCode.SAME_BIRTH_DATE: "both born on {}",
    ReasonCode.SAME_CASE: "both in case {}",
    ReasonCode.OTHER_BIRTH_YEAR: "born in {} and in {}",
    ReasonCode.COMMON_NAME: "{} people have this name",
}


@dataclass(frozen=True, slots=True)
class Reason:
    """One reason, and the names or years it is about."""

    code: ReasonCode
    details: tuple[str, ...]

    @property
    def message(self) -> str:
        """One English sentence for the CLI (the GUI translates by code instead)."""
        return _REASON_MESSAGES[self.code].format(*self.details)


@dataclass(frozen=True, slots=True)
class DuplicateCandidate:
    """Two persons who are likely the same (a's id the lower), how likely (0 to 1), why, and
    whether the user marked them as not the same person."""

    a: UUID
    b: UUID
    score: float
    reasons: tuple[Reason, ...]
    names: tuple[str, str] = ("", "")
    is_marked_not_same: bool = False

    @property
    def is_likely(self) -> bool:
        """False for a weaker pair: namesakes of a common name with little else in common."""
        return self.score >= LIKELY_SCORE


@dataclass(frozen=True)
class _Person:
    id: UUID
    name: str
    names: tuple[NameReading, ...]
    birth_year: str
    birth_date: str  # only a whole date, YYYY-MM-DD
    sex: str
    # The cases they have a role or a testimony in, as (reference, id): two cases may share
    # a reference, and the reference is what a reason names.
    cases: frozenset[tuple[str, UUID]]


def _same_words(a: tuple[str, ...], b: tuple[str, ...]) -> bool | None:
    """True if the folded names are equal, False if each word is a spelling of the other's
    (in skeleton order), None if they differ."""
    if sorted(a) == sorted(b):
        return True
    pairs = zip(
        sorted(a, key=lambda w: skeleton([w])),
        sorted(b, key=lambda w: skeleton([w])),
        strict=True,
    )
    if all(spelling_cost(x, y, PHONETIC_LIMIT) <= PHONETIC_LIMIT for x, y in pairs):
        return False
    return None


def _cases_of(session: Any) -> dict[UUID, set[tuple[str, UUID]]]:
    """The live cases each person has a role or a testimony in, as (reference, id)."""
    roles = (
        select(CaseParty.person_id, Case.reference, Case.id)
        .join(Case, Case.id == CaseParty.case_id)
        .where(CaseParty.is_deleted.is_(False), Case.is_deleted.is_(False))
    )
    witnesses = (
        select(Testimony.witness_id, Case.reference, Case.id)
        .join(Case, Case.id == Testimony.case_id)
        .where(Testimony.is_deleted.is_(False), Case.is_deleted.is_(False))
        .where(Testimony.witness_id.is_not(None))
    )
    cases: dict[UUID, set[tuple[str, UUID]]] = defaultdict(set)
    for query in (roles, witnesses):
        for person_id, reference, case_id in session.execute(query):
            cases[person_id].add((reference, case_id))
    return cases


def _load(session: Any, report: Callable[[int, int], None]) -> list[_Person]:
    cases = _cases_of(session)
    rows = session.execute(
        select(Person.id, Person.name, Person.other_names, Person.birth_date, Person.sex)
        .where(Person.is_deleted.is_(False))
        .order_by(Person.id)
    ).all()
    reader = NameReader()
    people = []
    for done, (person_id, name, other_names, birth_date, sex) in enumerate(rows):
        if done % _PROGRESS_STEP == 0:
            report(done, len(rows))
        people.append(
            _Person(
                person_id,
                name,
                reader.person(name, other_names),
                birth_date[:4],
                birth_date if len(birth_date) == 10 else "",
                sex if sex not in ("", "unknown") else "",
                frozenset(cases.get(person_id, ())),
            )
        )
    return people


def _commonness(holders: int) -> float:
    """What a name held by this many people takes off the likelihood of two of them."""
    return COMMON_NAME * math.log2(max(holders - 1, 1))


def _compare(
    a: _Person,
    b: _Person,
    holders: dict[tuple[str, ...], int],
    holders_with_endings: dict[tuple[str, ...], int],
    said: dict[tuple[Reason, ...], tuple[Reason, ...]],
) -> DuplicateCandidate | None:
    a, b = sorted((a, b), key=lambda p: str(p.id))  # reasons name them in the order a, b
    if a.sex and b.sex and a.sex != b.sex:
        return None
    born_alike = bool(a.birth_year) and a.birth_year == b.birth_year
    shared_cases = a.cases & b.cases
    best: tuple[float, Reason, int] | None = None
    for name_a in a.names:
        for name_b in b.names:
            if len(name_a.words) != len(name_b.words) or name_a.skeleton != name_b.skeleton:
                continue
            # Two endings (Akmaljon, Akmalbek) are two names, each given as a name of its own.
            if name_a.ending and name_b.ending:
                continue
            ending = name_a.ending or name_b.ending
            count = (holders_with_endings if ending else holders)[name_a.skeleton]
            if count > NAME_ALONE_HOLDERS and not (born_alike or shared_cases):
                continue
            same = _same_words(name_a.words, name_b.words)
            if same is None:
                continue
            same = same and name_a.is_folded and name_b.is_folded
            if ending:
                score = SAME_NAME_WITH_ENDING if same else OTHER_SPELLING_WITH_ENDING
                reason = Reason(
                    ReasonCode.NAME_WITH_ENDING, (name_a.written, name_b.written, ending)
                )
            else:
                score = SAME_FOLDED_NAME if same else SAME_NAME_OTHER_SPELLING
                how = ReasonCode.SAME_NAME if same else ReasonCode.OTHER_SPELLING
                reason = Reason(how, (name_a.written, name_b.written))
                # "'X' and 'X'" reads as a slip: two people entered with one name, or a merged
                # person restored beside the one that took its name as an other name.
                if name_a.written == name_b.written:
                    reason = Reason(ReasonCode.SAME_WRITTEN_NAME, (name_a.written,))
            score -= _commonness(count)
            if best is None or score > best[0]:
                best = (score, reason, count)
    if best is None:
        return None
    score, reason, count = best
    reasons = [reason]
    if a.birth_year and b.birth_year:
        if a.birth_date and a.birth_date == b.birth_date:
            score += SAME_BIRTH_DATE
            reasons.append(Reason(ReasonCode.SAME_BIRTH_DATE, (a.birth_date,)))
        elif a.birth_year == b.birth_year:
            score += SAME_BIRTH_YEAR
            reasons.append(Reason(ReasonCode.SAME_BIRTH_YEAR, (str(a.birth_year),)))
        else:
            score += OTHER_BIRTH_YEAR
            reasons.append(
                Reason(ReasonCode.OTHER_BIRTH_YEAR, (str(a.birth_year), str(b.birth_year)))
            )
    if shared_cases:
        score += SAME_CASE
        reasons.append(Reason(ReasonCode.SAME_CASE, (min(shared_cases)[0],)))
    if count > NAME_ALONE_HOLDERS:
        reasons.append(Reason(ReasonCode.COMMON_NAME, (str(count),)))
    if score + _commonness(count) < LIKELY_SCORE:
        return None  # unlikely even for a rare name
    score = round(min(max(score, WEAKEST_SHOWN), 1.0), 2)
    # Namesakes of one year give tens of thousands of pairs with the same reasons: one copy.
    shared = said.setdefault(tuple(reasons), tuple(reasons))
    return DuplicateCandidate(a.id, b.id, score, shared, (a.name, b.name))


def _pairs_worth_comparing(block: list[int], people: list[_Person]) -> Iterator[tuple[int, int]]:
    """The pairs of a block of people with one name skeleton that can be listed. Two birth
    years that differ never can without a case in common (SAME_FOLDED_NAME + OTHER_BIRTH_YEAR
    is below LIKELY_SCORE), so people born in the same year or in one case are paired, and
    people of unknown birth year with any other only while the name is rare enough to be
    listed on its own."""
    if len(block) < 2:
        return
    by_year: dict[str, list[int]] = defaultdict(list)
    by_case: dict[tuple[str, UUID], list[int]] = defaultdict(list)
    for index in block:
        by_year[people[index].birth_year].append(index)
        for case in people[index].cases:
            by_case[case].append(index)
    unknown = by_year.pop("", [])
    for born_alike in by_year.values():
        yield from combinations(born_alike, 2)
    for in_one_case in by_case.values():
        yield from combinations(in_one_case, 2)
    if len(block) <= NAME_ALONE_HOLDERS:
        yield from combinations(unknown, 2)
        known = [index for born_alike in by_year.values() for index in born_alike]
        yield from product(unknown, known)


def find_duplicate_persons(
    session: Any,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    include_marked: bool = False,
) -> list[DuplicateCandidate]:
    """Pairs of live persons who may be one person (by folded name, other names, birth date
    and cases in common; less likely the more people hold the name), most likely first, the
    likely ones before the weaker ones (``is_likely``); reads only. The pairs marked as not
    the same person are left out, or with include_marked listed as such. Reading
    the people is the first half of the progress reported, comparing pairs the second; raises
    Cancelled once cancelled() turns true."""

    def report(done: int, total: int, half: int) -> None:
        if cancelled is not None and cancelled():
            raise Cancelled("looking for duplicate persons was cancelled")
        if progress is not None:
            progress(half * total + done, 2 * total)

    people = _load(session, lambda done, total: report(done, total, 0))
    blocks: dict[tuple[str, ...], set[int]] = defaultdict(set)
    with_endings: dict[tuple[str, ...], set[int]] = defaultdict(set)
    for index, person in enumerate(people):
        for name in person.names:
            (with_endings if name.ending else blocks)[name.skeleton].add(index)
    # Gulnora and Gulnoraxon are one name here: a pair of them is as common as either.
    ending_blocks = {
        key: blocks[key] | extended for key, extended in with_endings.items() if key in blocks
    }
    holders = {key: len(block) for key, block in blocks.items()}
    holders_with_endings = {key: len(block) for key, block in ending_blocks.items()}
    pairs = sorted(
        {
            (min(pair), max(pair))
            for block_of in (blocks, ending_blocks)
            for block in block_of.values()
            for pair in _pairs_worth_comparing(sorted(block), people)
        }
    )
    marked = not_same_pairs(session)
    found = []
    said: dict[tuple[Reason, ...], tuple[Reason, ...]] = {}
    for done, (i, j) in enumerate(pairs):
        if done % _PROGRESS_STEP == 0:
            report(done, len(pairs), 1)
        candidate = _compare(people[i], people[j], holders, holders_with_endings, said)
        if candidate is None:
            continue
        # _compare puts the lower id first (by text, the order of the ids' values too).
        if (candidate.a, candidate.b) in marked:
            if not include_marked:
                continue
            candidate = replace(candidate, is_marked_not_same=True)
        found.append(candidate)
    report(len(pairs), len(pairs), 1)
    return sorted(found, key=lambda c: (-c.score, c.names, str(c.a), str(c.b)))
