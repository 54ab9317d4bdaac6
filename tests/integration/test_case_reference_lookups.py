"""Every lookup of a case by its reference compares references one way
(``reference_folding.reference_key``): in any letter case and in either Unicode form of a
letter ("Ў" as one character or as "У" and a combining breve, as some keyboards and macOS write
it). Where a vault already holds two cases that are the same reference so, a lookup names both
instead of picking one."""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path
from uuid import UUID

import pytest

from desktop_app.core import interchange
from desktop_app.core.case_file import case_with_reference
from desktop_app.core.errors import InvalidInput, RecordNotFound
from desktop_app.core.reference_folding import AmbiguousReference, reference_key
from desktop_app.core.reports import case_ids_for_references
from desktop_app.core.vault import Vault
from tests.integration.conftest import Sandiq, new_id, snapshot

REFERENCE = "ЎЗ-2024-0001"  # as the case form stores it: Ў is one character (NFC)
DECOMPOSED = unicodedata.normalize("NFD", REFERENCE)  # У + U+0306, which looks the same
assert DECOMPOSED != REFERENCE


def _create(vault: Vault, reference: str, title: str = "Andijan detention") -> UUID:
    # The core writer, as an import before the check did, takes any reference.
    with vault.transaction() as session:
        return vault.writer(session).create("case", {"reference": reference, "title": title}).id


def test_reference_key_is_one_for_letter_case_unicode_form_and_spaces() -> None:
    keys = {reference_key(r) for r in (REFERENCE, DECOMPOSED, "ўз-2024-0001", f" {DECOMPOSED} ")}
    assert len(keys) == 1
    assert reference_key("UZ-1") != reference_key("UZ-2")


def test_the_cli_finds_a_case_by_its_reference_in_another_unicode_form(
    sandiq: Sandiq, tmp_vault: Vault
) -> None:
    case_id = _create(tmp_vault, REFERENCE)
    tmp_vault.lock()
    # Before: "no case with reference ЎЗ-2024-0001" for the decomposed spelling.
    for typed in (DECOMPOSED, "ўз-2024-0001", unicodedata.normalize("NFD", "ўз-2024-0001")):
        assert f"id: {case_id}" in sandiq.ok("case", "show", typed).stdout
    sandiq.ok("testimony", "add", "--case", DECOMPOSED, "--summary", "Seen at the gate", stdin="")
    listed = sandiq.ok("testimony", "list", "--case", "ўз-2024-0001", "--json").stdout
    assert [t["summary"] for t in json.loads(listed)] == ["Seen at the gate"]


def test_a_pair_taken_in_before_is_named_with_its_ids_and_found_by_id(
    sandiq: Sandiq, tmp_vault: Vault
) -> None:
    composed = _create(tmp_vault, REFERENCE, "Ours")
    decomposed = _create(tmp_vault, DECOMPOSED, "Theirs")
    upper, lower = _create(tmp_vault, "UZ-1", "A"), _create(tmp_vault, "uz-1", "B")
    tmp_vault.lock()

    # Written exactly as stored, each finds its own case.
    assert f"id: {composed}" in sandiq.ok("case", "show", REFERENCE).stdout
    assert f"id: {decomposed}" in sandiq.ok("case", "show", DECOMPOSED).stdout
    # Otherwise neither is picked: both are named, with the ids that tell them apart.
    refused = sandiq.fails("case", "show", "ўз-2024-0001").stderr
    assert refused == (
        f"sandiq: error: the reference ўз-2024-0001 is ambiguous: cases {REFERENCE}, "
        f"{DECOMPOSED} differ only in how their letters are encoded; give the id of one: "
        f"{REFERENCE} is {composed}, {DECOMPOSED} is {decomposed}\n"
    )
    assert f"id: {decomposed}" in sandiq.ok("case", "show", str(decomposed)).stdout
    sandiq.ok("case", "edit", str(decomposed), "--reference", "ЎЗ-2024-0002")
    assert "ЎЗ-2024-0002" in sandiq.ok("case", "show", "ўз-2024-0002").stdout

    refused = sandiq.fails("testimony", "add", "--case", "Uz-1", "--summary", "x").stderr
    assert "cases UZ-1, uz-1 differ only in letter case" in refused
    assert f"id: {upper}" in sandiq.ok("case", "show", str(upper)).stdout
    assert f"id: {lower}" in sandiq.ok("case", "show", "uz-1").stdout


def test_a_dossier_finds_its_cases_as_case_show_does(tmp_vault: Vault) -> None:
    first = _create(tmp_vault, REFERENCE)
    second = _create(tmp_vault, "KG-2010-0007")
    with tmp_vault.read() as session:
        # Before: RecordNotFound for anything but the reference as stored.
        found = case_ids_for_references(session, [DECOMPOSED, "kg-2010-0007 ", str(second)])
        assert found == [first, second, second]
        with pytest.raises(RecordNotFound, match="no case with reference KG-2010-0008"):
            case_ids_for_references(session, ["KG-2010-0008"])
    other = _create(tmp_vault, "kg-2010-0007")
    with tmp_vault.read() as session:
        assert case_ids_for_references(session, ["kg-2010-0007"]) == [other]
        with pytest.raises(AmbiguousReference) as refusal:
            case_ids_for_references(session, ["Kg-2010-0007"])
    assert refusal.value.cases == ((second, "KG-2010-0007"), (other, "kg-2010-0007"))


def test_the_report_command_refuses_an_ambiguous_reference_before_writing(
    sandiq: Sandiq, tmp_vault: Vault, tmp_path: Path
) -> None:
    _create(tmp_vault, "UZ-1")
    _create(tmp_vault, "uz-1")
    tmp_vault.lock()
    out = tmp_path / "dossier.pdf"
    refused = sandiq.fails("report", "Uz-1", "--out", str(out)).stderr
    assert "the reference Uz-1 is ambiguous: cases UZ-1, uz-1 differ only in letter case" in (
        refused
    )
    assert not out.exists()


def test_a_new_case_in_another_unicode_form_is_taken(sandiq: Sandiq, tmp_vault: Vault) -> None:
    case_id = _create(tmp_vault, REFERENCE)
    with tmp_vault.read() as session:
        assert case_with_reference(session, DECOMPOSED, None) == case_id
    tmp_vault.lock()
    before = snapshot(tmp_vault.path)
    refused = sandiq.fails("case", "add", "--reference", DECOMPOSED, "--title", "Second")
    assert "already exists" in refused.stderr
    assert snapshot(tmp_vault.path) == before


def _imported(vault: Vault, reference: str) -> str:
    """Why a JSON document with one new case of that reference is refused."""
    document = {
        "format": "sandiq",
        "version": 1,
        "cases": [{"id": new_id(), "reference": reference, "title": "Second"}],
    }
    with pytest.raises(InvalidInput) as refusal, vault.transaction() as session:
        interchange.import_document(vault.writer(session), document)
    return str(refusal.value)


def test_a_json_case_in_another_unicode_form_is_refused_as_an_exact_clash(
    tmp_vault: Vault,
) -> None:
    case_id = _create(tmp_vault, REFERENCE)
    # Before: imported beside it, a second case that looks the same in every list.
    message = _imported(tmp_vault, DECOMPOSED)
    assert message.endswith(f": reference {DECOMPOSED!r} is already used by case {case_id}")
    message = _imported(tmp_vault, unicodedata.normalize("NFD", "ўз-2024-0001"))
    assert "differs only in letter case from 'ЎЗ-2024-0001' of case" in message
    with tmp_vault.read() as session:
        assert case_ids_for_references(session, [DECOMPOSED]) == [case_id]
