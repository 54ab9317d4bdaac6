"""Names and labels are read as Unicode's confusables say a reader sees them: a name in
letters drawn like a protected person's compares as hers, real names in other spellings and
scripts do not, and any substitution from the table leaves a name hers."""

from __future__ import annotations

from uuid import UUID

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.core.lookalikes import _tables, latin_readings, skeleton
from desktop_app.core.protected_names import (
    folded_names,
    names_a_protected_person,
    protected_from,
)

HERS = protected_from([(UUID(int=1), ["Gulnara Karimova"])])


@pytest.mark.parametrize(
    "name",
    [
        "Gulnɑra Karimova",
        "Gulnᴀra Karimova",
        "ɡulnara Karimova",
        "ꓖulnara Karimova",
        "Guӏnara Karimova",
        "Gulnara Karimօva",
        "Gulnara KᎪrimova",
        "Gulnara Karɩmova",
        "Gulnara ᴋarimova",
        "Guוnara Karimסva",
        "GuInara Karimova",
        "Gulnara Karim0va",
        "GULNARA KARIMOVA",
        "Gulnara Karіmova",  # Ukrainian і, as before
    ],
)
def test_her_name_in_look_alike_letters_is_hers(name: str) -> None:
    assert "gulnara karimova" in folded_names(name, ())
    assert names_a_protected_person(name, HERS)


@pytest.mark.parametrize(
    "name",
    [
        "Oʻtkir Gʻaniyev",
        "Gulnora Karimova",
        "Gulnara Karimov",
        "Гүлнар Қарімова",
        "Әсел Нұрланқызы",
        "Ҳусайн Ҷӯраев",
        "Aydın Şahin",
        "İlkay Çelik",
        "گلنار کریمی",
    ],
)
def test_real_names_that_only_sound_like_hers_are_not(name: str) -> None:
    assert not names_a_protected_person(name, HERS)


def test_a_word_all_in_cyrillic_is_left_to_search_folding() -> None:
    assert latin_readings("Гүлнар Қарімова") == ("Гүлнар Қарімова",)
    assert latin_readings("Dilnoza Karimova") == ("Dilnoza Karimova",)


def test_label_skeletons_read_other_scripts_too() -> None:
    assert skeleton("Witness Ꭺ") == skeleton("Witness A") == skeleton("Witness ɑ")
    assert skeleton("Свидетель Г") != skeleton("Свидетель R")


def _look_alikes(table: dict[int, str]) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for key, letter in table.items():
        found.setdefault(letter, []).append(chr(key))
    return found


SMALL = _look_alikes(_tables()[0])
CAPITAL = _look_alikes(_tables()[1])


@st.composite
def _disguised(draw: st.DrawFn, text: str, look_alikes: dict[str, list[str]]) -> str:
    return "".join(
        draw(st.sampled_from([c, *look_alikes.get(c, [])])) if c in look_alikes else c for c in text
    )


@given(_disguised("gulnara karimova", SMALL))
def test_any_small_letter_substitution_is_still_her_name(name: str) -> None:
    assert names_a_protected_person(name, HERS)


@given(_disguised("WITNESS A", CAPITAL))
def test_any_substitution_keeps_a_label_skeleton(label: str) -> None:
    assert skeleton(label) == skeleton("WITNESS A")
