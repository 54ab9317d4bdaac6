"""Aziza merges a person away; Bekzod, who had it, brings it back and sends that; Aziza keeps
her merge. Her Deleted records still name the person it went into: the tombstone her choice
writes again is the merge's, not a new deletion. A person brought back on purpose here and
then deleted is deleted, not merged."""

from __future__ import annotations

from pathlib import Path
from uuid import UUID

from desktop_app.core.deletion import deleted_records, restore_deleted
from desktop_app.core.exchange.conflicts import list_conflicts, resolve_conflict
from desktop_app.core.person_merge import merge_persons
from tests.integration.exchange_support import Site, introduce, make_site

LATIN, CYRILLIC = "Karimov Rustam", "Каримов Рустам"


def _merged_into(site: Site, person: UUID) -> tuple[UUID | None, str]:
    with site.vault.read() as session:
        (row,) = [row for row in deleted_records(session) if row.record_id == person]
    return row.merged_into_id, row.merged_into_name


def _merge_kept_against_undelete(tmp_path: Path) -> tuple[Site, UUID, UUID]:
    aziza, bekzod = make_site(tmp_path, "Aziza"), make_site(tmp_path, "Bekzod")
    introduce(aziza, bekzod)
    kept = aziza.write("person", {"name": LATIN})
    merged = aziza.write("person", {"name": CYRILLIC})
    bekzod.import_(aziza.export("Bekzod", since_last=True).path)
    with aziza.vault.transaction() as session:
        merge_persons(aziza.vault.writer(session), kept, merged)
    bekzod.import_(aziza.export("Bekzod", since_last=True).path)
    with bekzod.vault.transaction() as session:
        restore_deleted(bekzod.vault.writer(session), "person", merged)
    aziza.import_(bekzod.export("Aziza", since_last=True).path)
    with aziza.vault.read() as session:
        (conflict,) = list_conflicts(session)
    assert conflict.reasons == ("revives_deleted",)
    resolve_conflict(aziza.vault, conflict.id, "mine")
    return aziza, kept, merged


def test_keeping_a_merge_against_an_undelete_still_says_merged_into(tmp_path: Path) -> None:
    aziza, kept, merged = _merge_kept_against_undelete(tmp_path)
    assert aziza.content("person", merged)["deleted"] is True
    assert _merged_into(aziza, merged) == (kept, LATIN)


def test_a_person_restored_here_and_deleted_again_is_deleted_not_merged(tmp_path: Path) -> None:
    aziza, _kept, merged = _merge_kept_against_undelete(tmp_path)
    with aziza.vault.transaction() as session:
        restore_deleted(aziza.vault.writer(session), "person", merged)
    aziza.delete("person", merged)
    assert _merged_into(aziza, merged) == (None, "")
