"""A protected man's short given name as the father's name in a patronymic, typed without its
oʻ mark (Otkir oʻgʻli, Откир ўғли, Otkirovich for Oʻtkir): the patronymic names him as surely
as the marked one, so it is withheld. The shape of a patronymic is what makes the word his: the
same word alone, or an ordinary word that is a protected name typed so, stays."""

from __future__ import annotations

import pytest

from desktop_app.core.reports.labels import labels_for
from desktop_app.core.reports.redaction import NamedPerson, Redactor

WITHHELD = labels_for("en")["name_withheld"]
OTKIR = NamedPerson("o", ("Oʻtkir Gʻaniyev",), "Witness O")
OROL = NamedPerson("r", ("Oʻrol Tursunov",), "Witness R")
JASUR = NamedPerson("j", ("Jasur Toshmatov",))  # a victim, not protected


@pytest.fixture
def redact() -> Redactor:
    return Redactor([OTKIR, OROL, JASUR], WITHHELD)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Jasur Otkir ogli keldi", f"Jasur {WITHHELD} keldi"),
        ("Jasur Otkir o'g'li keldi", f"Jasur {WITHHELD} keldi"),
        ("Jasur Otkir oʻgʻli Toshmatov", f"Jasur {WITHHELD} Toshmatov"),
        ("Жасур Откир ўғли келди", f"Жасур {WITHHELD} келди"),
        ("Жасур Откир угли", f"Жасур {WITHHELD}"),
        ("Jasur Otkirovich", f"Jasur {WITHHELD}"),
        ("Жасур Откирович пришёл", f"Жасур {WITHHELD} пришёл"),
        ("Otkirovichga aytdi", f"{WITHHELD}-ga aytdi"),
        ("Dilnoza Orol qizi", f"Dilnoza {WITHHELD}"),
        # with the mark, and in the Russian spelling, as before
        ("Jasur Oʻtkir oʻgʻli keldi", f"Jasur {WITHHELD} keldi"),
        ("Жасур Ўткир ўғли келди", f"Жасур {WITHHELD} келди"),
        ("Жасур Уткирович пришёл", f"Жасур {WITHHELD} пришёл"),
        ("Жасур Ўткирович пришёл", f"Жасур {WITHHELD} пришёл"),
    ],
)
def test_a_patronymic_of_his_unmarked_name_is_withheld(
    redact: Redactor, text: str, expected: str
) -> None:
    assert redact(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Otkir kecha keldi.",  # his name alone, unmarked: as often another word (see Limits)
        "Orol dengizi qurib bormoqda.",  # the Aral Sea
        "Bu yerda hech kim olmas edi.",
        "Jasur Azizovich Toshmatov",  # another father
        "Jasur Otkirov",  # a surname, no patronymic
    ],
)
def test_the_unmarked_word_outside_a_patronymic_stays(redact: Redactor, text: str) -> None:
    assert redact(text) == text


def test_a_patronymic_of_an_unprotected_namesake_spelt_so_stays() -> None:
    # His own recorded spelling is his, as written: a spelling is a variant only of nobody's.
    namesake = NamedPerson("n", ("Otkir Rahimov",))
    redact = Redactor([OTKIR, namesake, JASUR], WITHHELD)
    assert redact("Jasur Otkir ogli keldi") == "Jasur Otkir ogli keldi"
    # Spelt as the protected man's name, the patronymic is withheld: protection wins.
    assert redact("Jasur Oʻtkir oʻgʻli keldi") == f"Jasur {WITHHELD} keldi"
