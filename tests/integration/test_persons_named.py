"""Finding a person for a picker (witness, case party) by any spelling of any of their names."""

from __future__ import annotations

import pytest

from desktop_app.core.case_file import persons_named
from desktop_app.core.vault import Vault


@pytest.fixture
def people(tmp_vault: Vault) -> Vault:
    with tmp_vault.transaction() as session:
        writer = tmp_vault.writer(session)
        writer.create("person", {"name": "Гульнора Ахмедова", "other_names": ["Axmedova Gulnora"]})
        writer.create("person", {"name": "Гульноза Каримова"})
        gone = writer.create("person", {"name": "Gulnora Deleted"})
        writer.delete(gone)
        writer.create("person", {"name": 'Ann "Quote" Lee'})
    return tmp_vault


@pytest.mark.parametrize("typed", ["Гулнора", "гулнора", "Gulnora", "gulnor", "Axmedova", "ахмед"])
def test_any_script_case_or_other_name_finds_the_person(people: Vault, typed: str) -> None:
    # Before, only the name as written (LIKE, case-blind for ASCII alone) was searched.
    with people.read() as session:
        assert [name for _, name in persons_named(session, typed)] == ["Гульнора Ахмедова"]


@pytest.mark.parametrize("typed", ['"', "*", "NEAR(", "names : x", "zzz"])
def test_search_syntax_typed_in_a_picker_is_only_text(people: Vault, typed: str) -> None:
    with people.read() as session:
        found = [name for _, name in persons_named(session, typed)]
    assert found in ([], ['Ann "Quote" Lee'])


@pytest.fixture
def shamsutdinova(tmp_vault: Vault) -> Vault:
    with tmp_vault.transaction() as session:
        writer = tmp_vault.writer(session)
        writer.create(
            "person", {"name": "Шамсутдинов Гулнора", "other_names": ["Shamsutdinova Gulnora"]}
        )
        writer.create("person", {"name": "Shamsiev Anvar", "notes": "Cousin of Shamsutdinova."})
        gone = writer.create("person", {"name": "Shamsutdinov Deleted"})
        writer.delete(gone)
    return tmp_vault


@pytest.mark.parametrize(
    "typed",
    ["Shamsut", "shamsutdinova g", "Shamsutdinova Gulnora", "Шамсут", "шамсут", "ШАМСУТДИНОВ гул"],
)
def test_every_prefix_of_a_written_name_finds_the_person(shamsutdinova: Vault, typed: str) -> None:
    # Shamsut folds to shamsut while the name folds to shamsudinov (td is d once d is typed);
    # the name as written (Cyrillic in lower case too) was not looked at, other names never.
    with shamsutdinova.read() as session:
        assert [name for _, name in persons_named(session, typed)] == ["Шамсутдинов Гулнора"]


def test_a_name_mentioned_in_notes_does_not_find_the_person(tmp_vault: Vault) -> None:
    # More notes than one page of candidates mention the name; the person is written last.
    with tmp_vault.transaction() as session:
        writer = tmp_vault.writer(session)
        for n in range(250):
            writer.create("person", {"name": f"Karimov {n}", "notes": "Met Shamsutdinova."})
        writer.create("person", {"name": "Gulnora", "other_names": ["Shamsutdinova Gulnora"]})
    with tmp_vault.read() as session:
        assert [name for _, name in persons_named(session, "Shamsut")] == ["Gulnora"]
