"""Folding a word being typed (prefix_folding.fold_prefix) on random words made of the letters the
folding rules read: every prefix must fold to the beginning of the folded whole word."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.core.search.folding import fold_tokens
from desktop_app.core.search.prefix_folding import fold_prefix, place_prefixes

# The letters rules rewrite or look at (digraphs, endings, glides, apostrophes, hyphens) in
# Latin and Cyrillic, so random words hit the rules often. A word goes on in the script it is
# typed in (fold_prefix reads what may follow from it): a Latin word, a Russian one, and one
# with a letter only Uzbek, Tajik or Kazakh Cyrillic has, from its first letter on.
LATIN = "aoeiuyhkxqszcdtjgfwbvnrl'ʻ-"
RUSSIAN = "ауоиыеёжхшщчцйьъкзстдгн-"
UZBEK = "ўқғҳһ"
WORDS = st.one_of(
    st.text(alphabet=LATIN, min_size=2, max_size=12),
    st.text(alphabet=RUSSIAN, min_size=2, max_size=12),
    st.builds(str.__add__, st.sampled_from(UZBEK), st.text(alphabet=RUSSIAN + UZBEK, max_size=11)),
)


@settings(max_examples=300, deadline=None)
@given(WORDS)
def test_every_prefix_folds_to_the_beginning_of_the_word(word: str) -> None:
    whole = fold_tokens(word)
    for end in range(1, len(word) + 1):
        folded = fold_prefix(word[:end])
        if not folded:
            continue
        *before, last = folded
        assert whole[: len(before)] == before, (word[:end], word)
        assert whole[len(before)].startswith((last, *place_prefixes(last))), (word[:end], word)
