"""A Kyrgyz case ending stays after the label that replaces a name, in Cyrillic and in Latin
letters, as Uzbek and Russian endings do."""

from __future__ import annotations

import pytest

from desktop_app.core.reports.redaction import NamedPerson, Redactor


@pytest.fixture(scope="module")
def redact() -> Redactor:
    return Redactor(
        [
            NamedPerson("aigul", ("Айгүл Мөңкүбаева", "Aigül Möngkübaeva"), "Witness A"),
            NamedPerson("erlan", ("Эрлан Сатыбалдиев", "Erlan Satybaldiev")),
        ],
        "[name withheld]",
    )


@pytest.mark.parametrize(
    ("text", "printed"),
    [
        ("Möngkübaevanyn telefonu", "Witness A-nyn telefonu"),  # genitive, back vowel
        ("Aigüldün telefonu", "Witness A-dün telefonu"),  # front rounded, after l
        ("Aigulnun telefonu", "Witness A-nun telefonu"),  # written without its marks
        ("Möngkübaevaga aitty", "Witness A-ga aitty"),
        ("Möngkübaevany kördü", "Witness A-ny kördü"),  # accusative
        ("Möngkübaevadan", "Witness A-dan"),
        ("Möngkübaevalardyn üyü", "Witness A-lardyn üyü"),  # plural, then genitive
        ("Мөңкүбаеванын телефону", "Witness A-нын телефону"),
        ("Айгүлдүн сөзү", "Witness A-дүн сөзү"),
        ("Мөңкүбаевалардын үйү", "Witness A-лардын үйү"),
    ],
)
def test_a_kyrgyz_ending_is_kept_after_the_label(redact: Redactor, text: str, printed: str) -> None:
    assert redact(text) == printed


def test_an_unprotected_name_with_a_kyrgyz_ending_is_left_alone(redact: Redactor) -> None:
    assert redact("Satybaldievdin buiruğu") == "Satybaldievdin buiruğu"
