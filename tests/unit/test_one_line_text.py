"""What a one-line field may hold, as a code the GUI words, and how a form tidies a paste."""

from __future__ import annotations

import pytest

from desktop_app.core.one_line_text import (
    MAX_ONE_LINE_CHARS,
    OneLineFault,
    one_line_fault,
    one_line_problem,
    tidied_one_line,
)


@pytest.mark.parametrize(
    ("value", "fault", "problem"),
    [
        ("Ali\x07", OneLineFault("control", "\x07"), "holds the control character U+0007"),
        (
            "\u202eAli",
            OneLineFault("direction", "\u202e"),
            "holds the text direction control U+202E",
        ),
        ("A\u200bli", OneLineFault("invisible", "\u200b"), "holds the invisible character U+200B"),
        (
            "A" * (MAX_ONE_LINE_CHARS + 1),
            OneLineFault("too_long", length=MAX_ONE_LINE_CHARS + 1),
            "is too long (2,001 characters; at most 2,000)",
        ),
    ],
)
def test_a_fault_has_a_code_for_the_gui_and_the_import_keeps_its_english_clause(
    value: str, fault: OneLineFault, problem: str
) -> None:
    assert one_line_fault(value) == fault
    assert one_line_problem(value) == problem


def test_what_a_keyboard_types_has_no_fault() -> None:
    # Marks and joiners: Persian names need ZWNJ, mixed-script names a direction mark.
    assert one_line_fault("\u0645\u06cc\u200c\u0631\u0632\u0627 \u200fAli Oʻgʻli") is None
    assert one_line_fault("A" * MAX_ONE_LINE_CHARS) is None
    assert OneLineFault("control", "\x1b").code_point == "U+001B"


@pytest.mark.parametrize(
    ("pasted", "kept"),
    [
        # A web page's line breaks and tabs: the line edit showed spaces.
        ("Azimjan\nAskarov", "Azimjan Askarov"),
        ("Azimjan\tAskarov\r\n", "Azimjan Askarov  "),
        # Invisible characters at the ends, and the spaces among them, go unseen and unsaved.
        ("\ufeffAzimjan Askarov\u200b", "Azimjan Askarov"),
        (" \u200b Askarov \u2060 ", "Askarov"),
        ("\u200b", ""),
        # Inside they stay, for the form to refuse: the user must see what is there.
        ("Azim\u200bjan", "Azim\u200bjan"),
        ("\u202eAskarov", "\u202eAskarov"),
        # Spaces a user typed at the ends are theirs.
        (" Osh ", " Osh "),
    ],
)
def test_a_paste_is_tidied_to_what_the_line_edit_showed(pasted: str, kept: str) -> None:
    assert tidied_one_line(pasted) == kept
