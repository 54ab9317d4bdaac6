"""Whether a run of name words in a text is one of an unprotected person's stored names.

A word that names both a protected person and someone printed stays inside a run only where
the run is clearly his name: two or more words of one name he is recorded under or known by,
that word among them ("Rustam Toshmatov", her printed brother). Words taken from different
names of his make no name of his: with a father recorded as "Baxtiyor Toshmatov", also known as
"father of Gulnora and Rustam", "the brother of Toshmatova" names her, not him, though "of" is
a word of one of his names and Toshmatova a form of the other.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from desktop_app.core.reports.name_forms import NameIndex
from desktop_app.core.reports.name_text import words_of
from desktop_app.core.reports.people_index import NamedPerson, unmarked


class StoredNames:
    """The words of each stored name of everyone a dossier may name, one name at a time."""

    def __init__(self, people: Sequence[NamedPerson]) -> None:
        self._names = {person.id: person.names for person in people}
        # Built for a person when first asked about: few runs need it.
        self._indexes: dict[str, list[NameIndex]] = {}

    def holds_name_of(self, person_ids: Iterable[str], words: Sequence[str], at: int) -> bool:
        """True if words, a run of name words of the text, hold two or more words of one stored
        name of one of these people, words[at] among them (in any form the redactor knows)."""
        for person_id in person_ids:
            for index in self._name_indexes(person_id):
                matched = [index.owners(word).keys() for word in words]
                others = set().union(*(m for i, m in enumerate(matched) if i != at))
                if matched[at] and others and len(matched[at] | others) >= 2:
                    return True
        return False

    def _name_indexes(self, person_id: str) -> list[NameIndex]:
        indexes = self._indexes.get(person_id)
        if indexes is None:
            indexes = self._indexes[person_id] = []
            for name in self._names.get(person_id, ()):
                parts = words_of((name,))
                if len(parts) < 2:
                    continue
                index = NameIndex()
                for at, part in enumerate(parts):
                    index.add({str(at)}, part)
                    if bare := unmarked(part):
                        index.add({str(at)}, bare)
                index.seal()
                indexes.append(index)
        return indexes
