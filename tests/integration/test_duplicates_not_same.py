"""Pairs marked as not the same person: remembered in the vault, left out of the duplicates
found, listed again when unmarked; harmless once a person is deleted or merged away; kept by
a salvage, left out of the JSON export, and made by the migration from 0011."""

from __future__ import annotations

from pathlib import Path
from uuid import UUID

import pytest
from sqlalchemy import select

from db.vault_bookkeeping import NotSamePair
from desktop_app.core import interchange
from desktop_app.core.deletion import delete_unused, restore_deleted
from desktop_app.core.duplicates import find_duplicate_persons
from desktop_app.core.errors import InvalidInput, RecordNotFound
from desktop_app.core.not_same_pairs import mark_not_same, unmark_not_same
from desktop_app.core.person_merge import merge_persons
from desktop_app.core.salvage import salvage
from desktop_app.core.vault import Vault, unlock
from desktop_app.core.verify import verify_vault
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.integration.conftest import Sandiq
from tests.integration.test_migrations import make_vault_at

NAMESAKES = ("Karimov Rustam", "Каримов Рустам")


def add_people(vault: Vault, *names: str, birth_date: str = "1970") -> list[UUID]:
    with vault.transaction() as session:
        writer = vault.writer(session)
        return [writer.create("person", {"name": n, "birth_date": birth_date}).id for n in names]


def found_pairs(vault: Vault, include_marked: bool = False) -> dict[frozenset[UUID], bool]:
    """{the two ids: whether marked as not the same} of each pair found."""
    with vault.read() as session:
        found = find_duplicate_persons(session, include_marked=include_marked)
    return {frozenset((c.a, c.b)): c.is_marked_not_same for c in found}


def mark(vault: Vault, first: UUID, second: UUID, *, undo: bool = False) -> bool:
    with vault.transaction() as session:
        return (unmark_not_same if undo else mark_not_same)(session, first, second)


def test_a_pair_marked_not_the_same_is_left_out_whichever_way_round(tmp_vault: Vault) -> None:
    first, second = add_people(tmp_vault, *NAMESAKES)
    other = add_people(tmp_vault, "Shamsutdinov Ikrom", "Шамсутдинов Икром")
    assert found_pairs(tmp_vault) == {frozenset((first, second)): False, frozenset(other): False}
    assert mark(tmp_vault, second, first)
    assert not mark(tmp_vault, first, second)  # one pair, one row
    assert found_pairs(tmp_vault) == {frozenset(other): False}
    assert found_pairs(tmp_vault, include_marked=True) == {
        frozenset((first, second)): True,
        frozenset(other): False,
    }
    with tmp_vault.read() as session:
        (row,) = session.scalars(select(NotSamePair)).all()
    assert (row.person_a_id, row.person_b_id) == tuple(sorted((first, second)))
    assert row.decided_at.endswith("Z")


def test_an_unmarked_pair_is_found_again(tmp_vault: Vault) -> None:
    first, second = add_people(tmp_vault, *NAMESAKES)
    mark(tmp_vault, first, second)
    assert found_pairs(tmp_vault) == {}
    assert mark(tmp_vault, second, first, undo=True)
    assert not mark(tmp_vault, second, first, undo=True)
    assert found_pairs(tmp_vault) == {frozenset((first, second)): False}


def test_marking_refuses_one_person_twice_and_people_who_are_not_live(tmp_vault: Vault) -> None:
    first, gone = add_people(tmp_vault, *NAMESAKES)
    with tmp_vault.transaction() as session:
        delete_unused(tmp_vault.writer(session), "person", gone)
    with pytest.raises(InvalidInput), tmp_vault.transaction() as session:
        mark_not_same(session, first, first)
    for missing in (gone, UUID(int=7)):
        with pytest.raises(RecordNotFound), tmp_vault.transaction() as session:
            mark_not_same(session, first, missing)
    with tmp_vault.read() as session:
        assert session.scalars(select(NotSamePair)).all() == []


def test_a_deleted_persons_mark_stays_harmless_and_holds_again_once_restored(
    tmp_vault: Vault,
) -> None:
    first, second = add_people(tmp_vault, *NAMESAKES)
    mark(tmp_vault, first, second)
    with tmp_vault.transaction() as session:
        delete_unused(tmp_vault.writer(session), "person", second)
    assert found_pairs(tmp_vault, include_marked=True) == {}
    assert verify_vault(tmp_vault) == []
    with tmp_vault.transaction() as session:
        restore_deleted(tmp_vault.writer(session), "person", second)
    assert found_pairs(tmp_vault) == {}
    assert found_pairs(tmp_vault, include_marked=True) == {frozenset((first, second)): True}


def test_a_merged_away_persons_mark_stays_harmless(tmp_vault: Vault) -> None:
    first, second, third = add_people(tmp_vault, *NAMESAKES, "Karimov Rustam")
    mark(tmp_vault, first, second)
    with tmp_vault.transaction() as session:
        merge_persons(tmp_vault.writer(session), third, second)
    # The mark was carried to the person kept (test_not_same_after_merge.py).
    assert found_pairs(tmp_vault, include_marked=True) == {frozenset((first, third)): True}
    assert verify_vault(tmp_vault) == []
    assert mark(tmp_vault, second, first, undo=True)  # a merged-away person's mark can go


def test_a_salvage_keeps_the_marks_and_the_json_export_leaves_them_out(
    tmp_vault: Vault, tmp_path: Path
) -> None:
    first, second = add_people(tmp_vault, *NAMESAKES)
    with tmp_vault.read() as session:
        unmarked = interchange.dump_document(interchange.export_document(session))
    mark(tmp_vault, first, second)
    with tmp_vault.read() as session:
        # A colleague decides for their own vault.
        assert interchange.dump_document(interchange.export_document(session)) == unmarked
    tmp_vault.lock()

    report = salvage(tmp_vault.path, tmp_path / "saved", PASSPHRASE, kdf=FAST_KDF)

    parts = {part.table: part for part in report.parts}
    assert (parts["not_same_pair"].copied, parts["not_same_pair"].lost) == (1, 0)
    saved = unlock(tmp_path / "saved", PASSPHRASE)
    try:
        assert found_pairs(saved, include_marked=True) == {frozenset((first, second)): True}
        assert verify_vault(saved) == []
    finally:
        saved.lock()


def test_vault_at_0011_can_mark_pairs_once_upgraded(
    vault_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    make_vault_at(vault_dir, "0011", monkeypatch)
    vault = unlock(vault_dir, PASSPHRASE)
    try:
        first, second = add_people(vault, *NAMESAKES)
        assert mark(vault, first, second)
        assert found_pairs(vault) == {}
        assert verify_vault(vault) == []
    finally:
        vault.lock()


def test_cli_leaves_marked_pairs_out_and_says_how_many(tmp_vault: Vault, sandiq: Sandiq) -> None:
    first, second = add_people(tmp_vault, *NAMESAKES)
    other = add_people(tmp_vault, "Shamsutdinov Ikrom", "Шамсутдинов Икром")
    tmp_vault.lock()
    assert len(sandiq.ok("person", "duplicates").stdout.splitlines()) == 2

    run = sandiq.ok("person", "not-same", str(second), str(first))
    assert run.stdout == f"{second} and {first} are marked as not the same person\n"
    again = sandiq.ok("person", "not-same", str(first), str(second))
    assert again.stdout == f"{first} and {second} were already marked as not the same person\n"
    run = sandiq.ok("person", "duplicates")
    assert [line.split("\t")[1:3] for line in run.stdout.splitlines()] == [sorted(map(str, other))]
    assert run.stderr == (
        "1 pair marked as not the same person not listed (--include-marked lists it)\n"
    )
    run = sandiq.ok("person", "duplicates", "--include-marked")
    lines = run.stdout.splitlines()
    assert len(lines) == 2 and run.stderr == ""
    (marked,) = [line for line in lines if str(first) in line]
    assert marked.endswith("; marked as not the same person")

    run = sandiq.ok("person", "not-same", str(first), str(second), "--undo")
    assert run.stdout == f"{first} and {second} are no longer marked as not the same person\n"
    run = sandiq.ok("person", "not-same", str(first), str(second), "--undo", "--json")
    assert '"changed": false' in run.stdout
    run = sandiq.ok("person", "duplicates")
    assert len(run.stdout.splitlines()) == 2 and run.stderr == ""
    refused = sandiq.fails("person", "not-same", str(first), str(first))
    assert refused.error_lines == [
        "sandiq: error: a person cannot be marked as not the same as themself"
    ]
