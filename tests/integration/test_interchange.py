"""The JSON interchange format: round trips, re-imports and every way a file can be wrong."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any
from uuid import UUID

import pytest

from desktop_app.core import interchange
from desktop_app.core.errors import Cancelled, InvalidInput
from desktop_app.core.records import get_record
from desktop_app.core.stats import vault_stats
from desktop_app.core.vault import Vault
from desktop_app.core.vault_creation import create_vault
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.integration.conftest import new_id, sample_document, snapshot

Document = dict[str, Any]


def _import(vault: Vault, document: Document, **kw: Any) -> interchange.ImportSummary:
    with vault.transaction() as session:
        return interchange.import_document(vault.writer(session), document, **kw)


def _export(vault: Vault) -> bytes:
    with vault.read() as session:
        return interchange.dump_document(interchange.export_document(session))


def _counts(vault: Vault) -> dict[str, int]:
    with vault.read() as session:
        return vault_stats(session)


def test_export_import_export_is_byte_identical(tmp_vault: Vault, tmp_path: Path) -> None:
    _import(tmp_vault, sample_document())
    first = _export(tmp_vault)
    other = create_vault(tmp_path / "other", PASSPHRASE, kdf=FAST_KDF).vault
    summary = _import(other, interchange.parse_document(first))
    assert summary == interchange.ImportSummary(inserted=8, updated=0, unchanged=0)
    assert _export(other) == first
    other.lock()


def test_export_carries_every_field_of_the_file(tmp_vault: Vault) -> None:
    document = sample_document()
    _import(tmp_vault, document)
    exported = json.loads(_export(tmp_vault))
    for section, _ in interchange.SECTIONS:
        by_id = {item["id"]: item for item in exported[section]}
        for item in document[section]:
            assert {k: by_id[item["id"]][k] for k in item} == item


def test_reimport_changes_nothing(tmp_vault: Vault) -> None:
    document = sample_document()
    _import(tmp_vault, document)
    before_export, before_counts = _export(tmp_vault), _counts(tmp_vault)
    summary = _import(tmp_vault, copy.deepcopy(document))
    assert summary == interchange.ImportSummary(inserted=0, updated=0, unchanged=8)
    assert _export(tmp_vault) == before_export
    assert _counts(tmp_vault) == before_counts  # no new revisions, no audit entries


def test_reimport_of_a_changed_record_keeps_the_old_version(tmp_vault: Vault) -> None:
    document = sample_document("First account.")
    _import(tmp_vault, document)
    document["testimonies"][0]["narrative"] = "Corrected account."
    summary = _import(tmp_vault, document)
    assert summary == interchange.ImportSummary(inserted=0, updated=1, unchanged=7)
    testimony_id = UUID(document["testimonies"][0]["id"])
    with tmp_vault.read() as session:
        testimony = get_record(session, "testimony", testimony_id)
        assert (testimony.version, testimony.narrative) == (2, "Corrected account.")
        from desktop_app.core.records import history

        assert [r.data["narrative"] for r in history(session, testimony_id)] == [
            "First account.",
            "Corrected account.",
        ]


def test_import_reports_progress_to_the_end(tmp_vault: Vault) -> None:
    document = sample_document()
    case_id = document["cases"][0]["id"]
    document["testimonies"] += [
        {"id": new_id(), "case": case_id, "narrative": f"n{i}"} for i in range(250)
    ]
    seen: list[tuple[int, int]] = []
    _import(tmp_vault, document, progress=lambda done, total: seen.append((done, total)))
    assert seen[-1] == (258, 258)
    assert [done for done, _ in seen] == sorted(done for done, _ in seen)
    assert all(total == 258 for _, total in seen)


def test_cancelled_import_leaves_nothing(tmp_vault: Vault) -> None:
    before = _export(tmp_vault)
    calls = iter(range(100))
    with pytest.raises(Cancelled):
        _import(tmp_vault, sample_document(), cancelled=lambda: next(calls) >= 5)
    assert _export(tmp_vault) == before


def _broken(change: Callable[[Document], None]) -> Document:
    document = sample_document()
    change(document)
    return document


def _set(section: str, field: str, value: Any, index: int = 0) -> Callable[[Document], None]:
    def change(document: Document) -> None:
        document[section][index][field] = value

    return change


BROKEN_DOCUMENTS: dict[str, tuple[Callable[[Document], None], str]] = {
    "unknown act type": (
        _set("events", "act_type", "beating"),
        r"event [0-9a-f-]{36} \(.+\): act_type: unknown act type 'beating'",
    ),
    "unknown violation type": (
        _set("cases", "violation_types", ["torture", "theft"]),
        r"case [0-9a-f-]{36} \(.+\): violation_types: unknown act type 'theft'",
    ),
    "dangling case": (
        _set("testimonies", "case", new_id()),
        r"testimony [0-9a-f-]{36} \(.+\): case refers to a missing case",
    ),
    "dangling witness": (
        _set("testimonies", "witness", new_id()),
        r"testimony [0-9a-f-]{36} \(.+\): witness refers to a missing person",
    ),
    "dangling victim": (
        _set("events", "victims", [new_id()]),
        r"event [0-9a-f-]{36} \(.+\): victims refers to a missing person",
    ),
    "dangling source": (
        _set("events", "sources", [new_id()]),
        r"event [0-9a-f-]{36} \(.+\): sources refers to a missing testimony",
    ),
    "dangling party": (
        _set("case_parties", "person", new_id()),
        r"case_party [0-9a-f-]{36}: person refers to a missing person",
    ),
    "source that is a person": (
        lambda d: d["events"][0].update(sources=[d["persons"][0]["id"]]),
        r"sources refers to a missing testimony",
    ),
    "title as a number": (
        _set("cases", "title", 42),
        r"case [0-9a-f-]{36} \(.+\): title: must be text",
    ),
    "missing title": (
        lambda d: d["cases"][0].pop("title"),
        r"case [0-9a-f-]{36} \(.+\): title: is required",
    ),
    "blank name": (_set("persons", "name", "  "), r"person [0-9a-f-]{36}: name: must not be empty"),
    "protected as text": (
        _set("persons", "protected", "yes"),
        r"person [0-9a-f-]{36} \(.+\): protected: must be true or false",
    ),
    "other names as text": (
        _set("persons", "other_names", "Azimzhan"),
        r"other_names: must be a list of text",
    ),
    "bad status": (_set("cases", "status", "done"), r"status: 'done' is not one of open"),
    "bad testimony status": (_set("testimonies", "status", "open"), r"status: 'open' is not one"),
    "bad sensitivity": (_set("cases", "sensitivity", "secret"), r"sensitivity: 'secret'"),
    "bad role": (_set("case_parties", "role", "suspect"), r"role: 'suspect' is not one of"),
    "bad date": (_set("cases", "start_date", "13/05/2005"), r"'13/05/2005': not a date"),
    "impossible day": (_set("events", "date", "2005-02-30"), r"date: '2005-02-30': no such day"),
    "end before start": (_set("cases", "end_date", "2004"), r"end_date: is before the start"),
    "bad country": (_set("cases", "country", "Uzbekistan"), r"country: 'UZBEKISTAN' is not"),
    "bad time": (_set("testimonies", "time", "2pm"), r"time: use HH:MM"),
    "consent as text": (_set("testimonies", "consent", "yes"), r"consent: must be an object"),
    "unknown consent scope": (
        _set("testimonies", "consent", {"given": True, "scope": ["tv"]}),
        r"consent.scope: unknown scope 'tv'",
    ),
    "misspelt field": (
        lambda d: d["testimonies"][0].update(narative="lost text"),
        r"testimony [0-9a-f-]{36} \(.+\): unknown field 'narative'",
    ),
    "misspelt consent field": (
        _set("testimonies", "consent", {"given": True, "anonymize": True}),
        r"unknown field 'consent.anonymize'",
    ),
    "lone surrogate": (
        _set("testimonies", "narrative", "He was \ud800 taken"),
        r"testimony [0-9a-f-]{36} \(.+\): narrative: is not valid Unicode text",
    ),
    "id not a uuid": (_set("persons", "id", "person-1"), r"person person-1: id: must be a UUID"),
    "id missing": (lambda d: d["persons"][0].pop("id"), r"person \(no id\): id: must be a UUID"),
    "record not an object": (
        lambda d: d["persons"].append("Azimjan"),
        r"person: expected an object, got str",
    ),
    "same id twice": (
        lambda d: d["persons"].append(copy.deepcopy(d["persons"][0])),
        r"person [0-9a-f-]{36} \(.+\) appears twice",
    ),
    "same id in two kinds": (
        lambda d: d["persons"][0].update(id=d["cases"][0]["id"]),
        r"id is already used by a",
    ),
    "same case reference twice": (
        lambda d: d["cases"].append({**d["cases"][0], "id": new_id()}),
        r"reference 'UZ-2005-0013' is already used by case",
    ),
}


@pytest.fixture(scope="module")
def shared_vault(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Vault]:
    """One vault holding a valid import, for the refused files (which leave it as it was)."""
    vault = create_vault(tmp_path_factory.mktemp("refused") / "vault", PASSPHRASE, kdf=FAST_KDF)
    _import(vault.vault, sample_document())
    yield vault.vault
    vault.vault.lock()


@pytest.mark.parametrize("name", list(BROKEN_DOCUMENTS))
def test_invalid_record_is_named_and_nothing_is_imported(shared_vault: Vault, name: str) -> None:
    change, message = BROKEN_DOCUMENTS[name]
    before = _export(shared_vault), _counts(shared_vault)
    document = _broken(change)
    # Valid records before and after the broken one.
    case_id = document["cases"][0]["id"]
    document["testimonies"] += [{"id": new_id(), "case": case_id} for _ in range(3)]
    with pytest.raises(InvalidInput, match=message):
        _import(shared_vault, document)
    assert (_export(shared_vault), _counts(shared_vault)) == before


def test_reference_to_a_record_already_in_the_vault_is_fine(tmp_vault: Vault) -> None:
    first = sample_document()
    _import(tmp_vault, first)
    later = {
        "format": "sandiq",
        "version": 1,
        "testimonies": [
            {
                "id": new_id(),
                "case": first["cases"][0]["id"],
                "witness": first["persons"][0]["id"],
                "narrative": "A second account.",
            }
        ],
    }
    assert _import(tmp_vault, later).inserted == 1


def test_id_used_by_another_kind_in_the_vault_is_refused(tmp_vault: Vault) -> None:
    first = sample_document()
    _import(tmp_vault, first)
    clash = {"format": "sandiq", "version": 1, "persons": [{"id": first["cases"][0]["id"]}]}
    clash["persons"][0]["name"] = "Somebody"
    with pytest.raises(InvalidInput, match="id is already used by a case"):
        _import(tmp_vault, clash)


def test_cases_may_swap_references_in_one_file(tmp_vault: Vault) -> None:
    document = sample_document()
    document["cases"].append({**document["cases"][0], "id": new_id(), "reference": "B"})
    document["cases"][0]["reference"] = "A"
    _import(tmp_vault, document)
    document["cases"][0]["reference"], document["cases"][1]["reference"] = "B", "A"
    assert _import(tmp_vault, document).updated == 2


def test_export_leaves_out_deleted_records_and_references_to_them(
    tmp_vault: Vault, tmp_path: Path
) -> None:
    document = sample_document()
    _import(tmp_vault, document)
    witness = document["testimonies"][0]["witness"]
    victim = document["events"][0]["victims"][0]
    with tmp_vault.transaction() as session:
        writer = tmp_vault.writer(session)
        writer.delete(get_record(session, "person", UUID(witness)))
        writer.delete(get_record(session, "person", UUID(victim)))
    exported = json.loads(_export(tmp_vault))
    assert {p["id"] for p in exported["persons"]}.isdisjoint({witness, victim})
    assert exported["testimonies"][0]["witness"] is None
    assert exported["events"][0]["victims"] == []
    assert len(exported["case_parties"]) == 0  # both parties were the deleted people
    # ... so that the export imports into a new vault.
    other = create_vault(tmp_path / "other", PASSPHRASE, kdf=FAST_KDF).vault
    _import(other, exported)
    assert json.loads(_export(other)) == exported
    other.lock()


def test_export_of_a_deleted_case_leaves_out_what_hangs_on_it(tmp_vault: Vault) -> None:
    document = sample_document()
    _import(tmp_vault, document)
    with tmp_vault.transaction() as session:
        case = get_record(session, "case", UUID(document["cases"][0]["id"]))
        tmp_vault.writer(session).delete(case)
    exported = json.loads(_export(tmp_vault))
    for section in ("cases", "case_parties", "testimonies", "events"):
        assert exported[section] == []
    assert len(exported["persons"]) == 3


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        (b'{"format": "sandiq", "version": 1, "cases": [', r"not valid JSON \(line 1"),
        (b"\xff\xfe{}", "not UTF-8 text"),
        (b"[]", "not a Sandiq JSON file"),
        (b'{"format": "other", "version": 1}', "not a Sandiq JSON file"),
        (b'{"format": "sandiq", "version": 2}', "unsupported Sandiq JSON version 2"),
        (b'{"format": "sandiq", "version": true}', "unsupported Sandiq JSON version True"),
        (b'{"format": "sandiq", "version": "1"}', "unsupported Sandiq JSON version '1'"),
        (b'{"format": "sandiq", "version": 1, "cases": {}}', '"cases" must be a list'),
        (b'{"format": "sandiq", "version": 1, "testimonys": []}', "unknown section 'testimonys'"),
        (b'{"format": "sandiq", "version": 1, "x": ' + b"[" * 50_000, "not valid JSON"),
        (b'{"format": "sandiq", "version": 1, "n": ' + b"9" * 5000 + b"}", "not valid JSON"),
    ],
    ids=[
        "cut-short",
        "not-utf8",
        "list",
        "other-format",
        "future-version",
        "bool-version",
        "text-version",
        "section-not-list",
        "misspelt-section",
        "deep-nesting",
        "huge-number",
    ],
)
def test_malformed_file_is_a_clear_error(raw: bytes, message: str) -> None:
    with pytest.raises(InvalidInput, match=message):
        interchange.parse_document(raw)


def test_file_saved_with_a_byte_order_mark_is_read() -> None:
    raw = "\ufeff".encode() + interchange.dump_document(sample_document())
    assert interchange.parse_document(raw)["cases"][0]["reference"] == "UZ-2005-0013"


def test_wrong_file_leaves_vault_bytes_alone(tmp_vault: Vault) -> None:
    _import(tmp_vault, sample_document())
    tmp_vault.lock()
    before = snapshot(tmp_vault.path)
    from desktop_app.core.vault import unlock

    vault = unlock(tmp_vault.path, PASSPHRASE)
    document = sample_document()
    document["events"][0]["act_type"] = "beating"
    with pytest.raises(InvalidInput):
        _import(vault, document)
    vault.lock()
    assert snapshot(tmp_vault.path) == before


def test_example_in_the_format_document_imports(tmp_vault: Vault) -> None:
    text = (Path(__file__).parents[2] / "docs" / "json-format.md").read_text(encoding="utf-8")
    example = text.split("```json\n", 1)[1].split("```", 1)[0]
    summary = _import(tmp_vault, interchange.parse_document(example.encode()))
    assert summary == interchange.ImportSummary(inserted=6, updated=0, unchanged=0)
