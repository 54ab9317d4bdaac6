"""One part of a hyphenated double surname finds the person from any script or spelling, as
the whole name does; and a vault indexed before the parts were is reindexed when it is opened
(docs/search-folding.md: The index)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from uuid import UUID

import pytest
from sqlalchemy import select

from db.fts import clear_index, put_document, set_meta
from db.models import Person
from desktop_app.core.search.folding import fold, fold_tokens
from desktop_app.core.search.index import INDEXED_FIELDS_KEY, indexed_text
from desktop_app.core.search.service import search
from desktop_app.core.search.snippets import bracketed_snippet
from desktop_app.core.vault import Vault, unlock
from desktop_app.core.vault_creation import create_vault
from tests.conftest import FAST_KDF, PASSPHRASE

PERSONS = {
    "toktogulov": "Azamat Kadyrbekov-Toktogulov",
    "seitkali": "Айгерім Нұрланқызы-Сейтқали",
    "kurbonova": "Феруза Эргашбоева-Қурбонова",
    "khabibullina": "Наталья Шевцова-Хабибуллина",
    "toktogulov_alone": "Bakyt Toktobekov",  # a look-alike of one part
}
NARRATIVE = "Кадырбеков-Токтогулова допрашивали в Джалал-Абаде."


class DoubleSurnames:
    """A vault holding the persons above and a testimony naming one in prose."""

    def __init__(self, vault: Vault) -> None:
        self.vault = vault
        self.names: dict[UUID, str] = {}
        with vault.transaction() as session:
            writer = vault.writer(session)
            case = writer.create("case", {"reference": "KG-2010-0001", "title": "Джалал-Абад"})
            session.flush()
            for key, name in PERSONS.items():
                self.names[writer.create("person", {"name": name}).id] = key
            testimony = {"case": str(case.id), "narrative": NARRATIVE}
            self.names[writer.create("testimony", testimony).id] = "prose"

    def find(self, query: str) -> list[str]:
        """Short names of what search finds for a whole query, best first."""
        with self.vault.read() as session:
            hits = search(session, query, limit=100, complete_last_word=False)
        return [self.names.get(hit.record_id, "case") for hit in hits]


@pytest.fixture(scope="module")
def surnames(tmp_path_factory: pytest.TempPathFactory) -> Iterator[DoubleSurnames]:
    created = create_vault(tmp_path_factory.mktemp("double") / "vault", PASSPHRASE, kdf=FAST_KDF)
    yield DoubleSurnames(created.vault)
    created.vault.lock()


@pytest.mark.parametrize(
    ("query", "person"),
    [
        ("Токтогулов", "toktogulov"),
        ("Азамат Токтогулов", "toktogulov"),
        ("Kadyrbekov", "toktogulov"),
        ("Seitkali", "seitkali"),
        ("Сейткали", "seitkali"),
        ("Aigerim Seitkali", "seitkali"),
        ("Aigerim Nurlankyzy", "seitkali"),
        ("Kurbanova", "kurbonova"),  # a spelling of one part: fuzzy
        ("Курбонова", "kurbonova"),
        ("Ergashbaeva", "kurbonova"),  # the Russian ending of the Uzbek -boeva
        ("Феруза Эргашбаева Курбанова", "kurbonova"),
        ("Chevtsova", "khabibullina"),  # French ch
        ("Natal'ya Khabibullina", "khabibullina"),
        ("Natalia Habibulina", "khabibullina"),
        ("Kadyrbekov-Toktogulov", "toktogulov"),  # the whole still finds it
        ("Кадырбековтоктогулов", "toktogulov"),
    ],
)
def test_one_part_of_a_double_surname_finds_the_person(
    surnames: DoubleSurnames, query: str, person: str
) -> None:
    assert surnames.find(query)[:1] == [person]


def test_a_part_does_not_find_a_look_alike_of_it(surnames: DoubleSurnames) -> None:
    assert "toktogulov_alone" not in surnames.find("Токтогулов")
    assert "toktogulov" not in surnames.find("Toktobekov")


def test_a_part_in_prose_is_found_and_marked_from_another_script(
    surnames: DoubleSurnames,
) -> None:
    assert "prose" in surnames.find("Toktogulova")  # the genitive, as the narrative has it
    assert "prose" in surnames.find("Jalal")  # a part of a place name too
    assert surnames.find("Jalal Abad")[:1] == ["case"]  # two words find the hyphenated one
    assert surnames.find("Jalalabad")[:1] == ["case"]  # and the joined word still does
    with surnames.vault.read() as session:
        hits = search(session, "Toktogulova", complete_last_word=False)
    prose = [bracketed_snippet(hit.snippet) for hit in hits if hit.kind == "testimony"]
    assert prose == ["Кадырбеков-[Токтогулова] допрашивали в Джалал-Абаде."]


def _index_as_before_parts(vault: Vault) -> None:
    """Index every person as Sandiq did before the parts were indexed: the joined key only."""
    with vault.transaction() as session:
        clear_index(session)
        for person in session.scalars(select(Person)):
            name = person.name
            joined = replace(
                indexed_text("person", person),  # type: ignore[arg-type]
                names=fold(name),
                name_words=frozenset(fold_tokens(name)),
            )
            put_document(session, person.id, "person", None, joined)
        set_meta(session, INDEXED_FIELDS_KEY, "2")


def test_a_vault_indexed_before_parts_is_reindexed_when_opened(vault_dir: Path) -> None:
    created = create_vault(vault_dir, PASSPHRASE, kdf=FAST_KDF)
    with created.vault.transaction() as session:
        created.vault.writer(session).create("person", {"name": PERSONS["toktogulov"]})
    _index_as_before_parts(created.vault)
    created.vault.lock()

    vault = unlock(vault_dir, PASSPHRASE, rebuild_stale_index=False)
    assert not vault.search_index_is_current()
    with vault.read() as session:
        assert search(session, "Токтогулов", complete_last_word=False) == []
    vault.lock()

    vault = unlock(vault_dir, PASSPHRASE)  # as scripts do; the GUI and CLI show progress
    try:
        assert vault.search_index_is_current()
        with vault.read() as session:
            hits = search(session, "Токтогулов", complete_last_word=False)
        assert [bracketed_snippet(hit.snippet) for hit in hits] == [
            "Azamat Kadyrbekov-[Toktogulov]"
        ]
    finally:
        vault.lock()
