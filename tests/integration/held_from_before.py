"""Values no write takes now, set on a record as a vault may hold them from before a bound (a
name longer than 2,000 characters, a NUL in a place) or as a seized vault's keys sign them."""

from __future__ import annotations

from desktop_app.core.content import Record, content_hash, to_content


def held_from_before(record: Record, **values: object) -> None:
    """Set record's columns to values, in the caller's session, with the content hash they
    give (its revisions keep what was written)."""
    for column, value in values.items():
        setattr(record, column, value)
    record.content_hash = content_hash(to_content(record))
