"""The list filters' reading of names and titles in any script or spelling, as search reads them.

A list's filter box finds what its LIKE finds (a reference, part of a word, as written) and
also what this module finds: records whose names or title hold every typed word, each folded
as the search index folds it (``search.folding``) and matched as the beginning of a word. So
G'ayrat (the ASCII apostrophe most people type), Ғайрат, gayrat and Orinboev (oʻ typed
without its mark) find Gʻayrat Oʻrinboyev on People, and his case on Cases.

People are matched on the index's ``names`` column (their name and other names folded), in
SQL; a word folded to one letter ("Gayrat K") would make FTS5 read every index term beginning
with it, narratives and all, so it is checked on the name words of the people the other words
found. Case titles have no column of their own in the index: they are folded here. A title is
text, not a name, and names people in any grammatical case ("Дело Гулноры Шамсутдиновой"), so
a typed word also finds its Russian and Uzbek inflected forms there, whole, as Search looks
for a name in prose (``search.inflection``). A filter of one-letter words alone (A, "A K") is
left to LIKE, which matches most rows anyway.

A typed word is also read in the spellings Search makes of it without looking names up
(``_spellings``): German and French readings (Schuchrat: Shuhrat), Uzbek o and h for Russian a
and g (Kurbanova: Qurbonova), a Latin ie as the iyo of иё (Makhlie: Mahliyo), and a typed oʻ
or ў as the о Russian writes for it in some names (Xoʻjayev: Ходжаев, as Ходжаев finds
Xoʻjayev with o read as a mark-less oʻ). A list of names (People, and Testimonies by witness)
also looks up what Search's fuzzy tier finds among the vault's names (``search.expansion``):
spelling variants (Yoʻldosh: Юлдаш), typos (Yuldahseva: Yuldasheva) and the name an
inflected word is a form of; each is begun, as a typed word is. A quoted phrase is read as
typed, its words in a row (``filter_words``).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property
from typing import Any

from sqlalchemy import ColumnElement, Select, column, false, literal, or_, select, table
from sqlalchemy.orm import Session

from db.fts import FTS_TABLE
from db.models import Case
from db.search_tables import SearchDocument, SearchText
from desktop_app.core.filter_words import FilterPart
from desktop_app.core.id_batches import as_one_parameter
from desktop_app.core.search.expansion import near_forms
from desktop_app.core.search.folding import (
    APOSTROPHES,
    WordFolder,
    drop_invisible,
    fold_tokens,
    yo_readings,
)
from desktop_app.core.search.fts5_rendering import fts5_string
from desktop_app.core.search.fuzzy import markless_forms, prose_spellings, readings
from desktop_app.core.search.inflection import inflected_forms
from desktop_app.core.search.prefix_folding import fold_prefix

_FTS = table(FTS_TABLE, column("rowid"), column(FTS_TABLE))
# Letters a begun word needs before FTS5 is asked for the words it begins (see the docstring).
_NARROW_BEGINNING = 2
# An Uzbek oʻ (ў), with any mark typed for its ʻ: folding reads it as the у Russian mostly
# writes for it (Юлдашев), but some names keep an о (Ходжаев, Хўжаев, Xoʻjayev).
_MARKED_O = re.compile(f"o[{APOSTROPHES}']|ў")


@dataclass(frozen=True)
class _Way:
    """One reading of a typed word: folded words in a row, the last maybe only begun."""

    words: tuple[str, ...]
    is_begun: bool

    @property
    def is_broad(self) -> bool:
        """Whether it is begun with fewer letters than FTS5 is asked for."""
        return self.is_begun and len(self.words[-1]) < _NARROW_BEGINNING

    @property
    def expression(self) -> str:
        """The FTS5 expression matching it in the index's column of folded names."""
        return f"names : {fts5_string(self.words)}" + (" *" if self.is_begun else "")

    def is_held_by(self, tokens: Sequence[str]) -> bool:
        """Whether folded text of these tokens holds it, as FTS5 would match it."""
        *whole, last = self.words
        for start in range(len(tokens) - len(whole)):
            end = start + len(whole)
            if list(tokens[start:end]) == whole and (
                tokens[end].startswith(last) if self.is_begun else tokens[end] == last
            ):
                return True
        return False


@dataclass(frozen=True)
class _TypedWord:
    """The ways one typed word may be held: begun as it folds, whole as it folds (a place
    the place table unifies: Andijon is andijan), with o read as an unmarked oʻ, and begun
    in its other spellings (``_spellings``)."""

    ways: tuple[_Way, ...]

    @property
    def is_broad(self) -> bool:
        """Whether a way of it begins with fewer letters than FTS5 is asked for."""
        return any(way.is_broad for way in self.ways)

    def is_held_by(self, tokens: Sequence[str]) -> bool:
        """Whether these folded tokens hold one of its ways."""
        return any(
            token in self._wholes or token.startswith(self._beginnings) for token in tokens
        ) or any(way.is_held_by(tokens) for way in self._phrases)

    # Every case title is checked against every way: one-word ways are looked up at once.
    @cached_property
    def _beginnings(self) -> tuple[str, ...]:
        return tuple(way.words[0] for way in self.ways if len(way.words) == 1 and way.is_begun)

    @cached_property
    def _wholes(self) -> frozenset[str]:
        return frozenset(way.words[0] for way in self.ways if len(way.words) == 1)

    @cached_property
    def _phrases(self) -> tuple[_Way, ...]:
        return tuple(way for way in self.ways if len(way.words) > 1)


def _typed_words(parts: Sequence[FilterPart], session: Session | None = None) -> list[_TypedWord]:
    """The typed words of parts and their ways; with a session, also the vault's names each
    word may be a spelling or typo of (``_held_ways``)."""
    found = []
    for part in parts:
        text = drop_invisible(part.text)
        for typed in [text] if part.is_phrase else text.split():
            ways = _ways(typed, is_phrase=part.is_phrase)
            if ways and session is not None and not part.is_phrase:
                ways |= _held_ways(session, typed)
            if ways:  # a word of no letter or digit (a dash) is in no name
                found.append(_TypedWord(tuple(sorted(ways, key=_way_order))))
    return found


def _way_order(way: _Way) -> tuple[tuple[str, ...], bool]:
    return way.words, way.is_begun


def _ways(typed: str, *, is_phrase: bool) -> set[_Way]:
    begun, whole = fold_prefix(typed), tuple(fold_tokens(typed))
    ways = {_Way(whole, is_begun=False)} if whole else set()
    if begun:
        ways.add(_Way(begun, is_begun=True))
        ways.update(_Way((*begun[:-1], form), True) for form in markless_forms(begun[-1]))
    elif whole:  # the next letter may change the last (K may begin Kh, folded h; Y Yu)
        ways.add(_Way(whole, is_begun=True))
        if typed.isascii() and typed.isalnum():
            ways.add(_Way((typed.casefold(),), is_begun=True))
    if len(whole) == 1 and not is_phrase:  # a phrase is read as typed, as Search reads it
        ways.update(_Way((form,), is_begun=True) for form in _spellings(typed, whole[0]))
    return ways


def _spellings(typed: str, word: str) -> set[str]:
    """Other spellings of a typed word folded to word that Search makes without reading the
    vault's names: German and French readings, o/a and h/g swapped, ie read as iyo, and a
    typed oʻ read as o."""
    found = {reading for reading, _ in readings(word)}
    found.update(prose_spellings(word), yo_readings(typed), _marks_as_o(typed))
    return {form for form in found if form != word and " " not in form}


def _marks_as_o(typed: str) -> set[str]:
    """The folded word with each typed oʻ (ў), and all of them, read as a plain o: the converse
    of ``markless_forms``, which the filter reads every o with, so that Xoʻjayev finds
    Ходжаев as Ходжаев finds Xoʻjayev."""
    lowered = unicodedata.normalize("NFC", typed).casefold()  # ў typed as у + breve
    marks = list(_MARKED_O.finditer(lowered))
    respelt = {_MARKED_O.sub("o", lowered)} if marks else set()
    respelt.update(lowered[: m.start()] + "o" + lowered[m.end() :] for m in marks)
    return {" ".join(fold_tokens(text)) for text in respelt}


def _held_ways(session: Session, typed: str) -> set[_Way]:
    """Begun ways of the vault's names a typed word is, as Search's fuzzy tier reads it, a
    spelling variant or typo of, or the base of (``expansion.near_forms``)."""
    whole = fold_tokens(typed)
    if len(whole) != 1:
        return set()
    return {_Way((name,), is_begun=True) for name in near_forms(session, whole[0], typed).anywhere}


def _with_inflections(word: _TypedWord) -> _TypedWord:
    """The word with the inflected forms of its one-word ways added as whole words: Гулнора
    (or Gulnora) also finds Гулноры, as Search finds it in prose. Not for people's names,
    which are never written in another case."""
    forms = {
        _Way((form,), is_begun=False)
        for way in word.ways
        if len(way.words) == 1
        for form in inflected_forms(way.words[0])
    }
    return _TypedWord(tuple(sorted(forms.union(word.ways), key=_way_order)))


def _names_holding(words: Sequence[_TypedWord]) -> Select[Any]:
    """Index rows whose folded names hold every word."""
    expression = " AND ".join(
        "(" + " OR ".join(way.expression for way in word.ways) + ")" for word in words
    )
    return select(_FTS.c.rowid).where(_FTS.c[FTS_TABLE].match(expression))


def people_named(session: Session, parts: str | Sequence[FilterPart]) -> Select[Any] | None:
    """The ids of the live people one of whose names (name or other names) holds the
    beginning of every word of the parts (of a text: its words), in any script or spelling,
    or a name of the vault Search reads it as; None if no word is narrow enough to look up
    (see the module's docstring)."""
    words = _typed_words([FilterPart(parts)] if isinstance(parts, str) else parts, session)
    narrow = [word for word in words if not word.is_broad]
    if not narrow:
        return None
    query = select(SearchDocument.record_id).where(
        SearchDocument.record_kind == "person",
        SearchDocument.rowid.in_(_names_holding(narrow)),
    )
    broad = [word for word in words if word.is_broad]
    if broad:
        # The folded name words the index lists for the row (three letters or more), each
        # begun with the letter; enough for a word that is one letter as typed.
        held = literal(" ") + SearchText.names
        query = query.join(SearchText, SearchText.rowid == SearchDocument.rowid).where(
            *(_any_begins(held, word) for word in broad)
        )
    return query


def _any_begins(held: ColumnElement[str], word: _TypedWord) -> ColumnElement[bool]:
    return or_(
        false(),
        *(held.like(f"% {way.words[-1]}%") for way in word.ways if way.is_begun and way.is_broad),
    )


class CaseTitles:
    """The live cases' titles, folded once for all the parts of one filter."""

    def __init__(self, session: Session) -> None:
        self._session = session
        self._folded: list[tuple[str, list[str]]] | None = None

    def holding(self, parts: Sequence[FilterPart]) -> Select[Any] | None:
        """The ids of the live cases whose title holds the beginning of every word of the
        parts, in any script, spelling or grammatical case, bound as one parameter; None if
        no word is narrow enough."""
        words = [_with_inflections(word) for word in _typed_words(parts)]
        if all(word.is_broad for word in words):
            return None
        titled = [
            case_id
            for case_id, tokens in self._folded_titles()
            if all(word.is_held_by(tokens) for word in words)
        ]
        return select(as_one_parameter(titled).c.value)

    def _folded_titles(self) -> list[tuple[str, list[str]]]:
        # Every title folded here, 20 ms for 2,000 cases: the index has no column of case
        # titles alone, and its folded text (titles and summaries) holds the names of 100,000
        # narratives, whose lists FTS5 read for 330 ms before the cases among them were kept.
        if self._folded is None:
            folder = WordFolder()  # for one filter: case text lives no longer than it
            titles = self._session.execute(
                select(Case.id, Case.title).where(Case.is_deleted.is_(False))
            )
            self._folded = [(case_id.hex, folder.index_tokens(title)) for case_id, title in titles]
        return self._folded
