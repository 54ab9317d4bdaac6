"""When two labels look the same in print: "Свидетель А" typed with a Cyrillic А and
"Свидетель A" with a Latin A are one label to a reader, though not to ``==``.

The skeleton folds case, Unicode compatibility forms (fullwidth Ａ, ligatures), runs of spaces,
and the Cyrillic and Greek letters drawn like a Latin one onto that letter — a small, exact
subset of Unicode's confusables (UTS #39) for the scripts a dossier prints. It is folded after
casefold, so a lowercase look-alike of a capital (в for В ≈ B) folds too: a skeleton may call
two labels alike that a careful eye tells apart, never the other way round, and a needless
skip of a letter costs nothing.
"""

from __future__ import annotations

import unicodedata
from typing import Final

# Lowercase, as casefold leaves them: Cyrillic (а … ԝ), then Greek (α … χ).
_LATIN_OF: Final = str.maketrans(
    "авеѕіјкмнорстухһԛԝαβεζηικμνορτυχ",
    "abesijkmhopctyxhqwabezhikmnoptyx",
)


def skeleton(text: str) -> str:
    """The form two labels share if a reader cannot tell them apart in print."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    return " ".join(folded.split()).translate(_LATIN_OF)
