"""What a case reference ("KG-2010-0007") may hold, so that a form can say it as it is typed.

A reference names its case in lists, dossiers and bundles, one per line: a line break would make
one case look like two, an invisible or direction character two look alike; and it is at most
the column's width. Saving refuses such a reference (``record_validation``) in English, and
only once the user pressed Save; the form words the same fault in the user's language.
"""

from __future__ import annotations

import unicodedata

from desktop_app.core.one_line_text import OneLineFault
from desktop_app.core.record_validation import MAX_REFERENCE_CHARS

# Line and paragraph separators break a line as a control character does.
_LINE_BREAKING = frozenset(("Cc", "Zl", "Zp"))
# Embeddings, overrides and isolates: the format characters that turn the text around them.
_DIRECTION_CLASSES = frozenset(("LRE", "RLE", "PDF", "LRO", "RLO", "LRI", "RLI", "FSI", "PDI"))


def reference_fault(reference: str) -> OneLineFault | None:
    """Why reference, stripped as it is saved, cannot be a case's reference: longer than
    MAX_REFERENCE_CHARS, or holding a control, direction or other invisible (format)
    character; None if it can be."""
    reference = reference.strip()
    if len(reference) > MAX_REFERENCE_CHARS:
        return OneLineFault("too_long", length=len(reference))
    for char in reference:
        category = unicodedata.category(char)
        if category in _LINE_BREAKING:
            return OneLineFault("control", char)
        if category == "Cf":
            is_direction = unicodedata.bidirectional(char) in _DIRECTION_CLASSES
            return OneLineFault("direction" if is_direction else "invisible", char)
    return None
