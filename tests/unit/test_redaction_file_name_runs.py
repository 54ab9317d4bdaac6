"""A protected person's name words joined as file names and handles join them (_ - . or spaces)
are one name, replaced by her label once: "Malika_Xojayeva_portret.png" is
"Guvoh N_portret.png", not "Guvoh N_Guvoh N_portret.png"."""

from __future__ import annotations

import pytest

from desktop_app.core.reports.redaction import NamedPerson, Redactor

WITHHELD = "[ism yashirilgan]"
MALIKA = NamedPerson("m", ("Malika Xoʻjayeva",), "Guvoh N")
DILNOZA = NamedPerson("d", ("Dilnoza Karimova",), "Guvoh P")
RUSTAM = NamedPerson("r", ("Rustam Karimov",))  # named: not protected


@pytest.fixture
def redact() -> Redactor:
    return Redactor([MALIKA, DILNOZA, RUSTAM], WITHHELD)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Malika_Xojayeva_portret.png", "Guvoh N_portret.png"),
        ("Malika_Xoʻjayeva_portret.png", "Guvoh N_portret.png"),
        ("Xoʻjayeva_Malika_portret.png", "Guvoh N_portret.png"),
        ("malika.xojayeva.jpg", "Guvoh N.jpg"),
        ("MALIKA_XOJAYEVA.PNG", "Guvoh N.PNG"),
        ("Malika___Xojayeva.png", "Guvoh N.png"),
        ("2020.05.Malika.Xojayeva.pdf", "2020.05.Guvoh N.pdf"),
        ("Малика_Хўжаева_портрет.png", "Guvoh N_портрет.png"),
        # her initial among or after her name words goes with them
        ("IMG_Malika_Xoʻjayeva_M_portret.png", "IMG_Guvoh N_portret.png"),
        ("Karimova_D_Dilnoza.pdf", "Guvoh P.pdf"),
        ("Dilnoza_Bahodirovna_Karimova.pdf", "Guvoh P.pdf"),
        # two people side by side: each her own label, once
        ("Malika_Xojayeva_Dilnoza_Karimova.png", "Guvoh N_Guvoh P.png"),
    ],
)
def test_a_name_in_a_file_name_prints_its_label_once(
    redact: Redactor, name: str, expected: str
) -> None:
    assert redact.file_name(name) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Malika Xoʻjayeva keldi", "Guvoh N keldi"),
        ("Malika_Xoʻjayeva keldi", "Guvoh N keldi"),
        ("Malika-Xoʻjayeva keldi", "Guvoh N keldi"),
        ("Fayl: Malika_Xojayeva_portret.png", "Fayl: Guvoh N_portret.png"),
        # his whole name joined by _ is his, as with a space: her brother's surname stays
        ("Rustam_Karimov va Malika", "Rustam_Karimov va Guvoh N"),
    ],
)
def test_a_name_joined_by_an_underscore_or_hyphen_in_text_prints_its_label_once(
    redact: Redactor, text: str, expected: str
) -> None:
    assert redact(text) == expected
