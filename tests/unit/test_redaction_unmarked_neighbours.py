"""A short Uzbek name part typed without its oʻ/gʻ mark (Otkir for Oʻtkir, Откир for Ўткир):
an ordinary word alone (Orol) or in lower case (olmas, "cannot"), his name capitalised within
one word of another word of his name, as a spelling variant is (docs/reports.md)."""

from __future__ import annotations

import pytest

from desktop_app.core.reports.labels import labels_for
from desktop_app.core.reports.redaction import NamedPerson, Redactor

WITHHELD = labels_for("en")["name_withheld"]
OTKIR = NamedPerson("o", ("Oʻtkir Gʻaniyev", "Ўткир Ғаниев"), "Witness 2")
OROL = NamedPerson("r", ("Oʻrol Oʻlmasov",), "Witness 3")
GULOM = NamedPerson("g", ("Gʻulom Oʻlmas Yusupov",), "Witness 4")
UROL = NamedPerson("u", ("Oʻrol Oʻlmas",), "Witness 5")  # two short parts, nothing else
OTKIR_KARIMOV = NamedPerson("k", ("Oʻtkir Karimov",))  # a namesake, printed


@pytest.fixture
def redact() -> Redactor:
    return Redactor([OTKIR, OROL, GULOM, UROL, OTKIR_KARIMOV], WITHHELD)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Otkir Ganiev came", "Witness 2 came"),
        ("Otkir Gʻaniyev came", "Witness 2 came"),
        ("Ganiev Otkir came", "Witness 2 came"),
        ("Gʻaniyev Otkirga aytdi", "Witness 2-ga aytdi"),
        ("Откир Ганиев келди", "Witness 2 келди"),
        ("Orol Olmasov keldi", "Witness 3 keldi"),
        ("Olmas Yusupov keldi", "Witness 4 keldi"),
        ("Gulom Olmas Yusupov keldi", "Witness 4 keldi"),
        # one word between, as for a spelling variant ("Gulnara Bahodirovna Shamsutdinova")
        ("Otkir aka Ganiev came", "Witness 2 aka Witness 2 came"),
        ("Otkir came in. Ganiev stayed.", "Otkir came in. Witness 2 stayed."),
    ],
)
def test_a_short_name_part_without_its_mark_beside_his_name_is_replaced(
    redact: Redactor, text: str, expected: str
) -> None:
    assert redact(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Otkir came",  # alone it may be any word or anyone (documented limit)
        "Orol dengizi qurib qoldi",  # the Aral Sea
        "U kela olmas edi",  # "could not come"
        "Orol Olmas keldi",  # two such words do not vouch for each other (documented)
        "Otkir Karimov keldi",  # the namesake's name, who is printed
    ],
)
def test_a_short_name_part_without_its_mark_elsewhere_stays(redact: Redactor, text: str) -> None:
    assert redact(text) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gulom kela olmas edi", "Witness 4 kela olmas edi"),  # "could not come"
        ("otkir ganiev yozdi", f"otkir {WITHHELD} yozdi"),
    ],
)
def test_in_lower_case_in_text_it_is_a_word_even_beside_his_name(
    redact: Redactor, text: str, expected: str
) -> None:
    assert redact(text) == expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("otkir_ganiev.jpg", "Witness 2.jpg"),
        ("IMG_2023_Otkir.jpg", "IMG_2023_Otkir.jpg"),  # whose, the name alone does not say
    ],
)
def test_in_a_file_name_it_is_his_beside_his_name(
    redact: Redactor, name: str, expected: str
) -> None:
    assert redact.file_name(name) == expected


def test_in_the_name_of_a_file_attached_to_him_it_is_his(redact: Redactor) -> None:
    assert redact.file_name("IMG_2023_Otkir.jpg", OTKIR.id) == "IMG_2023_Witness 2.jpg"
    assert redact.file_name("IMG_2023_Otkir.jpg", OTKIR_KARIMOV.id) == "IMG_2023_Otkir.jpg"


def test_a_spelling_variant_in_the_name_of_a_file_attached_to_her_takes_her_label() -> None:
    lola = NamedPerson("l", ("Lola Karimova",), "Witness L")
    redact = Redactor([lola], WITHHELD)
    assert redact.file_name("lala.jpg", lola.id) == "Witness L.jpg"
    assert redact.file_name("lala.jpg") == "lala.jpg"  # four letters alone: another word
