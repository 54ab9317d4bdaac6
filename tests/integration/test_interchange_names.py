"""JSON import against what `case add` and the forms would never let in: a case reference that
differs from another only in letter case, names with control or direction characters or of a
megabyte, and files that are empty. Each is refused with a sentence a user can act on (the
record's label next to its id) and the vault stays as it was."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from desktop_app.core import interchange
from desktop_app.core.errors import InvalidInput
from desktop_app.core.one_line_text import MAX_ONE_LINE_CHARS
from desktop_app.core.stats import vault_stats
from desktop_app.core.vault import Vault
from desktop_app.core.vault_creation import create_vault
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.integration.conftest import Sandiq, new_id, sample_document, snapshot
from tests.integration.held_from_before import held_from_before

Document = dict[str, Any]


def _document(**sections: list[dict[str, Any]]) -> Document:
    return {"format": "sandiq", "version": 1, **sections}


def _import(vault: Vault, document: Document) -> interchange.ImportSummary:
    with vault.transaction() as session:
        return interchange.import_document(vault.writer(session), document)


def _state(vault: Vault) -> tuple[bytes, dict[str, int]]:
    with vault.read() as session:
        exported = interchange.dump_document(interchange.export_document(session))
        return exported, vault_stats(session)


def _refused(vault: Vault, document: Document) -> str:
    """The refusal's message, after checking that the vault did not change."""
    before = _state(vault)
    with pytest.raises(InvalidInput) as refusal:
        _import(vault, document)
    assert _state(vault) == before
    return str(refusal.value)


def _case(reference: str, title: str = "Detention") -> dict[str, Any]:
    return {"id": new_id(), "reference": reference, "title": title}


def test_a_reference_differing_only_in_letter_case_from_a_vault_case_is_refused(
    tmp_vault: Vault,
) -> None:
    # Before: imported, though `case add --reference uz-2024-001` refuses it.
    with tmp_vault.transaction() as session:
        tmp_vault.writer(session).create("case", {"reference": "UZ-2024-001", "title": "First"})
    incoming = _case("uz-2024-001", "Second")
    message = _refused(tmp_vault, _document(cases=[incoming]))
    assert message.startswith(f"case {incoming['id']} ('uz-2024-001 Second'): reference ")
    assert "'uz-2024-001' differs only in letter case from 'UZ-2024-001' of case " in message
    assert message.endswith("(references must differ in more than letter case)")


def test_two_cases_of_one_file_differing_only_in_letter_case_are_refused(
    tmp_vault: Vault,
) -> None:
    first, second = _case("KG-2010-0007"), _case("kg-2010-0007")
    message = _refused(tmp_vault, _document(cases=[first, second]))
    assert f"case {second['id']}" in message
    assert f"from 'KG-2010-0007' of case {first['id']}" in message


def test_a_pair_the_vault_already_holds_imports_again(tmp_vault: Vault) -> None:
    # Bundles compare references exactly, so a vault may hold both already: its own export
    # must still import into it.
    document = _document(cases=[_case("UZ-1"), _case("uz-1")])
    with tmp_vault.transaction() as session:
        writer = tmp_vault.writer(session)
        for case in document["cases"]:
            writer.create("case", case)
    exported = json.loads(_state(tmp_vault)[0])
    assert _import(tmp_vault, exported) == interchange.ImportSummary(0, 0, 2)


def test_changing_a_reference_to_another_cases_in_other_letter_case_is_refused(
    tmp_vault: Vault,
) -> None:
    first, second = _case("UZ-1"), _case("UZ-2")
    _import(tmp_vault, _document(cases=[first, second]))
    message = _refused(tmp_vault, _document(cases=[{**second, "reference": "uz-1"}]))
    assert "'uz-1' differs only in letter case from 'UZ-1'" in message


@pytest.mark.parametrize(
    ("section", "field", "value", "problem"),
    [
        ("persons", "name", "Azimjan\x00Askarov", "holds the control character U+0000"),
        ("persons", "name", "Azimjan\x07", "holds the control character U+0007"),
        ("persons", "name", "\x1b[31mAskarov", "holds the control character U+001B"),
        ("persons", "name", "Azimjan\nAskarov", "holds the control character U+000A"),
        ("persons", "name", "voraksA\u202e", "holds the text direction control U+202E"),
        ("persons", "name", "Azim\u2066jan", "holds the text direction control U+2066"),
        ("persons", "name", "Azim\u200bjan", "holds the invisible character U+200B"),
        (
            "persons",
            "other_names",
            ["Azimzhan", "Ask\x07arov"],
            "holds the control character U+0007",
        ),
        ("persons", "pseudonym", "Witness\u202aA", "holds the text direction control U+202A"),
        ("cases", "title", "Detention\x1b[2J", "holds the control character U+001B"),
        ("cases", "place", "Osh\x85", "holds the control character U+0085"),
        ("testimonies", "place", "Osh\u202d", "holds the text direction control U+202D"),
        ("events", "place", "\x7fOsh", "holds the control character U+007F"),
        ("persons", "name", "A" * 1_000_000, "is too long (1,000,000 characters; at most 2,000)"),
    ],
)
def test_a_one_line_field_with_control_characters_or_a_megabyte_is_refused(
    tmp_vault: Vault, section: str, field: str, value: Any, problem: str
) -> None:
    # Before: stored as they were, to show in every list, dossier and terminal.
    document = sample_document()
    document[section][0][field] = value
    kind = {"persons": "person", "cases": "case", "testimonies": "testimony", "events": "event"}
    message = _refused(tmp_vault, document)
    assert message.startswith(f"{kind[section]} {document[section][0]['id']} (")
    assert message.endswith(f": {field}: {problem}")


def test_what_a_form_allows_imports(tmp_vault: Vault) -> None:
    document = sample_document()
    # As long as a one-line field may be; tabs and line breaks in a narrative; marks and joiners.
    document["persons"][0]["name"] = "A" * MAX_ONE_LINE_CHARS
    document["persons"][1]["name"] = "\u0645\u06cc\u200c\u0631\u0632\u0627 \u200fAli"
    document["testimonies"][0]["narrative"] = "He said:\r\n\tnothing.\x0bThen\x0cleft."
    assert _import(tmp_vault, document).inserted == 8


def test_a_name_the_vault_already_holds_imports_again(tmp_vault: Vault) -> None:
    # A bundle or an older version may have stored a control character; the vault's own
    # export must still import into it.
    with tmp_vault.transaction() as session:
        person = tmp_vault.writer(session).create("person", {"name": "Bob"})
        held_from_before(person, name="Bob\x07by\u202e")
    exported = json.loads(_state(tmp_vault)[0])
    assert _import(tmp_vault, exported) == interchange.ImportSummary(0, 0, 1)
    exported["persons"][0]["pseudonym"] = "W\x07"  # a new value is checked
    assert _refused(tmp_vault, exported).endswith(": pseudonym: holds the control character U+0007")


def test_a_dangling_reference_names_the_record_by_its_label(tmp_vault: Vault) -> None:
    document = sample_document()
    document["testimonies"][0]["witness"] = missing = new_id()
    testimony = document["testimonies"][0]
    label = f"{testimony['date']} {testimony['summary']}"[:60]
    message = _refused(tmp_vault, document)
    assert message.startswith(f"testimony {testimony['id']} ({label!r}")
    assert message.endswith(f"witness refers to a missing person {missing}")


def test_a_hostile_label_is_quoted_safely(tmp_vault: Vault) -> None:
    document = sample_document()
    document["persons"][0].update(name="Bob\u202e\x1b" + "x" * 500, sex="robot")
    message = _refused(tmp_vault, document)
    assert "\\u202e\\x1b" in message and "\u202e" not in message and "\x1b" not in message
    assert len(message) < 300


@pytest.mark.parametrize(
    "raw", [b"", b"\xef\xbb\xbf", b" \r\n\t\n"], ids=["0-bytes", "bom", "blank"]
)
def test_an_empty_file_is_called_empty(raw: bytes) -> None:
    # Before: "the file is not valid JSON (line 1: Expecting value)".
    with pytest.raises(InvalidInput) as refusal:
        interchange.parse_document(raw)
    assert str(refusal.value) == interchange.EMPTY


def test_a_syntax_error_names_the_line_and_column() -> None:
    raw = b'{"format": "sandiq",\n "version": 1,\n "cases": [}'
    with pytest.raises(InvalidInput) as refusal:
        interchange.parse_document(raw)
    assert str(refusal.value) == "the file is not valid JSON (line 3, column 12: Expecting value)"


def test_the_cli_refuses_a_letter_case_reference_and_changes_nothing(
    sandiq: Sandiq, locked_vault: Path, tmp_path: Path
) -> None:
    sandiq.ok("case", "add", "--reference", "UZ-2024-001", "--title", "First")
    source = tmp_path / "cases.json"
    source.write_text(json.dumps(_document(cases=[_case("uz-2024-001")])), encoding="utf-8")
    before = snapshot(locked_vault)
    refused = sandiq.fails("import-json", str(source))
    assert "'uz-2024-001' differs only in letter case from 'UZ-2024-001'" in refused.stderr
    assert snapshot(locked_vault) == before


def test_an_export_with_a_letter_case_pair_names_it_in_a_new_vault(
    tmp_vault: Vault, tmp_path: Path
) -> None:
    with tmp_vault.transaction() as session:
        writer = tmp_vault.writer(session)
        writer.create("case", {"reference": "UZ-1", "title": "A"})
        writer.create("case", {"reference": "uz-1", "title": "B"})
    exported = json.loads(_state(tmp_vault)[0])
    other = create_vault(tmp_path / "other", PASSPHRASE, kdf=FAST_KDF).vault
    assert "differs only in letter case" in _refused(other, exported)
    other.lock()
