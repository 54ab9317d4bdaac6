"""Russian case endings and Uzbek suffixes on folded words, both ways.

Folding keeps endings (Askarov and Askarova are two people), so a name in another case
("показания Аскарова", "с Ибрагимовым", "в Андижане", "Toshkentda") is another word in the
index. The fuzzy tier therefore looks for the inflected forms of a query word in prose
(``inflected_forms``), and reads a query word typed in such a form as the word it may be a
form of (``base_forms``: Ибрагимовым is Ибрагимов), whose forms it then looks for too.

Only the endings of names and places are handled, on folded keys: ``-а -у -ом -ым -е`` (the
masculine cases), ``-ы -е -у -ой`` on a word in ``-а`` (the feminine ones) and the Uzbek
suffixes ``-da -dan -ga -ni -ning -dagi``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from desktop_app.core.search.folding import fold, local_stem
from desktop_app.core.search.fuzzy import is_fuzzy_candidate

# As folded text spells them: ы folds to i, й to y.
_RUSSIAN_ENDINGS = ("a", "u", "om", "im", "e")
_RUSSIAN_FEMININE_ENDINGS = ("i", "e", "u", "oy")
_UZBEK_SUFFIXES = ("da", "dan", "ga", "ni", "ning", "dagi")
_SURNAME_STEM = re.compile(r"(?:ov|ev|in)$")  # a woman's surname in -ova declines -ovoy
MIN_STEM_LETTERS = 4


@dataclass(frozen=True)
class Base:
    """A folded word that a query word may be an inflected form of."""

    word: str
    is_name: bool  # may be a person's name: False when the form is ambiguous (see base_forms)
    # The other base of an ambiguous form: when the vault holds no name for it, this base is
    # a person's name after all (Жаңабаеву, with no Жаңабаев held, is Жаңабаева's accusative).
    rival: str | None = None


def inflected_forms(word: str) -> tuple[str, ...]:
    """Folded Russian and Uzbek inflections of a folded word (Аскарова, Андижане, Toshkentda,
    Ахмаджона), without the word itself."""
    if not is_fuzzy_candidate(word):
        return ()
    forms = {word + ending for ending in _RUSSIAN_ENDINGS}
    if word.endswith("a"):
        forms.update(word[:-1] + ending for ending in _RUSSIAN_FEMININE_ENDINGS)
    stem = local_stem(word)
    if stem != word:
        # Russian declines the Uzbek spelling the key unified: Ахмаджон (ahmajan), Ахмаджона.
        forms.update(stem + ending for ending in _RUSSIAN_ENDINGS)
    forms.update(stem + suffix for suffix in _UZBEK_SUFFIXES)
    folded = {fold(form) for form in forms}
    folded.discard(word)
    return tuple(sorted(folded))


def _stems(stem: str, suffix: str) -> tuple[str, ...]:
    # What folding may have taken from a stem when an Uzbek suffix was added: a letter doubled
    # by it (Samarqand + da folds to samarkanda) or the t of td (Toshkent + da to toshkenda).
    stems = [stem, stem + suffix[0]]
    if suffix.startswith("d"):
        stems.append(stem + "t")
    return tuple(stems)


def base_forms(word: str) -> tuple[Base, ...]:
    """The folded words a folded word may be a Russian or Uzbek inflected form of: Ибрагимовым
    → ibragimov, Москве → moskva, Andijanda → andijan, Ахмаджона → ahmajan.

    A surname in ``-ova``, ``-eva``, ``-ina`` is taken as the woman's (Askarova is another
    person than Askarov), never as the genitive of the man's. Other bases are a person's name
    (``is_name``) unless the form may also be a woman's name or another case of one:
    ``Ахмаджона`` may be "of Ahmadjon" or a name in -a, ``Askarovu`` is "to Askarov" or
    Askarova in the accusative; those bases are for prose. Askarova's is a name all the same
    if the vault holds no Askarov (``Base.rival``).
    """
    if not is_fuzzy_candidate(word):
        return ()
    bases: dict[str, Base] = {}

    def add(stem: str, is_name: bool, ending: str = "", rival: str | None = None) -> None:
        # Short stems are left alone: Aksy (aksi) is no form of Aksu.
        key = fold(stem + ending)
        if len(stem) >= MIN_STEM_LETTERS and key != word and is_fuzzy_candidate(key):
            known = bases.get(key)
            if known is None or (is_name and not known.is_name):
                bases[key] = Base(key, is_name, None if is_name else rival)

    for ending in _RUSSIAN_ENDINGS:
        stem = word[: -len(ending)]
        if word.endswith(ending) and not (ending == "a" and _SURNAME_STEM.search(stem)):
            add(stem, is_name=ending != "a")
    for ending in _RUSSIAN_FEMININE_ENDINGS:
        stem = word[: -len(ending)]
        if word.endswith(ending):
            is_surname = bool(_SURNAME_STEM.search(stem))
            # Аскарову is "to Askarov" or Askarova in the accusative: hers if he is no one.
            rival = fold(stem) if is_surname and ending == "u" else None
            add(stem, ending == "oy" or not is_surname, ending="a", rival=rival)
    for suffix in _UZBEK_SUFFIXES:
        if word.endswith(suffix):
            for whole in _stems(word[: -len(suffix)], suffix):
                add(whole, is_name=True)
    return tuple(sorted(bases.values(), key=lambda base: base.word))
