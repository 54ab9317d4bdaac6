"""The readings of a person's names that the duplicate finder compares.

One person reaches a vault as ``Gulnora Shamsutdinova``, ``Шамсутдинова Гулнора`` and
``Gulnoraxon Shamsutdinova``. Each name a person holds (name and other names) is read:

- folded (``desktop_app.core.search.folding``), so scripts and transliterations meet;
- as typed without the Uzbek ʻ (``Oʻtkirbek`` as ``Otkirbek``), which folding cannot tell;
- with an affectionate or honorific ending taken off one word (``Gulnoraxon`` as
  ``Gulnora``, ``Akmaljon`` as ``Akmal``): in Uzbek, Tajik and Karakalpak use these are
  added to a given name at will, so one person is written with and without them;
- with a one-word other name in place of each word of the name in turn (other name
  ``Gulnoraxon`` of ``Gulnora Shamsutdinova``): such an other name is a given name, a
  nickname or a maiden surname, and which word it stands for is not recorded. The readings
  where the guess is wrong (``Gulnora Gulnoraxon``) are names nobody holds.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import NamedTuple

from desktop_app.core.search.folding import APOSTROPHES, WordFolder

# As written, casefolded. Both -jon and -djon are tried (Ахмаджон is Ахмад + жон, Акмалджон
# Акмал + джон): the wrong cut leaves a stem nobody is named. -gul is an ending only: the
# Gul of Gulnora or Gulbahor begins another name and is never taken off.
GIVEN_NAME_ENDINGS = (
    "xon", "xan", "khon", "khan", "хон", "хан",
    "jon", "jan", "zhon", "zhan", "djon", "djan", "dzhon", "dzhan",
    "жон", "жан", "джон", "джан", "ҷон",
    "oy", "ой", "bek", "бек", "bonu", "бону", "niso", "нисо", "gul", "гул",
)  # fmt: skip
_ENDING_LENGTHS = sorted({len(ending) for ending in GIVEN_NAME_ENDINGS}, reverse=True)
# The longest ending a word has, and the shorter ones within it (djon: djon and jon).
_ENDINGS_IN = {
    longest: tuple(ending for ending in GIVEN_NAME_ENDINGS if longest.endswith(ending))
    for longest in GIVEN_NAME_ENDINGS
}
# Fewer letters than this left by an ending are a name of their own (Oybek, Oygul, Oyxon).
_MIN_STEM = 3

_SKELETON = str.maketrans({"o": "a", "h": "g", "w": "v", "z": "s", "u": "a", "e": "i"})
# A name as typed without the Uzbek ʻ (Oʻtkirbek as Otkirbek; Ўткирбек, whose ў is oʻ, as
# Откирбек): folding reads oʻ as the u Russian writes for it, and a bare o as o, so the two
# spellings of one name meet only in this reading.
_WITHOUT_MARKS = str.maketrans({"ў": "о", "Ў": "О", **dict.fromkeys(APOSTROPHES + "'")})


class NameReading(NamedTuple):
    """One way of reading a name a person holds."""

    written: str  # the name as the reasons show it
    words: tuple[str, ...]
    # True if words are its folding, False if they are how it reads typed without oʻ marks
    # (then the same words count as another spelling).
    is_folded: bool
    skeleton: tuple[str, ...]
    ending: str  # the ending taken off one word ("xon", "жон"), "" if none


def skeleton(words: Iterable[str]) -> tuple[str, ...]:
    """A coarse key that spellings of one name share (vowel classes, h/g, z/s, w/v, y
    glides): only names with equal skeletons are compared word by word."""
    return tuple(sorted(w.translate(_SKELETON).replace("y", "").replace("ii", "i") for w in words))


def _endings_taken_off(written: str) -> Iterable[tuple[str, str]]:
    """(the name with an ending taken off one word, the ending), for each such ending."""
    words = written.split()
    for index, word in enumerate(words):
        lower = word.casefold()
        longest = next((lower[-n:] for n in _ENDING_LENGTHS if lower[-n:] in _ENDINGS_IN), "")
        # A word casefolding to another length (ß) is no Uzbek name.
        if not longest or len(lower) != len(word):
            continue
        for ending in _ENDINGS_IN[longest]:
            if len(word) - len(ending) >= _MIN_STEM:
                stem = word[: -len(ending)]
                yield " ".join([*words[:index], stem, *words[index + 1 :]]), ending


class NameReader:
    """Reads the names of many people, each written name once: a vault holds common names
    many times, and other names share words."""

    def __init__(self) -> None:
        self._folder = WordFolder()
        self._read: dict[str, tuple[NameReading, ...]] = {}

    def person(self, name: str, other_names: Sequence[str]) -> tuple[NameReading, ...]:
        """Every reading of a person's name and other names, none twice."""
        readings = [*self._readings(name)]
        name_words = name.split()
        for other in other_names:
            readings += self._readings(other)
            if len(other.split()) == 1 and len(name_words) > 1:
                shown = f"{name} ({other.strip()})"
                for index in range(len(name_words)):
                    in_name = [*name_words[:index], other.strip(), *name_words[index + 1 :]]
                    read = self._readings(" ".join(in_name))
                    readings += (NameReading(shown, *reading[1:]) for reading in read)
        unique: dict[tuple[tuple[str, ...], bool, str], NameReading] = {}
        for reading in readings:
            unique.setdefault((reading.words, reading.is_folded, reading.ending), reading)
        return tuple(unique.values())

    def _readings(self, written: str) -> tuple[NameReading, ...]:
        if written not in self._read:
            self._read[written] = self._read_once(written)
        return self._read[written]

    def _read_once(self, written: str) -> tuple[NameReading, ...]:
        without_marks = written.translate(_WITHOUT_MARKS)
        texts = [(written, True, "")]
        texts += ((cut, True, ending) for cut, ending in _endings_taken_off(written))
        if without_marks != written:
            texts.append((without_marks, False, ""))
            texts += ((cut, False, ending) for cut, ending in _endings_taken_off(without_marks))
        readings: dict[tuple[tuple[str, ...], str], NameReading] = {}
        for text, is_folded, ending in texts:
            words = tuple(self._folder.tokens(text))
            # The unmarked reading adds nothing where it folds like the name itself.
            if words and (words, ending) not in readings:
                readings[(words, ending)] = NameReading(
                    written, words, is_folded, skeleton(words), ending
                )
        return tuple(readings.values())
