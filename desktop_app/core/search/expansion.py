"""The fuzzy tier of one query word: the other words it may stand for, and where to look.

For a folded query word, and for each word it may be an inflected form of
(``inflection.base_forms``: Ибрагимовым is Ибрагимов, Москве is Москва, Andijanda is Andijan):

* the vault's names it is a spelling of (``fuzzy.near_name_words``), or a typo of (for the
  query word itself, not for a word it may be a form of: that is a guess already);
* if it is no name the vault holds, itself with an o read as an oʻ typed without its mark
  (``fuzzy.markless_forms``: Otkir finds Oʻtkir, ogli finds oʻgʻli). A held name is taken as
  written: Osmanov never finds Usmanov;
* in prose, itself with a u that a text may have written as a mark-less o
  (``fuzzy.marked_forms``: Toʻxtayev finds "Toxtayev"), unless that spelling is a name the
  vault holds, and the spellings Uzbek and Russian give one name (``fuzzy.prose_spellings``:
  Ибрагимов finds "Ibrohimov"). Prose words are on no name list, so these are made, not
  looked up; they are what the same word found in prose would find as a query, so a name and
  its spellings in prose find each other both ways;
* in prose, the inflected forms of all of these names (``inflection.inflected_forms``);
* the word as typed with an е read as ё, which Russian text mostly writes е, and a Latin ie
  as the iyo of иё (``folding.yo_readings``: Бахтиер, Bakhtier find Бахтиёр), with the words
  that reading may be a case form of and their forms in prose, but no spellings of its own;
* in person names only, the other gender's form of the word and of the names it is a
  spelling of (``surname_genders``: Rahimov finds the person Rahimova, and she him).

Everything is looked for in person names and prose, except what ``NearForms.in_prose`` holds:
inflected forms, and the bases of forms that may be a woman's name (Аскарова is "of Askarov"
or Askarova herself), because a person's name is never in another case; though a form that is
a man's case or a woman's (Жаңабаеву) finds her name when the vault holds no name for him.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from db.fts import is_name_word
from desktop_app.core.search.folding import yo_readings
from desktop_app.core.search.fuzzy import (
    PHONETIC_LIMIT,
    is_fuzzy_candidate,
    marked_forms,
    markless_forms,
    near_name_words,
    prose_spellings,
    spelling_cost,
)
from desktop_app.core.search.inflection import Base, base_forms, inflected_forms
from desktop_app.core.search.surname_genders import other_gender_forms


@dataclass(frozen=True)
class NearForms:
    """Folded words a query word may stand for: in names and prose, in prose only, or in
    person names only."""

    anywhere: tuple[str, ...] = ()
    in_prose: tuple[str, ...] = ()
    in_names: tuple[str, ...] = ()

    @property
    def words(self) -> tuple[str, ...]:
        """All of them."""
        return self.anywhere + self.in_prose + self.in_names


def near_forms(session: Session, word: str, typed: str = "") -> NearForms:
    """The folded words a folded query word may stand for, besides itself (see above). typed,
    the word as the user typed it, adds what it reads as with an е taken for ё (see
    ``_add_yo_forms``: Бахтиер and Bakhtier find Бахтиёр)."""
    if not is_fuzzy_candidate(word):
        return NearForms()
    anywhere: set[str] = set()
    in_prose: set[str] = set()
    bases = (Base(word, is_name=True), *base_forms(word))
    # A base is a guess already: its typos would be guesses about a guess.
    held = {base.word: _held_names(session, base.word, typos=base.word == word) for base in bases}
    for base in bases:
        names = {base.word, *held[base.word]}
        if base.word not in held[base.word]:
            names.update(markless_forms(base.word))
        # Жаңабаеву is "to Жаңабаев" or Жаңабаева in the accusative: hers when he is no one.
        is_name = base.is_name or (base.rival in held and not held[base.rival])
        (anywhere if is_name else in_prose).update(names)
        in_prose.update(prose_spellings(base.word))
        in_prose.update(f for f in marked_forms(base.word) if not is_name_word(session, f))
        for name in names:
            in_prose.update(inflected_forms(name))
    if typed:
        _add_yo_forms(session, typed, anywhere, in_prose)
    # The family of the word as typed and of the names it is a spelling of, not of a guess
    # about a guess (a typo, a base, a mark-less reading): Karimovu is no Karimova's kin.
    spelt = [
        name for name in held[word] if spelling_cost(word, name, PHONETIC_LIMIT) <= PHONETIC_LIMIT
    ]
    in_names = {other for name in (word, *spelt) for other in other_gender_forms(name)}
    anywhere.discard(word)
    in_prose -= anywhere | {word}
    in_names -= anywhere | {word}
    return NearForms(tuple(sorted(anywhere)), tuple(sorted(in_prose)), tuple(sorted(in_names)))


def _held_names(session: Session, word: str, *, typos: bool) -> set[str]:
    """The vault's names a folded word is, or is a spelling of (a typo of too, with typos)."""
    names = set(near_name_words(session, word, typos=typos))
    if is_name_word(session, word):
        names.add(word)
    return names


def _add_yo_forms(session: Session, typed: str, anywhere: set[str], in_prose: set[str]) -> None:
    """Add the typed word read with an е as ё (``folding.yo_readings``), the words that
    reading may be a case form of, and their case forms in prose. The reading is taken as
    it is, without spellings or typos of its own: it is one guess, and costs no look-up but
    the vault's names for an ambiguous form (Бахтиеву: Бахтиёв or Бахтиёва)."""
    for reading in yo_readings(typed):
        if not is_fuzzy_candidate(reading):
            continue
        for base in (Base(reading, is_name=True), *base_forms(reading)):
            is_name = base.is_name or (
                base.rival is not None and not is_name_word(session, base.rival)
            )
            (anywhere if is_name else in_prose).add(base.word)
            in_prose.update(inflected_forms(base.word))
