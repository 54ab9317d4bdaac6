"""`sandiq person add/edit` refuse what the person form refuses: a protected person without a
pseudonym, or with one that holds their name; the JSON import still takes both."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop_app.core.vault import Vault
from tests.integration.conftest import Sandiq, new_id, sample_document, snapshot

NAME = "Гулчеҳра Ҳамроқулова"
HOLDS_NAME = (
    "sandiq: error: --pseudonym holds a word of the person's name (Gulchehra): reports must "
    'not show it; choose another, e.g. "Witness A"'
)
NO_PSEUDONYM = (
    "sandiq: error: a protected person needs a pseudonym (--pseudonym): reports show them under it"
)


@pytest.fixture
def people(tmp_vault: Vault) -> dict[str, str]:
    """The ids of a protected person with a pseudonym and of one not protected, locked."""
    with tmp_vault.transaction() as session:
        writer = tmp_vault.writer(session)
        protected = writer.create(
            "person", {"name": NAME, "protected": True, "pseudonym": "Witness A"}
        )
        plain = writer.create("person", {"name": "Azimjan Askarov"})
        ids = {"protected": str(protected.id), "plain": str(plain.id)}
    tmp_vault.lock()
    return ids


def _shown(sandiq: Sandiq, person_id: str) -> dict[str, object]:
    return json.loads(sandiq.ok("person", "show", person_id, "--json").stdout)


def test_add_refuses_a_pseudonym_holding_the_name_and_a_protection_without_one(
    sandiq: Sandiq, people: dict[str, str]
) -> None:
    # Before: both were saved; the dossier printed "Witness A" and "Person A" instead.
    before = snapshot(sandiq.vault_dir)
    held = sandiq.fails(
        "person", "add", "--name", NAME, "--protected", "--pseudonym", "Gulchehra H."
    )
    assert held.error_lines == [HOLDS_NAME]
    missing = sandiq.fails("person", "add", "--name", NAME, "--protected")
    assert missing.error_lines == [NO_PSEUDONYM]
    initials = sandiq.fails("person", "add", "--name", NAME, "--protected", "--pseudonym", "G. H.")
    assert "--pseudonym holds the person's initials (G. H.)" in initials.stderr
    assert snapshot(sandiq.vault_dir) == before


def test_add_takes_a_pseudonym_free_of_the_name(sandiq: Sandiq, people: dict[str, str]) -> None:
    added = sandiq.ok(
        "person", "add", "--name", NAME, "--protected", "--pseudonym", "Witness B", "--json"
    )
    assert json.loads(added.stdout)["pseudonym"] == "Witness B"
    # Not protected: the pseudonym is printed nowhere, so it is not checked.
    sandiq.ok("person", "add", "--name", NAME, "--pseudonym", "Gulchehra H.")


def test_edit_refuses_what_add_refuses_and_changes_nothing(
    sandiq: Sandiq, people: dict[str, str]
) -> None:
    protected, plain = people["protected"], people["plain"]
    before = snapshot(sandiq.vault_dir)
    refusals = [
        (("person", "edit", protected, "--pseudonym", "Gulchehra H."), HOLDS_NAME),
        (("person", "edit", protected, "--pseudonym", ""), NO_PSEUDONYM),
        (("person", "edit", plain, "--protected"), NO_PSEUDONYM),
        (
            ("person", "edit", plain, "--protected", "--pseudonym", "Askarov's brother"),
            "sandiq: error: --pseudonym holds a word of the person's name (Askarov's)",
        ),
        # A new other name the pseudonym holds: the pseudonym must change too.
        (
            ("person", "edit", protected, "--other-name", "Witness Ahmedova"),
            "sandiq: error: --pseudonym holds a word of the person's name (Witness)",
        ),
    ]
    for args, message in refusals:
        assert sandiq.fails(*args).error_lines[0].startswith(message), args
    assert snapshot(sandiq.vault_dir) == before


def test_edit_protected_keeps_working_for_a_person_with_a_pseudonym(
    sandiq: Sandiq, people: dict[str, str]
) -> None:
    protected, plain = people["protected"], people["plain"]
    sandiq.ok("person", "edit", protected, "--protected")
    sandiq.ok("person", "edit", plain, "--pseudonym", "Witness C")
    sandiq.ok("person", "edit", plain, "--protected")
    assert (_shown(sandiq, plain)["protected"], _shown(sandiq, plain)["pseudonym"]) == (
        True,
        "Witness C",
    )
    sandiq.ok("person", "edit", protected, "--not-protected")
    assert _shown(sandiq, protected)["protected"] is False


def test_json_import_still_takes_such_a_person_and_edits_of_other_fields_work(
    sandiq: Sandiq, locked_vault: Path, tmp_path: Path
) -> None:
    # An old export must still import; the dossier gives such a person a letter instead.
    named, bare = new_id(), new_id()
    document = sample_document()
    document["persons"] += [
        {"id": named, "name": NAME, "protected": True, "pseudonym": "Gulchehra H."},
        {"id": bare, "name": "Ali", "protected": True},
    ]
    path = tmp_path / "old.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    sandiq.ok("import-json", str(path))
    sandiq.ok("person", "edit", named, "--notes", "met in Osh")
    sandiq.ok("person", "edit", bare, "--notes", "met in Osh")
    shown = _shown(sandiq, named)
    assert (shown["pseudonym"], shown["notes"]) == ("Gulchehra H.", "met in Osh")
