"""Russian ю and я after a consonant, which Uzbek Latin writes u and a: the names a T4 tester
typed (Nilufar, Нилюфар, Nilyufar) find each other in a real vault where every spelling is held,
so none of them is ever taken for a typo of another."""

from __future__ import annotations

from collections.abc import Iterator
from uuid import UUID

import pytest

from desktop_app.core.search.service import Match, search
from desktop_app.core.vault import Vault
from desktop_app.core.vault_creation import create_vault
from tests.conftest import FAST_KDF, PASSPHRASE

PERSONS = {
    "ismoilova": "Nilufar Ismoilova Jamshid qizi",
    "kodirova": "Nilyufar Kodirova",
    "holmatova": "Нилюфар Холматова",
    "karimova": "Nilufar Karimova",
    "ludmila": "Ludmila Petrova",
}


@pytest.fixture(scope="module")
def soft_vowels(
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[tuple[Vault, dict[UUID, str]]]:
    created = create_vault(tmp_path_factory.mktemp("soft") / "vault", PASSPHRASE, kdf=FAST_KDF)
    names = {}
    with created.vault.transaction() as session:
        writer = created.vault.writer(session)
        for short, name in PERSONS.items():
            names[writer.create("person", {"name": name}).id] = short
    yield created.vault, names
    created.vault.lock()


def found(soft_vowels: tuple[Vault, dict[UUID, str]], query: str) -> dict[str, Match]:
    vault, names = soft_vowels
    with vault.read() as session:
        hits = search(session, query, limit=100, complete_last_word=False)
    return {names[hit.record_id]: hit.match for hit in hits if hit.record_id in names}


@pytest.mark.parametrize("query", ["Nilufar", "Nilyufar", "Нилюфар"])
def test_every_spelling_of_nilufar_finds_every_nilufar(
    soft_vowels: tuple[Vault, dict[UUID, str]], query: str
) -> None:
    assert set(found(soft_vowels, query)) == {"ismoilova", "kodirova", "holmatova", "karimova"}


@pytest.mark.parametrize(
    ("query", "person"),
    [
        ("Nilufar Kodirova", "kodirova"),
        ("Нилюфар Исмаилова", "ismoilova"),
        ("Людмила Петрова", "ludmila"),
    ],
)
def test_a_full_name_finds_the_person_across_soft_vowels(
    soft_vowels: tuple[Vault, dict[UUID, str]], query: str, person: str
) -> None:
    assert set(found(soft_vowels, query)) == {person}
