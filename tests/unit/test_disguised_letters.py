"""Letters a reader cannot see or tell apart: read as seen when names are compared, refused by
a form and dropped from a bundle where they are out of place, kept where they do something."""

from __future__ import annotations

from uuid import UUID

import pytest

from desktop_app.core.lookalikes import latin_readings
from desktop_app.core.one_line_text import (
    OneLineFault,
    letters_as_seen,
    one_line_fault,
    one_line_from_bundle,
)
from desktop_app.core.protected_names import folded_names, names_a_protected_person, protected_from

_ID = UUID(int=1)
ENGLAND = "\U0001f3f4\U000e0067\U000e0062\U000e0065\U000e006e\U000e0067\U000e007f"


def test_greek_and_mixed_script_words_are_read_as_the_latin_they_look_like() -> None:
    assert "dilnoza karimova" in latin_readings("Dilnοza Karimοva")  # omicrons
    assert "karimova" in latin_readings("Karimoνa")  # a small nu looks like v
    assert "dilnoza" in latin_readings("Dіlnoza")  # Ukrainian і among Latin letters
    # Cyrillic alone is left to search folding, which transliterates it.
    assert latin_readings("Дильноза Каримова") == ("Дильноза Каримова",)
    assert latin_readings("Dilnoza Karimova") == ("Dilnoza Karimova",)


@pytest.mark.parametrize(
    "name",
    [
        "Dilnοza Karimοva",
        "DILNΟZA KARIMΟVA",
        "Dilnoza Kari\ufe0fmova",
        "Dilnoza Kari\U000e0041mova",
        "Dilnoza Kari\u061cmova",
        "Dilnoza\u3164Karimova",
        "Dilnoza\u115fKarimova",
    ],
)
def test_a_disguised_name_compares_as_hers(name: str) -> None:
    assert "dilnoza karimova" in folded_names(name, ())
    protected = protected_from([(_ID, ["Dilnoza Karimova"])])
    assert names_a_protected_person(f"Source {name}", protected)


def test_letters_as_seen_drops_selectors_tags_and_marks() -> None:
    assert letters_as_seen("A\ufe0fli\U000e0041\u061c\u3164V") == "Ali V"


@pytest.mark.parametrize(
    ("value", "char"),
    [
        ("Kari\ufe0fmova", "\ufe0f"),
        ("\ufe0fAli", "\ufe0f"),
        ("Kari\U000e0041mova", "\U000e0041"),
        ("Dilnoza\u3164Karimova", "\u3164"),
    ],
)
def test_a_form_refuses_format_characters_out_of_place(value: str, char: str) -> None:
    assert one_line_fault(value) == OneLineFault("invisible", char)


def test_emoji_selectors_and_flag_tags_stay() -> None:
    for value in ("Case ❤️", f"Case {ENGLAND}", "Case 1\ufe0f\u20e3", "Kari\u061cmova"):
        assert one_line_fault(value) is None
        assert one_line_from_bundle(value) == value


def test_a_bundle_drops_them_and_reads_fillers_as_spaces() -> None:
    assert one_line_from_bundle("Dilnoza\u3164Kari\ufe0fmo\U000e0041va") == "Dilnoza Karimova"
