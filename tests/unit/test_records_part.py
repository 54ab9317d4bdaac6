"""The records part an export builds entry by entry: the canonical part, kept as it is while
small and compressed once large."""

from __future__ import annotations

import hashlib
import random
import tracemalloc
from uuid import UUID

import pytest

from desktop_app.core.exchange.format import CHUNK_BYTES
from desktop_app.core.exchange.sync_records import (
    KIND_ORDER,
    RAW_BYTES,
    RecordsPart,
    SyncRecord,
    encode_records,
    parse_records,
)

ACTOR = "a" * 64
WORDS = ("detained", "Osh", "2010", "witness", "police", "station", "released", "family")


def _record(kind: str, number: int, words: int = 40) -> SyncRecord:
    rng = random.Random(number)
    return SyncRecord(
        kind=kind,
        content={
            "id": str(UUID(int=number + 1)),
            "note": " ".join(rng.choice(WORDS) for _ in range(words)),
        },
        deleted=False,
        clock={ACTOR: 1 + number % 3},
        created_at="2026-01-01T00:00:00.000000Z",
        created_by=ACTOR,
        updated_at="2026-01-02T00:00:00.000000Z",
        updated_by=ACTOR,
    )


@pytest.mark.parametrize(
    ("raw_bytes", "is_compressed"),
    [(RAW_BYTES, False), (0, True), (20_000, True)],
    ids=["kept as it is", "compressed from the first entry", "compressed midway"],
)
def test_the_part_is_the_canonical_records_in_foreign_key_order(
    raw_bytes: int, is_compressed: bool
) -> None:
    # Added newest kind first and interleaved, as a since-last export adds them.
    records = [_record(kind, number) for number, kind in enumerate(reversed(KIND_ORDER * 40))]
    part = RecordsPart(raw_bytes=raw_bytes)
    for record in records:
        part.add(record.kind, RecordsPart.entry_bytes(record))
    part.finish()

    in_key_order = sorted(records, key=lambda record: KIND_ORDER.index(record.kind))
    expected = bytes(encode_records(in_key_order))
    chunks = list(part.chunks())
    assert b"".join(chunks) == expected
    assert part.size == len(expected)
    assert part.sha256 == hashlib.sha256(expected).digest()
    assert part.is_compressed == is_compressed
    assert max(map(len, chunks)) < 2 * CHUNK_BYTES  # never the whole part at once
    assert list(parse_records(iter(chunks))) == in_key_order


def test_an_empty_part_is_the_empty_list() -> None:
    for part in (RecordsPart(), RecordsPart(raw_bytes=0)):
        part.finish()
        assert b"".join(part.chunks()) == bytes(encode_records([]))


def test_a_large_part_is_held_in_a_fraction_of_its_size() -> None:
    entries = [RecordsPart.entry_bytes(_record("testimony", number, 400)) for number in range(50)]
    part = RecordsPart(raw_bytes=1024 * 1024)
    tracemalloc.start()
    try:
        for number in range(8_000):
            part.add("testimony", entries[number % len(entries)])
        part.finish()
        held, _ = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert part.size > 20 * 1024 * 1024
    assert held < part.size / 3
