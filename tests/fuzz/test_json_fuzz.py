"""Hostile JSON interchange files: parsing and importing raise InvalidInput and nothing else,
and a refused file changes nothing."""

from __future__ import annotations

import copy
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_app.core import interchange
from desktop_app.core.errors import InvalidInput
from desktop_app.core.stats import vault_stats
from desktop_app.core.vault import Vault
from desktop_app.core.vault_creation import create_vault
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.integration.conftest import sample_document

JSON = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**70), max_value=2**70)
    | st.floats(allow_nan=True)
    | st.text(max_size=20)
    | st.sampled_from(["", "2010", "2010-06-31", "torture", "victim", "final", "restricted"])
    | st.text(st.characters(exclude_categories=()), max_size=5)  # lone surrogates too
    | st.uuids().map(str),
    lambda children: (
        st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=8), children, max_size=3)
    ),
    max_leaves=10,
)
PIECES = st.sampled_from(
    ['{', '}', '[', ']', ',', ':', '"format"', '"sandiq"', '"version"', '1', '"cases"',
     '"persons"', '"id"', '"\\ud800"', '"\\u0000"', 'null', 'true', '1e999', '-0', '"',
     '\\', ' ', '\x00', 'NaN', '9' * 30, '"Шамсутдинов"']
)  # fmt: skip
SAMPLE = sample_document()


class _Rollback(Exception):
    """Raised to undo an import that happened to be valid."""


@pytest.fixture(scope="module")
def vault(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Vault]:
    folder: Path = tmp_path_factory.mktemp("fuzz") / "vault"
    created = create_vault(folder, PASSPHRASE, kdf=FAST_KDF)
    yield created.vault
    created.vault.lock()


def _parse(raw: bytes) -> dict[str, Any] | None:
    try:
        document = interchange.parse_document(raw)
    except InvalidInput as exc:
        assert str(exc) and "\n" not in str(exc)
        return None
    assert isinstance(document, dict)
    return document


def _import(vault: Vault, document: dict[str, Any]) -> None:
    """Import and roll back; only InvalidInput may come out, and then nothing was written."""
    before = _counts(vault)
    try:
        with vault.transaction() as session:
            interchange.import_document(vault.writer(session), document)
            raise _Rollback
    except InvalidInput as exc:
        assert str(exc) and "\n" not in str(exc)
    except _Rollback:
        pass
    assert _counts(vault) == before


def _counts(vault: Vault) -> dict[str, int]:
    with vault.read() as session:
        return vault_stats(session)


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=400))
def test_parse_random_bytes(raw: bytes) -> None:
    _parse(raw)


@settings(max_examples=200, deadline=None)
@given(st.lists(PIECES, max_size=40).map("".join))
def test_parse_json_like_text(text: str) -> None:
    _parse(text.encode("utf-8", "surrogatepass"))


@settings(
    max_examples=100,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(sections=st.dictionaries(st.sampled_from(["cases", "persons", "events", "x"]), JSON))
def test_import_any_sections(vault: Vault, sections: dict[str, Any]) -> None:
    parsed = _parse(json.dumps({"format": "sandiq", "version": 1, **sections}).encode())
    if parsed is not None:
        _import(vault, parsed)


@settings(
    max_examples=100,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=st.data())
def test_import_with_one_field_replaced(vault: Vault, data: st.DataObject) -> None:
    document = copy.deepcopy(SAMPLE)
    section = data.draw(st.sampled_from([s for s, _ in interchange.SECTIONS]))
    item = data.draw(st.sampled_from(document[section]))
    field = data.draw(st.sampled_from([*item, "extra"]))
    item[field] = data.draw(JSON)
    raw = json.dumps(document, ensure_ascii=data.draw(st.booleans())).encode()
    parsed = _parse(raw)
    if parsed is not None:
        _import(vault, parsed)


@settings(
    max_examples=100,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=st.data())
def test_import_with_a_record_or_section_replaced(vault: Vault, data: st.DataObject) -> None:
    document = copy.deepcopy(SAMPLE)
    section = data.draw(st.sampled_from([s for s, _ in interchange.SECTIONS]))
    if data.draw(st.booleans()):
        document[section] = data.draw(st.lists(JSON, max_size=3))
    else:
        document[section].append(data.draw(JSON))
    parsed = _parse(json.dumps(document).encode())
    if parsed is not None:
        _import(vault, parsed)
