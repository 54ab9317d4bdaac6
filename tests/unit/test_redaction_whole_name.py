"""A protected name with a word added (a patronymic) is withheld even where an unprotected
person owns every word of the longer name: protection wins over the longer name."""

from __future__ import annotations

import pytest

from desktop_app.core.reports.redaction import NamedPerson, Redactor

WITHHELD = "[name withheld]"
DILNOZA = NamedPerson("p", ("Dilnoza Karimova", "Дильноза Каримова"), "Witness A")


@pytest.mark.parametrize(
    ("other_name", "text", "expected"),
    [
        (
            "Dilnoza Bahodirovna Karimova",
            "Rustam Aliev, also known as Dilnoza Bahodirovna Karimova",
            f"Rustam Aliev, also known as {WITHHELD}",
        ),
        ("Dilnoza Bahodirovna Karimova", "Dilnoza Bahodirovna Karimova saw it.", "… saw it."),
        ("Дильноза Бахадировна Каримова", "Дильноза Бахадировна Каримова пришла.", "… пришла."),
        ("Dilnoza Bahodirovna Karimova", "Dilnoza Bahodirovna Karimovaning uyi", "…-ning uyi"),
        # a word of his before her name stays printed
        ("Aliev Dilnoza Bahodirovna Karimova", "Aliev Dilnoza Bahodirovna Karimova", "Aliev …"),
    ],
)
def test_her_whole_name_inside_an_unprotected_persons_longer_name_is_withheld(
    other_name: str, text: str, expected: str
) -> None:
    other = NamedPerson("v", ("Rustam Aliev", other_name))
    redacted = Redactor([DILNOZA, other], WITHHELD)(text)
    assert redacted == expected.replace("…", WITHHELD)
    for word in ("Dilnoza", "Karimova", "Дильноза", "Каримова", "Bahodirovna", "Бахадировна"):
        assert word not in redacted


def test_a_longer_name_with_only_part_of_hers_stays_his() -> None:
    other = NamedPerson("v", ("Rustam Aliev", "Dilnoza Bahodirovna Yusupova"))
    redact = Redactor([DILNOZA, other], WITHHELD)
    text = "Dilnoza Bahodirovna Yusupova came."
    assert redact(text) == text


def test_her_initial_stands_for_her_word_inside_a_longer_name() -> None:
    # "D. Aziz Karimova" may be his other name, abbreviated, and is hers: her surname goes
    other = NamedPerson("v", ("Rustam Aliev", "Dilnoza Aziz Karimova"))
    redact = Redactor([DILNOZA, other], WITHHELD)
    assert redact("D. Aziz Karimova said") == f"D. Aziz {WITHHELD} said"
    assert redact("R. Aziz Karimova said") == "R. Aziz Karimova said"  # not her initial
