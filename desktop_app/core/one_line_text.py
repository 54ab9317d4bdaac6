"""What a one-line field (a name, a title, a place) read from a JSON file may hold.

A JSON file can carry what no keyboard types: a NUL, a bell, an escape sequence that recolours
a terminal, a right-to-left override that shows "Askarov" as "voraksA", a megabyte of name.
Such a value, stored, shows in every list, dossier and CLI line. The import refuses it; bundles
do not (``content.validate_record``), since a vault may already hold such data and refusing it
there would stop two colleagues' exchange for good.
"""

from __future__ import annotations

import unicodedata

# A QLineEdit's default maxLength, which the forms keep: a name typed or pasted in a form is
# never longer, so whatever a form saved and an export wrote imports again.
MAX_ONE_LINE_CHARS = 32_767
# Embeddings, overrides and isolates turn the text around them; U+200E/U+200F (marks) only
# place a neutral character and stay allowed.
_DIRECTION_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
# Zero-width space, word joiner, byte-order mark: invisible, and no script needs them inside a
# name. ZWNJ and ZWJ (U+200C, U+200D) stay: Persian-script names and emoji need them.
_INVISIBLE = frozenset("\u200b\u2060\ufeff")
# Per field: (kind, field, holds a list of lines).
ONE_LINE_FIELDS: tuple[tuple[str, str, bool], ...] = (
    ("case", "title", False),
    ("case", "place", False),
    ("person", "name", False),
    ("person", "other_names", True),
    ("person", "pseudonym", False),
    ("testimony", "place", False),
    ("event", "place", False),
)


def one_line_problem(value: str) -> str | None:
    """Why value cannot be one line of a name or a title (an English clause), or None."""
    if len(value) > MAX_ONE_LINE_CHARS:
        return f"is too long ({len(value):,} characters; at most {MAX_ONE_LINE_CHARS:,})"
    for char in value:
        if unicodedata.category(char) == "Cc":
            return f"holds the control character U+{ord(char):04X}"
        if char in _DIRECTION_CONTROLS:
            return f"holds the text direction control U+{ord(char):04X}"
        if char in _INVISIBLE:
            return f"holds the invisible character U+{ord(char):04X}"
    return None
