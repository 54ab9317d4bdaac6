"""What counts as a patronymic word in a search query, in any letter case and script."""

from __future__ import annotations

import pytest

from desktop_app.core.patronymic_shapes import is_joined_patronymic, is_patronymic_second_word


@pytest.mark.parametrize(
    "word",
    [
        "Бахтиёрович",
        "bahtiyorovich",
        "Bakhtiyorovna",
        "БАХТИЁРОВНА",
        "Баходировича",
        "Ильич",
        "Ильинична",
        "Serikkyzy",
        "Серікұлы",
        "Нұрланқызы",
        "Bahodirovnaning",
    ],
)
def test_a_patronymic_in_one_word_is_told(word: str) -> None:
    assert is_joined_patronymic(word)


@pytest.mark.parametrize(
    "word",
    ["Nazarov", "Muhammadjon", "Rahmonzoda", "July", "Truly", "Bekmirzaev", "Shuhrat", "Ivanova"],
)
def test_a_name_is_no_patronymic(word: str) -> None:
    assert not is_joined_patronymic(word)
    assert not is_patronymic_second_word(word)


@pytest.mark.parametrize(
    "word", ["oʻgʻli", "o'g'li", "ogli", "qizi", "угли", "ўғли", "уулу", "кызы", "UULU"]
)
def test_the_second_word_of_a_patronymic_is_told(word: str) -> None:
    assert is_patronymic_second_word(word)
    assert not is_joined_patronymic(word)
