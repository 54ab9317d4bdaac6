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
* in prose, the inflected forms of all of these names (``inflection.inflected_forms``).

Everything is looked for in person names and prose, except what ``NearForms.in_prose`` holds:
inflected forms, and the bases of forms that may be a woman's name (Аскарова is "of Askarov"
or Askarova herself), because a person's name is never in another case.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from db.fts import is_name_word
from desktop_app.core.search.fuzzy import (
    is_fuzzy_candidate,
    marked_forms,
    markless_forms,
    near_name_words,
    prose_spellings,
)
from desktop_app.core.search.inflection import Base, base_forms, inflected_forms


@dataclass(frozen=True)
class NearForms:
    """Folded words a query word may stand for: in names and prose, or in prose only."""

    anywhere: tuple[str, ...] = ()
    in_prose: tuple[str, ...] = ()

    @property
    def words(self) -> tuple[str, ...]:
        """All of them."""
        return self.anywhere + self.in_prose


def near_forms(session: Session, word: str) -> NearForms:
    """The folded words a folded query word may stand for, besides itself (see above)."""
    if not is_fuzzy_candidate(word):
        return NearForms()
    anywhere: set[str] = set()
    in_prose: set[str] = set()
    for base in (Base(word, is_name=True), *base_forms(word)):
        # A base is a guess already: its typos would be guesses about a guess.
        names = {base.word, *near_name_words(session, base.word, typos=base.word == word)}
        if not is_name_word(session, base.word):
            names.update(markless_forms(base.word))
        (anywhere if base.is_name else in_prose).update(names)
        in_prose.update(prose_spellings(base.word))
        in_prose.update(f for f in marked_forms(base.word) if not is_name_word(session, f))
        for name in names:
            in_prose.update(inflected_forms(name))
    anywhere.discard(word)
    in_prose -= anywhere | {word}
    return NearForms(tuple(sorted(anywhere)), tuple(sorted(in_prose)))
