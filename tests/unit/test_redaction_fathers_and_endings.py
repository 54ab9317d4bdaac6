"""What a label keeps of the words it replaces: a patronymic made from a protected man's given
name is withheld wherever it stands (it tells whose son someone is), and the case ending or
suffix of a replaced name stays after the label, joined with a hyphen (it tells the role the
person had: "told her", "her son")."""

from __future__ import annotations

import pytest

from desktop_app.core.reports.labels import labels_for
from desktop_app.core.reports.redaction import NamedPerson, Redactor

WITHHELD = labels_for("en")["name_withheld"]
FATHER = NamedPerson("a", ("Азамжон Аскаров",), "Person F")
SON = NamedPerson("s", ("Рустам Азамжонович Аскаров",))  # a victim, not protected
GULCHEHRA = NamedPerson("g", ("Гулчеҳра Каримова",), "Witness A")
SHAHLO = NamedPerson("r", ("Shahlo Gʻayratovna Oʻrinboyeva",), "Witness R")


@pytest.fixture
def redact() -> Redactor:
    return Redactor([FATHER, SON, GULCHEHRA, SHAHLO], WITHHELD)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Рустам Азамжонович Аскаров", f"Рустам {WITHHELD} Аскаров"),
        ("Rustam Azamjonovich Askarov", f"Rustam {WITHHELD} Askarov"),
        ("Rustam Azamjon oʻgʻli Askarov", f"Rustam {WITHHELD} Askarov"),
        ("Azamjonovich keldi; Азамжонович пришёл.", f"{WITHHELD} keldi; {WITHHELD} пришёл."),
        ("Azamjonovichga aytdi", f"{WITHHELD}-ga aytdi"),
        ("Azamjon oʻgʻli keldi", f"{WITHHELD} keldi"),  # not "Person F oʻgʻli": his son
        ("Дилноза Азамжоновна", f"Дилноза {WITHHELD}"),
    ],
)
def test_a_patronymic_made_from_a_protected_mans_name_is_withheld(
    redact: Redactor, text: str, expected: str
) -> None:
    assert redact(text) == expected


@pytest.mark.parametrize(
    "text",
    ["Sergei Azizovich Ivanov", "Рустам Баходирович", "Askarovich"],  # Askar is nobody's name
)
def test_a_patronymic_of_another_father_stays(redact: Redactor, text: str) -> None:
    assert redact(text) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Гулчеҳрага айтди", "Witness A-га айтди"),
        ("Karimovaning oʻgʻli", "Witness A-ning oʻgʻli"),
        (
            "Oʻrinboyevaga tahdid qilindi; Oʻrinboyevaning uyi.",
            "Witness R-ga tahdid qilindi; Witness R-ning uyi.",
        ),
        ("Karimovalarning uyi", "Witness A-larning uyi"),
        ("Gulchehrajonga", "Witness A-ga"),  # the affectionate -jon goes, the dative stays
        ("Аскарову угрожал Рахимов", f"{WITHHELD}-у угрожал Рахимов"),  # his son is one too
        ("Каримовой сказали", "Witness A-ой сказали"),
        ("Karimova's son", "Witness A's son"),
        ("Karimova keldi", "Witness A keldi"),  # as written: no ending
        ("Гулчеҳра Каримовага", "Witness A-га"),
    ],
)
def test_a_case_ending_stays_after_the_label_with_a_hyphen(
    redact: Redactor, text: str, expected: str
) -> None:
    assert redact(text) == expected
