"""What a one-line field (a name, a title, a place) may hold.

A JSON file can carry what no keyboard types: a NUL, a bell, an escape sequence that recolours
a terminal, a right-to-left override that shows "Askarov" as "voraksA", a megabyte of name.
Such a value, stored, shows in every list, dossier and CLI line. The JSON import, the CLI and
the forms refuse it; bundles do not, but for a value too long (``record_validation`` bounds
every source), since a vault may already hold such data and refusing it there would stop two
colleagues' exchange for good.
Instead an import drops from a colleague's record what a form refuses (``tidied_from_bundle``):
"Rustam<zero-width space> Aliev" would otherwise stand beside this vault's Rustam Aliev,
looking the same, and a title's direction override would turn the lines around it.

A paste is not a file: text copied from a web page brings a line break, or a zero-width space
or byte order mark at its ends, that the user never saw. ``tidied_one_line`` is how a form
keeps what the user sees, before the same check.

Some format characters are invisible only out of place: a variation selector picks an emoji's or
an ideograph's drawing but changes nothing after a Latin, Cyrillic or Greek letter, and tag
characters belong in a flag's tag sequence only; out of place, "Kari\ufe0fmova" shows as
Karimova. Hangul fillers (U+3164 and the like) show as a blank: a bundle's are read as spaces.
The Arabic letter mark (U+061C) is a mark like U+200E/U+200F and stays allowed; names are
compared without it (``letters_as_seen``).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, Literal

# Far above a real name, title or place with its address (a few hundred characters), far
# below what freezes a list: a 10 MB name took 47 s and 1 GB to import, then 8 s to show.
# Every one-line field is held to it (``record_validation``), bundles included.
MAX_ONE_LINE_CHARS = 2_000
# Embeddings, overrides and isolates turn the text around them; U+200E/U+200F (marks) only
# place a neutral character and stay allowed.
_DIRECTION_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
# Zero-width space, word joiner, byte-order mark: invisible, and no script needs them inside a
# name. ZWNJ and ZWJ (U+200C, U+200D) stay: Persian-script names and emoji need them.
_INVISIBLE = frozenset("\u200b\u2060\ufeff")
# Hangul fillers: a blank of a letter's width, nothing in a name or a title needs them.
_FILLERS = frozenset("\u115f\u1160\u3164\uffa0")
_FILLERS_AS_SPACE = str.maketrans(dict.fromkeys(_FILLERS, " "))
_CASED = frozenset(("Lu", "Ll", "Lt"))  # letters of Latin, Cyrillic, Greek and the like
_WAVING_BLACK_FLAG = "\U0001f3f4"  # a flag's tag sequence starts with it (England: 🏴 + tags)
# Arabic letter mark, variation selectors and tag characters: what comparing names drops
# wherever they are (``letters_as_seen``).
_UNSEEN = re.compile("[\u061c\ufe00-\ufe0f\U000e0000-\U000e007f\U000e0100-\U000e01ef]")
# A line edit shows a pasted line break as a space (and a tab as a gap): what the user saw.
_LAYOUT_AS_SPACE = str.maketrans(dict.fromkeys("\t\n\r", " "))
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f]")  # C0, DEL and C1: Unicode's category Cc
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

OneLineFaultKind = Literal["too_long", "control", "direction", "invisible"]


@dataclass(frozen=True)
class OneLineFault:
    """Why a value cannot be one line: its kind, and the character at fault (or the length)."""

    kind: OneLineFaultKind
    char: str = ""
    length: int = 0

    @property
    def code_point(self) -> str:
        """The character at fault as U+XXXX ('' for a value too long)."""
        return f"U+{ord(self.char):04X}" if self.char else ""


def one_line_fault(value: str) -> OneLineFault | None:
    """The first reason value cannot be one line of a name or a title, or None."""
    if len(value) > MAX_ONE_LINE_CHARS:
        return OneLineFault("too_long", length=len(value))
    previous = ""
    for char in value:
        if unicodedata.category(char) == "Cc":
            return OneLineFault("control", char)
        if char in _DIRECTION_CONTROLS:
            return OneLineFault("direction", char)
        if char in _INVISIBLE or char in _FILLERS or _is_out_of_place(previous, char):
            return OneLineFault("invisible", char)
        previous = char
    return None


def saved_line_fault(value: str) -> OneLineFault | None:
    """What any one-line field refuses when saved (an occupation, a tag as much as a name):
    more than MAX_ONE_LINE_CHARS, or a control character; None if neither."""
    if len(value) > MAX_ONE_LINE_CHARS:
        return OneLineFault("too_long", length=len(value))
    control = _CONTROL.search(value)
    return None if control is None else OneLineFault("control", control[0])


def _is_out_of_place(previous: str, char: str) -> bool:
    """True for a variation selector after nothing, a space or a cased letter (Latin,
    Cyrillic, Greek: none has variants to select), and a tag character outside a flag's tag
    sequence; both are invisible there."""
    code = ord(char)
    if 0xFE00 <= code <= 0xFE0F or 0xE0100 <= code <= 0xE01EF:
        return not previous or previous.isspace() or unicodedata.category(previous) in _CASED
    if 0xE0000 <= code <= 0xE007F:
        return previous != _WAVING_BLACK_FLAG and not 0xE0000 <= ord(previous or " ") <= 0xE007F
    return False


def letters_as_seen(value: str) -> str:
    """value as names are compared (``safeguards.folded_names``): the Arabic letter mark,
    variation selectors and tag characters dropped wherever they are, Hangul fillers as
    spaces; what they change is not what a reader sees of a name."""
    return _UNSEEN.sub("", value).translate(_FILLERS_AS_SPACE)


def one_line_problem(value: str) -> str | None:
    """Why value cannot be one line of a name or a title (an English clause), or None."""
    fault = one_line_fault(value)
    if fault is None:
        return None
    if fault.kind == "too_long":
        return f"is too long ({fault.length:,} characters; at most {MAX_ONE_LINE_CHARS:,})"
    what = {
        "control": "control character",
        "direction": "text direction control",
        "invisible": "invisible character",
    }[fault.kind]
    return f"holds the {what} {fault.code_point}"


def tidied_one_line(value: str) -> str:
    """value as a form keeps a paste: tabs and line breaks as spaces, and invisible characters
    at its ends dropped with the spaces among them; inside, they stay (and are refused)."""
    value = value.translate(_LAYOUT_AS_SPACE)
    head = _invisible_run(value)
    tail = _invisible_run(reversed(value[head:]))
    return value[head : len(value) - tail]


def one_line_from_bundle(value: str) -> str:
    """value without what a form refuses in one line (``one_line_fault``), as an import keeps a
    colleague's name or title: tabs, line breaks and Hangul fillers as spaces, other control
    characters, direction controls and invisible characters (also those out of place)
    dropped (a value too long stays too long)."""
    value = value.translate(_LAYOUT_AS_SPACE)
    if value.isascii() and value.isprintable():
        return value
    kept: list[str] = []
    for char in value.translate(_FILLERS_AS_SPACE):
        if (
            char in _DIRECTION_CONTROLS
            or char in _INVISIBLE
            or unicodedata.category(char) == "Cc"
            or _is_out_of_place(kept[-1] if kept else "", char)
        ):
            continue
        kept.append(char)
    return "".join(kept)


def tidied_from_bundle(kind: str, content: dict[str, Any]) -> dict[str, Any]:
    """A colleague's record content with its one-line fields as ``one_line_from_bundle`` keeps
    them (the same dict when nothing changes); other fields, and values of the wrong type,
    are left for the record's validation."""
    changed: dict[str, Any] = {}
    for field_kind, field, is_list in ONE_LINE_FIELDS:
        value = content.get(field)
        if field_kind != kind or value is None:
            continue
        if is_list and isinstance(value, list):
            tidied: Any = [one_line_from_bundle(v) if isinstance(v, str) else v for v in value]
        elif isinstance(value, str):
            tidied = one_line_from_bundle(value)
        else:
            continue
        if tidied != value:
            changed[field] = tidied
    return {**content, **changed} if changed else content


def _invisible_run(chars: Iterable[str]) -> int:
    # The leading run of spaces and invisible characters, if it holds an invisible one: a
    # value the user typed with a leading space keeps it, as it did before.
    run, has_invisible = 0, False
    for char in chars:
        if char in _INVISIBLE:
            has_invisible = True
        elif not char.isspace():
            break
        run += 1
    return run if has_invisible else 0
