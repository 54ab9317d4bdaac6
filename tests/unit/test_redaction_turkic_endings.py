"""Kazakh, Kyrgyz and Uzbek endings of a protected name: every vowel-harmony and consonant
form of a suffix, and the suffixes Uzbek chains up to three deep, leave no name printed."""

from __future__ import annotations

import pytest

from desktop_app.core.reports.labels import labels_for
from desktop_app.core.reports.redaction import NamedPerson, Redactor

WITHHELD = labels_for("en")["name_withheld"]
AIGUL = NamedPerson("g", ("Айгүл Токтогулова",), "Witness G")
ASEL = NamedPerson("k", ("Асель Нурланқызы Жумабаева",), "Witness K")
DILNOZA = NamedPerson("d", ("Dilnoza Bahodirovna Karimova",), "Witness D")


@pytest.fixture
def redact() -> Redactor:
    return Redactor([AIGUL, ASEL, DILNOZA], WITHHELD)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Kyrgyz: rounded front vowels after Айгүл
        ("Айгүлдүн үйү.", "Witness G-дүн үйү."),
        ("Айгүлгө айтты.", "Witness G-гө айтты."),
        ("Айгүлдү чакырышты.", "Witness G-дү чакырышты."),
        ("Айгүлдөн сурады.", "Witness G-дөн сурады."),
        ("Айгүлдө.", "Witness G-дө."),
        ("Токтогуловалардын үйү.", "Witness G-лардын үйү."),
        # Kazakh: after a voiced consonant, and the plural after -в
        ("Асельде; Асельден; Асельдер.", "Witness K-де; Witness K-ден; Witness K-дер."),
        ("Жумабаевтар; Жумабаеваларға.", "Witness K-тар; Witness K-ларға."),
        ("Aseldiń ýi.", "Witness K ýi."),  # Kazakh Latin: folded, the ending not kept
        # Uzbek: up to, like, without, and three suffixes chained, in both scripts
        ("Dilnozagacha; Dilnozadek.", "Witness D-gacha; Witness D-dek."),
        ("Dilnozacha; Dilnozasiz; Shahlomi?", "Witness D-cha; Witness D-siz; Shahlomi?"),
        ("Karimovalarnikiga bordi.", "Witness D-larnikiga bordi."),
        ("Дилнозагача; Каримоваларникига.", "Witness D-гача; Witness D-ларникига."),
        ("Karimovalari keldi.", "Witness D-lari keldi."),
    ],
)
def test_kazakh_kyrgyz_and_uzbek_endings_of_a_protected_name_are_replaced(
    redact: Redactor, text: str, expected: str
) -> None:
    assert redact(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Айгыр чапты; айлык төлөндү; Асылжан келді.",
        "Karima bordi; karimlarning; Dilbar; Dildagi gap.",
    ],
)
def test_ordinary_words_and_other_names_stay(redact: Redactor, text: str) -> None:
    assert redact(text) == text


TOSHMATOVA = NamedPerson("t", ("Gulnora Toshmatova", "Гулнора Тошматова"), "Witness T")
OTKIR = NamedPerson("o", ("Oʻtkir Gʻaniyev", "Ўткир Ғаниев"), "Witness O")
BROTHER = NamedPerson("r", ("Rustam Toshmatov",))  # printed, not protected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the personal endings that make her name the predicate: I am, you are, she is, we are
        ("Men Toshmatovaman.", "Men Witness T-man."),
        ("Sen Gʻaniyevsan.", "Sen Witness O-san."),
        ("U Gulnoradir.", "U Witness T-dir."),
        ("Men Oʻtkirman. Gʻaniyevman", "Men Witness O-man. Witness O-man"),
        # after the plural, and with the plural or the question particle after them
        ("Biz Toshmatovalarmiz.", "Biz Witness T-larmiz."),
        ("Ular Gʻaniyevdirlar; Toshmatovamizmi?", "Ular Witness O-dirlar; Witness T-mizmi?"),
        ("Toshmatovamanmi?", "Witness T-manmi?"),
        # in Cyrillic
        ("Мен Гулнораман. У Тошматовадир.", "Мен Witness T-ман. У Witness T-дир."),
        ("Биз Тошматовалармиз. Сен Ғаниевсан.", "Биз Witness T-лармиз. Сен Witness O-сан."),
    ],
)
def test_uzbek_personal_endings_after_a_protected_name_are_kept_after_her_label(
    text: str, expected: str
) -> None:
    assert Redactor([TOSHMATOVA, OTKIR, BROTHER], WITHHELD)(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # names that are a short protected name with a personal ending (Sher-man, Baho-dir)
        "Sherman keldi. Bahodir keldi. Бахадир пришёл. Nodir, Qodir, Hasan.",
        # a Russian case ending is never followed by one (Бах-а-дир)
        "Бахадир.",
    ],
)
def test_a_personal_ending_after_a_short_name_makes_no_other_name_hers(text: str) -> None:
    short = [
        NamedPerson("s", ("Sher Karimov",), "Witness S"),
        NamedPerson("b", ("Baho Aliyeva",), "Witness B"),
        NamedPerson("n", ("Nodira Qodirova",), "Witness N"),
    ]
    assert Redactor(short, WITHHELD)(text) == text
