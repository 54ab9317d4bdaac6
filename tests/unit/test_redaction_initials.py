"""An initial with one word of a protected name ("D. Oʻrinboyeva", "Оринбоева Д.") may be her
sister's: it is withheld, never printed and never given her label; her full name keeps it."""

from __future__ import annotations

import pytest

from desktop_app.core.reports.labels import labels_for
from desktop_app.core.reports.redaction import NamedPerson, Redactor


def redactor(language: str, *names: str, label: str) -> Redactor:
    witness = NamedPerson("d", names, label)
    return Redactor([witness], labels_for(language)["name_withheld"])


@pytest.mark.parametrize(
    ("language", "stored", "label", "text", "expected"),
    [
        (
            "uz",
            "Dilfuza Orinboyeva",
            "Guvoh A",
            "Dilfuza Orinboeva va uning singlisi D. Oʻrinboyevaga tahdid qilindi",
            "Guvoh A va uning singlisi [ism yashirilgan]-ga tahdid qilindi",
        ),
        (
            "ru",
            "Дилфуза Оринбоева",
            "Свидетель A",
            "Дилфуза Оринбоева и её сестра Д. Оринбоева получили угрозы.",
            "Свидетель A и её сестра [имя скрыто] получили угрозы.",
        ),
        (
            "ru",
            "Дилфуза Оринбоева",
            "Свидетель A",
            "Угрожали Оринбоевой Дилфузе и её сестре Оринбоевой Д.Х.",
            "Угрожали Свидетель A-е и её сестре [имя скрыто]-ой",
        ),
        (
            "en",
            "Dilfuza Orinboyeva",
            "Witness A",
            "Dilfuza Orinboyeva and her sister D. Orinboyeva were threatened.",
            "Witness A and her sister [name withheld] were threatened.",
        ),
    ],
)
def test_her_initial_with_her_surname_is_withheld_not_given_her_label(
    language: str, stored: str, label: str, text: str, expected: str
) -> None:
    redact = redactor(language, stored, label=label)
    assert redact(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "B. Orinboyeva",  # not her initial: her brother Bahodir
        "Orinboyeva D.",
        "Dilfuza O.",  # the initial may be of any name part
        "Azamjon Rahimov B. Orinboyeva",  # beside another person's name
    ],
)
def test_one_name_word_with_any_initial_is_never_her_label(text: str) -> None:
    redacted = redactor("en", "Dilfuza Orinboyeva", label="Witness A")(text)
    assert "[name withheld]" in redacted
    assert "Witness A" not in redacted
    assert "Orinboyeva" not in redacted and "Dilfuza" not in redacted


def test_an_abbreviated_name_keeps_its_possessive_and_her_full_name_her_label() -> None:
    redact = redactor("en", "Dilfuza Orinboyeva", label="Witness A")
    assert redact("D. Orinboyeva's house") == "[name withheld]'s house"
    assert redact("Orinboyeva D. Dilfuza said") == "Witness A said"
    assert redact("Orinboyeva's mother") == "Witness A's mother"  # her surname alone: as before


STORED_SPELLINGS = (
    "Dilfuza Orinboyeva",
    "Dilfuza Oʻrinboyeva",
    "Дилфуза Ўринбоева",
    "Дилфуза Оринбоева",
)


@pytest.mark.parametrize("stored", STORED_SPELLINGS)
@pytest.mark.parametrize(
    ("written", "ending"),
    [
        ("Oʻrinboyeva", ""),
        ("O'rinboyevaga", "-ga"),
        ("Orinboeva", ""),
        ("Оринбоевага", "-га"),
        ("Oʻrinboyevaning", "-ning"),
    ],
)
def test_her_surname_is_found_with_or_without_the_uzbek_mark_whichever_is_stored(
    stored: str, written: str, ending: str
) -> None:
    redact = redactor("uz", stored, label="Guvoh A")
    assert redact(f"{written} uyi") == f"Guvoh A{ending} uyi"
