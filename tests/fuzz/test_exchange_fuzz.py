"""Hypothesis against the vault import: damaged real bundles are refused, the vault unchanged.

A real bundle is exported from one vault (a case, people, a testimony, an event and two
attachments, one crossing age's 64 KiB chunk boundary); bytes are flipped or the file cut at
random offsets, and another vault imports it: the import must raise BundleRejected, leave that
vault exactly as it was (records, audit log, every table an import writes) and leave no staged
file. The records-part parser and the attachment name rule are fuzzed directly too.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_app.core.attachments import safe_file_name
from desktop_app.core.errors import BundleRejected, InvalidInput
from desktop_app.core.exchange.format import attachment_name_problem
from desktop_app.core.exchange.sync_records import parse_records
from tests.integration.exchange_support import Site, introduce, make_site, sample_case

FUZZ = settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


@pytest.fixture(scope="module")
def exchange(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    """Bob, what his vault holds, and a genuine bundle from Alice."""
    root = tmp_path_factory.mktemp("exchange")
    alice, bob = make_site(root, "Alice"), make_site(root, "Bob")
    introduce(alice, bob)
    sample_case(alice)
    sample_case(bob, "BOB-1")
    path = alice.export("Bob", case_references=["KG-2010-0007"]).path
    assert path is not None
    yield {"bob": bob, "bundle": path.read_bytes(), "before": bob.snapshot(), "root": root}
    for site in (alice, bob):
        site.vault.lock()


def refused(exchange: dict[str, Any], data: bytes) -> None:
    bob: Site = exchange["bob"]
    path = exchange["root"] / "fuzzed.sandiq"
    path.write_bytes(data)
    with pytest.raises(BundleRejected) as rejection:
        bob.import_(path)
    assert "\n" not in str(rejection.value)
    assert bob.snapshot() == exchange["before"]
    assert list((bob.folder / "staging").iterdir()) == []


def test_the_unfuzzed_bundle_imports_in_a_dry_run(exchange: dict[str, Any]) -> None:
    path: Path = exchange["root"] / "genuine.sandiq"
    path.write_bytes(exchange["bundle"])
    assert exchange["bob"].import_(path, dry_run=True).inserted == 8


@FUZZ
@given(st.data())
def test_flipped_bytes_are_refused_and_change_nothing(
    exchange: dict[str, Any], data: st.DataObject
) -> None:
    bundle = bytearray(exchange["bundle"])
    offsets = data.draw(st.sets(st.integers(0, len(bundle) - 1), min_size=1, max_size=4))
    for offset in offsets:
        bundle[offset] ^= data.draw(st.integers(1, 255))
    refused(exchange, bytes(bundle))


@FUZZ
@given(st.data())
def test_truncated_bundles_are_refused_and_change_nothing(
    exchange: dict[str, Any], data: st.DataObject
) -> None:
    bundle: bytes = exchange["bundle"]
    refused(exchange, bundle[: data.draw(st.integers(0, len(bundle) - 1))])


@FUZZ
@given(st.binary(min_size=1, max_size=64), st.data())
def test_inserted_bytes_are_refused_and_change_nothing(
    exchange: dict[str, Any], junk: bytes, data: st.DataObject
) -> None:
    bundle: bytes = exchange["bundle"]
    at = data.draw(st.integers(0, len(bundle)))
    refused(exchange, bundle[:at] + junk + bundle[at:])


_JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=8),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=12,
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_JSON, max_size=4), st.integers(1, 300))
def test_records_part_parser_refuses_or_reads_never_crashes(items: list[Any], split: int) -> None:
    import json

    data = (
        b'{"format":"sandiq-records","records":['
        + b",".join(json.dumps(i, ensure_ascii=False).encode() for i in items)
        + b'],"version":1}'
    )
    chunks = iter([data[i : i + split] for i in range(0, len(data), split)])
    try:
        records = list(parse_records(chunks))
    except BundleRejected as exc:
        assert "\n" not in str(exc)
        return
    assert [record.to_json() for record in records] == items  # what was read is what was sent


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=300), st.integers(1, 64))
def test_records_part_parser_refuses_random_bytes(data: bytes, split: int) -> None:
    chunks = iter([data[i : i + split] for i in range(0, len(data), split)])
    with pytest.raises(BundleRejected):
        list(parse_records(chunks))


@settings(max_examples=500, deadline=None)
@given(st.text(max_size=300))
def test_every_name_the_vault_accepts_can_travel_in_a_bundle(name: str) -> None:
    try:
        kept = safe_file_name(name)
    except InvalidInput:
        return
    assert attachment_name_problem(kept) is None


@settings(max_examples=500, deadline=None)
@given(
    st.text(max_size=40).map(lambda name: unicodedata.normalize("NFC", name))
    | st.sampled_from(["invoice.pdf" + "\u3164" * 8 + ".exe", "a\ue000b.txt", "a\u0378b.txt"])
)
def test_a_name_a_bundle_may_carry_is_one_the_vault_keeps_as_it_is(name: str) -> None:
    # Intake and bundles drop and refuse the same characters: a colleague cannot send a name
    # this vault would not have taken (one holding Hangul fillers, private-use characters...).
    if attachment_name_problem(name) is None:
        assert safe_file_name(name) == name
