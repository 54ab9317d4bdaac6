"""Resolving many conflicts at once names the person a kept merge went into as resolving one
does: a protected person by her pseudonym, never by her real name."""

from __future__ import annotations

from pathlib import Path

from desktop_app.core.exchange.conflict_bulk import ConflictSelection, resolve_conflicts
from desktop_app.core.person_merge import merge_persons
from tests.integration.exchange_support import introduce, make_site

REAL_NAME = "Karimov Rustam"


def test_a_bulk_kept_merge_names_a_protected_person_by_her_pseudonym(tmp_path: Path) -> None:
    alice, bob = make_site(tmp_path, "Alice"), make_site(tmp_path, "Bob")
    introduce(alice, bob)
    kept = alice.write("person", {"name": REAL_NAME, "protected": True, "pseudonym": "Witness K"})
    merged = alice.write("person", {"name": "R. K."})
    bob.import_(alice.export("Bob", since_last=True).path)
    with alice.vault.transaction() as session:
        merge_persons(alice.vault.writer(session), kept, merged)
    bob.edit("person", merged, birth_date="1980")
    bob.import_(alice.export("Bob", since_last=True).path)
    # Alice's side, the merge, is "theirs" for Bob; a plain concurrent edit, not held.
    result = resolve_conflicts(bob.vault, ConflictSelection(), "theirs")
    assert [r.merged_into_label for r in result.resolutions] == ["Witness K"]
