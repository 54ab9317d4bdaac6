"""Share words typed cut short: SLIP-39's list names every word by its first four letters, so a
word copied from paper in a hurry as "acad" or "academi" is read as "academic", while a word
that begins no word of the list is still refused by its number."""

from __future__ import annotations

import pytest
from shamir_mnemonic.wordlist import WORDLIST

from desktop_app.core import recovery_shares
from desktop_app.core.errors import NotRecoveryShares
from desktop_app.core.recovery_shares import PREFIX_LETTERS, combine, share_word, split

SECRET = bytes(range(16))


def abbreviated(share: str) -> str:
    """share as hurried hands copy it: each word cut to four letters, every third one to five."""
    return " ".join(word[: 4 + (place % 3 == 2)] for place, word in enumerate(share.split()))


def test_every_word_of_the_shamir_mnemonic_list_is_named_by_its_first_four_letters() -> None:
    assert len(WORDLIST) == 1024 and min(map(len, WORDLIST)) == PREFIX_LETTERS == 4
    assert len({word[:4] for word in WORDLIST}) == len(WORDLIST)
    assert tuple(WORDLIST) == recovery_shares.SHARE_WORDLIST
    assert [share_word(word[:4]) for word in WORDLIST] == list(WORDLIST)


@pytest.mark.parametrize(
    "typed", ["acad", "acade", "academi", "academic", " ACAD ", "Acadеmi", "аcad", "аcаdемic"]
)
def test_a_word_typed_by_its_first_four_letters_or_more_is_read_whole(typed: str) -> None:
    # "Acadеmi", "аcad" and "аcаdемic" hold Cyrillic а, е and м.
    assert share_word(typed) == "academic"


@pytest.mark.parametrize(
    "typed", ["aca", "ac", "", "abandon", "zzzz", "acdemic", "academix", "academics", "salom"]
)
def test_a_word_that_begins_no_word_of_the_list_is_refused(typed: str) -> None:
    # "salom" begins as "salon" does: a wrong word, as likely as a misspelled one, is named.
    assert share_word(typed) is None


def test_shares_typed_abbreviated_give_the_secret_back() -> None:
    first, second, third = split(SECRET, 2, 3)
    # Before: "share 1: word 1 is not a share word".
    assert combine([abbreviated(third), abbreviated(first).upper()]) == SECRET
    mixed = f"{first.split(maxsplit=1)[0]} {abbreviated(second).split(maxsplit=1)[1]}"
    assert combine([mixed, first]) == SECRET


def test_an_abbreviated_word_that_begins_no_word_is_named_by_its_number() -> None:
    first, second = split(SECRET, 2, 2)
    words = abbreviated(second).split()
    # Four letters that begin no word; three that begin one only, too short to be sure; a
    # word's own first four letters with a tail not its own.
    for wrong in ("zzzz", "aca", second.split()[6] + "x"):
        typed = " ".join([*words[:6], wrong, *words[7:]])
        with pytest.raises(NotRecoveryShares) as caught:
            combine([abbreviated(first), typed])
        assert str(caught.value) == "share 2: word 7 is not a share word"
        assert (caught.value.problem, caught.value.numbers) == (
            "unknown_word",
            {"share": 2, "word": 7},
        )


def test_an_abbreviation_of_another_word_fails_the_checksum() -> None:
    first, second = split(SECRET, 2, 2)
    words = abbreviated(second).split()
    words[9] = next(w for w in WORDLIST if w[:4] != words[9][:4])[:4]
    with pytest.raises(NotRecoveryShares) as caught:
        combine([first, " ".join(words)])
    assert caught.value.problem == "checksum"
    assert str(caught.value).startswith("share 2 has a word mistyped")
