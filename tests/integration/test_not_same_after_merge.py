"""A merge carries the merged person's "not the same person" marks to the person kept: A and B
marked, B merged into C, and A-C is not listed again."""

from __future__ import annotations

from uuid import UUID

import pytest
from sqlalchemy import select

from db.vault_bookkeeping import NotSamePair
from desktop_app.core.deletion import restore_deleted
from desktop_app.core.person_merge import merge_persons
from desktop_app.core.vault import Vault
from desktop_app.core.verify import verify_vault
from tests.integration.test_duplicates_not_same import add_people, found_pairs, mark

THREE_NAMESAKES = ("Karimov Rustam", "Каримов Рустам", "Karimov Rustam")


def merge(vault: Vault, keep: UUID, merged: UUID) -> None:
    with vault.transaction() as session:
        merge_persons(vault.writer(session), keep, merged)


def marks(vault: Vault) -> set[frozenset[UUID]]:
    with vault.read() as session:
        return {
            frozenset((m.person_a_id, m.person_b_id)) for m in session.scalars(select(NotSamePair))
        }


def test_a_pair_marked_before_a_merge_is_not_listed_again_after_it(tmp_vault: Vault) -> None:
    a, b, c = add_people(tmp_vault, *THREE_NAMESAKES)
    mark(tmp_vault, a, b)
    merge(tmp_vault, c, b)
    # Before: the finder listed A and C again, though the user had told A and B apart.
    assert found_pairs(tmp_vault) == {}
    assert found_pairs(tmp_vault, include_marked=True) == {frozenset((a, c)): True}
    assert verify_vault(tmp_vault) == []


def test_the_merged_persons_marks_stay_for_a_restore(tmp_vault: Vault) -> None:
    a, b, c = add_people(tmp_vault, *THREE_NAMESAKES)
    mark(tmp_vault, a, b)
    merge(tmp_vault, c, b)
    with tmp_vault.transaction() as session:
        restore_deleted(tmp_vault.writer(session), "person", b)
    assert found_pairs(tmp_vault) == {frozenset((b, c)): False}
    assert marks(tmp_vault) == {frozenset((a, b)), frozenset((a, c))}


def test_a_mark_between_the_two_merged_makes_no_pair_of_one_person(tmp_vault: Vault) -> None:
    a, b, c = add_people(tmp_vault, *THREE_NAMESAKES)
    mark(tmp_vault, a, b)
    mark(tmp_vault, b, c)  # the user later merges them after all
    mark(tmp_vault, a, c)  # already marked: stays one row
    merge(tmp_vault, c, b)
    assert marks(tmp_vault) == {frozenset((a, b)), frozenset((b, c)), frozenset((a, c))}
    assert found_pairs(tmp_vault, include_marked=True) == {frozenset((a, c)): True}


def test_a_merge_rolled_back_carries_no_mark(tmp_vault: Vault) -> None:
    a, b, c = add_people(tmp_vault, *THREE_NAMESAKES)
    mark(tmp_vault, a, b)
    with pytest.raises(RuntimeError), tmp_vault.transaction() as session:
        merge_persons(tmp_vault.writer(session), c, b)
        raise RuntimeError("the merge's transaction fails after the merge")
    assert marks(tmp_vault) == {frozenset((a, b))}
    assert found_pairs(tmp_vault) == {frozenset((a, c)): False, frozenset((b, c)): False}
