"""A word written with Kazakh or Kyrgyz ү, ұ (Latin ü) is no place in prose: Kazakh үш is
"three", not Osh, which Uzbek writes Ўш, Oʻsh (desktop_app/core/search/folding.py). A place
field still reads Үш as Osh (WordFolder.index_place_tokens)."""

from __future__ import annotations

import pytest

from desktop_app.core.search.folding import WordFolder, fold, fold_tokens, index_tokens


@pytest.mark.parametrize("written", ["үш", "Үш", "ұш", "üsh", "üş", "u\u0308sh"])
def test_kazakh_three_is_not_osh(written: str) -> None:
    assert fold(written) == "ush"


@pytest.mark.parametrize("written", ["Ўш", "Oʻsh", "O'sh", "Ош", "Osh", "Уш", "Ӯш"])
def test_osh_spelt_otherwise_is_still_osh(written: str) -> None:
    assert fold(written) == "osh"


def test_each_word_of_a_text_is_read_by_its_own_letters() -> None:
    assert fold_tokens("Ўш үш Ош") == ["osh", "ush", "osh"]
    assert index_tokens("Үш күн Ўш-Тошкент") == ["ush", "kun", "ushtoshkent", "osh", "tashkent"]


def test_a_place_field_still_reads_ush_as_osh() -> None:
    folder = WordFolder()
    assert folder.index_place_tokens("Үш") == ["osh"]
    assert folder.index_tokens("Үш") == ["ush"]
    # Уш-Тобе's Уш stays apart from Osh, as in prose (a part needs the Uzbek letter).
    assert folder.index_place_tokens("Үш-Арал") == ["usharal", "ush", "aral"]
