"""Aziza merges a person entered twice while Bekzod edits both of them: his vault holds two
conflicts (the kept person, and the merged one against its tombstone). Keeping her side of both,
in either order or all at once, keeps the merge and his edit of the merged person: his new
values land on the kept person, as when only the merged person is in conflict."""

from __future__ import annotations

from pathlib import Path
from uuid import UUID

import pytest

from desktop_app.core.exchange.conflict_bulk import ConflictSelection, resolve_conflicts
from desktop_app.core.exchange.conflicts import conflict_detail, list_conflicts, resolve_conflict
from desktop_app.core.person_merge import merge_persons
from tests.integration.exchange_support import Site, introduce, make_site

LATIN, CYRILLIC = "Karimov Rustam", "Каримов Рустам"


def _both_edited(tmp_path: Path, merged_first: bool) -> tuple[Site, Site, UUID, UUID]:
    """Aziza's merge of P2 into P1 has reached Bekzod, who edited P1 and P2 meanwhile."""
    aziza, bekzod = make_site(tmp_path, "Aziza"), make_site(tmp_path, "Bekzod")
    introduce(aziza, bekzod)
    kept = aziza.write("person", {"name": LATIN, "occupation": "teacher"})
    merged = aziza.write("person", {"name": CYRILLIC})
    if merged_first:
        # Both are victims in a case: the merge removes the merged person's role (the one with
        # the larger id, ``merge_persons``) and the bundle carries the merged person with that
        # removal, before the kept one; the list (and a bulk choice) takes its conflict first.
        # Without it, the kept person, changed first by the merge, comes first.
        case = aziza.write("case", {"reference": "UZ-7", "title": "Detention in Osh"})
        for n, person in enumerate((kept, merged), start=1):
            party = {"id": str(UUID(int=n)), "case": str(case), "person": str(person)}
            aziza.write("case_party", {**party, "role": "victim"})
    bekzod.import_(aziza.export("Bekzod", since_last=True).path)
    with aziza.vault.transaction() as session:
        merge_persons(aziza.vault.writer(session), kept, merged)
    bekzod.edit("person", kept, notes="lives in Osh")
    bekzod.edit("person", merged, birth_date="1979", other_names=["Rustam K."])
    bekzod.import_(aziza.export("Bekzod", since_last=True).path)
    return aziza, bekzod, kept, merged


def _conflicts(site: Site) -> dict[UUID, int]:
    with site.vault.read() as session:
        return {conflict.record_id: conflict.id for conflict in list_conflicts(session)}


@pytest.mark.parametrize("order", ["merged_first", "kept_first", "bulk"])
@pytest.mark.parametrize("merged_listed_first", [True, False])
def test_keeping_theirs_for_both_moves_the_edit_onto_the_kept_person(
    tmp_path: Path, order: str, merged_listed_first: bool
) -> None:
    aziza, bekzod, kept, merged = _both_edited(tmp_path, merged_listed_first)
    conflicts = _conflicts(bekzod)
    assert set(conflicts) == {kept, merged}
    assert (min(conflicts, key=conflicts.__getitem__) == merged) == merged_listed_first
    with bekzod.vault.read() as session:
        detail = conflict_detail(session, conflicts[merged])
    # Told it was merged, into whom, before he chooses (his P1 does not hold the name yet).
    assert (detail.merged_into, detail.merged_into_label) == (kept, LATIN)

    if order == "bulk":
        bulk = resolve_conflicts(bekzod.vault, ConflictSelection(), "theirs")
        labels = {r.info.record_id: r.merged_into_label for r in bulk.resolutions}
    else:
        ids = [merged, kept] if order == "merged_first" else [kept, merged]
        labels = {
            uid: resolve_conflict(bekzod.vault, conflicts[uid], "theirs").merged_into_label
            for uid in ids
        }
    assert labels == {kept: "", merged: LATIN}

    person = bekzod.content("person", kept)
    assert person["other_names"] == [CYRILLIC, "Rustam K."]
    assert (person["birth_date"], person["occupation"]) == ("1979", "teacher")
    assert person["notes"] == ""  # his edit of P1 itself is what keeping theirs gave up
    assert bekzod.content("person", merged)["deleted"] is True
    # Aziza takes his decisions as they are: no new conflict, the same archive.
    aziza.import_(bekzod.export("Aziza", since_last=True).path)
    with aziza.vault.read() as session:
        assert list_conflicts(session) == []
    assert aziza.document() == bekzod.document()
    assert aziza.content("person", kept)["birth_date"] == "1979"


@pytest.mark.parametrize("merged_first", [True, False])
def test_keeping_the_merge_then_his_own_kept_person_keeps_both_edits(
    tmp_path: Path, merged_first: bool
) -> None:
    aziza, bekzod, kept, merged = _both_edited(tmp_path, merged_first=False)
    conflicts = _conflicts(bekzod)
    ids = [(merged, "theirs"), (kept, "mine")]
    for uid, keep in ids if merged_first else ids[::-1]:
        resolve_conflict(bekzod.vault, conflicts[uid], keep)

    person = bekzod.content("person", kept)
    if merged_first:
        # The merge went into his P1, which he then kept: his notes and the merge both stay.
        assert (person["notes"], person["birth_date"]) == ("lives in Osh", "1979")
        assert person["other_names"] == [CYRILLIC, "Rustam K."]
    aziza.import_(bekzod.export("Aziza", since_last=True).path)
    assert aziza.content("person", kept) == person
