"""The Cases filter finds a title that names someone in another grammatical case, as Search
does: "Дело Гулноры Шамсутдиновой" for Гулнора, Gulnora or Shamsutdinova. Before, the filter
began the typed word (gulnora*) and the title's folded word (gulnori) was another word."""

from __future__ import annotations

import pytest

from desktop_app.core import listing
from desktop_app.core.vault import Vault

INFLECTED = "Дело Гулноры Шамсутдиновой"
TOSHKENT = "Toshkentdagi namoyish"
OTHER = "Дело Нодиры Каримовой"


@pytest.fixture
def vault(tmp_vault: Vault) -> Vault:
    with tmp_vault.transaction() as session:
        writer = tmp_vault.writer(session)
        writer.create("case", {"reference": "UZ-2026-0001", "title": INFLECTED})
        writer.create("case", {"reference": "UZ-2026-0002", "title": TOSHKENT})
        writer.create("case", {"reference": "UZ-2026-0003", "title": OTHER})
    return tmp_vault


def _titles(vault: Vault, typed: str) -> list[str]:
    flt = listing.ListFilter(text=typed)
    with vault.read() as session:
        rows = listing.fetch_page(session, "case", flt)
        assert listing.count_rows(session, "case", flt) == len(rows)
    return sorted(row.title for row in rows)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Гулнора", [INFLECTED]),  # the genitive Гулноры
        ("Gulnora", [INFLECTED]),  # in Latin letters
        ("Шамсутдинова", [INFLECTED]),  # the genitive Шамсутдиновой
        ("Gulnora Shamsutdinova", [INFLECTED]),
        ("Toshkent", [TOSHKENT]),  # begun, as before
        ("Ташкент", [TOSHKENT]),  # Toshkentdagi: an Uzbek suffix, in Cyrillic
        ("Гулнора -Шамсутдинова", []),  # a minus leaves out the inflected form too
        ("Каримова", [OTHER]),
        ("Нодирбек", []),  # an inflected form is a whole word: Нодиры is no form of it
    ],
)
def test_cases_filter_finds_a_name_in_another_case(
    vault: Vault, typed: str, expected: list[str]
) -> None:
    assert _titles(vault, typed) == expected
