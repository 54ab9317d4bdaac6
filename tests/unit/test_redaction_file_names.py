"""Attachment file names are usually named after people: a spelling variant of a protected
name part alone in a file name is hers in lower case too, where in prose it is a word."""

from __future__ import annotations

import pytest

from desktop_app.core.reports.redaction import NamedPerson, Redactor

WITHHELD = "[name withheld]"
SHAMSUTDINOVA = NamedPerson("g", ("Gulnora Shamsutdinova",), "Witness A")
KARIMOVA = NamedPerson("k", ("Dilnoza Karimova",))  # not protected
LOLA = NamedPerson("l", ("Lola Yusupova",), "Witness L")


@pytest.fixture
def redact() -> Redactor:
    return Redactor([SHAMSUTDINOVA, KARIMOVA, LOLA], WITHHELD)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        # a spelling variant alone, in lower case, in either script: hers, or another Gulnara's
        ("gulnara.jpg", f"{WITHHELD}.jpg"),
        ("гульнара_2.png", f"{WITHHELD}_2.png"),
        ("IMG_gulnara.jpg", f"IMG_{WITHHELD}.jpg"),
        ("gulnara_at_home.jpg", f"{WITHHELD}_at_home.jpg"),
        # beside her surname: hers for sure
        ("gulnara_shamsutdinova.jpg", "Witness A.jpg"),  # one name, one label
        # her name as stored, in lower case: already hers
        ("gulnora.jpg", "Witness A.jpg"),
        ("shamsutdinova_2.png", "Witness A_2.png"),
        ("гулнора.jpg", "Witness A.jpg"),
    ],
)
def test_a_protected_name_alone_in_a_file_name_is_withheld_in_lower_case_too(
    redact: Redactor, name: str, expected: str
) -> None:
    assert redact.file_name(name) == expected


@pytest.mark.parametrize(
    "name",
    [
        # beside another recorded person's name, joined as file names join words
        "gulnara_karimova.jpg",
        "gulnara.karimova.jpg",
        "gulnara-karimova.jpg",
        # shorter than five letters, as for a capitalised variant in prose (Lola, lala)
        "lala.jpg",
        "scan_0001.pdf",
    ],
)
def test_a_variant_beside_another_name_or_too_short_stays_in_a_file_name(
    redact: Redactor, name: str
) -> None:
    assert redact.file_name(name) == name


def test_in_prose_a_lower_case_variant_alone_is_still_a_word(redact: Redactor) -> None:
    assert redact("the gulnara tea house, gulnara.jpg") == "the gulnara tea house, gulnara.jpg"
