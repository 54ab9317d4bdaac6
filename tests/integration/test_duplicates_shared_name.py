"""Two people paired because one name is written alike in both (two people entered with one
name, or a merged person restored beside the person who took its name) are said to share it
once, not "the same name: 'X' and 'X'"."""

from __future__ import annotations

from uuid import UUID

from desktop_app.core.deletion import restore_deleted
from desktop_app.core.duplicates import ReasonCode, find_duplicate_persons
from desktop_app.core.person_merge import merge_persons
from desktop_app.core.vault import Vault


def _people(vault: Vault, *names: str) -> list[UUID]:
    with vault.transaction() as session:
        writer = vault.writer(session)
        return [writer.create("person", {"name": name}).id for name in names]


def test_a_merged_person_restored_shares_its_name_with_the_kept_one(tmp_vault: Vault) -> None:
    kept, merged = _people(tmp_vault, "Bakhtiyor Yoʻldoshev", "Yuldashev Bakhtiyor")
    with tmp_vault.transaction() as session:
        merge_persons(tmp_vault.writer(session), kept, merged)
        restore_deleted(tmp_vault.writer(session), "person", merged)
    with tmp_vault.read() as session:
        (candidate,) = find_duplicate_persons(session)
    assert {candidate.a, candidate.b} == {kept, merged}
    assert candidate.score == 0.8  # the kept one holds the restored one's name as written
    (reason,) = candidate.reasons
    # Before: "the same name: 'Yuldashev Bakhtiyor' and 'Yuldashev Bakhtiyor'".
    assert reason.code is ReasonCode.SAME_WRITTEN_NAME
    assert reason.details == ("Yuldashev Bakhtiyor",)
    assert reason.message == "the same name for both: 'Yuldashev Bakhtiyor'"


def test_two_people_entered_with_one_name_share_it_and_two_spellings_are_both_named(
    tmp_vault: Vault,
) -> None:
    twins = set(_people(tmp_vault, "Rustam Karimov", "Rustam Karimov"))
    scripts = set(_people(tmp_vault, "Шамсутдинов Икром", "Shamsutdinov Ikrom"))
    with tmp_vault.read() as session:
        found = {frozenset((c.a, c.b)): c for c in find_duplicate_persons(session)}
    assert [r.message for r in found[frozenset(twins)].reasons] == [
        "the same name for both: 'Rustam Karimov'"
    ]
    (spellings,) = found[frozenset(scripts)].reasons
    assert spellings.code is ReasonCode.SAME_NAME
    assert set(spellings.details) == {"Шамсутдинов Икром", "Shamsutdinov Ikrom"}
