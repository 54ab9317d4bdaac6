"""A rough strength estimate for a new passphrase, shown as a meter while it is typed.

The estimate errs low: it counts the character classes used and the length, then discounts
repetition and sequences. It only guides the user; the hard floor is
``vault.MIN_PASSPHRASE_LENGTH`` and the real protection is Argon2id.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

# Bits at which each level starts: 0 very weak, 1 weak, 2 fair, 3 strong, 4 very strong.
_LEVELS = (0, 28, 45, 60, 80)
_SEQUENCES = ("0123456789", "abcdefghijklmnopqrstuvwxyz", "qwertyuiop", "asdfghjkl", "zxcvbnm")
_COMMON = ("password", "passwort", "qwerty", "letmein", "admin", "welcome", "пароль", "parol")


@dataclass(frozen=True)
class Strength:
    """Estimated guessing resistance: bits and a level from 0 (very weak) to 4."""

    bits: float
    level: int


def _alphabet_size(passphrase: str) -> int:
    size = 0
    if re.search(r"[a-z]", passphrase):
        size += 26
    if re.search(r"[A-Z]", passphrase):
        size += 26
    if re.search(r"[0-9]", passphrase):
        size += 10
    if re.search(r"[^\w\s]|_", passphrase):
        size += 33
    if re.search(r"\s", passphrase):
        size += 1
    if any(ord(ch) > 127 and ch.isalpha() for ch in passphrase):
        size += 33  # Cyrillic or accented letters
    return max(size, 1)


def _effective_length(passphrase: str) -> float:
    lowered = passphrase.lower()
    length = 0.0
    previous = ""
    for i, ch in enumerate(lowered):
        in_sequence = i > 0 and any(lowered[i - 1 : i + 1] in seq for seq in _SEQUENCES)
        # A repeated or next-in-sequence character adds little for a guesser.
        length += 0.25 if ch == previous or in_sequence else 1.0
        previous = ch
    for word in _COMMON:
        if word in lowered:
            length -= len(word) - 1
    return max(length, 0.0)


def estimate_strength(passphrase: str) -> Strength:
    """Bits of guessing resistance (an estimate) and the matching level 0..4."""
    if not passphrase:
        return Strength(0.0, 0)
    bits = _effective_length(passphrase) * math.log2(_alphabet_size(passphrase))
    level = max(i for i, floor in enumerate(_LEVELS) if bits >= floor)
    return Strength(round(bits, 1), level)
