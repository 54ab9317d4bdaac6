"""Which records a record refers to, read from its content (the interchange shape)."""

from __future__ import annotations

from typing import Any
from uuid import UUID

# (field, kind it points to, whether it holds a list of ids)
_FIELDS: dict[str, tuple[tuple[str, str, bool], ...]] = {
    "case": (),
    "person": (),
    "case_party": (("case", "case", False), ("person", "person", False)),
    "testimony": (("case", "case", False), ("witness", "person", False)),
    "event": (
        ("case", "case", False),
        ("victims", "person", True),
        ("perpetrators", "person", True),
        ("sources", "testimony", True),
    ),
}


def references(kind: str, content: dict[str, Any]) -> list[tuple[str, str, UUID]]:
    """(field, target kind, id) for every record this validated content points to."""
    if kind == "attachment":
        return [("owner", content["owner_kind"], UUID(content["owner"]))]
    found: list[tuple[str, str, UUID]] = []
    for field, target, is_list in _FIELDS[kind]:
        value = content.get(field)
        values = (value or []) if is_list else ([value] if value else [])
        found += [(field, target, UUID(item)) for item in values]
    return found
