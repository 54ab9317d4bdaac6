"""When two labels look the same in print: "Свидетель А" typed with a Cyrillic А and
"Свидетель A" with a Latin A are one label to a reader, though not to ``==``.

Which letters look alike is Unicode's call, not ours: its confusables (UTS #39, as shipped by
the ``confusable-homoglyphs`` package) put every character in a class with the one it is drawn
like (Latin ɑ and a, Armenian օ and o, Cherokee Ꭺ and A, capital I, digit 1 and l, digit 0 and
O). A reading maps each character to its class's letter: the Latin letter when the class has
one, else the letter of a Latin small capital in it (ᴀ, and ᴋ, к, ĸ read as k), else one fixed
member. Names are compared without letter case, so a reading folds case between two passes
(a capital's look-alike is matched before the case is lost, a small letter's after), and a
second reading reads a small letter as its capital looks (в as В, which is B; ӏ as Ӏ, which is
l). Both only ever merge classes: a skeleton may call two labels alike that a careful eye
tells apart, never the other way round, and a needless skip of a letter costs nothing.

One deliberate gap: a Latin small letter stays itself (Unicode reads m as "rn"), so that a
name folded to plain Latin letters by search folding is its own reading and a Cyrillic
protected name meets a look-alike of its Latin spelling; "rn" for "m" is left to the eye.

Names are read another way (``latin_readings``): search folding already transliterates a
Cyrillic name (Дильноза is Dilnoza), so a word written all in Cyrillic is left to it, and
every other word is read as the Latin letters it looks like: "Dilnοza" with a Greek omicron,
"Gulnɑra" with a Latin alpha, "GuInara" with a capital I are Dilnoza and Gulnara to a reader.
A dossier reads the words of running text so too, letter for letter (``ascii_letter_readings``,
``cyrillic_twins``; see ``reports.lookalike_words``).
"""

from __future__ import annotations

import unicodedata
from functools import cache

# The marks the package's data keeps around right-to-left characters (‎ו‎): not part of them.
_LRM = "\u200e"
# The ASCII characters Unicode reads as another (I as l, 0 as O, m as rn ...): a name in plain
# ASCII without them reads as itself, and most names take this short way.
_ASCII_LOOKALIKES = frozenset('I01|`"%')
# Small Greek letters the earlier table of this module read as Latin ones and Unicode's list
# leaves apart: kept, as a reading may only grow.
_ALSO_ALIKE = {"π": "n", "ω": "w"}
# What may join the parts of a Cyrillic name without making it another script's word.
_JOINERS = frozenset("-‐‑'’ʼʻ")

Table = dict[int, str]


def skeleton(text: str) -> str:
    """The form two labels share if a reader cannot tell them apart in print."""
    return " ".join(_read(text, _tables()[1]).split())


def latin_readings(name: str) -> tuple[str, ...]:
    """name, then name with each word not all in Cyrillic read as the letters it looks like,
    as small letters and as capitals (only the readings that differ from name's words)."""
    if name.isascii() and not _ASCII_LOOKALIKES.intersection(name):
        return (name,)
    words = name.split()
    plain = " ".join(words).casefold()
    readings = [name]
    for table in _tables():
        read = " ".join(word if _is_cyrillic(word) else _read(word, table) for word in words)
        if read != plain and read not in readings:
            readings.append(read)
    return tuple(readings)


@cache
def ascii_letter_readings() -> dict[str, str]:
    """Each character but an ASCII one that Unicode's confusables read as one ASCII letter,
    with that letter in the character's case: Cyrillic а, Greek α, Latin ɑ as a; Greek Ο as O;
    a capital whose class is l's (Cyrillic І, Greek Ι) as I. Shared: do not change it."""
    readings = {}
    for key, letter in _tables()[0].items():
        char = chr(key)
        if char.isascii() or not (len(letter) == 1 and letter.isascii() and letter.isalpha()):
            continue
        if char.isupper():
            letter = "I" if letter == "l" else letter.upper()
        elif char.islower():
            letter = letter.lower()
        readings[char] = letter
    return readings


@cache
def cyrillic_twins() -> dict[str, str]:
    """Each ASCII letter that Unicode's confusables list as drawn like a letter of the main
    Cyrillic block (U+0400-U+04FF) of the same case, with that letter: a as а, P as Р, y as у.
    Only a direct listing counts: т is drawn like the small capital ᴛ, not like t. Shared: do
    not change it."""
    from confusable_homoglyphs.confusables import confusables_data

    twins: dict[str, str] = {}
    for code in range(0x400, 0x500):
        cyrillic = chr(code)
        for entry in confusables_data.get(cyrillic, ()):
            letter = entry["c"]
            is_letter = len(letter) == 1 and letter.isascii() and letter.isalpha()
            if is_letter and letter.isupper() == cyrillic.isupper():
                twins.setdefault(letter, cyrillic)
    return twins


def _read(text: str, table: Table) -> str:
    """text with every character read as its class's letter, case folded between two passes."""
    # Read before NFKD too, which splits some look-alikes (˛, read as i, is a space and a mark).
    read = unicodedata.normalize("NFKD", text.translate(table))
    return read.translate(table).casefold().translate(table)


def _is_cyrillic(word: str) -> bool:
    """True if word is written in Cyrillic alone, which search folding transliterates."""
    return all(c in _JOINERS or unicodedata.name(c, "").startswith("CYRILLIC") for c in word)


@cache
def _tables() -> tuple[Table, Table]:
    """The readings of characters as small letters and as capitals (``latin_readings``),
    built once from Unicode's confusables."""
    small = _small_letter_table()
    # As capitals, a capital I is the capital of i (DILNOZA), whatever it is in small letters.
    capitals = {key: letter for key, letter in small.items() if not chr(key).isascii()}
    for upper, letter in small.items():
        lower = chr(upper).lower()
        is_latin = len(letter) == 1 and letter.isascii() and letter.isalpha()
        if is_latin and len(lower) == 1 and not lower.isascii() and lower != chr(upper):
            capitals[ord(lower)] = letter.lower()
    return small, capitals


def _small_letter_table() -> Table:
    """Each character in a confusable class (but Latin small letters) mapped to its class's
    letter (``_class_letter``)."""
    # Imported here: its 900 kB of data loads only when a name or label is first compared.
    from confusable_homoglyphs.confusables import confusables_data

    parent: dict[str, str] = {}

    def root(item: str) -> str:
        while parent.setdefault(item, item) != item:
            parent[item] = parent[parent[item]]
            item = parent[item]
        return item

    for key, entries in confusables_data.items():
        for entry in entries:
            parent[root(entry["c"].strip(_LRM))] = root(key.strip(_LRM))
    classes: dict[str, list[str]] = {}
    for member in list(parent):
        classes.setdefault(root(member), []).append(member)
    table: Table = {}
    for members in classes.values():
        letter = _class_letter(members)
        for member in members:
            # Accents stay as typed: search folding reads them (ş as sh) or drops them.
            if len(member) == 1 and not "a" <= member <= "z" and not _is_mark(member):
                table[ord(member)] = letter
    return table | {ord(char): letter for char, letter in _ALSO_ALIKE.items()}


def _is_mark(char: str) -> bool:
    return unicodedata.category(char).startswith("M")


def _class_letter(members: list[str]) -> str:
    """The letter a class of look-alikes is read as: its Latin small letter, else its Latin
    capital, else the letter of a Latin small capital in it, else its first member in code
    point order (any fixed member keeps the class one)."""
    for wanted in ("abcdefghijklmnopqrstuvwxyz", "ABCDEFGHIJKLMNOPQRSTUVWXYZ"):
        found = [m for m in members if m in wanted and len(m) == 1]
        if found:
            return min(found)
    for member in members:
        name = unicodedata.name(member, "") if len(member) == 1 else ""
        if name.startswith("LATIN LETTER SMALL CAPITAL ") and len(name) == 28:
            return name[-1].lower()
    return min(members)
