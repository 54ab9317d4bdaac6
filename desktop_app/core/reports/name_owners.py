"""Who a word of a dossier's text may name, as the redaction sees the people it knows:
protected ones, people outside the printed cases (named only when their name is not common),
and people named inside them. The redactor (redaction.py) decides from this what replaces a
run of such words."""

from __future__ import annotations

from desktop_app.core.reports.name_forms import AS_WRITTEN, OTHER_GENDER
from desktop_app.core.reports.name_text import Found, distinct_words
from desktop_app.core.reports.people_index import PeopleIndex

MIN_OUTSIDE = 5  # a word that names someone outside the printed cases (Kim, Lena are common)


class NameOwners:
    """The people each name word of the text may name, and which of them are protected."""

    def __init__(
        self,
        names: PeopleIndex,
        protected: set[str],
        outside: set[str],
        named_inside: set[str],
    ) -> None:
        self._names = names
        self._protected = protected
        self._outside = outside
        self._named_inside = named_inside

    def of(self, found: Found) -> dict[str, int]:
        """Who an occurrence may name: a spelling variant whom the words beside it name."""
        return self._names.owners(found.word) if found.owners is None else found.owners

    def mentioning(self, found: Found) -> set[str]:
        """The people found names only because a name of theirs mentions its owner ("Gulnora's
        son Rustam" for Gulnora), not as a name part of their own."""
        return set() if found.owners is not None else self._names.mentioning(found.word)

    def alone(self, found: Found) -> frozenset[str]:
        """Who a word names when it stands without the rest of a name. Someone outside the
        printed cases only by a longer word that no person of the cases matches more closely:
        a judge Kim is not the protected Lena Kim of another case, and "Karimov's" is the
        victim Rustam Karimov's, not the protected Gulnora Karimova's elsewhere; but
        "Karimova" and "Karimovaning" may be hers, and are replaced. A spelling variant names
        whom kept_variants found for it."""
        if found.owners is not None:
            return frozenset(found.owners)
        word = found.word
        owners = self._names.owners(word)
        outside = owners.keys() & self._outside
        if not outside:
            return frozenset(owners)
        if len(word) < MIN_OUTSIDE:
            return frozenset(owners.keys() - outside)
        own_inside = owners.keys() & self._named_inside - self.mentioning(found)
        closest_inside = min((owners[p] for p in own_inside), default=OTHER_GENDER + 1)
        return frozenset(
            p for p, rank in owners.items() if p not in outside or rank <= closest_inside
        )

    def names_someone(self, word: str) -> bool:
        """True if word (every word of it, in camel case) may name someone as written."""
        return all(self.may_name(part) for part in distinct_words(word))

    def may_name_protected(self, word: str) -> bool:
        """True if word (or a word of it, in camel case) may name someone protected."""
        return any(self.may_name(part) & self._protected for part in distinct_words(word))

    def may_name(self, word: str) -> set[str]:
        """Who word may name: as written, as a spelling variant, or typed without oʻ/gʻ."""
        return (
            self._names.owners(word).keys()
            | self._names.variant_owners(word).keys()
            | self._names.unmarked_owners(word).keys()
        )

    def is_protected_name(self, word: str) -> bool:
        """True if word, standing alone, may name someone protected."""
        return bool(self._names.owners(word).keys() & self._protected)

    def written_for(self, word: str) -> set[str]:
        """The protected people word is a name part of, as written."""
        owners = self._names.owners(word)
        return {p for p in owners.keys() & self._protected if owners[p] == AS_WRITTEN}
