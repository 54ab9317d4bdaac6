"""Labels that look the same in print share a skeleton; others do not."""

from __future__ import annotations

import pytest

from desktop_app.core.lookalikes import skeleton


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Свидетель А", "Свидетель A"),  # Cyrillic and Latin A
        ("Witness A", "Witness Α"),  # Greek Alpha
        ("Свидетель Н", "Свидетель H"),
        ("Person Х", "person x"),
        ("Witness  A ", "Witness\u00a0A"),  # spaces, a no-break space
        ("Witness Ａ", "Witness A"),  # fullwidth
        ("Свидетель Р", "Свидетель P"),
    ],
)
def test_look_alikes_share_a_skeleton(one: str, other: str) -> None:
    assert skeleton(one) == skeleton(other)


@pytest.mark.parametrize(
    ("one", "other"),
    [("Свидетель Б", "Свидетель B"), ("Свидетель Г", "Свидетель R"), ("Witness A", "Witness B")],
)
def test_letters_that_differ_in_print_do_not(one: str, other: str) -> None:
    assert skeleton(one) != skeleton(other)
