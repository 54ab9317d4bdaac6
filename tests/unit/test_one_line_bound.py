"""A one-line field (a name, a title, a place, a tag, a file name) is at most 2,000 characters
and holds no control character, from whatever source; a value the record already holds passes
unchanged, and multi-line fields keep their own, far larger, limit."""

from __future__ import annotations

import uuid

import pytest

from desktop_app.core.errors import InvalidInput
from desktop_app.core.one_line_text import MAX_ONE_LINE_CHARS
from desktop_app.core.record_validation import validate_record
from tests.unit.test_content import ACT_TYPES, FULL

ID = uuid.UUID(int=1)
# (kind, field, holds a list): every field a form edits in one line, or one per line.
ONE_LINE = [
    ("case", "title", False),
    ("case", "region", False),
    ("case", "place", False),
    ("case", "tags", True),
    ("person", "name", False),
    ("person", "other_names", True),
    ("person", "ethnicity", False),
    ("person", "nationality", False),
    ("person", "occupation", False),
    ("person", "pseudonym", False),
    ("testimony", "interviewer", False),
    ("testimony", "place", False),
    ("testimony", "language", False),
    ("testimony", "interpreter", False),
    ("event", "place", False),
    ("event", "institutions", True),
    ("attachment", "file_name", False),
    ("attachment", "media_type", False),
    ("attachment", "captured_at", False),
    ("attachment", "received_at", False),
]
IDS = [f"{kind}.{field}" for kind, field, _ in ONE_LINE]


def _with(kind: str, field: str, is_list: bool, value: str) -> dict[str, object]:
    return {**FULL[kind], field: [value] if is_list else value}


@pytest.mark.parametrize(("kind", "field", "is_list"), ONE_LINE, ids=IDS)
def test_a_one_line_value_longer_than_the_bound_is_refused(
    kind: str, field: str, is_list: bool
) -> None:
    validate_record(kind, _with(kind, field, is_list, "N" * MAX_ONE_LINE_CHARS), ACT_TYPES, ID)
    too_long = _with(kind, field, is_list, "N" * 10_000_000)
    with pytest.raises(InvalidInput) as refused:
        validate_record(kind, too_long, ACT_TYPES, ID)
    assert str(refused.value) == (
        f"{kind} {ID}: {field}: is too long (10,000,000 characters; at most 2,000)"
    )


@pytest.mark.parametrize("control", ["\x00", "\x1b", "\n", "\t", "\x7f", "\x85"])
@pytest.mark.parametrize(("kind", "field", "is_list"), ONE_LINE, ids=IDS)
def test_a_control_character_in_a_one_line_value_is_refused(
    kind: str, field: str, is_list: bool, control: str
) -> None:
    data = _with(kind, field, is_list, f"Dilnoza{control}Karimova")
    with pytest.raises(InvalidInput) as refused:
        validate_record(kind, data, ACT_TYPES, ID)
    assert str(refused.value) == (
        f"{kind} {ID}: {field}: holds the control character U+{ord(control):04X}"
    )


def test_the_bound_is_two_thousand_characters() -> None:
    # A place with its full address, a case title of a sentence: a few hundred at most.
    assert MAX_ONE_LINE_CHARS == 2_000


@pytest.mark.parametrize(("kind", "field", "is_list"), ONE_LINE, ids=IDS)
def test_a_value_the_record_already_holds_passes_unchanged(
    kind: str, field: str, is_list: bool
) -> None:
    old = _with(kind, field, is_list, "Osh\x00" + "N" * 5_000)
    valid = validate_record(kind, old, ACT_TYPES, ID, held=old)
    assert valid.content[field] == old[field]
    changed = _with(kind, field, is_list, "Osh\x00" + "N" * 5_001)
    with pytest.raises(InvalidInput):
        validate_record(kind, changed, ACT_TYPES, ID, held=old)


@pytest.mark.parametrize(
    ("kind", "field"),
    [
        ("case", "summary"),
        ("person", "notes"),
        ("person", "contact"),
        ("testimony", "narrative"),
        ("event", "description"),
        ("attachment", "note"),
    ],
)
def test_multi_line_fields_keep_long_text_and_line_breaks(kind: str, field: str) -> None:
    text = "Line one\n\tLine two\r\n" + "x" * 5_000_000
    valid = validate_record(kind, {**FULL[kind], field: text}, ACT_TYPES, ID)
    assert valid.content[field] == text
