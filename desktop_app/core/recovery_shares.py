"""Recovery shares: a secret that opens the vault, split among trusted colleagues.

The secret is split with SLIP-39 (the ``shamir-mnemonic`` reference implementation) into
word shares, any *threshold* of which give it back and fewer of which tell nothing about it.
Each share is 20 words from SLIP-39's list, with a checksum that catches a mistyped or
misheard word. No two words of the list begin with the same four letters, so a word may be
typed cut short after its first four, as copied from paper in a hurry ("acad" for
"academic"); the checksum still catches a wrong one. The secret is 128 random bits; the vault
header wraps the data key under a key derived from it (HKDF, as for the recovery key), in its
``shares`` slot.

SLIP-39's own passphrase is not used (the shares alone are the secret), and its iteration
count is the lowest: stretching a uniform 128-bit secret adds nothing.
"""

from __future__ import annotations

import re
import secrets
from collections.abc import Sequence

import shamir_mnemonic
from shamir_mnemonic.share import Share
from shamir_mnemonic.wordlist import WORDLIST

from desktop_app.core.errors import InvalidInput, NotRecoveryShares

SECRET_BYTES = 16  # SLIP-39's smallest secret: 20 words per share
SHARE_WORDS = 20
MIN_THRESHOLD = 2  # one share that opens the vault alone is a recovery key
MAX_SHARES = 16  # SLIP-39's limit for one group
# The first three words of every share of a set are the same (the set's identifier and size):
# typed back, they would not show that this share's own copy is at hand.
SET_WORDS = 3
SHARE_WORDLIST: tuple[str, ...] = tuple(WORDLIST)

_WORD = re.compile(r"[a-z]+")
# Cyrillic letters drawn like Latin ones (lower case, and upper case once lowered: В, Н, М, Т),
# as a share pasted from a Russian document or read back by OCR may hold them: "аcademic" with
# a Cyrillic а looks right and must not be refused as an unknown word.
_LOOKALIKES = str.maketrans("авекмнорстухіјѕһ", "abekmhopctyxijsh")
PREFIX_LETTERS = 4  # no two words of SLIP-39's list begin with the same four letters
_BY_PREFIX = {word[:PREFIX_LETTERS]: word for word in WORDLIST}


def new_secret() -> bytes:
    """A fresh random secret to split."""
    return secrets.token_bytes(SECRET_BYTES)


def share_word(typed: str) -> str | None:
    """The whole share word typed, or cut short after its first four letters (letter case,
    spaces around it and Cyrillic look-alikes forgiven); None if no word of SLIP-39's list
    begins with what was typed."""
    return _whole_word(typed.strip().lower().translate(_LOOKALIKES))


def _whole_word(letters: str) -> str | None:
    # SLIP-39 promises one word for four letters; fewer ("aca") name one only by chance, and
    # a rule that holds for some words and not others could not be told to the user. Letters
    # past the fourth must be the word's own: "salom" for "salon" may as well be a wrong word,
    # better refused by its number than left to the checksum, which cannot say which word.
    if len(letters) < PREFIX_LETTERS:
        return None
    word = _BY_PREFIX.get(letters[:PREFIX_LETTERS])
    return word if word is not None and word.startswith(letters) else None


def places_to_check(per_share: int) -> list[int]:
    """per_share word places (from 0), chosen at random among those that differ between the
    shares of one set, in order."""
    return sorted(secrets.SystemRandom().sample(range(SET_WORDS, SHARE_WORDS), per_share))


def check_set(threshold: int, count: int) -> None:
    """InvalidInput unless a set of count shares of which threshold open the vault can be made."""
    if not MIN_THRESHOLD <= threshold <= count <= MAX_SHARES:
        raise InvalidInput(
            f"a set has {MIN_THRESHOLD} to {MAX_SHARES} shares, of which {MIN_THRESHOLD} or more "
            f"(at most all) open the vault; {threshold} of {count} cannot be made"
        )


def split(secret: bytes, threshold: int, count: int) -> list[str]:
    """count shares of secret, any threshold of which give it back; or InvalidInput."""
    check_set(threshold, count)
    (shares,) = shamir_mnemonic.generate_mnemonics(
        1, [(threshold, count)], secret, b"", extendable=True, iteration_exponent=0
    )
    return shares


# "Share 2 of 3:" as sandiq prints it, and as people head a share on paper.
_HEADING = re.compile(r"^\s*share\s*\d+(\s*of\s*\d+)?\s*[:.)-]?", re.IGNORECASE)


def shares_in_text(text: str) -> list[str]:
    """The shares in a text, one per line (as written down, in any letter case); blank lines
    and headings such as "Share 2 of 3:" are left out."""
    lines = (_HEADING.sub("", line, count=1) for line in text.splitlines())
    return [line for line in lines if line.strip()]


def _decode(number: int, text: str) -> Share:
    """One share as typed, or NotRecoveryShares naming it by number."""
    words: list[str] = []
    for place, letters in enumerate(_WORD.findall(text.lower().translate(_LOOKALIKES)), 1):
        word = _whole_word(letters)
        if word is None:
            raise NotRecoveryShares(
                f"share {number}: word {place} is not a share word",
                "unknown_word",
                share=number,
                word=place,
            )
        words.append(word)
    if len(words) > SHARE_WORDS + SHARE_WORDS // 2:  # more than a share and a half
        raise NotRecoveryShares(
            f"share {number} has {len(words)} words; a share has {SHARE_WORDS}: "
            f"put one share per line",
            "shares_on_one_line",
            share=number,
            count=len(words),
        )
    if len(words) != SHARE_WORDS:
        raise NotRecoveryShares(
            f"share {number} has {len(words)} words; a share has {SHARE_WORDS}",
            "word_count",
            share=number,
            count=len(words),
        )
    try:
        return Share.from_mnemonic(" ".join(words))
    except shamir_mnemonic.MnemonicError:
        raise NotRecoveryShares(
            f"share {number} has a word mistyped or two words swapped "
            f"(its checksum does not match)",
            "checksum",
            share=number,
        ) from None


def combine(shares: Sequence[str]) -> bytes:
    """The secret from shares as typed, or NotRecoveryShares saying what is wrong with them.

    Enough good shares of one set open it even beside a mistyped, repeated or foreign one: the
    user types every share they were given. Otherwise the message names a share by its place in
    the list and a word by its place in the share; it never repeats a share's words, which are
    secret.
    """
    problems: list[NotRecoveryShares] = []
    sets: dict[tuple[int, int], dict[int, Share]] = {}  # by set: member index to share
    numbers: dict[tuple[int, int, int], int] = {}  # where each share was first typed
    for number, text in enumerate(shares, start=1):
        try:
            share = _decode(number, text)
        except NotRecoveryShares as problem:
            problems.append(problem)
            continue
        key = (share.identifier, share.member_threshold)
        earlier = numbers.setdefault((*key, share.index), number)
        if earlier != number:
            problems.append(
                NotRecoveryShares(
                    f"share {number} is the same as share {earlier}",
                    "repeated",
                    share=number,
                    other=earlier,
                )
            )
            continue
        sets.setdefault(key, {})[share.index] = share
    largest = max(sets.values(), key=len, default={})
    needed = next(iter(largest.values())).member_threshold if largest else 0
    if largest and len(largest) >= needed:
        try:
            # SLIP-39 takes exactly the threshold; any of the shares will do.
            chosen = list(largest.values())[:needed]
            return shamir_mnemonic.combine_mnemonics([share.mnemonic() for share in chosen])
        except shamir_mnemonic.MnemonicError:
            raise NotRecoveryShares("these shares do not fit together", "mixed_sets") from None
    if problems:
        raise problems[0]
    if not largest:
        raise NotRecoveryShares("no share given", "none")
    if len(sets) > 1:
        raise _from_another_set(largest, numbers)
    raise NotRecoveryShares(
        f"{needed} shares are needed; {len(largest)} given",
        "too_few",
        needed=needed,
        given=len(largest),
    )


def _from_another_set(
    largest: dict[int, Share], numbers: dict[tuple[int, int, int], int]
) -> NotRecoveryShares:
    """The refusal of shares of more than one set, naming the first share typed that is not
    of the largest set (the first typed of the largest, if two are as large), and the shares
    of that set."""
    some = next(iter(largest.values()))
    key = (some.identifier, some.member_threshold)
    own = sorted(number for (*of_set, _), number in numbers.items() if tuple(of_set) == key)
    odd = min(number for number in numbers.values() if number not in own)
    if len(own) == 1:
        others = f"share {own[0]}"
    else:
        others = f"shares {', '.join(map(str, own[:-1]))} and {own[-1]}"
    return NotRecoveryShares(
        f"share {odd} is from another set than {others}",
        "mixed_sets",
        share=odd,
        other=own[0],
    )
