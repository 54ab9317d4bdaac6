"""Patronymics made from a protected person's given name, which point at him wherever they
stand: his son "Рустам Азамжонович Аскаров" (or "Rustam Azamjon oʻgʻli") names Azamjon as his
father, and beside "Person A, the detainee's father" tells a reader who Person A is.

Such a patronymic is the son's name part, not the father, so it becomes "[name withheld]",
never the father's label, even inside a name that is not protected ("Рустам [name withheld]
Аскаров"); a suffix running text added to it is kept after a hyphen, as after a label. The
father's name is matched as a whole name part of his in any form the redactor knows it
(Azamjon, Азамжон; see ``people_index``), not with endings: Azamjonovich is Azamjon's son,
Azizovich is not Aziza's.
"""

from __future__ import annotations

from collections.abc import Iterable

from desktop_app.core.reports.name_forms import AS_WRITTEN
from desktop_app.core.reports.patronymics import patronymics_in
from desktop_app.core.reports.people_index import PeopleIndex


class ProtectedFathers:
    """Finds the patronymics in a text that name a protected father."""

    def __init__(self, names: PeopleIndex, protected: set[str]) -> None:
        self._names = names
        self._protected = protected
        self._is_protected: dict[str, bool] = {}  # father's name → whether he is protected

    def spans(self, text: str, words: Iterable[str]) -> list[tuple[int, int, str]]:
        """(start, end, suffix) of each patronymic in text (whose distinct words are words)
        made from a protected person's name part."""
        return [
            (start, end, suffix)
            for start, end, father, suffix in patronymics_in(text, words)
            if self._is_protected_name(father)
        ]

    def _is_protected_name(self, father: str) -> bool:
        is_protected = self._is_protected.get(father)
        if is_protected is None:
            # owners() first: it is what looks the word up among the variants and the
            # unmarked short parts. In a patronymic a short part typed without its oʻ/gʻ mark
            # (Otkir oʻgʻli, Откирович for a protected Oʻtkir) is his: the shape tells it is a
            # father's name, which an ordinary word (Orol, olmas) never takes.
            owners = (
                self._names.owners(father)
                or self._names.variant_owners(father)
                or self._names.unmarked_owners(father)
            )
            is_protected = self._is_protected[father] = any(
                rank == AS_WRITTEN and person in self._protected for person, rank in owners.items()
            )
        return is_protected
