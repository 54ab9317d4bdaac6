"""Recovery shares: splitting the secret, and telling the user what is wrong with the shares
they typed without ever repeating a share's words."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.core import recovery_shares
from desktop_app.core.errors import InvalidInput, NotRecoveryShares

SECRET = bytes(range(16))


def test_any_threshold_of_the_shares_give_the_secret_back() -> None:
    shares = recovery_shares.split(SECRET, 2, 3)
    assert len(shares) == 3
    assert all(len(share.split()) == 20 for share in shares)
    for pair in itertools.permutations(shares, 2):
        assert recovery_shares.combine(list(pair)) == SECRET
    # More than needed is fine too: the user types every share they have.
    assert recovery_shares.combine(shares) == SECRET


@settings(max_examples=25, deadline=None)
@given(
    st.binary(min_size=16, max_size=16),
    st.integers(2, 5).flatmap(lambda t: st.tuples(st.just(t), st.integers(t, 6))),
    st.randoms(use_true_random=False),
)
def test_shares_as_written_down_combine_in_any_order(
    secret: bytes, threshold_count: tuple[int, int], rng
) -> None:
    threshold, count = threshold_count
    shares = recovery_shares.split(secret, threshold, count)
    chosen = rng.sample(shares, rng.randint(threshold, count))
    # Written by hand: any letter case, extra spaces, numbered words.
    typed = [
        "  ".join(f"{i}. {w.upper() if i % 2 else w}" for i, w in enumerate(s.split(), 1))
        for s in chosen
    ]
    assert recovery_shares.combine(typed) == secret


def test_shares_in_text_takes_one_share_per_non_blank_line() -> None:
    assert recovery_shares.shares_in_text("a b\n\n  \r\nc d\n") == ["a b", "c d"]


def test_headings_as_sandiq_prints_them_or_people_write_them_are_left_out() -> None:
    first, second = recovery_shares.split(SECRET, 2, 2)
    printed = f"Share 1 of 2:\n  {first}\n\nShare 2 of 2:\n  {second}\n"
    assert recovery_shares.shares_in_text(printed) == [f"  {first}", f"  {second}"]
    on_paper = f"share 1: {first}\nSHARE 2 - {second}"
    assert recovery_shares.combine(recovery_shares.shares_in_text(on_paper)) == SECRET


@pytest.mark.parametrize(("threshold", "count"), [(1, 1), (1, 3), (3, 2), (2, 17), (0, 0)])
def test_impossible_sets_are_refused(threshold: int, count: int) -> None:
    with pytest.raises(InvalidInput, match="cannot be made"):
        recovery_shares.split(SECRET, threshold, count)


def _refusal(shares: list[str]) -> str:
    with pytest.raises(NotRecoveryShares) as caught:
        recovery_shares.combine(shares)
    message = str(caught.value)
    for share in shares:  # the words of a share are secret: never echoed
        assert not any(word in message.split() for word in share.split() if len(word) > 3)
    return message


def test_each_mistake_in_the_shares_is_named() -> None:
    first, second, third = recovery_shares.split(SECRET, 2, 3)
    other_set = recovery_shares.split(SECRET, 2, 3)
    words = second.split()
    assert _refusal([]) == "no share given"
    assert _refusal([first]) == "2 shares are needed; 1 given"
    assert _refusal([first, first]) == "share 2 is the same as share 1"
    assert _refusal([first, " ".join([*words[:6], "zebrafish", *words[7:]])]) == (
        "share 2: word 7 is not a share word"
    )
    # Shares are random: swap two words that differ, or nothing would be wrong (1 in 1,024).
    at = next(i for i in range(6, len(words) - 1) if words[i] != words[i + 1])
    swapped = " ".join([*words[:at], words[at + 1], words[at], *words[at + 2 :]])
    assert "share 2 has a word mistyped or two words swapped" in _refusal([first, swapped])
    assert _refusal([first, " ".join(words[:-1])]) == "share 2 has 19 words; a share has 20"
    assert _refusal([first, other_set[1]]) == "share 2 is from another set than share 1"
    assert recovery_shares.combine([third, first]) == SECRET


def test_a_new_secret_is_random_and_of_slip39_size() -> None:
    secrets = {recovery_shares.new_secret() for _ in range(20)}
    assert len(secrets) == 20
    assert all(len(s) == recovery_shares.SECRET_BYTES == 16 for s in secrets)


def test_refusals_carry_what_the_gui_needs_to_say_them_in_any_language() -> None:
    first, second = recovery_shares.split(SECRET, 2, 2)
    cases = {
        "too_few": ([first], {"needed": 2, "given": 1}),
        "repeated": ([second, second], {"share": 2, "other": 1}),
        "unknown_word": ([first, "salom " + second], {"share": 2, "word": 1}),
        "word_count": ([first, second + " academic"], {"share": 2, "count": 21}),
        "checksum": ([first, " ".join(reversed(second.split()))], {"share": 2}),
        "none": ([], {}),
        "mixed_sets": ([first, recovery_shares.split(SECRET, 2, 2)[1]], {"share": 2, "other": 1}),
        "shares_on_one_line": ([f"{first} {second}"], {"share": 1, "count": 40}),
    }
    for problem, (shares, numbers) in cases.items():
        with pytest.raises(NotRecoveryShares) as caught:
            recovery_shares.combine(shares)
        assert (caught.value.problem, caught.value.numbers) == (problem, numbers)


def test_cyrillic_letters_that_look_latin_are_read_as_latin() -> None:
    first, second = recovery_shares.split(SECRET, 2, 2)
    # As pasted from a Russian document: а, е, о, р, с and a capital В that look the same.
    look_alike = first.replace("a", "а").replace("e", "е").replace("o", "о").replace("c", "с")
    assert look_alike != first
    assert recovery_shares.combine([look_alike, second.replace("b", "В")]) == SECRET


def test_enough_good_shares_open_it_beside_a_mistyped_repeated_or_foreign_one() -> None:
    first, second, third = recovery_shares.split(SECRET, 2, 3)
    foreign = recovery_shares.split(bytes(16), 2, 2)[0]
    mistyped = " ".join(reversed(third.split()))
    assert recovery_shares.combine([mistyped, first, foreign, first, second]) == SECRET
    # Not enough good ones: the first problem is named, by the share's place in the list.
    with pytest.raises(NotRecoveryShares, match="share 1 has a word mistyped"):
        recovery_shares.combine([mistyped, first, foreign])


def test_a_share_of_another_set_is_named_beside_the_shares_of_the_set() -> None:
    first, second, _ = recovery_shares.split(SECRET, 3, 3)
    stray = recovery_shares.split(bytes(16), 3, 3)[0]
    # Before: "these shares are not all from the same set", and the user had to guess which.
    assert _refusal([stray, first, second]) == "share 1 is from another set than shares 2 and 3"
    assert _refusal([first, stray, second]) == "share 2 is from another set than shares 1 and 3"


def test_a_whole_set_on_one_line_asks_for_one_share_per_line() -> None:
    shares = recovery_shares.split(SECRET, 3, 3)
    assert _refusal([" ".join(shares)]) == (
        "share 1 has 60 words; a share has 20: put one share per line"
    )
