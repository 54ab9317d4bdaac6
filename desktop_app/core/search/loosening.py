"""Queries read more loosely, without the words most likely to make them find nothing.

Two kinds of word are left out, and only while other words remain:

- a **patronymic** (``Бахтиёрович``, ``Bahodirovna``, ``Serikkyzy``, ``Bahodir oʻgʻli``;
  shapes in ``core.patronymic_shapes``; a word of that shape that comes first, or after
  another, is a surname: ``Бабич``): a full name pasted from a Russian document has one, the
  record seldom does. The records without it are listed after those with it
  (``patronymic_groups``), and the query is read without it when it finds nothing at all;
- the **last word while it is typed**, when it is too short to be completed (``Timur B``):
  the records the words before it find are listed after those holding it as a whole word, so
  the list does not empty at every new word.

How the search service uses them, with the notes it gives: ``service.search_results``.
"""

from __future__ import annotations

from dataclasses import replace

from desktop_app.core.patronymic_shapes import is_joined_patronymic, is_patronymic_second_word
from desktop_app.core.search.query import AnyOf, SearchQuery
from desktop_app.core.search.query_notes import NoteCode, QueryNote


def _word(group: AnyOf) -> str:
    """The group's text if it is one word (no phrase, no alternatives), else ''."""
    if len(group.terms) != 1 or group.terms[0].is_phrase:
        return ""
    return group.terms[0].text


def _patronymics(groups: tuple[AnyOf, ...]) -> list[list[int]]:
    """The required groups that make up each patronymic of the query, by index."""
    found: list[list[int]] = []
    for number, group in enumerate(groups):
        word = _word(group)
        if not word:
            continue
        if is_joined_patronymic(word):
            # A patronymic follows the given name: a word of its shape first, or after
            # another, is a surname (Бабич Сергей Петрович, Сергей Петрович Лукашевич).
            if number > 0 and not is_joined_patronymic(_word(groups[number - 1])):
                found.append([number])
        elif is_patronymic_second_word(word):
            # "Bahodir oʻgʻli": the father's name goes with it, unless it was taken already.
            father = number - 1
            is_free = father >= 0 and _word(groups[father]) and not (found and father in found[-1])
            found.append([father, number] if is_free else [number])
    return found


def without_patronymics(query: SearchQuery) -> tuple[SearchQuery, tuple[QueryNote, ...]]:
    """The query without the required words that look like a patronymic, and a note on each
    patronymic left out; the query itself if it has none. At least one required word is
    always kept."""
    groups = query.required
    dropped: set[int] = set()
    notes: list[QueryNote] = []
    for patronymic in _patronymics(groups):
        if len(groups) - len(dropped) - len(patronymic) < 1:
            break
        dropped.update(patronymic)
        typed = " ".join(_word(groups[number]) for number in patronymic)
        notes.append(QueryNote(NoteCode.PATRONYMIC_LEFT_OUT, typed))
    if not dropped:
        return query, ()
    return _without(query, dropped), tuple(notes)


def without_last_word(query: SearchQuery) -> SearchQuery | None:
    """The query without its last word if that is a word still being typed and other required
    words remain; None otherwise."""
    last = len(query.required) - 1
    if not (query.ends_in_word and last > 0 and _word(query.required[last])):
        return None
    return _without(query, {last})


def _without(query: SearchQuery, dropped: set[int]) -> SearchQuery:
    kept = tuple(group for number, group in enumerate(query.required) if number not in dropped)
    # The word now last is read as still being typed, as it was before the dropped words were
    # typed: the list then shows what it showed a few keystrokes earlier.
    ends_in_word = query.ends_in_word and not kept[-1].terms[-1].is_phrase
    return replace(query, required=kept, ends_in_word=ends_in_word)
