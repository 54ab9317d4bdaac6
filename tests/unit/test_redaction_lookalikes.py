"""A protected name spelt with look-alike letters in running text ("Dilnοza" with a Greek
omicron, "Gulnɑra" with a Latin alpha, "Вobur" with a Cyrillic В, "Шаpипова" with a Latin p) is
her name to every reader, and is replaced; exactly its characters are, and the text around it,
look-alikes and all, prints as written. Ordinary Uzbek, Kazakh, Tajik and Turkish text, whose
letters with marks are no look-alikes, prints whole."""

from __future__ import annotations

import pytest

from desktop_app.core.reports.labels import labels_for
from desktop_app.core.reports.redaction import NamedPerson, Redactor

WITHHELD = labels_for("en")["name_withheld"]
PEOPLE = [
    NamedPerson("d", ("Dilnoza Karimova", "Дилноза Каримова"), "Witness D"),
    NamedPerson("g", ("Gulnara Yusupova",), "Witness G"),
    NamedPerson("b", ("Bobur Rasulov",), "Witness B"),
    NamedPerson("s", ("Нодира Шарипова",), "Witness S"),
    NamedPerson("h", ("Hamid Sobirov",), "Witness H"),
    NamedPerson("a", ("Aysel Demir",), "Witness A"),
    NamedPerson("i", ("Ivan Petrov",)),  # an official, not protected
]


@pytest.fixture
def redact() -> Redactor:
    return Redactor(PEOPLE, WITHHELD)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dilnοza Karimova keldi.", "Witness D keldi."),  # Greek ο
        ("Dilnοza keldi.", "Witness D keldi."),
        ("Gulnɑra Yusupova said.", "Witness G said."),  # Latin ɑ
        ("ΚARIMOVA", "Witness D"),  # Greek Κ
        ("Karimοvaning uyi", "Witness D-ning uyi"),  # her ending stays after the label
        ("Вobur keldi.", "Witness B keldi."),  # Cyrillic В in a Latin word
        ("Rasulοv Bobur", "Witness B"),
        ("Шаpипова пришла.", "Witness S пришла."),  # Latin p in a Cyrillic word
        ("НОДИРА ШАРИПОВA", "Witness S"),  # Latin A
        ("Ruslan Hamidοvich Toshmatov", f"Ruslan {WITHHELD} Toshmatov"),  # his father's name
        ("Aysеl Demir", "Witness A"),  # Cyrillic е in a Turkish name
        ("Dilnοza Kari-\nmova said.", "Witness D said."),  # split at a line break too
    ],
)
def test_a_protected_name_in_lookalike_letters_is_replaced(
    redact: Redactor, text: str, expected: str
) -> None:
    assert redact(text) == expected


def test_only_the_names_characters_are_replaced_and_the_rest_prints_as_written(
    redact: Redactor,
) -> None:
    # Ivаn (Cyrillic а) is an official's name; ΒAZAAR (Greek Β) an ordinary word: both as typed.
    text = "Ivаn Petrov met «Dilnοza» at the ΒAZAAR; Gulnɑra's son saw them."
    assert redact(text) == "Ivаn Petrov met «Witness D» at the ΒAZAAR; Witness G's son saw them."


def test_a_file_name_in_lookalike_letters_is_replaced(redact: Redactor) -> None:
    assert redact.file_name("Dilnοza_Karimova.jpg") == "Witness D.jpg"
    assert redact.file_name("DilnοzaKarimova.jpg") == "Witness D.jpg"


@pytest.mark.parametrize(
    "text",
    [
        # a Cyrillic letter that search folding transliterates as the name's letter (н as n)
        "Gulнara Yusupova",
    ],
)
def test_a_name_folding_reads_is_read_so_still(redact: Redactor, text: str) -> None:
    assert redact(text) == "Witness G"


@pytest.mark.parametrize(
    "text",
    [
        # Uzbek, Latin and Cyrillic
        "Oʻsha kuni militsiya xodimlari qoʻshnining uyiga kelib, hujjatlarni olib ketishdi.",
        "Gʻalla yigʻim-terimi paytida bolalar maktabga bormadi; oʻqituvchi shikoyat qildi.",
        "Ўша куни милиция ходимлари қўшнининг уйига келиб, ҳужжатларни олиб кетишди.",
        # Kazakh, Cyrillic and Latin
        "Сол күні полиция қызметкерлері үйге келіп, құжаттарды алып кетті.",
        "Sol kúni polısıa qyzmetkerleri úıge kelip, qujattardy alyp ketti.",
        # Tajik
        "Дар ҳамон рӯз кормандони милиса ба хона омада, ҳуҷҷатҳоро бурданд.",
        # Turkish
        "O gün polis memurları eve gelip belgeleri götürdü; ışıklar yanıyordu.",
        "Iğdır'da yaşayan aile, çocukların okula gidemediğini söyledi.",
        # brands and abbreviations beside Cyrillic
        "SMS-ка келди, WhatsApp'да ёзишди; iPhoneни олиб кетишди, ХХI аср.",
    ],
)
def test_ordinary_text_in_the_regions_languages_prints_whole(redact: Redactor, text: str) -> None:
    assert redact(text) == text
