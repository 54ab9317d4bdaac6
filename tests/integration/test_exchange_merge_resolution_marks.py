"""A merge kept when a merge-versus-edit conflict is resolved stays a merge, in every vault.

Aziza merges Latypov into Latipov while Bekzod edits Latypov. Each keeps the merge when
resolving: Vault > Deleted records names the person Latypov went into, before and after the
next exchange.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from uuid import UUID

import pytest

from desktop_app.core.deletion import DeletedRecord, deleted_records
from desktop_app.core.exchange.conflicts import list_conflicts, resolve_conflict
from desktop_app.core.person_merge import merge_persons
from tests.integration.exchange_support import Site, introduce, make_site


@pytest.fixture
def merged_and_edited(tmp_path: Path) -> Iterator[tuple[Site, Site, UUID, UUID]]:
    """Aziza merged Latypov into Latipov; Bekzod edited Latypov meanwhile."""
    aziza, bekzod = make_site(tmp_path, "Aziza"), make_site(tmp_path, "Bekzod")
    introduce(aziza, bekzod)
    latipov = aziza.write("person", {"name": "Латипов Ғайратжон"})
    latypov = aziza.write("person", {"name": "Latypov Gairatzhan"})
    bekzod.import_(aziza.export("Bekzod", since_last=True).path)
    with aziza.vault.transaction() as session:
        merge_persons(aziza.vault.writer(session), latipov, latypov)
    bekzod.edit("person", latypov, birth_date="1985-02-14", other_names=["Латыпов Г."])
    yield aziza, bekzod, latipov, latypov
    for site in (aziza, bekzod):
        site.vault.lock()


def _resolve(site: Site, keep: str) -> None:
    with site.vault.read() as session:
        (conflict,) = list_conflicts(session)
    resolve_conflict(site.vault, conflict.id, keep)


def _listed(site: Site, person: UUID) -> DeletedRecord:
    with site.vault.read() as session:
        (row,) = [r for r in deleted_records(session) if r.record_id == person]
    return row


def test_keeping_my_merge_against_an_edit_still_lists_it_as_merged(merged_and_edited) -> None:
    aziza, bekzod, latipov, latypov = merged_and_edited
    aziza.import_(bekzod.export("Aziza", since_last=True).path)
    _resolve(aziza, "mine")
    row = _listed(aziza, latypov)
    assert (row.merged_into_id, row.merged_into_name) == (latipov, "Латипов Ғайратжон")
    assert row.deleted_by == aziza.vault.fingerprint


def test_keeping_a_colleagues_merge_against_my_edit_lists_it_as_merged(merged_and_edited) -> None:
    aziza, bekzod, latipov, latypov = merged_and_edited
    bekzod.import_(aziza.export("Bekzod", since_last=True).path)
    _resolve(bekzod, "theirs")
    row = _listed(bekzod, latypov)
    assert (row.merged_into_id, row.merged_into_name) == (latipov, "Латипов Ғайратжон")


def test_a_resolved_merge_stays_a_merge_after_the_next_exchange(merged_and_edited) -> None:
    aziza, bekzod, latipov, latypov = merged_and_edited
    bekzod.import_(aziza.export("Bekzod", since_last=True).path)
    _resolve(bekzod, "theirs")
    aziza.import_(bekzod.export("Aziza", since_last=True).path)
    with aziza.vault.read() as session:
        assert list_conflicts(session) == []
    row = _listed(aziza, latypov)
    assert row.merged_into_id == latipov
