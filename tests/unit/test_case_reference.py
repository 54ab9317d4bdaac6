"""The form's reference check (case_reference) refuses exactly what saving refuses
(record_validation), so a form never enables Save for a reference core then refuses in English,
nor blocks one core would take."""

from __future__ import annotations

import sys
import unicodedata
from uuid import uuid4

import pytest

from desktop_app.core.case_reference import reference_fault
from desktop_app.core.errors import InvalidInput
from desktop_app.core.record_validation import MAX_REFERENCE_CHARS, validate_record

# One character of each category near a reference's, and the usual ones.
SAMPLES = [
    "KG-2010-0007",
    "  UZ-1  ",
    "Ўз-2005/13",
    "R" * MAX_REFERENCE_CHARS,
    "R" * (MAX_REFERENCE_CHARS + 1),
    *(f"KG-{chr(c)}-7" for c in (0x00, 0x09, 0x0A, 0x1B, 0x7F, 0x85, 0xA0, 0xAD, 0x061C)),
    *(f"KG-{chr(c)}-7" for c in (0x200B, 0x200D, 0x200E, 0x202E, 0x2028, 0x2029, 0x2066, 0xFEFF)),
]


def _saving_refuses(reference: str) -> bool:
    data = {"reference": reference, "title": "T"}
    try:
        validate_record("case", data, set(), uuid4())
    except InvalidInput:
        return True
    return False


@pytest.mark.parametrize("reference", SAMPLES, ids=ascii)
def test_the_form_refuses_what_saving_refuses(reference: str) -> None:
    assert (reference_fault(reference) is not None) == _saving_refuses(reference)


def test_each_fault_is_named_as_the_one_line_fields_name_it() -> None:
    assert reference_fault("R" * 70).kind == "too_long"
    assert reference_fault("R" * 70).length == 70
    assert reference_fault("KG-\u202e7").kind == "direction"
    assert reference_fault("KG-\u200b7").kind == "invisible"
    assert reference_fault("KG-\n7").kind == "control"
    assert reference_fault("KG-\u20287").code_point == "U+2028"
    assert reference_fault(" KG-7\n") is None  # stripped, as saved


def test_every_format_character_is_refused() -> None:
    formats = (chr(c) for c in range(sys.maxunicode + 1) if unicodedata.category(chr(c)) == "Cf")
    assert all(reference_fault(f"A{char}B") is not None for char in formats)
