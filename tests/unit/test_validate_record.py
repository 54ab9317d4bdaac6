"""validate_record gives what a record of each kind stores: every content column, and the
content a model instance with those values has."""

from __future__ import annotations

import uuid
from typing import Any

import pytest

from desktop_app.core.content import MODEL_OF_KIND, to_content
from desktop_app.core.errors import InvalidInput
from desktop_app.core.record_validation import validate_record
from tests.unit.test_content import ACT_TYPES, FULL

_BOOKKEEPING = {
    "created_at", "created_by", "updated_at", "updated_by", "version", "content_hash", "is_deleted",
}  # fmt: skip


@pytest.mark.parametrize("kind", list(FULL))
def test_validation_sets_every_column_and_gives_the_content_of_a_record(kind: str) -> None:
    valid = validate_record(kind, FULL[kind], ACT_TYPES, uuid.UUID(FULL[kind]["id"]))
    model: Any = MODEL_OF_KIND[kind]
    columns = set(model.__table__.columns.keys()) - _BOOKKEEPING
    assert set(vars(valid.values)) == columns
    assert valid.content == FULL[kind]
    assert to_content(model(**vars(valid.values))) == valid.content


@pytest.mark.parametrize(
    ("kind", "field", "value"),
    [
        ("testimony", "narrative", "He was \ud800 taken"),
        ("testimony", "narrative", "ascii, then \udfff"),
        ("testimony", "narrative", "a pair of halves: \ud83d\ude00"),  # two code points in Python
        ("testimony", "translations", {"en": "taken \udc00 at night"}),
        ("case", "tags", ["june-2010", "\ud800"]),
        ("person", "name", "\ud800"),
    ],
)
def test_a_lone_surrogate_anywhere_in_text_is_refused(kind: str, field: str, value: Any) -> None:
    data = {**FULL[kind], field: value}
    with pytest.raises(InvalidInput, match=f"{field}: .*lone surrogate"):
        validate_record(kind, data, ACT_TYPES, uuid.UUID(FULL[kind]["id"]))


@pytest.mark.parametrize("text", ["", "plain", "Шамсутдинов Gʻafurov", "😀 \U0010ffff \ufffd"])
def test_text_with_every_kind_of_character_but_a_surrogate_is_taken(text: str) -> None:
    data = {**FULL["testimony"], "narrative": text, "translations": {"en": text}}
    valid = validate_record("testimony", data, ACT_TYPES, uuid.UUID(FULL["testimony"]["id"]))
    assert valid.content["narrative"] == valid.content["translations"]["en"] == text
