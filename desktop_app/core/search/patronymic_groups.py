"""A full name with a patronymic, as pasted from a Russian document, read in three groups:

1. records holding every word, the patronymic too (``Кузнецов Сергей Сергеевич``);
2. records holding the other words and no patronymic at all (``Сергей Кузнецов``, and prose
   that mentions "Кузнецов Сергей"): most records leave the patronymic out;
3. persons whose name holds another patronymic (``Кузнецов Сергей Петрович``): most likely
   another man, listed last rather than left out, as a patronymic may be mistyped or recorded
   wrong.

Only a person's own name (the title of the record) tells group 3: prose may name a father or
another person beside the name, so a testimony is never taken as holding "another"
patronymic. Each group is ranked tier by tier, as any query is (``match_tiers``).
"""

from __future__ import annotations

import re
from dataclasses import replace

from sqlalchemy import text
from sqlalchemy.orm import Session

from db.fts import FTS_TABLE
from desktop_app.core.patronymic_shapes import (
    APOSTROPHE,
    LETTER,
    is_joined_patronymic,
    is_patronymic_second_word,
)
from desktop_app.core.search.folding import fold_tokens
from desktop_app.core.search.fts5_rendering import fts5_string, term_words
from desktop_app.core.search.loosening import without_patronymics
from desktop_app.core.search.match_tiers import QueryReading, TierPlan, plan_without

# Persons whose names are read for another patronymic: a name held by more stays in group 2
# past them, as reading every one would slow the search box.
_MAX_PERSONS = 1000
_NAME_WORD = re.compile(rf"{LETTER}+(?:{APOSTROPHE}{LETTER}+)*")


def _patronymic_words(name: str) -> list[str]:
    """The words of a name that make it a patronymic's (Сергеевич; oʻgʻli after a word)."""
    words = _NAME_WORD.findall(name)
    return [
        word
        for number, word in enumerate(words)
        if is_joined_patronymic(word) or (number > 0 and is_patronymic_second_word(word))
    ]


def _other_patronymics(session: Session, expression: str, query_words: set[str]) -> list[str]:
    """The folded patronymic words in the names of the persons the expression matches, but
    for the query's own words (Бабич Сергей: Бабич is a surname the query asks for)."""
    rows = session.connection().execute(
        text(
            f"SELECT t.title FROM {FTS_TABLE} m JOIN search_document d ON d.rowid = m.rowid "
            f"JOIN search_text t ON t.rowid = m.rowid WHERE {FTS_TABLE} MATCH :match "
            f"AND d.record_kind = 'person' LIMIT {_MAX_PERSONS}"
        ),
        {"match": expression},
    )
    found = {
        folded
        for (title,) in rows
        for word in _patronymic_words(title or "")
        for folded in fold_tokens(word)
    }
    return sorted(found - query_words)


def _grouped(full: TierPlan, bare: TierPlan, other: list[str], left_out: list[str]) -> TierPlan:
    """The plan listing what full matches, then what bare matches besides: first the records
    holding no word of other in their names, then those that do."""
    everything_full = full.tiers[-1][1]
    tiers = [(m, f"({e}) NOT ({everything_full})") for m, e in bare.tiers]
    if other:
        holds_other = "names : (" + " OR ".join(fts5_string([w]) for w in other) + ")"
        tiers = [(m, f"({e}) NOT ({holds_other})") for m, e in tiers] + [
            (m, f"({e}) AND ({holds_other})") for m, e in tiers
        ]
    return replace(
        full,
        tiers=full.tiers + tiers,
        patronymics=tuple(left_out),
        without_patronymic_from=len(full.tiers),
    )


def with_patronymics_optional(session: Session, reading: QueryReading) -> QueryReading:
    """The reading of a query holding a patronymic, in the three groups above; the reading
    itself if the query holds none, is read otherwise already (a short last word) or cannot
    be read without it."""
    if reading.notes or not reading.plan.tiers:
        return reading
    bare_query, notes = without_patronymics(reading.query)
    if not notes:
        return reading
    full = reading.plan
    bare = plan_without(full, reading.query, bare_query)
    if not bare.tiers:
        return reading
    everything_bare = f"({bare.tiers[-1][1]}) NOT ({full.tiers[-1][1]})"
    kept_words = {
        word
        for group in bare_query.required
        for term in group.terms
        for word in term_words(term, folded=True)
    }
    other = _other_patronymics(session, everything_bare, kept_words)
    plan = _grouped(full, bare, other, [note.subject for note in notes])
    return replace(reading, plan=plan)
