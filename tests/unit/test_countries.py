"""Country codes are named in the reader's language; anything else is left as written."""

from __future__ import annotations

import subprocess
import sys
from string import ascii_uppercase

import pytest

from desktop_app.core.countries import country_code, country_name, country_names, is_country_code


@pytest.mark.parametrize(
    ("language", "expected"),
    [("en", "Uzbekistan"), ("ru", "Узбекистан"), ("uz", "Oʻzbekiston")],
)
def test_a_code_is_named_in_the_language_asked(language: str, expected: str) -> None:
    assert country_name("UZ", language) == expected


@pytest.mark.parametrize("code", ["uz", "Uz", " UZ ", "uz\n"])
def test_a_code_is_named_whatever_its_case_and_surrounding_blanks(code: str) -> None:
    assert country_name(code, "ru") == "Узбекистан"
    assert is_country_code(code)


def test_uzbek_names_use_the_modifier_letters_not_quotation_marks() -> None:
    # CLDR itself writes "Qo‘shma" with U+2018 and "Kot-d’Ivuar" with U+2019.
    assert country_name("US", "uz") == "Amerika Qoʻshma Shtatlari"  # ʻ is U+02BB
    assert country_name("KG", "uz") == "Qirgʻiziston"
    assert country_name("CI", "uz") == "Kot-dʼIvuar"  # ʼ is U+02BC
    codes = [a + b for a in ascii_uppercase for b in ascii_uppercase if is_country_code(a + b)]
    assert len(codes) > 240
    assert not [n for n in (country_name(c, "uz") for c in codes) if set(n) & set("‘’'`")]


@pytest.mark.parametrize(
    "code",
    [
        "",
        "Q",
        "UZB",
        "12",
        "ÜZ",
        "U1",
        "ZZ",  # CLDR calls it "Unknown Region": not a country the user filed the case under
        "XA",  # CLDR's pseudo-locale "Pseudo-Accents"
        "QO",  # CLDR's "Outlying Oceania"
        "xy",
    ],
)
def test_an_unknown_or_malformed_code_comes_back_as_written(code: str) -> None:
    for language in ("en", "ru", "uz"):
        assert country_name(code, language) == code
    assert not is_country_code(code)


def test_kosovo_is_named_though_its_code_is_user_assigned() -> None:
    assert country_name("XK", "ru") == "Косово"


def test_a_language_sandiq_does_not_ship_gets_english_names() -> None:
    assert country_name("UZ", "de") == "Uzbekistan"


def test_country_names_need_no_qt() -> None:
    code = (
        "import sys, desktop_app.core.countries as c; c.country_name('UZ', 'ru'); "
        "assert not any(m.startswith('PySide6') for m in sys.modules), 'Qt imported'"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_a_country_is_found_by_its_code_or_its_name_in_the_languages_given() -> None:
    assert country_code("uz", ()) == "UZ"
    assert country_code(" Узбекистан ", ("ru", "en")) == "UZ"
    assert country_code("UZBEKISTAN", ("ru", "en")) == "UZ"
    assert country_code("O'zbekiston", ("uz",)) == "UZ"  # the keyboard's apostrophe
    assert country_code("Узбекистан", ("en",)) == ""  # not a language given
    assert country_code("Узбекистанн", ("ru", "en")) == ""
    assert country_code("ZZ", ("en",)) == ""  # user-assigned, never a country


@pytest.mark.parametrize("language", ["en", "ru", "uz"])
def test_only_countries_are_named_not_unions_organisations_or_regions(language: str) -> None:
    names = country_names(language)
    # CLDR names these too; ISO 3166-1 gives them to no country (001 is CLDR's "World").
    for code in ("EU", "EZ", "UN", "QO", "001", "150", "IC", "AC", "TA", "DG", "EA", "CP", "CQ"):
        assert code not in names
        assert not is_country_code(code)
        assert country_name(code, language) == code
    assert not {"Европейский союз", "Организация Объединенных Наций"} & set(names.values())
    assert {"UZ", "KG", "TJ", "KZ", "TM", "XK"} <= set(names)
    assert len(names) == 250  # the 249 codes ISO 3166-1 assigns, and Kosovo


def test_a_union_or_an_organisation_is_not_found_by_its_name_or_code() -> None:
    assert country_code("EU", ("en",)) == ""
    assert country_code("Европейский союз", ("ru", "en")) == ""
    assert country_code("United Nations", ("ru", "en")) == ""
    assert country_code("Косово", ("ru", "en")) == "XK"
    assert country_code("Qirgʻiziston", ("uz", "en")) == "KG"


def test_kyrgyzstan_is_named_in_russian_as_the_un_names_it() -> None:
    # CLDR says "Киргизия"; the UN and Kyrgyzstan itself say "Кыргызстан".
    assert country_name("KG", "ru") == "Кыргызстан"
    assert country_names("ru")["KG"] == "Кыргызстан"
    assert country_name("KG", "en") == "Kyrgyzstan"
    assert country_name("KG", "uz") == "Qirgʻiziston"


@pytest.mark.parametrize("typed", ["Кыргызстан", "кыргызстан", "Киргизия", "Kyrgyzstan"])
def test_kyrgyzstan_typed_by_either_russian_name_is_understood(typed: str) -> None:
    assert country_code(typed, ("ru", "en")) == "KG"


@pytest.mark.parametrize(
    ("code", "name"),
    [
        ("BY", "Беларусь"),
        ("MD", "Молдова"),
        ("KZ", "Казахстан"),
        ("TJ", "Таджикистан"),
        ("TM", "Туркменистан"),
        ("UZ", "Узбекистан"),
        ("AZ", "Азербайджан"),
        ("AF", "Афганистан"),
    ],
)
def test_the_regions_other_russian_names_are_the_un_ones_already(code: str, name: str) -> None:
    assert country_name(code, "ru") == name
