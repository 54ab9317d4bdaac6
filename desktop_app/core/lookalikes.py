"""When two labels look the same in print: "Свидетель А" typed with a Cyrillic А and
"Свидетель A" with a Latin A are one label to a reader, though not to ``==``.

The skeleton folds case, Unicode compatibility forms (fullwidth Ａ, ligatures), runs of spaces,
and the Cyrillic and Greek letters drawn like a Latin one onto that letter — a small, exact
subset of Unicode's confusables (UTS #39) for the scripts a dossier prints. It is folded after
casefold, so a lowercase look-alike of a capital (в for В ≈ B) folds too: a skeleton may call
two labels alike that a careful eye tells apart, never the other way round, and a needless
skip of a letter costs nothing.

Names are read another way (``latin_readings``): search folding already transliterates a
Cyrillic name (Дильноза is Dilnoza), so only a word that mixes Latin letters with Cyrillic or
Greek ones, or holds a Greek letter (which folding leaves as it is), is read as the Latin
letters it looks like: "Dilnοza" with a Greek omicron is Dilnoza to a reader.
"""

from __future__ import annotations

import unicodedata
from typing import Final

# Lowercase, as casefold leaves them: Cyrillic (а … ԝ), then Greek (α … χ).
_LATIN_OF: Final = str.maketrans(
    "авеѕіјкмнорстухһԛԝαβεζηικμνορτυχ",
    "abesijkmhopctyxhqwabezhikmnoptyx",
)
# The same letters as small letters look (ν like v, η like n, υ like u, ь like b), for a name
# written in small letters; a letter that looks alike in both cases is in both tables.
_SMALL_LATIN_OF: Final = str.maketrans(
    "аеѕіјорсухһԛԝьαγεηικνοπρτυχω",
    "aesijopcyxhqwbayenikvonptuxw",
)


def skeleton(text: str) -> str:
    """The form two labels share if a reader cannot tell them apart in print."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    return " ".join(folded.split()).translate(_LATIN_OF)


def _is_disguised(word: str) -> bool:
    """True if a reader may take word for a Latin one it is not: Latin letters mixed with
    Cyrillic or Greek, or any Greek letter."""
    scripts = {unicodedata.name(c, "").split(" ", 1)[0] for c in word if not c.isascii()}
    has_latin = any(c.isascii() and c.isalpha() for c in word)
    return "GREEK" in scripts or ("CYRILLIC" in scripts and has_latin)


def latin_readings(name: str) -> tuple[str, ...]:
    """name, then name with its disguised words (``_is_disguised``) read as the Latin letters
    they look like as capitals and as small letters (only the readings that differ)."""
    folded = unicodedata.normalize("NFKC", name).casefold()
    if folded.isascii():
        return (name,)
    readings = [name]
    for table in (_LATIN_OF, _SMALL_LATIN_OF):
        read = " ".join(_read(word, table) for word in folded.split())
        if read != " ".join(folded.split()) and read not in readings:
            readings.append(read)
    return tuple(readings)


def _read(word: str, table: dict[int, int]) -> str:
    """word as a reader sees it in Latin letters, if it is disguised (``_is_disguised``)."""
    return word.translate(table) if _is_disguised(word) else word
