"""A relative's other name that gives a protected person's name with a case ending ("сын
Гулноры") mentions her: it never shields her name, while names of his own stay his."""

from __future__ import annotations

import pytest

from desktop_app.core.reports.redaction import NamedPerson, Redactor

WITHHELD = "[name withheld]"
GULNORA = NamedPerson("g", ("Гулнора Шамсутдинова",), "Witness A")


@pytest.mark.parametrize(
    ("other_name", "text", "expected"),
    [
        # her given name in the Russian genitive, in either script
        ("сын Гулноры", "сын Гулноры пришёл", f"сын {WITHHELD} пришёл"),
        ("сын Гулноры", "Рустам Шамсутдинов, сын Гулноры", f"Рустам Шамсутдинов, сын {WITHHELD}"),
        ("syn Gulnory", "syn Gulnory prishyol", f"syn {WITHHELD} prishyol"),
        # the Kazakh genitive, and -jon before the Uzbek one
        ("Гулнораның ұлы", "Гулнораның ұлы келді", f"{WITHHELD} ұлы келді"),
        ("Gulnorajonning oʻgʻli", "Gulnorajonning oʻgʻli keldi", f"{WITHHELD} oʻgʻli keldi"),
        # the Uzbek genitive of her name as written was a mention already
        ("Gulnoraning oʻgʻli", "Gulnoraning oʻgʻli keldi", f"{WITHHELD}-ning oʻgʻli keldi"),
    ],
)
def test_her_name_with_a_case_ending_in_a_relatives_other_name_does_not_shield_it(
    other_name: str, text: str, expected: str
) -> None:
    son = NamedPerson("r", ("Рустам Шамсутдинов", other_name))
    redact = Redactor([GULNORA, son], WITHHELD)
    assert redact(text) == expected
    # his own name keeps the surname they share, as a brother's does
    assert redact("Рустам Шамсутдинов пришёл.") == "Рустам Шамсутдинов пришёл."


def test_her_surname_or_a_mans_given_name_in_a_case_in_another_name_is_withheld() -> None:
    karimov = NamedPerson("k", ("Рустам Каримов",), "Witness B")
    nasriddin = NamedPerson("n", ("Насриддин Юсупов",), "Witness C")
    husband = NamedPerson("h", ("Rustam Aliyev", "муж Шамсутдиновой"))
    daughter = NamedPerson("d", ("Дилноза Юсупова", "дочь Рустама"))
    son = NamedPerson("s", ("Анвар Алиев", "сын Насриддина"))  # -ddin is no surname's -in
    redact = Redactor([GULNORA, karimov, nasriddin, husband, daughter, son], WITHHELD)
    assert redact("муж Шамсутдиновой пришёл") == f"муж {WITHHELD} пришёл"
    assert redact("дочь Рустама пришла") == f"дочь {WITHHELD} пришла"
    assert redact("сын Насриддина пришёл") == f"сын {WITHHELD} пришёл"


@pytest.mark.parametrize(
    ("protected_name", "relative_names", "text"),
    [
        # Каримова is the feminine of Каримов: her maiden name as well as "of Каримов"
        ("Рустам Каримов", ("Азиза Юсупова", "Азиза Каримова"), "Азиза Каримова пришла."),
        ("Олег Заславский", ("Ирина Петрова", "Ирина Заславская"), "Ирина Заславская пришла."),
        ("Ирина Заславская", ("Олег Петров", "Олег Заславский"), "Олег Заславский пришёл."),
    ],
)
def test_a_protected_surname_in_the_other_gender_in_another_name_stays_the_relatives(
    protected_name: str, relative_names: tuple[str, ...], text: str
) -> None:
    protected = NamedPerson("p", (protected_name,), "Witness B")
    relative = NamedPerson("r", relative_names)
    assert Redactor([protected, relative], WITHHELD)(text) == text


def test_a_relatives_recorded_name_is_his_own_even_if_it_is_a_form_of_hers() -> None:
    # Азиза is Азиз with the genitive -а, and a woman's name: in the name she is recorded
    # under it is hers; in the other name "сын Азиза" it mentions him.
    aziz = NamedPerson("a", ("Азиз Каримов",), "Witness B")
    sister = NamedPerson("s", ("Азиза Юсупова", "Aziza Yusupova"))
    son = NamedPerson("r", ("Рустам Алиев", "сын Азиза"))
    redact = Redactor([aziz, sister, son], WITHHELD)
    assert redact("Азиза Юсупова пришла.") == "Азиза Юсупова пришла."
    assert redact("Aziza Yusupova keldi.") == "Aziza Yusupova keldi."
    assert redact("сын Азиза пришёл") == f"сын {WITHHELD} пришёл"
