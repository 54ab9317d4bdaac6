"""Finding a person by name for the pickers (a testimony's witness, a person added to a case,
an event's victims), as the user types: in any script or spelling, the way search reads names,
ranked so that the person typed comes first.
"""

from __future__ import annotations

import functools
import heapq
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any
from uuid import UUID

from sqlalchemy import ColumnElement, Label, Select, column, func, or_, select, text
from sqlalchemy.orm import InstrumentedAttribute, Session

from db.fts import FTS_TABLE
from db.models import Person
from db.search_tables import SearchDocument, SearchText
from desktop_app.core.id_batches import as_one_parameter
from desktop_app.core.search.expansion import near_forms
from desktop_app.core.search.folding import WordFolder, drop_invisible, fold_tokens
from desktop_app.core.search.fts5_rendering import fts5_string
from desktop_app.core.search.fuzzy import markless_forms
from desktop_app.core.search.match_tiers import Match
from desktop_app.core.search.prefix_folding import fold_prefix
from desktop_app.core.search.word_completion import MIN_TYPED_PREFIX


def persons_named(session: Session, text: str, limit: int = 20) -> list[tuple[UUID, str]]:
    """Live people for pickers whose name or other names (as search indexes them, in any
    script or spelling) hold text's words, best first, as search ranks: the name as written,
    then folded (Гулнора for Gulnora, Oʻtkirbek for O'tkirbek), then names beginning with the
    words or holding text (Shamsut finds Shamsutdinova; a pseudonym too), then what search's
    fuzzy layer reads a word as (Gulnara, Karimva; Otkir for Oʻtkir). Within each tier a
    person one of whose names is text (see ``_Closeness``) comes first, then the names with
    the fewest words besides text's, then by name; the first limit of that order are kept."""
    index = _NameIndex(session)
    words = [_TypedWord(index, chunk) for chunk in drop_invisible(text).split()]
    words = [word for word in words if word.written]
    contains = f"%{text.strip()}%"
    is_text = _NameIs(text)
    extra = _extra_words(len(drop_invisible(text).split()))
    found: dict[UUID, str] = {}
    matched: set[int] = set()  # index rows the stronger tiers matched
    for tier in (Match.EXACT, Match.FOLDED, Match.PREFIX, Match.FUZZY):
        if len(found) >= limit:
            break
        ways = []
        if words:
            rowids = index.matching_all([word.ways(tier) for word in words])
            if rowids - matched:
                ways.append(Person.id.in_(_records_of(rowids - matched)))
            matched = rowids
        if tier is Match.PREFIX and text.strip():
            ways += [Person.name.like(contains), Person.pseudonym.like(contains)]
        if not ways:
            continue
        # Ranked before the cut: ordered by name alone, twenty people holding the words of a
        # name (Aaa Rustam Karimov) hid the person of that name.
        query = select(Person.id, Person.name, Person.other_names, extra).where(
            or_(*ways), Person.is_deleted.is_(False), Person.id.not_in(list(found))
        )
        if tier in (Match.EXACT, Match.FOLDED):  # whole words: few people
            rows = heapq.nsmallest(
                limit - len(found),
                session.connection().execute(query),
                key=lambda row: (
                    is_text.rank(row.name, row.other_names),
                    row.extra,
                    row.name,
                    row.id,
                ),
            )
        else:  # a first letter begins most names; but none of them is the text (see _NameIs)
            order = (extra, Person.name, Person.id)
            rows = list(
                session.connection().execute(query.order_by(*order).limit(limit - len(found)))
            )
        found.update((row.id, row.name) for row in rows)
    return list(found.items())


def _extra_words(typed: int) -> Label[int]:
    """How many words the name or other name nearest in length to typed words has besides
    them (or lacks), words being what single spaces part."""

    def words(name: ColumnElement[str] | InstrumentedAttribute[str]) -> ColumnElement[int]:
        trimmed = func.trim(name)
        return func.length(trimmed) - func.length(func.replace(trimmed, " ", "")) + 1

    others = (
        select(func.min(func.abs(words(column("value")) - typed)))
        .select_from(func.json_each(Person.other_names))
        .scalar_subquery()
    )
    return func.min(func.abs(words(Person.name) - typed), func.coalesce(others, typed)).label(
        "extra"
    )


class _NameIs:
    """Whether one of a person's names is the text typed in a picker. A name that is the
    text holds its words, as written or folded: the exact or folded tier lists the person."""

    def __init__(self, typed: str) -> None:
        typed = drop_invisible(typed)
        self._folder = WordFolder()  # for one look-up: case text lives no longer than it
        self._written = sorted(_WORD.findall(typed))
        self._folded = sorted(self._folder.tokens(typed))

    def rank(self, name: str, other_names: Sequence[str]) -> int:
        """0 if a name is the text as written (its words in any order), 1 folded, else 2."""
        names = [drop_invisible(each) for each in (name, *other_names)]
        if any(sorted(_WORD.findall(each)) == self._written for each in names):
            return 0
        if any(sorted(self._folder.tokens(each)) == self._folded for each in names):
            return 1
        return 2


class _NameIndex:
    """The search index as a picker reads it, each FTS5 expression once per lookup: the
    tiers repeat the expressions of the stronger ones."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self._rowids: dict[str, set[int]] = {}
        self._names: dict[int, _IndexedNames | None] = {}

    def matching_all(self, words: Sequence[Sequence[_Way]]) -> set[int]:
        """Rowids of the index rows where each word matches one of its ways. A broad way
        (see ``_Way.is_broad``) is not looked up in the index but checked on the names of the
        rows the other words matched; only if every word has one is the first word looked up
        whole."""
        narrow = [ways for ways in words if not any(way.is_broad for way in ways)]
        broad = [ways for ways in words if any(way.is_broad for way in ways)]
        if not narrow:  # the one begun with the most letters matches the fewest rows
            broad.sort(key=lambda ways: -max(len(way.words[-1]) for way in ways if way.is_broad))
            narrow, broad = broad[:1], broad[1:]
        rowids = set.intersection(*(self.matching(ways) for ways in narrow))
        for ways in broad:
            found = rowids & self.matching([way for way in ways if not way.is_broad])
            names = self._names_of(rowids - found)
            begun = [way for way in ways if way.is_broad]
            rowids = found | {
                rowid
                for rowid, held in names.items()
                if held is not None and any(held.hold(way) for way in begun)
            }
        return rowids

    def matching(self, ways: Iterable[_Way]) -> set[int]:
        """Rowids of the index rows that match any of the ways."""
        found: set[int] = set()
        for way in ways:
            expression = way.expression
            if expression not in self._rowids:
                rows = self.session.connection().execute(_MATCHING_ROWIDS, {"match": expression})
                self._rowids[expression] = {rowid for (rowid,) in rows}
            found |= self._rowids[expression]
        return found

    def _names_of(self, rowids: set[int]) -> dict[int, _IndexedNames | None]:
        # None for a row that is no person's (a case's title, an event's place).
        new = rowids - self._names.keys()
        self._names.update(dict.fromkeys(new))
        if new:
            # The index's own text of the row, not the person's names folded again: folding
            # 4,800 people's names took 60 ms of "A K"'s 270.
            query = (
                select(SearchText.rowid, SearchText.title, SearchText.names)
                .join(SearchDocument, SearchDocument.rowid == SearchText.rowid)
                .where(SearchText.rowid.in_(_listed(new)), SearchDocument.record_kind == "person")
            )
            for rowid, title, names in self.session.connection().execute(query):
                self._names[rowid] = _IndexedNames(_fts5_words(title), _fts5_words(names))
        return {rowid: self._names[rowid] for rowid in rowids}


_MATCHING_ROWIDS = text(f"SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH :match")
_WORD = re.compile(r"[^\W_]+")  # where FTS5's unicode61 tokenizer splits words


@dataclass(frozen=True)
class _Way:
    """One FTS5 expression by which a typed word matches a name: a phrase of words in one
    column of the index, the last word maybe only begun."""

    column: str  # "title": the name as written; "names": every name folded
    words: tuple[str, ...]
    is_begun: bool = False

    @property
    def expression(self) -> str:
        """The FTS5 expression."""
        return f"{self.column} : {fts5_string(self.words)}" + (" *" if self.is_begun else "")

    @functools.cached_property
    def fts5_words(self) -> tuple[str, ...]:
        """Its words as FTS5 reads them."""
        return _fts5_words(" ".join(self.words))

    @property
    def is_broad(self) -> bool:
        """Whether its last word is begun with one letter: FTS5 then reads every index term
        beginning with it, the words of 100,000 narratives too (K, the last letter of
        "Akmal K", took 170 ms in the index and 100 ms more as written; Ka 15-30 ms)."""
        return self.is_begun and len(self.words[-1]) < _NARROW_BEGINNING


# Letters a begun word needs to be looked up in the index; fewer are checked on the names of
# the people the other words matched (20-40 ms for 650 of them), as Ka would cost more so.
_NARROW_BEGINNING = 2


@dataclass(frozen=True)
class _IndexedNames:
    """A person's words as the index holds them (``search.index.indexed_text``), for checking
    a broad way in Python."""

    title: tuple[str, ...]  # the name as written, as FTS5 reads it
    names: tuple[str, ...]  # every name folded

    def hold(self, way: _Way) -> bool:
        """Whether FTS5 would match the way on these words."""
        held = self.title if way.column == "title" else self.names
        *whole, last = way.fts5_words
        if not whole:  # one letter typed, the usual broad way
            return any(word.startswith(last) for word in held)
        for start in range(len(held) - len(whole)):
            end = start + len(whole)
            if list(held[start:end]) == whole and (
                held[end].startswith(last) if way.is_begun else held[end] == last
            ):
                return True
        return False


def _fts5_words(text: str) -> tuple[str, ...]:
    return tuple(_WORD.findall(text.translate(_FTS5_LETTERS)))


class _Fts5Letters(dict[int, str]):
    """Each letter as FTS5's unicode61 tokenizer with remove_diacritics 2 reads it: in lower
    case, a Latin letter without its marks (é is e), a combining mark dropped; a Cyrillic
    letter keeps its own (й, ё stay). Only a few rare letters (ǡ, ſ) are read otherwise."""

    def __missing__(self, code: int) -> str:
        letter = chr(code)
        lowered = letter.lower()
        if letter < "\u0250" or "\u1e00" <= letter <= "\u1eff":
            lowered = unicodedata.normalize("NFD", lowered)
        self[code] = "".join(each for each in lowered if not unicodedata.combining(each))
        return self[code]


_FTS5_LETTERS = _Fts5Letters()


def _records_of(rowids: set[int]) -> Select[Any]:
    return select(SearchDocument.record_id).where(SearchDocument.rowid.in_(_listed(rowids)))


def _listed(rowids: set[int]) -> Select[Any]:
    # One parameter however many rows a short word completes to.
    return select(as_one_parameter(rowids).c.value)


class _TypedWord:
    """The FTS5 expressions by which one word typed in a picker matches a person's names:
    search's folding, completion of a word being typed and fuzzy layer, on names only (the
    name as written is the index's title column, all names folded its names column)."""

    def __init__(self, index: _NameIndex, typed: str) -> None:
        self._index = index
        self.written = _WORD.findall(typed)
        self._folded = fold_tokens(typed)
        self._prefix = fold_prefix(typed)  # Shamsut → shamsu, as Shamsutdinov → shamsudinov
        # Search does not complete a word folded to fewer than MIN_TYPED_PREFIX letters (zzzz
        # → z); the picker completes from the first letter, but not a word its folding cut
        # below both (zzzz would offer every Z name: Zarina, Zulfiya).
        letters = len(self.written[-1]) if self.written else 0
        self._completes = not self._prefix or len(self._prefix[-1]) >= min(
            letters, MIN_TYPED_PREFIX
        )

    def ways(self, tier: Match) -> list[_Way]:
        """The ways of this tier and the stronger ones: a person is listed in the first tier
        where every typed word matches one of them."""
        written = tuple(self.written)
        ways = [_Way("title", written)]
        if tier is not Match.EXACT:
            ways.append(_Way("names", tuple(self._folded)))
        if tier in (Match.PREFIX, Match.FUZZY):
            if not self._completes:  # only names written beginning with it
                ways.append(_Way("title", written, is_begun=True))
            elif self._prefix:  # it begins the folded word too
                ways.append(_Way("names", self._prefix, is_begun=True))
            else:  # K may begin Kh (folded h) or Ka: the letters as folded and as written
                ways += [
                    _Way("names", tuple(self._folded), is_begun=True),
                    _Way("title", written, is_begun=True),
                ]
        if tier is Match.FUZZY and self._completes:
            ways += [_Way("names", (near,)) for near in self._near_names()]
            ways += [
                _Way("names", (*self._prefix[:-1], markless), is_begun=True)
                for markless in self._markless_beginnings()
            ]
        return [way for way in ways if way.words]

    def _near_names(self) -> tuple[str, ...]:
        if len(self._folded) != 1:
            return ()
        typed = self.written[0] if len(self.written) == 1 else ""  # Бахтиер finds Бахтиёр
        return near_forms(self._index.session, self._folded[0], typed).anywhere

    def _markless_beginnings(self) -> tuple[str, ...]:
        # A word with an o read as an oʻ typed without its mark, also while being typed (Otkir
        # begins Oʻtkirbek, folded utkirbek). Search does so only for a word no name holds;
        # a picker lists Oʻktam below Oktam, whom the stronger tiers list first.
        return markless_forms(self._prefix[-1]) if self._prefix else ()
