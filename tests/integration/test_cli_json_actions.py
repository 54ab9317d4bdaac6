"""delete, undelete and person merge with --json: one JSON object saying what was done, as
every other record command answers --json; refusals stay one line on stderr."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from tests.integration.conftest import SAMPLE_CASE, Sandiq, snapshot


def test_delete_and_undelete_with_json_say_what_they_did(
    sandiq: Sandiq, locked_vault: Path
) -> None:
    person = sandiq.ok("person", "add", "--name", "Шерзод  Мирзаев").stdout.strip()
    deleted = json.loads(sandiq.ok("delete", person, "--json").stdout)
    assert deleted == {
        "action": "delete",
        "kind": "person",
        "id": person,
        "label": "Шерзод Мирзаев",
    }
    assert [row["record_id"] for row in json.loads(sandiq.ok("deleted", "--json").stdout)] == [
        person
    ]
    restored = json.loads(sandiq.ok("undelete", person.upper(), "--json").stdout)
    assert restored == {**deleted, "action": "restore"}
    assert json.loads(sandiq.ok("person", "show", person, "--json").stdout)["version"] == 3

    case = json.loads(
        sandiq.ok("case", "add", "--reference", "KG-1", "--title", "Detention", "--json").stdout
    )
    assert json.loads(sandiq.ok("delete", case["id"], "--json").stdout) == {
        "action": "delete",
        "kind": "case",
        "id": case["id"],
        "label": "KG-1 Detention",
    }


def test_delete_and_undelete_without_json_print_the_same_sentences(
    sandiq: Sandiq, locked_vault: Path
) -> None:
    person = sandiq.ok("person", "add", "--name", "Dilnoza").stdout.strip()
    assert sandiq.ok("delete", person).stdout == (
        f"Deleted person {person}; 'sandiq undelete {person}' brings it back.\n"
    )
    assert sandiq.ok("undelete", person).stdout == f"Restored person {person}.\n"


def test_merge_with_json_names_the_kept_and_the_merged_person(
    sandiq: Sandiq,
    archive: dict[str, Any],
) -> None:
    kept = archive["persons"][0]["id"]  # Azimjan Askarov, the victim of the event
    twin = sandiq.ok(
        "person", "add", "--name", "Askarov Azimjan", "--case", f"{SAMPLE_CASE}:witness"
    ).stdout.strip()
    done = json.loads(sandiq.ok("person", "merge", kept, twin, "--json").stdout)
    assert done == {
        "action": "merge",
        "kind": "person",
        "kept": kept,
        "merged": twin,
        "label": "Azimjan Askarov",
        "moved": {"case_parties": 1, "testimonies": 0, "events": 0, "attachments": 0},
        "removed": {"case_parties": 0},
    }
    assert (
        "Askarov Azimjan"
        in json.loads(sandiq.ok("person", "show", kept, "--json").stdout)["other_names"]
    )
    assert f"person {twin} is deleted" in sandiq.fails("person", "show", twin).stderr


def test_merge_without_json_prints_the_same_summary(
    sandiq: Sandiq,
    archive: dict[str, Any],
) -> None:
    kept = archive["persons"][0]["id"]
    twin = sandiq.ok("person", "add", "--name", "Azimzhan Askarov").stdout.strip()
    assert sandiq.ok("person", "merge", kept, twin).stdout == (
        f"merged {twin} into {kept}: 0 case parties, 0 testimonies, 0 events, 0 attachments moved\n"
    )


def test_refusals_with_json_are_one_line_on_stderr_and_change_nothing(
    sandiq: Sandiq,
    archive: dict[str, Any],
    vault_dir: Path,
) -> None:
    victim, witness = archive["persons"][0]["id"], archive["persons"][1]["id"]
    before = snapshot(vault_dir)
    for args, expected in (
        (("delete", victim), "this person is still used by:"),
        (("undelete", witness), f"person {witness} is not deleted"),
        (("person", "merge", victim, victim), "a person cannot be merged with itself"),
        (("delete", "UZ-1"), "no case with reference UZ-1, nor a record id"),
    ):
        refused = sandiq.fails(*args, "--json")
        assert refused.returncode == 1, args
        assert expected in refused.error_lines[0], (args, refused.stderr)
        assert refused.stdout == "", args
    assert snapshot(vault_dir) == before
