"""Names and paths from outside put into a sentence without reordering it.

A file name can hold Unicode's direction controls: "evil\u202egpj.exe" shows as "evilexe.jpg",
and inside a message box the override runs on over the words after the name. Such text is
shown with the controls removed, between FIRST STRONG ISOLATE and POP DIRECTIONAL ISOLATE, so
its own direction stays inside it.
"""

from __future__ import annotations

# The embeddings, overrides, isolates and marks of Unicode's bidirectional algorithm.
BIDI_CONTROLS = frozenset(
    "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
)
_FSI, _PDI = "\u2068", "\u2069"


def isolated(text: str) -> str:
    """text without direction controls, isolated so it cannot reorder what stands around it."""
    return _FSI + "".join(ch for ch in text if ch not in BIDI_CONTROLS) + _PDI


def shown_in_sentence(text: str) -> str:
    """text as it is, or isolated if it holds direction controls (most names and paths hold
    none, and stay exactly as typed, to be compared or copied)."""
    return isolated(text) if BIDI_CONTROLS.intersection(text) else text
