"""The characters no attachment file name keeps: one rule for intake and for bundles.

Intake (``attachments.safe_file_name``) drops them and a bundle's reader refuses a name holding
one (``exchange.format.attachment_name_problem``), so every name the vault takes can travel and
no colleague can send a name this vault would not have taken.
"""

from __future__ import annotations

import unicodedata

# Controls, format characters (direction overrides, zero-width ones), surrogates, private-use
# and unassigned code points (no font shows them the same way twice), line and paragraph
# separators.
DROPPED_CATEGORIES = frozenset({"Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"})
# Letters and marks that show as nothing or as blank space: the Default_Ignorable_Code_Point
# characters outside the categories above that have no use in a name (the Hangul fillers, the
# combining grapheme joiner, Khmer's inherent vowels) and the blank Braille pattern. Eight
# Hangul fillers between "invoice.pdf" and ".exe" push the real extension out of a list's view.
# Variation selectors stay: an emoji in a name needs them, and they hide no text.
INVISIBLE_CHARACTERS = frozenset("\u034f\u115f\u1160\u17b4\u17b5\u2800\u3164\uffa0")


def is_dropped_from_names(character: str) -> bool:
    """Whether a file name may not hold character."""
    return (
        character in INVISIBLE_CHARACTERS or unicodedata.category(character) in DROPPED_CATEGORIES
    )
