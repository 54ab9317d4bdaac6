"""Replacing protected persons by their pseudonym in any text a dossier prints.

Names are matched word by word, not as substrings, so that every stored spelling is caught in
any case, in any order, alone or with initials, and with the endings names take in running
text: Russian case endings (Аскаров → Аскарова, Аскарову, Аскаровым; Дилноза → Дилнозой),
Uzbek, Kazakh, Tajik and Uyghur suffixes (Askarovning, Аскаровга, Асқаровтың, Аскаровро,
ئەسقەروۋنىڭ), the English possessive, and the Arabic words joined before a name (وعبدالله,
"and Abdullah", keeps its "and"). Each word is also compared in the folded form of
``desktop_app.core.search.folding`` so that a spelling in the other script or a common
transliteration variant (Аскаров / Askarov, Жураев / Juraev) is caught too.
A name part written the way Uzbek and Russian spell one name differently (Gulnara for a stored
Gulnora: ``desktop_app.core.search.fuzzy.prose_spellings``, what search finds in prose) is
taken for hers beside her other name words, or capitalised and alone (see ``_with_variants``).

A run of adjacent name words (``А. Аскаров``, ``Azamjon Askarov``) resolves to the person whose
names all its words belong to; a word that belongs to several people (two protected siblings, or
a protected witness and a named official who share a given name) becomes "[name withheld]"
rather than a label that could point at the wrong person. A word that a stored name gives in
the possessive ("Gulnora's son Rustam") mentions someone else: it never shields her name (see
``_mentioned_names``). Limits are listed in docs/reports.md.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Final, NamedTuple

from desktop_app.core.search.folding import INVISIBLE, fold, local_stem
from desktop_app.core.search.fuzzy import prose_spellings

_LETTERS = r"[^\W\d_]+"
_WORD = re.compile(_LETTERS + r"(?:['’‘`´]" + _LETTERS + r")*")
_LETTER = r"[^\W\d_]"
_SPACE = r"[ \t\u00a0]*[-‐‑]?[ \t\u00a0]*"  # what may separate the words of one name
_INITIAL = rf"(?<!{_LETTER}){_LETTER}\."  # "A." in "A. Askarov"
# Between two name words: spaces or a hyphen, maybe initials ("Askarov A. Azamjon").
_JOINT = re.compile(rf"(?:{_SPACE}{_INITIAL})*{_SPACE}")
_INITIALS_BEFORE = re.compile(rf"(?:{_INITIAL}{_SPACE})+$")
_INITIALS_AFTER = re.compile(rf"(?:{_SPACE}{_INITIAL})+(?!{_LETTER})")  # "Askarov A.B."
_APOSTROPHES = "'ʻʼ’‘`´"
_KEY_TABLE = str.maketrans({**dict.fromkeys(_APOSTROPHES, "'"), "ё": "е"})
MIN_INFLECTED = 4  # shorter name parts (Ali, Nur) are matched only as they are written

# Endings a name takes in running text, by language. Two may follow each other (lar + ning).
_SUFFIX_GROUPS: Final = {
    # case endings of names and surnames (Аскаров-а/-у/-ым/-е, Дилноз-ой, Ковальск-ого, -ая)
    "Russian": "а я у ю е и ы ом ем ём ой ей ою ею ым им ыми ими ых их ого его ому ему ую юю "
    "ая яя ий ый ое ые ам ям ами ями ах ях",
    "Russian, romanised": "a ya u yu e i y om em yom oy ey oi ei ym im ymi imi ykh ikh ogo ego "
    "omu emu uyu aya iy yy",
    "Uzbek": "ning ni ga ka qa da ta dan tan lar dagi niki нинг ни га ка қа да та дан тан лар "
    "даги ники",
    "Kazakh and Kyrgyz": "тың тің дың дің ның нің тын тин дын дин нын нин ға ге қа ке на не "
    "ты ті ды ді ны ні та те нда нде тан тен нан нен мен бен пен",
    "Tajik": "ро ҳо",
    "Uyghur": "نىڭ نى غا قا گە كە دا تا دە تە دىن تىن دىكى لار لەر",
    "English": "'s",
}
# One-letter words Arabic writes joined to the next word: and, so, with/in, for, like; and
# their pairs (wa-bi, wa-li, fa-li...). "وعبدالله" is "and Abdullah".
_PROCLITICS: Final = ("وب", "ول", "وك", "فب", "فل", "فك", "و", "ف", "ب", "ل", "ك")
_ARABIC_LETTERS = re.compile(r"[؀-ۿ]")
_SUFFIXES: Final = tuple(s for group in _SUFFIX_GROUPS.values() for s in group.split())
# Endings that follow only a whole name part, never one whose last vowel was dropped: the
# affectionate -jon and -xon of Uzbek and Tajik given names (Bahodirjon, Dilnozaxon; Aziza is
# not Azizjon) and the English plural (the Askarovs; Lena is not a lens, Aida not AIDS).
_WHOLE_NAME_ENDINGS: Final = ("jon", "xon", "жон", "хон", "ҷон", "s")
_GENITIVES: Final = ("ning", "нинг")  # Uzbek "of": Gulnoraning oʻgʻli, Gulnora's son
_SAMPLE_NAME: Final = "Bahodir"  # a name part, to see how an ending folds at a word's end
MIN_BARE = 6  # Uzbek names matched without their oʻ/gʻ mark (Orol, olmas are ordinary words)
MIN_OUTSIDE = 5  # a word that names someone outside the printed cases (Kim, Lena are common)
# How closely a word matches a name part, closest first: Rahimova as written; Rahimova-ning, a
# whole name with an ending; Rahimov-ning, a name whose last vowel was dropped, with an ending.
AS_WRITTEN, WITH_ENDING, SHORTENED = 0, 1, 2
# How far a spelling variant of a protected name part may stand from another word of hers and
# still be taken for her name: "Gulnara Bahodirovna Shamsutdinova" has her patronymic between.
VARIANT_REACH = 1  # words between


_PUNCTUATION = '.,;:!?()[]{}«»"“”„—–…'
# Invisible characters that split a name without showing: a soft hyphen (pasted from a word
# processor), zero-width spaces, a stray byte order mark are dropped wherever they are. Inside
# a word, so are the other format characters search drops (joiners, direction marks pasted
# from messaging apps), except joiners between letters of Arabic script (Persian needs them).
_INVISIBLE = str.maketrans(dict.fromkeys("\u00ad\u200b\u2060\ufeff"))
_INSIDE_WORD = re.compile(rf"(?<=\w)[{INVISIBLE}]+(?=\w)")
_JOINERS = frozenset("\u200c\u200d")


def _inside_word(match: re.Match[str]) -> str:
    between = match.string[match.start() - 1] + match.string[match.end()]
    kept = set(match.group()) <= _JOINERS and all(map(_ARABIC_LETTERS.match, between))
    return match.group() if kept else ""


def _normal_text(text: str) -> str:
    """text in the form names are matched in: composed letters (ё typed as е and a combining
    mark, as macOS writes file names, is one letter), no invisible characters inside words."""
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    return _INSIDE_WORD.sub(_inside_word, text.translate(_INVISIBLE))


def _camel_parts(word: str) -> list[str]:
    """The words of a word written in camel case (#FreeAskarov, AskarovAzamjon.jpg)."""
    cuts = [i for i in range(1, len(word)) if word[i].isupper() and word[i - 1].islower()]
    return [word[start:end] for start, end in zip([0, *cuts], [*cuts, len(word)], strict=True)]


def _is_camel(word: str) -> bool:
    return not (word.islower() or word.isupper() or word.istitle())


def _distinct_words(text: str) -> set[str]:
    """The distinct words of text, as _WORD finds them, several times faster: most
    whitespace-separated tokens are plain words, or plain words in punctuation."""
    words: set[str] = set()
    for token in set(text.split()):
        if token.isalpha():
            words.add(token)
        elif (bare := token.strip(_PUNCTUATION)).isalpha():
            words.add(bare)
        else:
            words.update(_WORD.findall(token))
    # Most words are lower case after their first letter: one cheap test rules them out.
    for word in [w for w in words if not w[1:].islower() and _is_camel(w)]:
        words.update(_camel_parts(word))
    return words


class _Found(NamedTuple):
    """A whole-word occurrence of a name word in a text. A spelling variant (Gulnara for
    Gulnora) carries whom it names there, which depends on the words beside it; is_guess: a
    variant with no other word of hers beside it, which may be another woman of that name."""

    start: int
    end: int
    word: str
    owners: dict[str, int] | None = None
    is_guess: bool = False


def _occurrences(text: str, words: set[str]) -> list[_Found]:
    """Where these words occur in text as whole words, in order (str.find is far cheaper than
    compiling a pattern for each paragraph's set of names)."""
    found = []
    for word in words:
        start = text.find(word)
        while start != -1:
            end = start + len(word)
            if _starts_word(text, start) and _ends_word(text, end):
                found.append(_Found(start, end, word))
            start = text.find(word, end)
    found.sort(key=lambda f: (f.start, -f.end))
    whole: list[_Found] = []
    for occurrence in found:  # a word inside another (ulomov in G'ulomov) yields to it
        if not whole or occurrence.start >= whole[-1].end:
            whole.append(occurrence)
    return whole


def _starts_word(text: str, start: int) -> bool:
    # After a non-letter, or where camel case starts a word (#FreeAskarov).
    before = text[start - 1] if start else ""
    return not before.isalpha() or (before.islower() and text[start].isupper())


def _ends_word(text: str, end: int) -> bool:
    after = text[end] if end < len(text) else ""
    return not after.isalpha() or (text[end - 1].islower() and after.isupper())


def _key(word: str) -> str:
    return word.casefold().translate(_KEY_TABLE)


def _possessive(word: str) -> str:
    """The English possessive ending of word ('s, ’s, ʼs...), or ""."""
    is_possessive = len(word) > 2 and word[-1] in "sS" and word[-2] in _APOSTROPHES
    return word[-2:] if is_possessive else ""


def _name_parts(person: NamedPerson) -> list[str]:
    """The words of all the person's stored names."""
    return [part for name in person.names for part in _WORD.findall(_normal_text(name))]


def _mentioned_names(people: Sequence[NamedPerson]) -> dict[tuple[str, str], str]:
    """(person id, name part) → the name that part of a stored name mentions in the
    possessive: whom the person is known by, not a name of his own. An English possessive
    always ("Gulnora's son Rustam"), the Uzbek genitive -ning (-нинг) after a name part of
    someone else recorded ("Gulnoraning oʻgʻli Rustam"; Manning is a surname)."""
    mentions: dict[tuple[str, str], str] = {}
    genitives: list[tuple[str, str, str]] = []  # (person id, part, stem): checked below
    for person in people:
        for part in _name_parts(person):
            if ending := _possessive(part):
                mentions[person.id, part] = part[: -len(ending)]
            elif _key(part).endswith(_GENITIVES):
                genitives.append((person.id, part, part[:-4]))  # both are four letters
    if genitives:
        owners: dict[str, set[str]] = {}
        for person in people:
            for part in _name_parts(person):
                for form in (_key(part), fold(part)):
                    owners.setdefault(form, set()).add(person.id)
        for person_id, part, stem in genitives:
            if any(owners.get(form, set()) - {person_id} for form in (_key(stem), fold(stem))):
                mentions[person_id, part] = stem
    return mentions


@cache
def _suffixes_in(
    normal: Callable[[str], str], suffixes: tuple[str, ...] = _SUFFIXES
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


@dataclass(frozen=True)
class NamedPerson:
    """A person whose names may occur in the dossier's text; label is set if protected.
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


class _Index:
    """Name words to the people they belong to, in one normal form: the raw key, or search's
    folded key (is_folded), whose endings and doubled letters need care (see add, owners)."""

    def __init__(self, normal: Callable[[str], str], *, is_folded: bool = False) -> None:
        self.normal = normal
        self.is_folded = is_folded
        self.suffixes = _suffixes_in(normal)
        self.whole_suffixes = _whole_name_endings_in(normal)
        self.exact: dict[str, set[str]] = {}
        self.stems: dict[str, set[str]] = {}
        self.stem_lengths: list[int] = []

    def add(self, person_id: str, part: str) -> None:
        form = self.normal(part)
        if len(form) < 2:
            return
        self.exact.setdefault(form, set()).add(person_id)
        if len(form) >= MIN_INFLECTED:
            for stem in _stems(form):
                self.stems.setdefault(self.normal(stem), set()).add(person_id)
        # Folding unifies an Uzbek ending only at the end of a word: Azamjon and Азамжон fold
        # to azamjan, but Азамжона ("of Azamjon") to azamjona. The local spelling (azamjon) is
        # a whole name part that endings follow; no folded word is ever that spelling itself.
        local = local_stem(form) if self.is_folded else form
        if local != form:
            self.exact.setdefault(local, set()).add(person_id)
            for stem in _stems(local):
                self.stems.setdefault(stem, set()).add(person_id)

    def seal(self) -> None:
        self.stem_lengths = sorted({len(s) for s in self.stems})

    def _is_whole_name_ending(self, rest: str) -> bool:
        # Folding writes a doubled letter once where two endings meet too: Gulnorajon + ning
        # folds to gulnorajoning.
        return any(
            rest.startswith(s)
            and (
                rest == s
                or self._is_ending(after := rest[len(s) :])
                or (self.is_folded and self._is_ending(s[-1] + after))
            )
            for s in self.whole_suffixes
        )

    def _is_ending(self, rest: str) -> bool:
        if rest in self.suffixes:
            return True
        return any(
            rest[:i] in self.suffixes and rest[i:] in self.suffixes for i in range(1, len(rest))
        )

    def _is_ending_after_double(self, form: str, length: int) -> bool:
        # Folding writes a doubled letter once, also where an ending meets the name: Азамжон +
        # нинг folds to azamjoning, Эркин + нинг to erkining. The raw form keeps both letters.
        return self.is_folded and form[length - 1] + form[length:] in self.suffixes

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
                    rank = WITH_ENDING if person in whole else SHORTENED
                    found[person] = min(rank, found.get(person, rank))
            elif whole and self._is_whole_name_ending(rest):
                for person in whole:
                    found[person] = min(WITH_ENDING, found.get(person, WITH_ENDING))
        return found


class Redactor:
    """Replaces the names of protected people in text by their labels."""

    def __init__(
        self,
        people: Sequence[NamedPerson],
        name_withheld: str,
        label_when_named: Callable[[str], str] | None = None,
    ) -> None:
        self.labels = {p.id: p.label for p in people if p.label}  # grows as the text is read
        self._protected = set(self.labels)
        if label_when_named is not None:
            self._protected |= {p.id for p in people if p.is_labelled_when_named}
        self._label_when_named = label_when_named
        self.name_withheld = name_withheld
        self._outside = {p.id for p in people if p.is_labelled_when_named}
        self._named_inside = {p.id for p in people if not p.label and not p.is_labelled_when_named}
        raw, folded = _Index(_key), _Index(fold, is_folded=True)
        self._indexes = (raw, folded)
        # A word a stored name gives in the possessive ("Gulnora's son Rustam") names someone
        # else, whom he is known by: it is his name word, so that it alone is shared, but it
        # never shields her name as one of his own words would (see _resolve).
        self._mentions = (_Index(_key), _Index(fold, is_folded=True))
        # Name parts as Uzbek and Russian spell them differently (Gulnara for Gulnora), which
        # search finds in prose; consulted only for words that name nobody. Everyone's, so that
        # a variant beside a surname that two namesakes share names both, as the surname does.
        self._variants = _Index(fold, is_folded=True)
        kept = (
            {
                form
                for person in people
                if person.id in self._protected and not person.yields
                for part in _name_parts(person)
                for form in (_key(part), fold(part))
            }
            if any(person.yields for person in people)
            else set()
        )
        mentions = _mentioned_names(people)
        for person in people:
            for part in _name_parts(person):
                if person.yields and {_key(part), fold(part)} & kept:
                    continue
                word = mentions.get((person.id, part), part)
                raw, folded = self._mentions if word != part else self._indexes
                raw.add(person.id, word)
                folded.add(person.id, word)
                for spelling in prose_spellings(fold(word)):
                    self._variants.add(person.id, spelling)
                bare = _key(word).replace("'", "")  # Uzbek oʻ, gʻ typed without the mark
                if len(bare) >= MIN_BARE and bare != _key(word):
                    raw.add(person.id, bare)
        self._has_mentions = any(index.exact for index in self._mentions)
        for index in (*self._indexes, *self._mentions, self._variants):
            index.seal()
        self._cache: dict[str, dict[str, int]] = {}
        self._variant_cache: dict[str, dict[str, int]] = {}
        self._initials = {
            person.id: {
                form[:1] for part in _name_parts(person) for form in (_key(part), fold(part))
            }
            for person in people
            if person.id in self._protected
        }

    @property
    def is_active(self) -> bool:
        """True if anyone is protected, i.e. the redactor may change text."""
        return bool(self._protected)

    def label(self, person_id: str) -> str | None:
        """The label that replaces this person, or None if they are not protected."""
        return self.labels.get(person_id)

    def must_not_name(self, person_id: str) -> bool:
        """True if the dossier replaces this person wherever it names them."""
        return person_id in self._protected

    def _owners(self, word: str) -> dict[str, int]:
        """Who word may name, each with how closely it matches their name (AS_WRITTEN...).
        A word that names nobody is looked up among the spelling variants once, here."""
        owners = self._cache.get(word)
        if owners is None:
            owners = self._direct_owners(word)
            if not owners and (rest := self._after_proclitic(word)):
                owners = self._direct_owners(rest)
            is_variant_candidate = not owners and len(word) >= MIN_INFLECTED
            if is_variant_candidate and (variant_owners := self._variants.owners(word)):
                self._variant_cache[word] = variant_owners
            self._cache[word] = owners
        return owners

    def _variant_owners(self, word: str) -> dict[str, int]:
        """Whose name parts a word of the text that names nobody is a spelling variant of,
        each with how closely (AS_WRITTEN for the variant of a whole part...)."""
        return self._variant_cache.get(word, {})

    def _owners_of(self, found: _Found) -> dict[str, int]:
        """Who an occurrence may name: a spelling variant whom the words beside it name."""
        return self._owners(found.word) if found.owners is None else found.owners

    def _direct_owners(self, word: str) -> dict[str, int]:
        owners = self._own_owners(word)
        if self._has_mentions:
            for index in self._mentions:
                for person, rank in index.owners(word).items():
                    owners[person] = min(rank, owners.get(person, rank))
        return owners

    def _own_owners(self, word: str) -> dict[str, int]:
        """Whose own name parts word may be, leaving out the names that mention it."""
        raw, folded = self._indexes
        owners = raw.owners(word)
        for person, rank in folded.owners(word).items():
            owners[person] = min(rank, owners.get(person, rank))
        return owners

    def _mentioning(self, found: _Found) -> set[str]:
        """The people found names only because a name of theirs mentions its owner in the
        possessive ("Gulnora's son Rustam" for Gulnora), not as a name part of their own."""
        if not self._has_mentions or found.owners is not None:
            return set()
        return self._owners(found.word).keys() - self._own_owners(found.word).keys()

    def _alone(self, found: _Found) -> frozenset[str]:
        """Who a word names when it stands without the rest of a name. Someone outside the
        printed cases only by a longer word that no person of the cases matches more closely:
        a judge Kim is not the protected Lena Kim of another case, and "Karimov's" is the
        victim Rustam Karimov's, not the protected Gulnora Karimova's elsewhere; but
        "Karimova" and "Karimovaning" may be hers, and are replaced. A spelling variant names
        whom _with_variants found for it."""
        if found.owners is not None:
            return frozenset(found.owners)
        word = found.word
        owners = self._owners(word)
        outside = owners.keys() & self._outside
        if not outside:
            return frozenset(owners)
        if len(word) < MIN_OUTSIDE:
            return frozenset(owners.keys() - outside)
        own_inside = owners.keys() & self._named_inside - self._mentioning(found)
        closest_inside = min((owners[p] for p in own_inside), default=SHORTENED + 1)
        return frozenset(
            p for p, rank in owners.items() if p not in outside or rank <= closest_inside
        )

    def _after_proclitic(self, word: str) -> str:
        """word without an Arabic proclitic joined to it ("" if it has none); a name that
        itself begins with such a letter (وليد) matched before this is asked."""
        if not _ARABIC_LETTERS.match(word):
            return ""
        for proclitic in _PROCLITICS:
            if word.startswith(proclitic) and len(word) - len(proclitic) >= 2:
                return word[len(proclitic) :]
        return ""

    def _proclitic(self, word: str) -> str:
        """The proclitic to keep before a label: the "and" of "and Abdullah"."""
        if self._direct_owners(word):
            return ""
        rest = self._after_proclitic(word)
        return word[: len(word) - len(rest)] if rest else ""

    def _replacement(self, owners: frozenset[str], words: list[_Found]) -> str | None:
        """What replaces words that may belong to owners; None keeps them. A guess (Gulnara
        alone for a stored Gulnora) may be another woman of that name: never her label."""
        protected = owners & self._protected
        if not protected:
            return None
        if len(owners) == 1 and not any(word.is_guess for word in words):
            return self._label_of(next(iter(protected)))
        return self.name_withheld

    def _label_of(self, person_id: str) -> str:
        label = self.labels.get(person_id)
        if label is None:
            assert self._label_when_named is not None
            label = self.labels[person_id] = self._label_when_named(person_id)
        return label

    def __call__(self, text: str) -> str:
        """text with every protected name replaced; unchanged if nobody is protected."""
        if not self._protected or not text:
            return text
        text = _normal_text(text)
        known = self._cache
        names = set()
        variants = set()
        for word in _distinct_words(text):
            owners = known.get(word)
            if owners is None:
                owners = self._owners(word)
            if owners:
                names.add(word)
            elif word in self._variant_cache:
                variants.add(word)
        if not names and not variants:
            return text  # the common case: a paragraph that names nobody known
        found = _occurrences(text, names | variants)
        if variants:
            found = self._with_variants(text, found, variants)
        out: list[str] = []
        done = 0  # text before this offset is written out
        index = 0
        while index < len(found):
            run = [found[index]]
            index += 1
            while index < len(found) and _JOINT.fullmatch(text, run[-1].end, found[index].start):
                run.append(found[index])
                index += 1
            before = _INITIALS_BEFORE.search(text, max(done, run[0].start - 12), run[0].start)
            after = _INITIALS_AFTER.match(text, run[-1].end)
            start = before.start() if before else run[0].start
            end = after.end() if after else run[-1].end
            for piece_start, piece_end, replacement in self._resolve(text, run, start, end):
                out.append(text[done:piece_start])
                out.append(replacement)
                done = piece_end
        out.append(text[done:])
        return "".join(out)

    def _with_variants(self, text: str, found: list[_Found], variants: set[str]) -> list[_Found]:
        """found, with each spelling variant of a protected name part (Gulnara for Gulnora)
        kept only where it names her: within VARIANT_REACH words of another word of hers, as
        written or a variant too ("Gulnara Shamsutdinova", "Nadira Kadirova" for Nodira
        Qodirova), with whom that word names; or capitalised, the variant of a whole name part
        of MIN_OUTSIDE letters or more, and beside no other recorded name word, as a guess. A
        variant in lower case alone is taken for an ordinary word, and one beside another
        person's name ("Gulnara Karimova" with a Karimova recorded) for part of that name."""
        kept = []
        for index, occurrence in enumerate(found):
            if occurrence.word not in variants:
                kept.append(occurrence)
                continue
            candidates = self._variant_owners(occurrence.word)
            named: set[str] = set()
            is_beside_a_name = False
            for neighbour, is_adjacent in self._near(text, found, index):
                if neighbour.word in variants:
                    named |= candidates.keys() & self._variant_owners(neighbour.word).keys()
                    continue
                owners = self._owners(neighbour.word).keys()
                named |= candidates.keys() & owners
                is_beside_a_name |= is_adjacent
            if named & self._protected:
                kept.append(occurrence._replace(owners={p: candidates[p] for p in named}))
                continue
            whole_parts = {p: rank for p, rank in candidates.items() if rank <= WITH_ENDING}
            word = occurrence.word
            is_capitalised_alone = word[0].isupper() and not is_beside_a_name
            if (
                is_capitalised_alone
                and len(word) >= MIN_OUTSIDE
                and whole_parts.keys() & self._protected
            ):
                kept.append(occurrence._replace(owners=whole_parts, is_guess=True))
        return kept

    @staticmethod
    def _near(text: str, found: list[_Found], index: int) -> list[tuple[_Found, bool]]:
        """The occurrences within VARIANT_REACH words of found[index] on its line, each with
        whether it is adjacent (only spaces, a hyphen or initials between)."""
        occurrence = found[index]
        near = []
        for step in (-1, 1):
            other = index + step
            while 0 <= other < len(found):
                neighbour = found[other]
                first, last = (neighbour, occurrence) if step < 0 else (occurrence, neighbour)
                is_adjacent = bool(_JOINT.fullmatch(text, first.end, last.start))
                is_near = (
                    len(_WORD.findall(text, first.end, last.start)) <= VARIANT_REACH
                    and "\n" not in text[first.end : last.start]
                )
                if not (is_adjacent or is_near):
                    break
                near.append((neighbour, is_adjacent))
                other += step
        return near

    def _resolve(
        self, text: str, run: list[_Found], start: int, end: int
    ) -> list[tuple[int, int, str]]:
        """(start, end, replacement) for the parts of a run of name words (from start to end,
        with its initials) that name protected people."""
        if len(run) == 1:
            common = self._alone(run[0])
        else:
            common = frozenset.intersection(*(frozenset(self._owners_of(w)) for w in run))
        replacement = self._replacement(common, run) if common else None
        if replacement is not None:
            return [(start, end, self._labelled(run[0], run[-1], replacement))]
        # The run names nobody protected as a whole, but a longer name must not shield a
        # protected one inside it: "son of Gulnora Shamsutdinova" may be an unprotected son's
        # other name, and her name in it is still hers. Two or more words that all name one
        # protected person, or one such word with her initial ("son of G. Shamsutdinova"), are
        # hers wherever they stand; a single shared word (a brother's surname in his full
        # name) stays with the whole name, as docs/reports.md says, unless his name only
        # mentions her ("Gulnora's son Rustam"): "Gulnora's son" becomes "[name withheld]'s son".
        pieces = []
        first = 0
        while first < len(run):
            after, protected = self._protected_stretch(run, first)
            if protected:
                piece_start, piece_end = self._with_initials(text, run, first, after, start, end)
                if (
                    after - first >= 2
                    or self._has_initial_of(protected, text[piece_start:piece_end])
                    or (common and common <= self._mentioning(run[first]))
                ):
                    owners = frozenset.intersection(
                        *(frozenset(self._owners_of(w)) for w in run[first:after])
                    )
                    replacement = self._replacement(owners, run[first:after])
                    assert replacement is not None  # someone protected owns every word
                    label = self._labelled(run[first], run[after - 1], replacement)
                    pieces.append((piece_start, piece_end, label))
                    first = after
                    continue
            if not common:  # words of different people: each word for itself
                found = run[first]
                replacement = self._replacement(self._alone(found), [found])
                if replacement is not None:
                    label = self._labelled(found, found, replacement)
                    pieces.append((found.start, found.end, label))
            first += 1
        return pieces

    def _protected_stretch(self, run: list[_Found], first: int) -> tuple[int, set[str]]:
        """The end of the longest stretch of run from first whose words all name one and the
        same protected person, and who that may be (nobody if the word at first names nobody
        protected)."""
        protected = set(self._owners_of(run[first])) & self._protected
        after = first + 1
        while after < len(run) and (still := protected & self._owners_of(run[after]).keys()):
            protected, after = still, after + 1
        return after, protected

    @staticmethod
    def _with_initials(
        text: str, run: list[_Found], first: int, after: int, start: int, end: int
    ) -> tuple[int, int]:
        """Where the words run[first:after] start and end with the initials beside them, in
        a run of name words that spans start to end."""
        window_start = start if first == 0 else run[first - 1].end
        window_end = end if after == len(run) else run[after].start
        before = _INITIALS_BEFORE.search(text, window_start, run[first].start)
        # Read to the end of text: an initial joined to the next word (A.Rakhimov) is its own.
        trailing = _INITIALS_AFTER.match(text, run[after - 1].end)
        if trailing is None or trailing.end() > window_end:
            return (before.start() if before else run[first].start, run[after - 1].end)
        return (before.start() if before else run[first].start, trailing.end())

    def _has_initial_of(self, person_ids: set[str], text: str) -> bool:
        """True if text has an initial ("G." or "Г.") that begins a name part of one of these
        people."""
        letters = {
            form[:1]
            for initial in re.findall(_INITIAL, text)
            for form in (_key(initial[0]), fold(initial[0]))
        }
        return any(letters & self._initials[person] for person in person_ids)

    def _labelled(self, first: _Found, last: _Found, replacement: str) -> str:
        """The replacement of the words from first to last, keeping a proclitic "and" before
        it and a possessive after it."""
        return self._proclitic(first.word) + replacement + _possessive(last.word)
