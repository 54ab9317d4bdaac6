"""Hostile vault headers: parse_header accepts a header or raises VaultCorrupted, nothing else."""

from __future__ import annotations

import json
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_app.core import keys
from desktop_app.core.errors import VaultCorrupted
from tests.conftest import FAST_KDF

_VALID = json.loads(
    keys.serialize_header(
        keys.new_header(bytes(32), "fuzzing passphrase", keys.new_recovery_key(), FAST_KDF)
    )
)

JSON = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**70), max_value=2**70)
    | st.floats(allow_nan=True)
    | st.text(max_size=30),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=10), children, max_size=4)
    ),
    max_leaves=12,
)
FIELDS = st.sampled_from(
    ["format", "version", "vault_id", "slots", "kind", "salt", "kdf", "name", "memory_kib",
     "iterations", "lanes", "aead", "nonce", "ciphertext", "extra"]
)  # fmt: skip


def _paths(value: Any, prefix: tuple = ()) -> list[tuple]:
    """Every place in a JSON value that can be replaced."""
    found = [prefix]
    if isinstance(value, dict):
        for key, item in value.items():
            found += _paths(item, (*prefix, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found += _paths(item, (*prefix, index))
    return found


def _replace(document: Any, path: tuple, value: Any) -> Any:
    if not path:
        return value
    copy = json.loads(json.dumps(document))
    target = copy
    for step in path[:-1]:
        target = target[step]
    target[path[-1]] = value
    return copy


def _check(data: bytes) -> None:
    try:
        header = keys.parse_header(data)
    except VaultCorrupted as exc:
        assert str(exc)
        assert "\n" not in str(exc)
        return
    # Whatever is accepted is a well-formed header that survives a rewrite unchanged.
    assert keys.parse_header(keys.serialize_header(header)) == header
    assert header.slot(keys.SLOT_PASSPHRASE) is not None
    for slot in header.slots:
        assert slot.kdf is None or keys.kdf_in_range(slot.kdf)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=600))
def test_random_bytes(data: bytes) -> None:
    _check(data)


@settings(max_examples=200, deadline=None)
@given(JSON)
def test_random_json(value: Any) -> None:
    _check(json.dumps(value).encode())


@settings(max_examples=200, deadline=None)
@given(st.data())
def test_one_field_of_a_valid_header_replaced(data: st.DataObject) -> None:
    path = data.draw(st.sampled_from(_paths(_VALID)))
    value = data.draw(JSON)
    _check(json.dumps(_replace(_VALID, path, value)).encode())


@settings(max_examples=200, deadline=None)
@given(st.data())
def test_a_field_added_or_removed(data: st.DataObject) -> None:
    document = json.loads(json.dumps(_VALID))
    path = data.draw(st.sampled_from([p for p in _paths(document) if p]))
    target = document
    for step in path[:-1]:
        target = target[step]
    if isinstance(target, dict) and data.draw(st.booleans()):
        del target[path[-1]]
    elif isinstance(target, dict):
        target[data.draw(FIELDS)] = data.draw(JSON)
    else:
        target.append(data.draw(JSON))
    _check(json.dumps(document).encode())


@settings(max_examples=200, deadline=None)
@given(st.binary(min_size=1, max_size=8), st.integers(min_value=0, max_value=2000))
def test_bytes_spliced_into_a_valid_header(junk: bytes, at: int) -> None:
    raw = keys.serialize_header(keys.parse_header(json.dumps(_VALID).encode()))
    at %= len(raw)
    _check(raw[:at] + junk + raw[at + len(junk) :])
