"""The People filter finds the people Search finds for a name typed in any script or spelling.

A tester filtered People by Xo'jayev and saw 24 rows, by Ходжаев 40: the Russian spelling of
Xoʻjayev writes its oʻ as о, which the filter read only one way (Ходжаев as Хўжаев). The
filter also missed what Search's fuzzy tier finds among the vault's names: a typo (Yuldahseva),
an inflected form (Ибрагимовым) and spelling variants folding does not unify.
"""

from __future__ import annotations

import pytest

from desktop_app.core import listing
from desktop_app.core.search.service import search_results
from desktop_app.core.vault import Vault

XOJAYEVS = ("Ilhom Xoʻjayev", "Ильхом Ходжаев", "Ulugbek Khodzhaev", "Sherzod Hojayev")
KHUZHAEV = "Хуршид Хўжаев"
OTHERS = (
    "Gulnoza Yuldasheva",
    "Bahtiyor Ibragimov",
    "Rustam Tukhvatullin",
    "Rustam Tukhbatullin",
    "Dildora Sultonova",
)


@pytest.fixture
def vault(tmp_vault: Vault) -> Vault:
    """One surname in Uzbek Latin and Cyrillic, Russian and English, and some other people."""
    with tmp_vault.transaction() as session:
        writer = tmp_vault.writer(session)
        for name in (*XOJAYEVS, KHUZHAEV, *OTHERS):
            writer.create("person", {"name": name})
    return tmp_vault


def _shown(vault: Vault, typed: str, kind: str = "person") -> list[str]:
    """The names (or witnesses) the list shows for typed, checked against its count."""
    flt = listing.ListFilter(text=typed)
    with vault.read() as session:
        rows = listing.fetch_page(session, kind, flt)
        assert listing.count_rows(session, kind, flt) == len(rows)
    field = "witness_name" if kind == "testimony" else "name"
    return sorted(getattr(row, field) for row in rows)


ALL_XOJAYEVS = sorted((*XOJAYEVS, KHUZHAEV))


@pytest.mark.parametrize("typed", ["Xo'jayev", "Xoʻjayev", "Хўжаев", "Ходжаев", "Khodjaev"])
def test_one_surname_in_any_spelling_shows_the_same_people(vault: Vault, typed: str) -> None:
    assert _shown(vault, typed) == ALL_XOJAYEVS


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Yuldahseva", ["Gulnoza Yuldasheva"]),  # a typo Search corrects
        ("Gulnoza Yuldesheva", ["Gulnoza Yuldasheva"]),
        ("Sultnova", ["Dildora Sultonova"]),
        ("Ибрагимовым", ["Bahtiyor Ibragimov"]),  # a case form of a held name
        ("Tukhvatullin", ["Rustam Tukhvatullin"]),  # a held name is never "corrected"
    ],
)
def test_people_filter_reads_a_name_as_search_does(
    vault: Vault, typed: str, expected: list[str]
) -> None:
    assert _shown(vault, typed) == expected


@pytest.mark.parametrize(
    "typed",
    ["Xo'jayev", "Ходжаев", "Yuldahseva", "Gulnoza Yuldesheva", "Sultnova", "Ибрагимовым"],
)
def test_people_filter_shows_every_person_search_finds(vault: Vault, typed: str) -> None:
    with vault.read() as session:
        hits = search_results(session, typed, limit=100).hits
        found = {hit.record_id for hit in hits if hit.kind == "person"}
        shown = {row.id for row in listing.fetch_page(session, "person", listing.ListFilter(typed))}
    assert found
    assert found <= shown


def test_testimonies_filter_finds_a_witness_by_a_typo(vault: Vault) -> None:
    with vault.transaction() as session:
        writer = vault.writer(session)
        case = writer.create("case", {"reference": "UZ-2024-0001", "title": "Detention"})
        witness = next(
            row for row in listing.fetch_page(session, "person", listing.ListFilter("Yuldasheva"))
        )
        writer.create("testimony", {"case": str(case.id), "witness": str(witness.id)})
    assert _shown(vault, "Yuldahseva", "testimony") == ["Gulnoza Yuldasheva"]
