"""Names sort as a reader of Russian, Uzbek or Karakalpak expects, not by code point, and the
key orders every set of names totally (key-set paging depends on it)."""

from __future__ import annotations

import random

import pytest
from hypothesis import given
from hypothesis import strategies as st

from db.name_order import name_sort_key


def in_order(*names: str) -> None:
    """Assert that names, shuffled, sort back into the order given."""
    shuffled = list(names)
    random.Random(len(names)).shuffle(shuffled)
    assert sorted(shuffled, key=name_sort_key) == list(names)


def test_yo_sorts_with_ye_not_after_ya() -> None:
    in_order("Елена", "Елкин", "Ёлкин", "Ельцин", "Жуков", "Яков")
    in_order("Алёна", "Алена Петрова", "Алиев")


def test_karakalpak_a_acute_is_among_the_a_names() -> None:
    in_order("Abdulla", "Ájiniyaz", "Alimov", "Álvarez", "Azizov", "Bakirov", "Oʻrinboyeva")


def test_uzbek_o_and_g_turned_come_after_o_and_g_before_the_next_letter() -> None:
    in_order("Gulnora", "Gʻayrat", "Gʻulom", "Hasan")
    in_order("Oybek", "Ozod", "Oʻktam", "Oʻrinboyeva", "Pulat")


@pytest.mark.parametrize("typed", ["O'rinboyeva", "O’rinboyeva", "O‘rinboyeva", "O`rinboyeva"])
def test_uzbek_o_turned_typed_with_another_apostrophe_sorts_the_same(typed: str) -> None:
    in_order("Ozod", typed, "Pulat")


def test_other_apostrophes_are_ignored() -> None:
    in_order("Mansur", "Maruf", "Maʼruf", "Masharipov")
    in_order("Ilhom", "Il'ya", "Ilya", "Ilyasov")  # then ' sorts before letters, ʼ after


@pytest.mark.parametrize(
    ("base", "letter", "next_letter"),
    [
        ("Абдуллаев", "Әлиев", "Бобоев"),
        ("Гулнора", "Ғайрат", "Дилшод"),
        ("Кудрат", "Қодиров", "Лола"),
        ("Нурлан", "Ңамаз", "Олим"),
        ("Омонов", "Өмирзақ", "Пулат"),
        ("Уткир", "Ўктам", "Фарход"),
        ("Умид", "Үмит", "Фарход"),
        ("Хасан", "Ҳасан", "Цой"),
        ("Чориев", "Ҷӯраев", "Шарипов"),
    ],
)
def test_central_asian_cyrillic_letters_follow_their_base_letter(
    base: str, letter: str, next_letter: str
) -> None:
    in_order(base, letter, next_letter, "Яхёев")


def test_short_i_and_u_short_stay_letters_of_their_own() -> None:
    in_order("Изюм", "Ӣсо", "Йўлдош", "Ким")
    in_order("Уткир", "Ўктам", "Ўринбоев", "Фарход")


def test_case_does_not_part_names() -> None:
    in_order("abdulla", "Alimov", "BAKIROV", "bobur", "Гулнора", "ДИЛШОД", "дилшода")
    in_order("IVANOV", "Ivanov", "ivanov")  # the same name: as written breaks the tie


def test_latin_before_cyrillic_and_a_shorter_name_first() -> None:
    in_order("Zokirov", "Абдуллаев")
    in_order("Ivanov Ivan", "Ivanova Anna", "Ivanovich")
    in_order("Karimov", "Karimov-Aliev", "Karimova")


def test_punctuation_and_spaces_only_separate_words() -> None:
    assert name_sort_key("A. Karimov") < name_sort_key("Abbos")
    assert name_sort_key(" Abbos") > name_sort_key("A Karimov")


_ALPHABET = "AaÁáOoʻ'’GgZz -ЁёЕеЯяҚқКкЛлЎўУуҲҳХхӘәИиЙйЖж"


@given(st.lists(st.text(_ALPHABET, max_size=6), min_size=2, max_size=6))
def test_the_order_is_total_and_only_equal_names_share_a_key(names: list[str]) -> None:
    keys = {name: name_sort_key(name) for name in names}
    assert len(set(keys.values())) == len(set(names))
    assert sorted(names, key=name_sort_key) == sorted(reversed(names), key=name_sort_key)


@given(st.text(_ALPHABET, max_size=6), st.lists(st.text(_ALPHABET, max_size=6), max_size=6))
def test_upper_and_lower_case_of_a_name_sort_next_to_each_other(
    name: str, others: list[str]
) -> None:
    listed = sorted([name.lower(), *others, name.upper()], key=name_sort_key)
    same = [i for i, other in enumerate(listed) if other.casefold() == name.casefold()]
    assert same == list(range(same[0], same[-1] + 1))
