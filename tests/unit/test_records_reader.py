"""Reading a records part a colleague sent: each entry's bookkeeping is checked, and one long
entry is read in time proportional to its length."""

from __future__ import annotations

import time
import uuid
from typing import Any

import pytest

from desktop_app.core.dates import utc_now
from desktop_app.core.errors import BundleRejected
from desktop_app.core.exchange.format import CHUNK_BYTES
from desktop_app.core.exchange.sync_records import (
    SyncRecord,
    encode_records,
    parse_entry,
    parse_records,
)

ACTOR = "a" * 64


def _entry(**changes: Any) -> dict[str, Any]:
    record = SyncRecord(
        kind="testimony",
        content={"id": str(uuid.uuid4()), "narrative": "They came at night."},
        deleted=False,
        clock={ACTOR: 1},
        created_at="2026-11-27T10:00:00.000000Z",
        created_by=ACTOR,
        updated_at="2026-11-27T10:00:00.000000Z",
        updated_by=ACTOR,
    )
    return {**record.to_json(), **changes}


def test_the_time_stamps_the_vault_writes_are_accepted() -> None:
    now = utc_now()
    record = parse_entry(_entry(created_at=now, updated_at=now))
    assert (record.created_at, record.updated_at) == (now, now)


@pytest.mark.parametrize("field", ["created_at", "updated_at"])
@pytest.mark.parametrize(
    "stamp",
    [
        "\u202e1202-10-10",
        "yesterday lol",
        "",
        "2026-11-27T10:00:00Z",  # the manifest's form, not a record's
        "2026-11-27T10:00:00.000000",
        "2026-02-30T10:00:00.000000Z",
        "2026-11-27T24:00:00.000000Z",
        "２０２６-11-27T10:00:00.000000Z",
        "2026-11-27T10:00:00.000000Z\n",
        20261127,
    ],
)
def test_a_time_stamp_in_any_other_form_is_refused(field: str, stamp: object) -> None:
    with pytest.raises(BundleRejected) as caught:
        parse_entry(_entry(**{field: stamp}))
    assert str(caught.value) == (
        f"This bundle's records are malformed: {field} must be a UTC time like "
        "2025-01-31T12:00:00.000000Z."
    )


def test_a_long_entry_is_read_in_linear_time() -> None:
    # 64 MiB in one narrative took 40 s when each 64 KiB piece was added to all read before
    # (16 MiB: 0.4 s, so the time grew with the square of the length); it now takes 0.4 s.
    narrative = "ж" * (32 * 1024 * 1024)
    part = bytes(
        encode_records(
            [parse_entry(_entry(content={"id": str(uuid.uuid4()), "narrative": narrative}))]
        )
    )
    chunks = (part[start : start + CHUNK_BYTES] for start in range(0, len(part), CHUNK_BYTES))
    started = time.perf_counter()
    (record,) = parse_records(chunks)
    assert time.perf_counter() - started < 10
    assert record.content["narrative"] == narrative
