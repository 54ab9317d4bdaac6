"""Initials a dossier must take for initials: the Uzbek Latin digraphs (Sh., Ch., Gʻ., Oʻ.) in
every apostrophe form, and, in a file name or a handle, a letter without a dot joined to her
name by "_" (or "-" in a file name). With one word of her name they are withheld, never her
label, as "D. Oʻrinboyeva" is."""

from __future__ import annotations

import pytest

from desktop_app.core.reports.labels import labels_for
from desktop_app.core.reports.redaction import NamedPerson, Redactor

WITHHELD = labels_for("en")["name_withheld"]
SHAHLO = NamedPerson("r", ("Shahlo Gʻayratovna Oʻrinboyeva",), "Witness R")
KARIMOVA = NamedPerson("k", ("Дилноза Каримова",), "Свидетель А")


@pytest.fixture
def redact() -> Redactor:
    return Redactor([SHAHLO, KARIMOVA], WITHHELD)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("O'rinboyeva Sh. tahdid qildi.", f"{WITHHELD} tahdid qildi."),
        ("Sh.Gʻ. Oʻrinboyeva keldi.", f"{WITHHELD} keldi."),
        ("Ch. Oʻrinboyeva va Gʻ. Oʻrinboyeva keldi.", f"{WITHHELD} va {WITHHELD} keldi."),
        ("Угрозы O'rinboyeva Sh. и её сестре", f"Угрозы {WITHHELD} и её сестре"),
        *(
            (f"O{mark}. Oʻrinboyeva keldi", f"{WITHHELD} keldi")
            for mark in ("ʻ", "'", "’", "‘", "ʼ", "`")
        ),
        *((f"G{mark}. Oʻrinboyeva", WITHHELD) for mark in ("ʻ", "'", "’", "‘", "ʼ", "`")),
    ],
)
def test_an_uzbek_digraph_initial_with_her_surname_is_withheld(
    redact: Redactor, text: str, expected: str
) -> None:
    assert redact(text) == expected


def test_her_digraph_initial_with_her_given_name_keeps_her_label(redact: Redactor) -> None:
    # Two words of her name take her label; "Sh." is her initial there, not a word left over.
    assert redact("Sh. Gʻayratovna Oʻrinboyeva keldi") == "Witness R keldi"
    assert redact("Shahlo Sh. Oʻrinboyeva keldi") == "Witness R keldi"


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Каримова_Д_медзаключение.pdf", f"{WITHHELD}_медзаключение.pdf"),
        ("д_каримова.jpg", f"{WITHHELD}.jpg"),
        ("karimova-d.jpg", f"{WITHHELD}.jpg"),
        ("orinboyeva_sh_2.jpg", f"{WITHHELD}_2.jpg"),
        ("Каримова_2023.pdf", "Свидетель А_2023.pdf"),  # no initial: her label
    ],
)
def test_an_undotted_initial_joined_to_her_name_in_a_file_name_is_withheld(
    redact: Redactor, name: str, expected: str
) -> None:
    assert redact.file_name(name) == expected


def test_a_handle_with_her_initial_is_withheld_and_a_hyphen_in_prose_is_no_initial(
    redact: Redactor,
) -> None:
    assert redact("Писал с аккаунта @karimova_d.") == f"Писал с аккаунта @{WITHHELD}."
    # In prose a hyphen joins a word or an ending to her name, not an initial.
    assert redact("Каримова-с") == "Свидетель А-с"
