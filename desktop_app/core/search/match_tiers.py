"""Reading a query as FTS5 MATCH expressions, tier by tier: each word of the query is looked
for five ways, and a record is ranked by the weakest way that all of its words needed
(``service`` runs the tiers against the index):

1. **exact** — as typed (case and accents ignored) in the original text;
2. **folded** — in the folded text, so another script or transliteration finds it
   (Шамсутдинов finds Shamsuddinov);
3. **prefix** — as the beginning of a word, folded or as written: a word typed with a ``*``
   (Andij*), and the query's last word while it is still being typed (Shamsut finds
   Shamsutdinov), that is when it has 3 letters or more (a code such as a case reference, 2
   characters after its last hyphen: UZ-2026-00; see ``word_completion``) and the vault holds
   no such whole word (or it does, but the query finds nothing with it, see ``loosening``);
4. **fuzzy** — a spelling of one of the vault's names or places that folding does not unify
   (Yoʻldoshev finds Юлдашев, Askarvo finds Askarov), an inflected form in prose (Аскаров
   finds "показания Аскарова") or the word an inflected query word is a form of (Ибрагимовым
   finds Ибрагимов); see ``expansion``;
5. **forms** — for a Russian or English word in prose, every word beginning with its stem
   (задержан finds "задержали"), unless it is a name; see ``word_forms``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from enum import StrEnum
from itertools import islice, product

from sqlalchemy.orm import Session

from db.fts import holds_folded_words, holds_typed_words, is_name_word
from desktop_app.core.search.expansion import near_forms
from desktop_app.core.search.folding import fold
from desktop_app.core.search.fts5_rendering import (
    fts5_excluded,
    fts5_match,
    fts5_string,
    prefix_words,
    term_words,
)
from desktop_app.core.search.fuzzy import markless_forms
from desktop_app.core.search.inflection import base_forms
from desktop_app.core.search.loosening import without_last_word
from desktop_app.core.search.prefix_folding import fold_prefix, place_prefixes
from desktop_app.core.search.query import SearchQuery, Term
from desktop_app.core.search.query_notes import NoteCode, QueryNote
from desktop_app.core.search.snippets import typed_words
from desktop_app.core.search.word_completion import is_too_short_to_complete, typed_last
from desktop_app.core.search.word_forms import (
    MIN_STEM_LETTERS,
    is_taken_as_name,
    stem_prefixes,
    whole_forms,
)

_EXACT_COLUMNS = ("title", "body")
_FOLDED_COLUMNS = ("folded", "names")
_EXACT = "{title body}"
_FOLDED = "{folded names}"
_PROSE = "folded"
_NAMES = "names"


class Match(StrEnum):
    """How a hit matched the query's words, from the strongest."""

    EXACT = "exact"
    FOLDED = "folded"
    PREFIX = "prefix"  # a word beginning with a word typed with * or still being typed
    FUZZY = "fuzzy"
    FORMS = "forms"  # another form of a prose word: a word beginning with its stem
    FILTER = "filter"  # the query had no words, only filters


def too_short_notes(query: SearchQuery) -> tuple[QueryNote, ...]:
    """Notes on the words of query typed with a * before too few letters, and on its last
    word if it is being typed and too short to be completed (see ``_prefix_way``): when
    nothing is found, they may be why."""
    found = [
        QueryNote(NoteCode.TOO_SHORT, term.text)
        for group in query.required
        for term in group.terms
        if term.is_prefix and not prefix_words(term, folded=True)
    ]
    typed = typed_last(query)
    if typed is not None and is_too_short_to_complete(typed):
        found.append(QueryNote(NoteCode.TOO_SHORT, typed.text))
    return tuple(found)


@dataclass
class TierPlan:
    """The MATCH expressions of one query, tier by tier, and what snippets mark."""

    # Cumulative (each tier's expression also matches what the tiers before it match); a tier
    # that would add nothing to the one before it is left out.
    tiers: list[tuple[Match, str]] = field(default_factory=list)
    excluded: str = ""
    plain: set[str] = field(default_factory=set)
    folded: set[str] = field(default_factory=set)
    prefixes: set[str] = field(default_factory=set)
    # Complete the last word being typed even if the vault holds it as a whole word; and
    # whether it was not completed only because the vault holds it.
    completes_held: bool = False
    kept_whole: bool = False
    # Query words, as typed, that the forms tier also looks for in their other forms.
    stemmed: list[str] = field(default_factory=list)
    # Patronymics, as typed, that the tiers from without_patronymic_from on do not require
    # (``patronymic_groups``).
    patronymics: tuple[str, ...] = ()
    without_patronymic_from: int = 0
    # Per required group, its expression in each tier after exact (see ``_LOOSER``).
    group_ways: list[tuple[str, ...]] = field(default_factory=list)


@dataclass(frozen=True)
class _Ways:
    """The FTS5 expressions of one term, by tier ('' where a tier adds nothing)."""

    exact: str
    folded: str
    prefix: str
    fuzzy: str
    forms: str

    def up_to(self, match: Match) -> tuple[str, ...]:
        """The expressions of the tiers from exact to match."""
        ways = (self.exact, self.folded, self.prefix, self.fuzzy, self.forms)
        return ways[: _LOOSER.index(match) + 2]


# The tiers after exact, from the strongest: each adds one way to look for a word.
_LOOSER = (Match.FOLDED, Match.PREFIX, Match.FUZZY, Match.FORMS)


def _any(alternatives: Sequence[str]) -> str:
    found = list(dict.fromkeys(a for a in alternatives if a))
    if len(found) < 2:
        return found[0] if found else ""
    return "(" + " OR ".join(found) + ")"


def _in(columns: str, words: Sequence[str]) -> str:
    return f"{columns} : {_any([fts5_string([w]) for w in words])}" if words else ""


def _is_unfinished(session: Session, term: Term, folded: list[str], plan: TierPlan) -> bool:
    """True if a word being typed is to be completed: long enough for its completions to be
    few, and no whole word the vault holds, folded or as written (a case reference is only
    written). A whole word is taken as meant (Askarov does not find Askarova: she is another
    person) unless it is typed with a * (Askarov*), or the plan completes held words (the
    query found nothing with the whole word)."""
    if is_too_short_to_complete(term):
        return False
    if plan.completes_held:
        return True
    plan.kept_whole = holds_folded_words(session, folded) or holds_typed_words(
        session, term_words(term)
    )
    return not plan.kept_whole


def _prefix_way(
    session: Session, term: Term, folded: list[str], is_typing: bool, plan: TierPlan
) -> str:
    """The prefix expression of a term typed with a *, or of the query's last word if it is
    still being typed (is_typing); '' if there is none."""
    if not (term.is_prefix or is_typing):
        return ""
    words, typed = prefix_words(term, folded=True), prefix_words(term)
    if not (words or typed) or not (term.is_prefix or _is_unfinished(session, term, folded, plan)):
        return ""
    ways: list[str] = []
    if words:
        *before, last = words
        beginnings = (last, *place_prefixes(last))  # Tosh: Toshkent is indexed as tashkent
        plan.prefixes.update(beginnings)
        ways = [f"{_FOLDED} : {fts5_string([*before, b])} *" for b in beginnings]
    # As written too: a case reference is not folded (UZ-2026-00 completes to UZ-2026-0001).
    return _any([*ways, f"{_EXACT} : {fts5_string(typed)} *" if typed else ""])


def _is_held_name(session: Session, folded: str) -> bool:
    """True if the vault holds a folded word, or a word it may be a case form of, as a name or
    a place: inflection and the fuzzy tier read those (андижане), not stemming."""
    return is_name_word(session, folded) or any(
        is_name_word(session, base.word) for base in base_forms(folded)
    )


def _forms_way(
    session: Session,
    term: Term,
    exact: list[str],
    folded: list[str],
    plan: TierPlan,
    *,
    is_first: bool = False,
) -> str:
    """The expression of the other forms of a prose word (``word_forms``); '' for a phrase, a
    word with a *, a name (held, or typed as one), or a word that is not stemmed."""
    if term.is_phrase or term.is_prefix or len(exact) != 1 or len(folded) != 1:
        return ""
    if is_taken_as_name(term.text, is_first=is_first):
        return ""
    prefixes = stem_prefixes(exact[0])
    # A stem may be a name too: аскарова stems to аскаров, whom Askarova is not.
    if not prefixes or any(_is_held_name(session, w) for w in (folded[0], *map(fold, prefixes))):
        return ""
    plan.stemmed.append(exact[0])
    for prefix in prefixes:
        # Snippets mark words by folded beginnings, as they mark completions.
        beginning = fold_prefix(prefix)
        if beginning and len(beginning[-1]) >= MIN_STEM_LETTERS:
            plan.prefixes.add(beginning[-1])
    # A whole word that is a name the vault holds is that person (Арестов), not a noun's form.
    whole = [form for form in whole_forms(exact[0]) if not is_name_word(session, fold(form))]
    plan.folded.update(fold(form) for form in whole)
    return _any(
        [
            *(f"{_EXACT} : {fts5_string([prefix])} *" for prefix in prefixes),
            _in(_EXACT, whole),
        ]
    )


_MAX_PHRASE_SPELLINGS = 8


def _markless_phrases(folded: list[str]) -> list[str]:
    """A folded phrase with an o of its words read as an oʻ typed without its mark, as each
    word alone is read in the fuzzy tier (tintuv otkazildi: tintuv utkazildi), a few at most."""
    spellings = [(word, *markless_forms(word)) for word in folded]
    if all(len(options) == 1 for options in spellings):
        return []
    phrases = islice(product(*spellings), 1, _MAX_PHRASE_SPELLINGS + 1)
    return [" ".join(phrase) for phrase in phrases]


def _term_ways(
    session: Session,
    term: Term,
    plan: TierPlan,
    *,
    is_typing: bool = False,
    is_first: bool = False,
    is_with_others: bool = False,
) -> _Ways:
    """The FTS5 expressions of one term, tier by tier; is_typing for the query's last word,
    is_first for its first, is_with_others when other words are required beside it."""
    exact, folded = term_words(term), term_words(term, folded=True)
    plan.plain.update(typed_words(term.text))
    plan.folded.update(folded)
    exact_way = f"{_EXACT} : {fts5_string(exact)}"
    folded_way = f"{_FOLDED} : {fts5_string(folded)}" if folded else ""
    prefix_way = _prefix_way(session, term, folded, is_typing, plan)
    fuzzy_way = ""
    if len(folded) == 1 and not term.is_phrase:
        near = near_forms(session, folded[0], term.text)
        # The other gender's surname only beside a given name (Rakhimov Dilnoza): a surname
        # alone still finds only its own gender (Askarova is another person).
        family = near.in_names if is_with_others else ()
        plan.folded.update(near.anywhere + near.in_prose + family)
        fuzzy_way = _any(
            [_in(_FOLDED, near.anywhere), _in(_PROSE, near.in_prose), _in(_NAMES, family)]
        )
    elif term.is_phrase:
        phrases = _markless_phrases(folded)
        plan.folded.update(word for phrase in phrases for word in phrase.split())
        fuzzy_way = _any([f"{_FOLDED} : {fts5_string([phrase])}" for phrase in phrases])
    forms_way = _forms_way(session, term, exact, folded, plan, is_first=is_first)
    return _Ways(exact_way, folded_way, prefix_way, fuzzy_way, forms_way)


def _plan(session: Session, query: SearchQuery, *, completes_held: bool = False) -> TierPlan:
    plan = TierPlan(completes_held=completes_held)
    # An excluded word is excluded as typed and folded (-Kyrgyz also drops Кыргыз) and in
    # the other forms the same word would find (-адвокат drops адвоката), never fuzzily:
    # that would drop records for words that only look alike. Set before anything else: a
    # query of filters and exclusions alone (-Andijan country:UZ) needs it too.
    scratch = TierPlan()
    plan.excluded = _any(
        [
            fts5_excluded(query, columns=_EXACT_COLUMNS) or "",
            fts5_excluded(query, folded=True, columns=_FOLDED_COLUMNS) or "",
            *(
                _forms_way(session, term, term_words(term), term_words(term, folded=True), scratch)
                for term in query.excluded
            ),
        ]
    )
    exact = fts5_match(replace(query, excluded=()), columns=_EXACT_COLUMNS)
    if exact is None:
        return plan
    last_group = len(query.required) - 1
    first = query.required[0].terms[0] if query.required else None
    is_with_others = len(query.required) > 1
    for number, group in enumerate(query.required):
        typed = group.terms[-1] if query.ends_in_word and number == last_group else None
        ways = [
            _term_ways(
                session,
                term,
                plan,
                is_typing=term is typed,
                is_first=term is first,
                is_with_others=is_with_others,
            )
            for term in group.terms
        ]
        plan.group_ways.append(
            tuple(_any([w for way in ways for w in way.up_to(match)]) for match in _LOOSER)
        )
    plan.tiers = _tiers(exact, plan.group_ways)
    return plan


def _tiers(exact: str, group_ways: Sequence[tuple[str, ...]]) -> list[tuple[Match, str]]:
    """The tiers of the required groups' ways, but those that add nothing to the one before."""
    tiers = [(Match.EXACT, exact)]
    for number, match in enumerate(_LOOSER):
        expression = " AND ".join(ways[number] for ways in group_ways)
        if expression != tiers[-1][1]:
            tiers.append((match, expression))
    return tiers


def plan_without(plan: TierPlan, query: SearchQuery, kept: SearchQuery) -> TierPlan:
    """The plan of kept, which is query without some of its required groups (the very same
    objects), made from the ways plan found for the groups kept: nothing is looked up again."""
    exact = fts5_match(replace(kept, excluded=()), columns=_EXACT_COLUMNS)
    ways = [
        group_ways
        for group, group_ways in zip(query.required, plan.group_ways, strict=True)
        if any(group is k for k in kept.required)
    ]
    if exact is None or not ways:
        return TierPlan(excluded=plan.excluded)
    return replace(plan, tiers=_tiers(exact, ways), group_ways=ways)


def _followed_by(first: TierPlan, then: TierPlan) -> TierPlan:
    """A plan listing what first matches, then what then matches besides."""
    everything_first = first.tiers[-1][1]
    return TierPlan(
        tiers=first.tiers + [(m, f"({e}) NOT ({everything_first})") for m, e in then.tiers],
        excluded=first.excluded,
        plain=first.plain | then.plain,
        folded=first.folded | then.folded,
        prefixes=first.prefixes | then.prefixes,
        completes_held=first.completes_held,
        kept_whole=first.kept_whole or then.kept_whole,
        stemmed=first.stemmed + [word for word in then.stemmed if word not in first.stemmed],
    )


@dataclass(frozen=True)
class QueryReading:
    """How a query is searched: its plan, the query whose too-short words may explain finding
    nothing, and notes on words the plan does not require."""

    plan: TierPlan
    query: SearchQuery
    notes: tuple[QueryNote, ...] = ()


def read_query(
    session: Session, query: SearchQuery, *, completes_held: bool = False
) -> QueryReading:
    """The plan of a query. If its last word is being typed and too short to be completed
    (Timur B), the records the words before it find follow those holding it as a whole word,
    with a note: the list does not empty at each new word."""
    plan = _plan(session, query, completes_held=completes_held)
    typed = typed_last(query)
    shorter = without_last_word(query)
    if typed is None or shorter is None or not is_too_short_to_complete(typed):
        return QueryReading(plan, query)
    then = _plan(session, shorter, completes_held=completes_held)
    if not (plan.tiers and then.tiers):
        return QueryReading(plan, query)
    note = QueryNote(NoteCode.NOT_YET_USED, typed.text)
    return QueryReading(_followed_by(plan, then), shorter, (note,))
