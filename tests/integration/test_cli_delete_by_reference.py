"""`sandiq delete` takes a case's reference as well as a record id, as every command that names
a case does: a lawyer knows UZ-2024-0001, not the id behind it."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from tests.integration.conftest import SAMPLE_CASE, Sandiq, snapshot


def test_delete_by_reference_deletes_the_case_and_names_its_id_for_undelete(
    sandiq: Sandiq, locked_vault: Path
) -> None:
    case_id = json.loads(
        sandiq.ok("case", "add", "--reference", "UZ-2024-0001", "--title", "T", "--json").stdout
    )["id"]

    deleted = sandiq.ok("delete", "UZ-2024-0001")

    # Before: "sandiq: error: 'UZ-2024-0001' is not a record id".
    assert deleted.stdout == (
        f"Deleted case UZ-2024-0001 ({case_id}); 'sandiq undelete {case_id}' brings it back.\n"
    )
    assert "no case with reference UZ-2024-0001" in sandiq("case", "show", "UZ-2024-0001").stderr
    sandiq.ok("undelete", case_id)
    # Letter case aside, as `case show` and `--case REF` find a case.
    done = json.loads(sandiq.ok("delete", "uz-2024-0001", "--json").stdout)
    assert (done["action"], done["kind"], done["id"]) == ("delete", "case", case_id)


def test_delete_by_id_says_what_it_said_before(sandiq: Sandiq, locked_vault: Path) -> None:
    person = sandiq.ok("person", "add", "--name", "Шерзод Мирзаев").stdout.strip()
    assert sandiq.ok("delete", person).stdout == (
        f"Deleted person {person}; 'sandiq undelete {person}' brings it back.\n"
    )


def test_delete_of_an_unknown_reference_is_one_line_and_changes_nothing(
    sandiq: Sandiq,
    archive: dict[str, Any],
    vault_dir: Path,
) -> None:
    before = snapshot(vault_dir)
    run = sandiq("delete", "UZ-2024-9999")
    assert run.returncode == 1
    assert run.error_lines == [
        "sandiq: error: no case with reference UZ-2024-9999, nor a record id"
    ]
    assert run.stdout == ""
    assert snapshot(vault_dir) == before


def test_a_case_in_use_is_refused_by_reference_as_by_id(
    sandiq: Sandiq,
    archive: dict[str, Any],
    vault_dir: Path,
) -> None:
    before = snapshot(vault_dir)
    by_reference = sandiq("delete", SAMPLE_CASE)
    by_id = sandiq("delete", archive["cases"][0]["id"])
    assert by_reference.returncode == by_id.returncode == 1
    assert by_reference.stderr == by_id.stderr
    assert by_reference.error_lines[0].startswith("sandiq: error: this case is still used by:")
    assert snapshot(vault_dir) == before
