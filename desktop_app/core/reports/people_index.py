"""Whose name a word of a dossier's text may be: the name words of everyone it may name.

Every word of every stored name (primary and other names) is a name word of its person, in
its raw and folded forms (see ``name_forms``), and also without the Uzbek oʻ/gʻ mark, which a
word of the text is looked up without as well (see ``unmarked``); a short one so (Otkir for
Oʻtkir) is kept apart, as a name only beside another word of hers (``unmarked_owners``). A word
that a stored name uses to mention someone else, whom the person is known by ("Gulnora's son
Rustam", "Gulnoraning oʻgʻli", "сын Гулноры", "father of Gulnora and Rustam"), stays his name
word but is kept apart: it never shields her name as a word of his own would (see
``mentioned_names`` and ``PeopleIndex._is_mention``). The spellings Uzbek and Russian give one
name (Gulnara for a stored Gulnora: ``fuzzy.prose_spellings``, what search finds in prose) are
kept apart too, for words that name nobody as written.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from desktop_app.core.reports.initials import initials_in
from desktop_app.core.reports.name_forms import (
    AS_WRITTEN,
    GENITIVES,
    MIN_INFLECTED,
    WITH_ENDING,
    FormIndex,
    NameIndex,
    after_proclitic,
    in_other_gender,
    key,
    possessive,
)
from desktop_app.core.reports.name_text import words_of
from desktop_app.core.search.folding import fold
from desktop_app.core.search.fuzzy import prose_spellings

MIN_BARE = 6  # Uzbek names matched without their oʻ/gʻ mark (Orol, olmas are ordinary words)
# The Uzbek letters oʻ, gʻ (Cyrillic ў, ғ) as typed without their mark; key() has made every
# apostrophe typed for the mark "'".
_UNMARKED = str.maketrans({"'": None, "ў": "о", "ғ": "г"})


def unmarked(word: str, min_letters: int = MIN_BARE) -> str:
    """word's raw key with the Uzbek oʻ/gʻ (ў, ғ) written without their mark, its English
    possessive kept: Oʻrinboyeva's → orinboyeva's, Ўринбоева → оринбоева; "" if that changes
    nothing or leaves fewer than min_letters letters (Oʻrol alone is not Orol)."""
    ending = possessive(word)
    stem = key(word[: len(word) - len(ending)])
    bare = stem.translate(_UNMARKED)
    if bare == stem or len(bare) < min_letters:
        return ""
    return bare + key(ending)


@dataclass(frozen=True)
class NamedPerson:
    """A person whose names may occur in the dossier's text; label is set if protected.
    names: the name the person is recorded under first, then the other names.
    is_labelled_when_named: protected, but labelled only if the text names them (a protected
    person outside the dossier's cases, who must not get a letter for nothing).
    yields: a deleted record; its name words that someone protected and not deleted also has
    are theirs alone (a person merged into another still has the kept record's names, and the
    two must not make every mention "[name withheld]")."""

    id: str
    names: tuple[str, ...]
    label: str | None = None
    is_labelled_when_named: bool = False
    yields: bool = False


def name_parts(person: NamedPerson) -> list[str]:
    """The words of all the person's stored names."""
    return words_of(person.names)


def mentioned_names(
    people: Sequence[NamedPerson],
    parts: Mapping[str, Sequence[str]],
    folded: Mapping[str, str],
) -> dict[tuple[str, str], str]:
    """(person id, name part) → the name that part of a stored name mentions in the
    possessive: whom the person is known by, not a name of his own. An English possessive
    always ("Gulnora's son Rustam"), the Uzbek genitive -ning (-нинг) after a name part of
    someone else recorded ("Gulnoraning oʻgʻli Rustam"; Manning is a surname). parts: each
    person's name parts (name_parts); folded: each name part's folded form. Other endings are
    told once the names are indexed (see PeopleIndex._is_mention)."""
    endings = {part: possessive(part) for part in folded}  # each distinct part once
    genitive = {part for part in folded if not endings[part] and key(part).endswith(GENITIVES)}
    mentions: dict[tuple[str, str], str] = {}
    genitives: list[tuple[str, str, str]] = []  # (person id, part, stem): checked below
    for person in people:
        for part in parts[person.id]:
            if ending := endings[part]:
                mentions[person.id, part] = part[: -len(ending)]
            elif part in genitive:
                genitives.append((person.id, part, part[:-4]))  # both are four letters
    if genitives:
        forms = {part: (key(part), folded[part]) for part in folded}
        owners: dict[str, set[str]] = {}
        for person in people:
            for part in parts[person.id]:
                for form in forms[part]:
                    owners.setdefault(form, set()).add(person.id)
        for person_id, part, stem in genitives:
            if any(owners.get(form, set()) - {person_id} for form in (key(stem), fold(stem))):
                mentions[person_id, part] = stem
    return mentions


def _other_name_words(
    people: Sequence[NamedPerson],
    protected: set[str],
    known: set[tuple[str, str]],
    folded: Mapping[str, str],
) -> dict[tuple[str, str], bool]:
    """(person id, part) for the words of other names (not of the name he is recorded under)
    of people not protected, which may mention someone (see PeopleIndex._is_mention), each
    with whether a name it is in describes him by others: has a word in lower case ("father
    of Gulnora and Rustam"), not only names ("Dilnoza Bahodirovna Yusupova", an alias of
    his). known: parts already found to mention someone."""
    if not protected:
        return {}
    words: dict[tuple[str, str], bool] = {}
    for person in people:
        if person.id in protected or person.yields or len(person.names) < 2:
            continue
        own = {form for part in words_of(person.names[:1]) for form in (key(part), folded[part])}
        for name in person.names[1:]:
            parts = words_of((name,))
            is_description = any(part[0].islower() for part in parts)
            for part in parts:
                # a word of the name he is recorded under is his own wherever it stands
                if (person.id, part) not in known and not {key(part), folded[part]} & own:
                    words[person.id, part] = words.get((person.id, part), False) or is_description
    return words


class PeopleIndex:
    """Whose name words the words of a text may be. protected: the ids of the people a
    dossier must not name, whose initials are looked for and whom other names may mention."""

    def __init__(self, people: Sequence[NamedPerson], protected: set[str]) -> None:
        self._own = NameIndex()
        # A word a stored name uses to mention someone else, whom he is known by ("Gulnora's
        # son Rustam", "сын Гулноры"): it is his name word, so that it alone is shared, but it
        # never shields her name as one of his own words would (see Redactor._resolve).
        self._mentions = NameIndex()
        # Name parts as Uzbek and Russian spell them differently (Gulnara for Gulnora), which
        # search finds in prose; consulted only for words that name nobody. Everyone's, so that
        # a variant beside a surname that two namesakes share names both, as the surname does.
        self._variants = FormIndex(fold, is_folded=True, is_declined=True)
        self._short_bare = FormIndex(fold, is_folded=True)  # Otkir for Oʻtkir: unmarked_owners
        # A vault's people share most of their name parts: each distinct part is folded and
        # given its forms once, then indexed for everyone who has it (done for each person
        # apart, it was most of a dossier's time in a vault of 20,000 anonymous witnesses).
        parts = {person.id: name_parts(person) for person in people}
        folded = {part: fold(part) for part in {p for words in parts.values() for p in words}}
        mentions = mentioned_names(people, parts, folded)
        kept = (
            {
                form
                for person in people
                if person.id in protected and not person.yields
                for part in parts[person.id]
                for form in (key(part), folded[part])
            }
            if any(person.yields for person in people)
            else set()
        )
        # Words of other names that may mention a protected person with an ending are indexed
        # once everyone else's names are, which tell whether they do.
        deferred = _other_name_words(people, protected, set(mentions), folded)
        own: dict[str, set[str]] = {}
        mentioned: dict[str, set[str]] = {}
        for person in people:
            for part in parts[person.id]:
                if person.yields and {key(part), folded[part]} & kept:
                    continue
                if (person.id, part) in deferred:
                    continue
                if (word := mentions.get((person.id, part))) is None:
                    own.setdefault(part, set()).add(person.id)
                else:
                    mentioned.setdefault(word, set()).add(person.id)
        self._add(own, mentioned, folded)
        if deferred:
            is_mention: dict[tuple[str, bool], bool] = {}  # kinship words (сын, son, of) recur
            own, mentioned = {}, {}
            for (person_id, part), in_description in deferred.items():
                if (part, in_description) not in is_mention:
                    is_mention[part, in_description] = self._is_mention(
                        part, protected, folded, in_description=in_description
                    )
                words = mentioned if is_mention[part, in_description] else own
                words.setdefault(part, set()).add(person_id)
            self._add(own, mentioned, folded)
        self._cache: dict[str, dict[str, int]] = {}
        self._variant_cache: dict[str, dict[str, int]] = {}
        self._short_bare_cache: dict[str, dict[str, int]] = {}
        # For has_initial_of, which few texts need: a protected person's initials are read
        # from these when first asked for.
        self._parts = parts
        self._folded = folded
        self._initials: dict[str, set[str]] = {}
        # For complete_names_in, which few runs need: built when first asked for.
        self._protected_names = [p for p in people if p.id in protected]
        self._name_words: NameIndex | None = None
        self._words_of_names: dict[tuple[str, int], set[str]] = {}
        self._part_initials: dict[str, set[str]] = {}

    def _add(
        self,
        own: Mapping[str, set[str]],
        mentioned: Mapping[str, set[str]],
        folded: Mapping[str, str],
    ) -> None:
        """Index name words, each for the people who have it: as their own, or as mentioning
        that name; then ready the indexes for lookups."""
        for words, index in ((own, self._own), (mentioned, self._mentions)):
            for word, person_ids in words.items():
                index.add(person_ids, word)
                for spelling in prose_spellings(folded[word] if word in folded else fold(word)):
                    self._variants.add(person_ids, spelling)
                if bare := unmarked(word):  # Oʻrinboyeva typed Orinboyeva, or Оринбоева
                    index.add(person_ids, bare)
                elif short := unmarked(word, min_letters=0):
                    self._short_bare.add(person_ids, short)
        self._has_mentions = not self._mentions.is_empty()
        for forms in (self._own, self._mentions, self._variants, self._short_bare):
            forms.seal()

    def _is_mention(
        self, part: str, protected: set[str], folded: Mapping[str, str], *, in_description: bool
    ) -> bool:
        """True if part, a word of an unprotected person's other name that is not in the name he
        is recorded under, is a protected person's name part with an ending the redactor knows:
        a Russian case ("сын Гулноры"), an Uzbek, Kazakh, Tajik or Uyghur suffix ("Гулнораның
        ұлы"), -jon; or as written, in a name that describes him by others (in_description:
        "father of Gulnora and Rustam"), whose names are theirs. Nobody is recorded under a
        name in such a case or such a phrase, so it mentions her; but a surname in the other
        gender is a name itself (Каримова for a protected Каримов may be a sister's maiden
        name), and so is her name part in an alias made of names only ("Dilnoza Bahodirovna
        Yusupova"), another Dilnoza's."""
        owners = self._own.owners(part)
        lowest = AS_WRITTEN if in_description else WITH_ENDING
        named = {person for person in owners.keys() & protected if owners[person] >= lowest}
        for form in in_other_gender(folded[part]):
            named -= self._own.folded.exact.get(form, set())
        return bool(named)

    def named_words(self, words: set[str]) -> tuple[set[str], set[str]]:
        """Of these words, those that may name someone, and those that name nobody but are a
        spelling variant of someone's name part (see variant_owners)."""
        known = self._cache
        names = set()
        variants = set()
        for word in words:
            owners = known.get(word)
            if owners is None:
                owners = self.owners(word)
            if owners:
                names.add(word)
            elif word in self._variant_cache or word in self._short_bare_cache:
                variants.add(word)
        return names, variants

    def owners(self, word: str) -> dict[str, int]:
        """Who word may name, each with how closely it matches their name (AS_WRITTEN...).
        A word that names nobody is looked up among the variants (see variant_owners,
        unmarked_owners) once, here."""
        owners = self._cache.get(word)
        if owners is None:
            owners = self.direct_owners(word)
            if not owners and (rest := after_proclitic(word)):
                owners = self.direct_owners(rest)
            is_variant_candidate = not owners and len(word) >= MIN_INFLECTED
            if is_variant_candidate and (variant_owners := self._variants.owners(word)):
                self._variant_cache[word] = variant_owners
            if not owners and (short_owners := self._short_bare.owners(word)):
                self._short_bare_cache[word] = short_owners
            self._cache[word] = owners
        return owners

    def variant_owners(self, word: str) -> dict[str, int]:
        """Whose name parts a word of the text that names nobody is a spelling variant of,
        each with how closely (AS_WRITTEN for the variant of a whole part...)."""
        return self._variant_cache.get(word, {})

    def unmarked_owners(self, word: str) -> dict[str, int]:
        """Whose name parts of fewer than MIN_BARE letters a word of the text that names nobody
        is, typed without the Uzbek oʻ/gʻ mark (Otkir for Oʻtkir, Откир for Ўткир), each with
        how closely: as often an ordinary word (Orol, olmas), hers only beside her name."""
        return self._short_bare_cache.get(word, {})

    def direct_owners(self, word: str) -> dict[str, int]:
        """Who word itself may name, without an Arabic proclitic taken off."""
        owners = _owners_in(self._own, word)
        if self._has_mentions:
            for person, rank in _owners_in(self._mentions, word).items():
                owners[person] = min(rank, owners.get(person, rank))
        return owners

    def is_stem_of(self, word: str, person_ids: Iterable[str]) -> bool:
        """True if word is a name part of one of these people, or one without its last vowel,
        in any form the text may write it (Oʻrinboyeva typed Orinboyeva, Gulnara for Gulnora)."""
        people = set(person_ids)
        forms = [word, bare] if (bare := unmarked(word)) else [word]
        return any(
            people & index.stem_owners(form)
            for form in forms
            for index in (self._own, self._mentions, self._variants, self._short_bare)
        )

    def mentioning(self, word: str) -> set[str]:
        """The people word names only because a name of theirs mentions its owner ("Gulnora's
        son Rustam" for Gulnora), not as a name part of their own."""
        if not self._has_mentions:
            return set()
        return self.owners(word).keys() - _owners_in(self._own, word).keys()

    def has_initial_of(self, person_ids: set[str], text: str) -> bool:
        """True if text has an initial ("G." or "Г.") that begins a name part of one of these
        people."""
        letters = _initial_letters(text)
        return any(letters & self._initials_of(person) for person in person_ids)

    def complete_names_in(self, words: Sequence[str], text: str = "") -> set[str]:
        """The protected people one of whose stored names of two words or more has every word
        among these words of a run, in any order, others between: "Dilnoza Bahodirovna
        Karimova" holds the name of a protected Dilnoza Karimova. An initial in text (the
        run's) stands for a word it begins, once another word of that name is there: "D. Aziz
        Karimova" holds hers too, whoever Aziz is."""
        if self._name_words is None:
            self._name_words = self._index_name_words()
        found: set[str] = set()
        for word in words:
            found |= _owners_in(self._name_words, word).keys()
        letters = _initial_letters(text) if text else set()
        return {
            person_id
            for (person_id, _), parts in self._words_of_names.items()
            if parts <= found
            or (
                letters
                and not parts.isdisjoint(found)
                and all(self._part_initials[part] & letters for part in parts - found)
            )
        }

    def _index_name_words(self) -> NameIndex:
        """Each word of each protected person's names of two words or more, indexed on its
        own: as "person id/name number/word number"."""
        index = NameIndex()
        for person in self._protected_names:
            for number, name in enumerate(person.names):
                parts = words_of((name,))
                if len(parts) < 2:
                    continue
                ids = [f"{person.id}/{number}/{at}" for at in range(len(parts))]
                self._words_of_names[person.id, number] = set(ids)
                for part_id, part in zip(ids, parts, strict=True):
                    self._part_initials[part_id] = _initial_forms(key(part), fold(part))
                    index.add({part_id}, part)
                    if bare := unmarked(part):
                        index.add({part_id}, bare)
        index.seal()
        return index

    def _initials_of(self, person_id: str) -> set[str]:
        initials = self._initials.get(person_id)
        if initials is None:
            initials = self._initials[person_id] = {
                form
                for part in self._parts[person_id]
                for form in _initial_forms(key(part), self._folded[part])
            }
        return initials


def _initial_forms(*forms: str) -> set[str]:
    """The initials a name part in these normal forms may have: its first letter, or its first
    two where Uzbek Latin writes one letter so (Shahlo: "s" and "sh", Gʻayrat: "g'" and "g";
    an initial "S." may be hers, "Sh." is not Sardor's)."""
    return {form[:length] for form in forms for length in (1, 2)}


def _initial_letters(text: str) -> set[str]:
    """What the initials in text ("G.", "Г.", "Sh.", "_d") stand for, in both normal forms."""
    return {form for initial in initials_in(text) for form in (key(initial), fold(initial))}


def _owners_in(index: NameIndex, word: str) -> dict[str, int]:
    """Whose name parts in index word is a form of, also as typed without the Uzbek oʻ/gʻ
    mark: a name stored as Orinboyeva is hers in a text that writes Oʻrinboyeva."""
    owners = index.owners(word)
    if bare := unmarked(word):
        for person, rank in index.owners(bare).items():
            owners[person] = min(rank, owners.get(person, rank))
    return owners
