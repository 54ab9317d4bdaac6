"""A person merged into another, here or by a colleague, is listed among deleted records with
the person it went into (a plain deletion is not), in the GUI's list and in `sandiq deleted`."""

from __future__ import annotations

import json
from pathlib import Path
from uuid import UUID

from desktop_app.core.deletion import deleted_records
from desktop_app.core.person_merge import merge_persons
from desktop_app.core.records import get_record
from desktop_app.core.vault import Vault
from tests.integration.conftest import Sandiq
from tests.integration.exchange_support import Site, introduce, make_site


def _people(vault: Vault, *names: str) -> list[UUID]:
    with vault.transaction() as session:
        writer = vault.writer(session)
        return [writer.create("person", {"name": name}).id for name in names]


def _merge(vault: Vault, keep: UUID, merge: UUID) -> None:
    with vault.transaction() as session:
        merge_persons(vault.writer(session), keep, merge)


def test_a_merged_person_names_the_person_it_went_into_and_a_deleted_one_does_not(
    tmp_vault: Vault,
) -> None:
    kept, merged, deleted, twin_kept, twin = _people(
        tmp_vault, "Dilshod Karimov", "Dilshod Karimov (Andijon)", "Someone Else", "Aziz", "aziz"
    )
    with tmp_vault.transaction() as session:
        case = tmp_vault.writer(session).create("case", {"reference": "R-1", "title": "T"})
        tmp_vault.writer(session).create(
            "testimony", {"case": str(case.id), "witness": str(twin), "summary": "Raid"}
        )
    _merge(tmp_vault, kept, merged)
    with tmp_vault.transaction() as session:
        writer = tmp_vault.writer(session)
        writer.delete(get_record(session, "person", deleted))  # right after a merge
    # The same name in another letter case adds nothing to the kept person: the moved
    # testimony names it.
    _merge(tmp_vault, twin_kept, twin)
    with tmp_vault.read() as session:
        rows = {row.record_id: row for row in deleted_records(session)}
    assert (rows[merged].merged_into_id, rows[merged].merged_into_name) == (
        kept,
        "Dilshod Karimov",
    )
    assert (rows[twin].merged_into_id, rows[twin].merged_into_name) == (twin_kept, "Aziz")
    assert rows[deleted].merged_into_id is None and rows[deleted].merged_into_name == ""


def test_sandiq_deleted_says_into_whom_a_person_was_merged(
    sandiq: Sandiq, tmp_vault: Vault
) -> None:
    kept, merged = _people(tmp_vault, "Gulnora Karimova", "Gulnora Karimova (Namangan)")
    _merge(tmp_vault, kept, merged)
    tmp_vault.lock()
    (line,) = sandiq.ok("deleted").stdout.splitlines()
    assert line.split("\t")[-1] == (
        f"Gulnora Karimova (Namangan) (merged into Gulnora Karimova {kept})"
    )
    (row,) = json.loads(sandiq.ok("deleted", "--json").stdout)
    assert (row["merged_into_id"], row["merged_into_name"]) == (str(kept), "Gulnora Karimova")


def _exchange(sender: Site, to: Site) -> None:
    to.import_(sender.export(to.name, since_last=True).path)


def test_a_person_a_colleague_merged_is_listed_with_the_person_it_went_into_and_by_whom(
    tmp_path: Path,
) -> None:
    alice, bob = make_site(tmp_path, "Alice"), make_site(tmp_path, "Bob")
    introduce(alice, bob)
    kept, merged = _people(alice.vault, "Dilshod Karimov", "Dilshod Karimov (Andijon)")
    twin_kept, twin, deleted = _people(alice.vault, "Aziz", "aziz", "Someone Else")
    _exchange(alice, bob)
    _merge(alice.vault, kept, merged)
    _merge(alice.vault, twin_kept, twin)  # adds nothing to the kept person: no new version
    alice.delete("person", deleted)
    # Bob deletes by hand a person whose name another one holds: his audit log says it was
    # no merge, so it is not listed as one.
    bobs_twin = bob.write("person", {"name": "Aziz"})
    bob.delete("person", bobs_twin)
    _exchange(alice, bob)

    with bob.vault.read() as session:
        rows = {row.record_id: row for row in deleted_records(session)}
    assert [
        (rows[uid].merged_into_id, rows[uid].merged_into_name, rows[uid].deleted_by_name)
        for uid in (merged, twin, deleted, bobs_twin)
    ] == [
        (kept, "Dilshod Karimov", "Alice"),
        (twin_kept, "Aziz", "Alice"),
        (None, "", "Alice"),
        (None, "", ""),
    ]
    assert rows[merged].deleted_by == alice.vault.fingerprint
    assert rows[bobs_twin].deleted_by == bob.vault.fingerprint
