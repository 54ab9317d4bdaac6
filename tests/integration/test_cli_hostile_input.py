"""The sandiq command on input a tester (or a hostile colleague) chose: control characters in
record text, duplicate JSON keys, huge values, odd references, files from Notepad, contact files
with bad keys, awkward --out paths, references differing in letter case, one-letter searches,
country codes that are none."""

from __future__ import annotations

import io
import json
from contextlib import redirect_stdout
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.cli_common import print_json
from desktop_app.cli_output import PrintableStream
from desktop_app.core.content import to_content
from desktop_app.core.exchange import bech32
from desktop_app.core.exchange.contact import export_contact
from desktop_app.core.exchange.identity import BundleIdentity
from desktop_app.core.vault import Vault
from tests.integration.conftest import Sandiq, new_id, snapshot
from tests.integration.held_from_before import held_from_before

CONTROLS = "Bob\x7fby\x85x\x9f\u202e\x1b[31m"


def _printed_json(value: Any) -> str:
    """What print_json writes through the stream sandiq's main() puts in front of stdout."""
    out = io.StringIO()
    with redirect_stdout(PrintableStream(out)):  # type: ignore[type-var]
        print_json(value)
    return out.getvalue()


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=40), st.lists(st.text(max_size=10), max_size=3))
def test_json_output_reads_back_as_the_stored_text(name: str, others: list[str]) -> None:
    value = {"name": name, "other_names": others}
    printed = _printed_json(value)
    assert json.loads(printed) == value
    # And it stays safe on a terminal: no control character but the newlines of the layout.
    assert not any((c < " " and c != "\n") or "\x7f" <= c <= "\x9f" for c in printed)


def test_json_output_of_every_command_is_valid_with_del_and_c1_controls(
    sandiq: Sandiq, tmp_vault: Vault
) -> None:
    # `person add` refuses such a name now; a bundle or an older version may have stored it.
    with tmp_vault.transaction() as session:
        writer = tmp_vault.writer(session)
        person = writer.create("person", {"name": "Bob"})
        held_from_before(person, name=CONTROLS)
        writer.update(person, {**to_content(person), "notes": "Seen."})  # a version with it
        person_id = str(person.id)
    tmp_vault.lock()
    listed, found, version = sandiq.ok_all(
        ("person", "list", "--json"),
        ("person", "show", person_id, "--json"),
        ("history", person_id, "--show", "2"),
    )
    assert [p["name"] for p in json.loads(listed.stdout)] == [CONTROLS]
    assert json.loads(found.stdout)["name"] == CONTROLS
    assert json.loads(version.stdout)["name"] == CONTROLS
    # Plain text output is still shown safe.
    plain = sandiq.ok("person", "list").stdout
    assert "Bob\\x7fby\\x85x\\x9f\\u202e\\x1b[31m" in plain


def _case_document(**fields: Any) -> dict[str, Any]:
    case = {"id": new_id(), "reference": "R-1", "title": "t", **fields}
    return {"format": "sandiq", "version": 1, "cases": [case]}


def test_import_json_refuses_a_key_given_twice_and_imports_nothing(
    sandiq: Sandiq, locked_vault: Path, tmp_path: Path
) -> None:
    document = _case_document()
    case = document["cases"][0]["id"]
    first = '"narrative": "FIRST PART of the interview"'
    document["testimonies"] = [
        {"id": new_id(), "case": case, "narrative": "FIRST PART of the interview"}
    ]
    text = json.dumps(document).replace(first, f'{first}, "narrative": "second"')
    assert text.count('"narrative"') == 2
    (tmp_path / "dup.json").write_text(text)
    before = snapshot(locked_vault)
    refused = sandiq.fails("import-json", str(tmp_path / "dup.json"))
    assert refused.error_lines == [
        "sandiq: error: the file is not valid Sandiq JSON: the key 'narrative' appears twice "
        "in one object"
    ]
    assert snapshot(locked_vault) == before


def test_an_error_quotes_at_most_a_line_of_a_huge_value(
    sandiq: Sandiq, locked_vault: Path, tmp_path: Path
) -> None:
    huge = "9" * 9_000_000
    for name, document in {
        "date": _case_document(start_date=huge),
        "status": _case_document(status=huge),
        "country": _case_document(country="x" * 5000),
        "version": {**_case_document(), "version": huge},
        "section": {**_case_document(), huge: []},
    }.items():
        (tmp_path / f"{name}.json").write_text(json.dumps(document))
        refused = sandiq.fails("import-json", str(tmp_path / f"{name}.json"))
        assert len(refused.stderr) < 250, (name, refused.stderr[:300])
        assert "…" in refused.stderr, name


def test_person_add_links_a_case_whose_reference_holds_a_colon(
    sandiq: Sandiq, locked_vault: Path
) -> None:
    sandiq.ok("case", "add", "--reference", "UN:2010-1", "--title", "t")
    sandiq.ok("case", "add", "--reference", "UN", "--title", "u")
    victim = sandiq.ok("person", "add", "--name", "A", "--case", "UN:2010-1:victim").stdout
    other = sandiq.ok("person", "add", "--name", "B", "--case", "UN:2010-1").stdout
    in_un = sandiq.ok("person", "add", "--name", "C", "--case", "UN:witness").stdout
    typo = sandiq.fails("person", "add", "--name", "D", "--case", "UN:2010-1:victm")
    assert "victm" in typo.stderr
    roles = {
        (p["person"], p["role"], p["case"])
        for p in json.loads(sandiq.ok("export-json", "--out", "-", "--plaintext-ok").stdout)[
            "case_parties"
        ]
    }
    cases = {
        c["reference"]: c["id"] for c in json.loads(sandiq.ok("case", "list", "--json").stdout)
    }
    assert roles == {
        (victim.strip(), "victim", cases["UN:2010-1"]),
        (other.strip(), "other", cases["UN:2010-1"]),
        (in_un.strip(), "witness", cases["UN"]),
    }


def test_narrative_file_from_notepad_loses_its_bom_and_legacy_text_is_refused(
    sandiq: Sandiq, locked_vault: Path, tmp_path: Path
) -> None:
    sandiq.ok("case", "add", "--reference", "UZ-1", "--title", "t")
    (tmp_path / "bom.txt").write_bytes(b"\xef\xbb\xbfNotepad text\r\nline 2\r\n")
    testimony = sandiq.ok(
        "testimony", "add", "--case", "UZ-1", "--text-file", str(tmp_path / "bom.txt")
    ).stdout
    shown = json.loads(sandiq.ok("testimony", "show", testimony.strip(), "--json").stdout)
    assert shown["narrative"] == "Notepad text\nline 2\n"
    (tmp_path / "cp1251.txt").write_bytes("Показания".encode("cp1251"))
    for args in (
        ("testimony", "add", "--case", "UZ-1", "--text-file", str(tmp_path / "cp1251.txt")),
        ("testimony", "edit", testimony.strip(), "--text-file", str(tmp_path / "cp1251.txt")),
    ):
        refused = sandiq.fails(*args)
        assert refused.error_lines == [
            f"sandiq: error: cannot read {tmp_path / 'cp1251.txt'}: it is not UTF-8 text; "
            "save it as UTF-8"
        ]


def _contact_file(path: Path, **changes: str) -> Path:
    contact = json.loads(export_contact(BundleIdentity.generate(), "Colleague"))
    path.write_text(json.dumps({**contact, **changes}, indent=2, sort_keys=True) + "\n")
    return path


def test_contact_file_saved_with_a_bom_is_added(
    sandiq: Sandiq, locked_vault: Path, tmp_path: Path
) -> None:
    plain = _contact_file(tmp_path / "c.contact")
    (tmp_path / "bom.contact").write_bytes(b"\xef\xbb\xbf" + plain.read_bytes())
    added = sandiq.ok("contact", "add", str(tmp_path / "bom.contact"), "--yes", "--json")
    assert json.loads(added.stdout)["display_name"] == "Colleague"


@pytest.mark.parametrize(
    ("field", "value", "problem"),
    [
        ("ed25519", "ff" * 32, "signing key is not a valid Ed25519 public key"),  # y >= p
        ("ed25519", "00" * 32, "signing key is not a valid Ed25519 public key"),  # order 4
        ("ed25519", "01" + "00" * 31, "signing key is not a valid Ed25519 public key"),  # 0
        (
            "x25519",
            bech32.encode("age", bytes(32)),
            "encryption key is not a valid X25519 public key",
        ),
    ],
)
def test_contact_file_with_an_unusable_key_is_refused(
    sandiq: Sandiq, locked_vault: Path, tmp_path: Path, field: str, value: str, problem: str
) -> None:
    path = _contact_file(tmp_path / "bad.contact", **{field: value})
    refused = sandiq.fails("contact", "add", str(path), "--yes")
    assert refused.error_lines == [f"sandiq: error: The contact's {problem}."]
    assert json.loads(sandiq.ok("contact", "list", "--json").stdout) == []


def test_export_errors_name_the_path_given(sandiq: Sandiq, locked_vault: Path, tmp_path: Path):
    missing = sandiq.fails(
        "export-json", "--out", str(tmp_path / "nowhere" / "x.json"), "--plaintext-ok"
    )
    assert missing.error_lines == [
        f"sandiq: error: No such file or directory ({tmp_path / 'nowhere' / 'x.json'})"
    ]
    folder = sandiq.fails("export-json", "--out", str(tmp_path), "--force", "--plaintext-ok")
    assert folder.error_lines == [f"sandiq: error: {tmp_path} is a folder; give the file a name"]
    assert not list(tmp_path.glob(".*.tmp"))


def test_case_reference_is_unique_in_any_letter_case(sandiq: Sandiq, locked_vault: Path) -> None:
    sandiq.ok("case", "add", "--reference", "UZ-1", "--title", "first")
    other = sandiq.ok("case", "add", "--reference", "UZ-2", "--title", "second").stdout.strip()
    for args in (
        ("case", "add", "--reference", "uz-1", "--title", "again"),
        ("case", "edit", "UZ-2", "--reference", "Uz-1"),
    ):
        refused = sandiq.fails(*args)
        assert refused.error_lines == [
            "sandiq: error: a case with reference UZ-1 already exists (references must "
            "differ in more than letter case)"
        ]
    assert json.loads(sandiq.ok("case", "show", "uz-2", "--json").stdout)["id"] == other


def test_lookup_of_a_reference_two_old_cases_share_but_for_letter_case_is_ambiguous(
    sandiq: Sandiq, tmp_vault: Vault
) -> None:
    # Made before the check ignored letter case (or by an import): both stay reachable.
    with tmp_vault.transaction() as session:
        writer = tmp_vault.writer(session)
        upper = writer.create("case", {"reference": "UZ-1", "title": "upper"}).id
        lower = writer.create("case", {"reference": "uz-1", "title": "lower"}).id
    tmp_vault.lock()
    refused = sandiq.fails("case", "show", "Uz-1")
    assert refused.error_lines == [
        "sandiq: error: the reference Uz-1 is ambiguous: cases UZ-1, uz-1 differ only in letter "
        "case; type it exactly as one of them is written"
    ]
    exact_upper, exact_lower = sandiq.ok_all(
        ("case", "show", "UZ-1", "--json"), ("case", "show", "uz-1", "--json")
    )
    assert json.loads(exact_upper.stdout)["id"] == str(upper)
    assert json.loads(exact_lower.stdout)["id"] == str(lower)
    sandiq.fails("testimony", "add", "--case", "Uz-1", "--text-file", "-", stdin="x")


def test_a_search_too_short_to_complete_says_why_it_found_nothing(
    sandiq: Sandiq, locked_vault: Path
) -> None:
    sandiq.ok("person", "add", "--name", "Shamsutdinova")
    for query in ("S", "S*"):
        run = sandiq.ok("search", query)
        note = (
            f"note: {query} was searched for as a whole word only: it is too short to find the "
            "words beginning with it"
        )
        assert (run.stdout, run.error_lines) == ("", [note, "No matches."])
    found = sandiq.ok("search", "Sh*")
    assert "Shamsutdinova" in found.stdout and found.stderr == ""


def test_an_unknown_country_code_is_refused_when_typed_and_nothing_is_saved(
    sandiq: Sandiq, locked_vault: Path
) -> None:
    sandiq.ok("case", "add", "--reference", "UZ-1", "--title", "t", "--country", "uz")
    before = snapshot(locked_vault)
    for args, code in (
        (("case", "add", "--reference", "X-1", "--title", "t", "--country", "XX"), "XX"),
        (("case", "add", "--reference", "X-2", "--title", "t", "--country", "zz"), "zz"),
        (("case", "edit", "UZ-1", "--country", "XX", "--title", "new"), "XX"),
        (("case", "edit", "UZ-1", "--country", "Uzbekistan"), "Uzbekistan"),
    ):
        refused = sandiq.fails(*args)
        assert refused.error_lines == [
            f"sandiq: error: '{code}' is not a country code (ISO 3166, e.g. UZ, KG, TJ)"
        ]
    assert snapshot(locked_vault) == before
    assert json.loads(sandiq.ok("case", "show", "UZ-1", "--json").stdout)["country"] == "UZ"
    for typed, stored in (("kg", "KG"), (" Tj ", "TJ"), ("XK", "XK"), ("", "")):
        sandiq.ok("case", "edit", "UZ-1", "--country", typed)
        assert json.loads(sandiq.ok("case", "show", "UZ-1", "--json").stdout)["country"] == stored


def test_a_bundle_or_export_with_an_odd_country_code_still_imports(
    sandiq: Sandiq, locked_vault: Path, tmp_path: Path
) -> None:
    # Only what is typed now is checked: an old export written with XX must come back whole.
    (tmp_path / "old.json").write_text(json.dumps(_case_document(country="XX")))
    sandiq.ok("import-json", str(tmp_path / "old.json"))
    assert json.loads(sandiq.ok("case", "show", "R-1", "--json").stdout)["country"] == "XX"
    sandiq.ok("case", "edit", "R-1", "--title", "renamed")  # other fields still editable
    assert json.loads(sandiq.ok("case", "show", "R-1", "--json").stdout)["country"] == "XX"
