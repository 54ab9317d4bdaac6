"""validate_record gives what a record of each kind stores: every content column, and the
content a model instance with those values has."""

from __future__ import annotations

import uuid
from typing import Any

import pytest

from desktop_app.core.content import MODEL_OF_KIND, to_content
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
