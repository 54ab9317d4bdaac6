"""The characters no attachment file name keeps: one rule for intake and for bundles.

Intake (``attachments.safe_file_name``) drops them and a bundle's reader refuses a name holding
one (``exchange.format.attachment_name_problem``), so every name the vault takes can travel and
no colleague can send a name this vault would not have taken. ``file_stem_from`` makes a name
to suggest (a contact file named after its owner) from any text, by the same rule.
"""

from __future__ import annotations

import re
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


# What Windows refuses in a file name ("/" everywhere), and the device names it reserves (with
# any extension: CON.pdf is the console too).
NOT_IN_FILE_NAMES = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]+')
RESERVED_FILE_NAMES = re.compile(r"(CON|PRN|AUX|NUL|COM\d|LPT\d)(\..*)?", re.IGNORECASE)
MAX_SUGGESTED_STEM = 120  # characters: room for a suffix and a folder in any path limit


def file_stem_from(text: str) -> str:
    """text fit to begin a file name on any file system ("Karimova_Osh" for "Karimova/Osh"),
    or "" if it holds no letter or digit or is a name Windows reserves."""
    text = unicodedata.normalize("NFC", text)
    text = "".join(ch for ch in text if not is_dropped_from_names(ch))
    stem = " ".join(NOT_IN_FILE_NAMES.sub("_", text).split())
    stem = stem[:MAX_SUGGESTED_STEM].strip(" .")
    if not any(ch.isalnum() for ch in stem) or RESERVED_FILE_NAMES.fullmatch(stem):
        return ""
    return stem
