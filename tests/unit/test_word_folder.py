"""A WordFolder folds exactly as fold_tokens does, whatever the text.

It relies on one property of the folding rules: nothing reaches across white space, so a text
folds to the tokens of its words folded one by one. These tests check the property for every
white-space character Python splits on, and the folder against fold_tokens on arbitrary text.
"""

from __future__ import annotations

import sys

from hypothesis import given
from hypothesis import strategies as st

from desktop_app.core.search.folding import WordFolder, fold_tokens

_SPACES = [chr(cp) for cp in range(sys.maxunicode + 1) if chr(cp).isspace()]
# Words that each rule changes, with marks, apostrophes, hyphens, and characters that case
# folding or NFKD turns into several (ß, ﬁ, İ, ¨ → space + diaeresis).
_WORDS = [
    "Шамсутдинов", "Qoʻqon", "Il'ya", "Askarov's", "Jalal-Abad", "Youssoupoff", "Фёдоров",
    "Andijian", "Sayidov", "Kyrgyz", "Azimjon", "Toshkent", "Straße", "ﬁle", "İsmail", "a¨b",
    "é", "\u0301x", "x\u0301", "ii", "yo", "y", "o'", "'s", "-", "’", "Ꭰ", "٣", "_", "",
]  # fmt: skip
_ALPHABET = (
    "абвгдеёжзийклмнопрстуфхцчшщъыьэюяўқғҳӣӯҷәңөұүһі"
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
    "şçğıöüéßİ¨¯ﬁ½ʻʼ’‘`´'-‐‑_.,;!?\u0301\u0308\u0306" + "".join(_SPACES)
)


def test_no_rule_reaches_across_white_space() -> None:
    for space in _SPACES:
        for left in _WORDS:
            for right in _WORDS:
                joined = fold_tokens(left + space + right)
                assert joined == fold_tokens(left) + fold_tokens(right), (left, space, right)


@given(st.lists(st.text(alphabet=_ALPHABET, max_size=60), max_size=6))
def test_a_word_folder_folds_every_text_as_fold_tokens_does(texts: list[str]) -> None:
    folder = WordFolder()  # shared: later texts reuse the words of earlier ones
    for text in texts:
        assert folder.tokens(text) == fold_tokens(text)


def test_a_full_word_folder_starts_afresh_and_still_folds_right() -> None:
    folder = WordFolder()
    words = [f"Shamsutdinov{n}" for n in range(WordFolder._MAX_WORDS + 10)]
    for start in range(0, len(words), 5_000):
        text = " ".join(words[start : start + 5_000])
        assert folder.tokens(text) == fold_tokens(text)
    assert len(folder._tokens) <= WordFolder._MAX_WORDS
