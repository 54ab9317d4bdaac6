"""Which name part a word is a form of: the endings names take in running text, by language.

A word matches a name part as written, as the whole part with endings (Russian case endings:
Аскаров → Аскарова, Аскарову, Аскаровым; Дилноза → Дилнозой; Uzbek, Kazakh, Kyrgyz, Tajik and
Uyghur suffixes, see ``name_endings``: Askarovning, Аскаровга, Асқаровтың, Айгүлдүн,
Аскаровро, ئەسقەروۋنىڭ; the English possessive),
or as the part without its last vowel with endings (Дилноз-ой). Each word is compared in two
normal forms: its raw key (case and apostrophes unified) and the folded key of
``desktop_app.core.search.folding``, so that a spelling in the other script or a common
transliteration variant (Аскаров / Askarov, Жураев / Juraev) is caught too.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from typing import Final

from desktop_app.core.reports.name_endings import (
    AFTER_PERSONAL,
    CHAINING,
    MIN_PREDICATE,
    PERSONAL,
    RUSSIAN_CASES,
    SUFFIXES,
    is_chain,
    is_personal,
)
from desktop_app.core.reports.name_text import ARABIC_LETTERS
from desktop_app.core.search.folding import fold, local_stem

APOSTROPHES = "'ʻʼ’‘`´"
_KEY_TABLE = str.maketrans({**dict.fromkeys(APOSTROPHES, "'"), "ё": "е"})
MIN_INFLECTED = 4  # shorter name parts (Ali, Nur) are matched only as they are written

# One-letter words Arabic writes joined to the next word: and, so, with/in, for, like; and
# their pairs (wa-bi, wa-li, fa-li...). "وعبدالله" is "and Abdullah".
_PROCLITICS: Final = ("وب", "ول", "وك", "فب", "فل", "فك", "و", "ف", "ب", "ل", "ك")
# Endings that follow only a whole name part, never one whose last vowel was dropped: the
# affectionate -jon and -xon of Uzbek and Tajik given names (Bahodirjon, Dilnozaxon; Aziza is
# not Azizjon) and the English plural (the Askarovs; Lena is not a lens, Aida not AIDS).
_WHOLE_NAME_ENDINGS: Final = ("jon", "xon", "жон", "хон", "ҷон", "s")
GENITIVES: Final = ("ning", "нинг")  # Uzbek "of": Gulnoraning oʻgʻli, Gulnora's son
_SAMPLE_NAME: Final = "Bahodir"  # a name part, to see how an ending folds at a word's end
# How closely a word matches a name part, closest first: Rahimova as written; Rahimova-ning, a
# whole name with an ending; Rahimov-ning, a name whose last vowel was dropped, with an ending.
AS_WRITTEN, WITH_ENDING, SHORTENED = 0, 1, 2
# Farthest: a man's form of her surname as written (Karimov for Karimova), which names her
# family (a brother, her father) rather than her.
OTHER_GENDER = 3
_MASCULINE_SURNAME = re.compile(r"(?:ov|ev)$")  # folded
_SURNAME_END = re.compile(r"(?:ov|ev|(?<!d)in)$")  # folded; Nasriddin's -ddin is a given name's


def key(word: str) -> str:
    """word as the raw index compares it: case, the apostrophes typed for oʻ and ё unified."""
    return word.casefold().translate(_KEY_TABLE)


def possessive(word: str) -> str:
    """The English possessive ending of word ('s, ’s, ʼs...), or ""."""
    is_possessive = len(word) > 2 and word[-1] in "sS" and word[-2] in APOSTROPHES
    return word[-2:] if is_possessive else ""


def after_proclitic(word: str) -> str:
    """word without an Arabic proclitic joined to it ("" if it has none): وعبدالله, "and
    Abdullah", is عبدالله after و. Ask only for a word that names nobody as it is: a name
    that itself begins with such a letter (وليد) is matched before this is asked."""
    if not ARABIC_LETTERS.match(word):
        return ""
    for proclitic in _PROCLITICS:
        if word.startswith(proclitic) and len(word) - len(proclitic) >= 2:
            return word[len(proclitic) :]
    return ""


def in_other_gender(folded: str) -> set[str]:
    """The folded forms of the same surname in the other gender, given a folded word:
    karimova → karimov and back, zaslavskaya → zaslavski, zaslavskoy and back. Also amina →
    amin: a name in -in may be a surname (Ильин, Ильина), and Амина a woman's name."""
    if folded.endswith("aya"):
        return {folded[:-3] + "i", folded[:-3] + "oy"}
    if folded.endswith("oy"):
        return {folded[:-2] + "aya"}
    if folded.endswith("i"):
        return {folded[:-1] + "aya"}
    if _SURNAME_END.search(folded):
        return {folded + "a"}
    if folded.endswith("a") and _SURNAME_END.search(folded[:-1]):
        return {folded[:-1]}
    return set()


def kept_ending(word: str, is_name: Callable[[str], bool]) -> str:
    """The case ending or suffix of word, a name word with endings as the text writes it, to
    keep after the label that replaces it: "га" of Гулчеҳрага, "ning" of Oʻrinboyevaning,
    "larning" of Karimovlarning, "ой" of Каримовой, "ga" of Gulnorajonga (the affectionate -jon
    goes); "" if it has none. is_name tells whether what stands before an ending is the name
    (or a name part without its last vowel) it is a form of. The shortest ending is kept, so
    a name as written (Karimova, not Karimov-a) has none. The English possessive is not
    returned here (see possessive)."""
    suffixes, chaining = _suffixes_in(key), _suffixes_in(key, CHAINING)
    personal, after = _suffixes_in(key, PERSONAL), _suffixes_in(key, AFTER_PERSONAL)
    for cut in range(len(word) - 1, MIN_INFLECTED - 2, -1):
        ending = key(word[cut:])
        if "'" in ending or not (
            is_chain(ending, suffixes, chaining)
            or is_personal(ending, personal, after, chaining, may_follow_directly=True)
        ):
            continue
        rest = word[:cut]
        if is_name(rest) or any(
            key(rest).endswith(whole) and is_name(rest[: -len(whole)])
            for whole in _WHOLE_NAME_ENDINGS[:-1]  # not the English plural
        ):
            return word[cut:]
    return ""


@cache
def _suffixes_in(
    normal: Callable[[str], str], suffixes: tuple[str, ...] = SUFFIXES
) -> frozenset[str]:
    """The endings in one normal form (the folded ones are worked out once per process)."""
    return frozenset(s for s in map(normal, suffixes) if s)


@cache
def _whole_name_endings_in(normal: Callable[[str], str]) -> frozenset[str]:
    """The endings of _WHOLE_NAME_ENDINGS in one normal form, alone and at the end of a name:
    folding writes a word-final -jon as -jan (Gulnorajon folds to gulnorajan, Гулнора to
    gulnora), so the folded form of that ending differs with what precedes it."""
    name = normal(_SAMPLE_NAME)
    at_end = {normal(_SAMPLE_NAME + ending) for ending in _WHOLE_NAME_ENDINGS}
    return _suffixes_in(normal, _WHOLE_NAME_ENDINGS) | {
        form[len(name) :] for form in at_end if form.startswith(name) and len(form) > len(name)
    }


def _stems(part: str) -> set[str]:
    """The forms a name part may be inflected from: itself, and without its final vowel.
    A final -и/-i is kept: such names do not decline in Russian, and an Uzbek or Tajik
    surname of origin (Andijoniy, Андижани) without it is a place (Andijonda, в Андижане).
    So is -ий/-iy, except after к/k, where it is a Russian adjectival ending (Заславский)."""
    stems = {part}
    ending = part[-2:]
    if ending in ("ый", "ой", "ая", "яя", "ия", "ья", "yy", "ay", "ya", "ia") or (
        ending in ("ий", "iy") and part[-3:-2] in ("к", "k")
    ):
        stems.add(part[:-2])
    if part[-1] in "аяеоыьйуaeouy'":
        stems.add(part[:-1])
    return {s for s in stems if len(s) >= MIN_INFLECTED - 1}


class FormIndex:
    """Name words to the people they belong to, in one normal form: the raw key, or search's
    folded key (is_folded), whose endings and doubled letters need care (see add, owners).
    is_declined: a Russian case ending after a name part without its last vowel is as close
    as an ending after the whole part (Гульнар-у, of a spelling variant Гульнара: Russian
    declines the name so); elsewhere it is SHORTENED, for the closeness rule between people."""

    def __init__(
        self, normal: Callable[[str], str], *, is_folded: bool = False, is_declined: bool = False
    ) -> None:
        self.normal = normal
        self.is_folded = is_folded
        self.cases = _suffixes_in(normal, RUSSIAN_CASES) if is_declined else frozenset()
        self.suffixes = _suffixes_in(normal)
        self.chaining = _suffixes_in(normal, CHAINING)
        self.personal = _suffixes_in(normal, PERSONAL)
        self.after_personal = _suffixes_in(normal, AFTER_PERSONAL)
        self.whole_suffixes = _whole_name_endings_in(normal)
        self.exact: dict[str, set[str]] = {}
        self.stems: dict[str, set[str]] = {}
        self.stem_lengths: list[int] = []

    def add(self, person_ids: set[str], part: str) -> None:
        """Take part for a name part of these people's."""
        form = self.normal(part)
        if len(form) < 2:
            return
        self.exact.setdefault(form, set()).update(person_ids)
        if len(form) >= MIN_INFLECTED:
            for stem in _stems(form):
                self.stems.setdefault(self.normal(stem), set()).update(person_ids)
        # Folding unifies an Uzbek ending only at the end of a word: Azamjon and Азамжон fold
        # to azamjan, but Азамжона ("of Azamjon") to azamjona. The local spelling (azamjon) is
        # a whole name part that endings follow; no folded word is ever that spelling itself.
        local = local_stem(form) if self.is_folded else form
        if local != form:
            self.exact.setdefault(local, set()).update(person_ids)
            for stem in _stems(local):
                self.stems.setdefault(stem, set()).update(person_ids)

    def seal(self) -> None:
        """Ready the index for owners, once every name part is added."""
        self.stem_lengths = sorted({len(s) for s in self.stems})

    def _is_whole_name_ending(self, rest: str) -> bool:
        # Folding writes a doubled letter once where two endings meet too: Gulnorajon + ning
        # folds to gulnorajoning.
        return any(
            rest.startswith(s)
            and (
                rest == s
                or self._is_ending(after := rest[len(s) :])
                or self._is_personal(after, may_follow_directly=True)
                or (self.is_folded and self._is_ending(s[-1] + after))
            )
            for s in self.whole_suffixes
        )

    def _is_ending(self, rest: str) -> bool:
        return is_chain(rest, self.suffixes, self.chaining)

    def _is_personal(self, rest: str, *, may_follow_directly: bool) -> bool:
        return is_personal(
            rest,
            self.personal,
            self.after_personal,
            self.chaining,
            may_follow_directly=may_follow_directly,
        )

    def _is_ending_after_double(self, form: str, length: int) -> bool:
        # Folding writes a doubled letter once, also where an ending meets the name: Азамжон +
        # нинг folds to azamjoning, Эркин + нинг to erkining. The raw form keeps both letters.
        return self.is_folded and form[length - 1] + form[length:] in self.suffixes

    def stem_owners(self, word: str) -> set[str]:
        """The people word is a name part of, or a name part without its last vowel: what
        their name's endings follow (Гулнор of Гулнорой)."""
        form = self.normal(word)
        return self.exact.get(form, set()) | self.stems.get(form, set())

    def owners(self, word: str) -> dict[str, int]:
        """Person id → how closely word matches one of their name parts (AS_WRITTEN,
        WITH_ENDING or SHORTENED, the closest if several)."""
        form = self.normal(word)
        found = dict.fromkeys(self.exact.get(form, ()), AS_WRITTEN)
        for length in self.stem_lengths:
            if length >= len(form):
                break
            owners = self.stems.get(form[:length])
            if not owners:
                continue
            rest = form[length:]
            whole = self.exact.get(form[:length], set())
            if self._is_ending(rest) or self._is_ending_after_double(form, length):
                for person in owners:  # a whole name is one of its own stems
                    rank = WITH_ENDING if person in whole or rest in self.cases else SHORTENED
                    found[person] = min(rank, found.get(person, rank))
            elif whole and (
                self._is_whole_name_ending(rest)
                or self._is_personal(rest, may_follow_directly=length >= MIN_PREDICATE)
            ):
                for person in whole:
                    found[person] = min(WITH_ENDING, found.get(person, WITH_ENDING))
        return found


class NameIndex:
    """Name words to the people they belong to, compared in both forms: a word matches a
    person if its raw key or its folded key matches one of their name parts."""

    def __init__(self) -> None:
        self.raw = FormIndex(key)
        self.folded = FormIndex(fold, is_folded=True)

    def add(self, person_ids: set[str], part: str) -> None:
        """Take part for a name part of these people's."""
        self.raw.add(person_ids, part)
        self.folded.add(person_ids, part)

    def seal(self) -> None:
        """Ready the index for owners, once every name part is added."""
        self.raw.seal()
        self.folded.seal()

    def is_empty(self) -> bool:
        """True if no name part was added."""
        return not (self.raw.exact or self.folded.exact)

    def stem_owners(self, word: str) -> set[str]:
        """The people word is a name part of, or one without its last vowel, in either form."""
        return self.raw.stem_owners(word) | self.folded.stem_owners(word)

    def owners(self, word: str) -> dict[str, int]:
        """Person id → how closely word matches one of their name parts, in either form; a
        man's surname in -ov/-ev as written is OTHER_GENDER for a woman who has it with -a."""
        owners = self.raw.owners(word)
        for person, rank in self.folded.owners(word).items():
            owners[person] = min(rank, owners.get(person, rank))
        folded = fold(word)
        if _MASCULINE_SURNAME.search(folded):
            for person in self.folded.exact.get(folded + "a", ()):
                owners.setdefault(person, OTHER_GENDER)
        return owners
