"""The list filters read a filter as Search reads a query, where a list can: a -word leaves out
the rows it matches (it used to be read as the word itself: `-Toshkent` showed the Toshkent
case, `Nazar -Shuhratjon` only Shuhratjon), a "quoted phrase" is its words in a row, and a
word is also found in the spellings Search makes of it (Kurbanova, Schuchrat, Makhlie)."""

from __future__ import annotations

import pytest

from desktop_app.core import listing
from desktop_app.core.filter_words import FilterPart, read_filter
from desktop_app.core.vault import Vault

SHUHRATJON = "Shuhratjon Nazarqulov"
SHUHRAT = "Шухрат Назаров"
MAHLIYO = "Эргашбоева-Қурбонова Махлиё"
PROTECTED = "Dilshod Rahimov"
TASHKENT_CASE = "Detention in Toshkent"
ANDIJAN_CASE = "Beating in Andijan"


@pytest.fixture
def vault(tmp_vault: Vault) -> Vault:
    """Three people (one protected, known in reports as Guvoh A), two cases, and a testimony
    by each of Mahliyo, Shuhratjon and the protected witness."""
    with tmp_vault.transaction() as session:
        writer = tmp_vault.writer(session)
        shuhratjon = writer.create("person", {"name": SHUHRATJON})
        writer.create("person", {"name": SHUHRAT})
        mahliyo = writer.create("person", {"name": MAHLIYO})
        protected = writer.create(
            "person", {"name": PROTECTED, "protected": True, "pseudonym": "Guvoh A"}
        )
        tashkent = writer.create("case", {"reference": "UZ-2024-0001", "title": TASHKENT_CASE})
        andijan = writer.create("case", {"reference": "UZ-2024-0002", "title": ANDIJAN_CASE})
        for case, witness in ((tashkent, mahliyo), (andijan, shuhratjon), (andijan, protected)):
            writer.create("testimony", {"case": str(case.id), "witness": str(witness.id)})
    return tmp_vault


def _shown(vault: Vault, kind: str, typed: str) -> list[str]:
    """What the list shows for typed (its names, titles or witnesses), checked against its count."""
    flt = listing.ListFilter(text=typed)
    with vault.read() as session:
        rows = listing.fetch_page(session, kind, flt)
        assert listing.count_rows(session, kind, flt) == len(rows)
    field = {"person": "name", "case": "title", "testimony": "witness_name"}[kind]
    return sorted(getattr(row, field) for row in rows)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("-Toshkent", [ANDIJAN_CASE]),  # as written
        ("-Ташкент", [ANDIJAN_CASE]),  # in another script and spelling
        ("UZ-2024 -Toshkent", [ANDIJAN_CASE]),
        ('-"in Toshkent"', [ANDIJAN_CASE]),  # a phrase left out
        ("-UZ-2024-0002", [TASHKENT_CASE]),  # a reference left out
        ("--Andij", [TASHKENT_CASE]),  # as Search reads --x
    ],
)
def test_a_minus_word_leaves_cases_out(vault: Vault, typed: str, expected: list[str]) -> None:
    assert _shown(vault, "case", typed) == expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("-", [ANDIJAN_CASE, TASHKENT_CASE]),  # a bare minus is text: every reference has one
        ("UZ-2024", [ANDIJAN_CASE, TASHKENT_CASE]),  # a hyphen inside a word
        ("UZ-2024-0001", [TASHKENT_CASE]),
        ('"UZ-2024-0001"', [TASHKENT_CASE]),  # the quotes are no part of the reference
        ("«Detention in»", [TASHKENT_CASE]),
        ('"in Toshkent', [TASHKENT_CASE]),  # a quote left unpaired is dropped
        ('"Toshkent Detention"', []),  # a phrase is its words in a row
    ],
)
def test_hyphens_and_quotes_in_a_case_filter(vault: Vault, typed: str, expected: list[str]) -> None:
    assert _shown(vault, "case", typed) == expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Nazar -Shuhratjon", [SHUHRAT]),
        ("Nazar -Шухратжон", [SHUHRAT]),
        ("Nazar -Shuhrat", []),  # a -word leaves out what the word finds: names it begins
        ('"Шухрат Назаров"', [SHUHRAT]),
        ('"Назаров Шухрат"', []),
        ("-Nazar", [PROTECTED, MAHLIYO]),  # alone: every other row
    ],
)
def test_a_minus_word_leaves_people_out(vault: Vault, typed: str, expected: list[str]) -> None:
    assert _shown(vault, "person", typed) == sorted(expected)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Kurbanova", [MAHLIYO]),  # a for the Uzbek o, as Russian writes it
        ("Курбанова", [MAHLIYO]),
        ("Makhlie", [MAHLIYO]),  # ie for иё
        ("Makhlie Kurbanova", [MAHLIYO]),
        ("Schuchrat", [SHUHRATJON, SHUHRAT]),  # German; the beginning of Shuhratjon too
        ("Schuchrat -Shuhratjon", [SHUHRAT]),
        ("Nazarkulow", [SHUHRATJON]),
    ],
)
def test_people_filter_finds_the_spellings_search_makes(
    vault: Vault, typed: str, expected: list[str]
) -> None:
    assert _shown(vault, "person", typed) == sorted(expected)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Kurbanova", [MAHLIYO]),
        ("-Kurbanova", [PROTECTED, SHUHRATJON]),
        ("UZ-2024 -Nazarqulov", [PROTECTED, MAHLIYO]),
        ("UZ-2024-0002 -Nazarqulov", [PROTECTED]),
    ],
)
def test_testimonies_filter_leaves_out_and_finds_spellings(
    vault: Vault, typed: str, expected: list[str]
) -> None:
    assert _shown(vault, "testimony", typed) == sorted(expected)


def test_a_protected_witness_is_found_by_what_each_list_shows(vault: Vault) -> None:
    # The Testimonies row shows a protected witness by name (the pseudonym is for reports),
    # so the filter finds the name there; People shows the pseudonym too, and finds it.
    assert _shown(vault, "testimony", "Rahimov") == [PROTECTED]
    assert _shown(vault, "testimony", "Guvoh A") == []
    assert _shown(vault, "person", "Guvoh A") == [PROTECTED]


@pytest.mark.parametrize(
    ("typed", "wanted", "excluded"),
    [
        ("a -b", [FilterPart("a")], [FilterPart("b")]),
        ('"a b" -"c d"', [FilterPart("a b", True)], [FilterPart("c d", True)]),
        ("- UZ-1", [FilterPart("-"), FilterPart("UZ-1")], []),
        ("-* x", [FilterPart("-*"), FilterPart("x")], []),  # no letter: text, not a word
        ('-"" x', [FilterPart("x")], []),
    ],
)
def test_how_a_filter_is_read(
    typed: str, wanted: list[FilterPart], excluded: list[FilterPart]
) -> None:
    read = read_filter(typed)
    assert (list(read.wanted), list(read.excluded)) == (wanted, excluded)
