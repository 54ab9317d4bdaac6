"""The People, Cases and Testimonies filters find a name in any script or spelling, as Search and
the person picker do: typed with the ASCII apostrophe most Uzbeks use, in Cyrillic for Latin,
without the oʻ mark, or as one of the person's other names. Before, the filter was a LIKE on the
main name as written, and a user who saw "0 records" created a duplicate."""

from __future__ import annotations

import pytest

from desktop_app.core import listing
from desktop_app.core.vault import Vault

GAYRAT = "Gʻayrat Oʻrinboyev"
OTHER_GAYRAT = "Ғайрат Каримов"
PROTECTED = "Shuhrat Qodirov"
CASE_TITLE = f"Detention of {GAYRAT}"


@pytest.fixture
def vault(tmp_vault: Vault) -> Vault:
    """Two Gʻayrats (one in Cyrillic), a protected witness, a deleted Gʻayrat, a case titled
    with the first one's name, and one that names him in its summary only."""
    with tmp_vault.transaction() as session:
        writer = tmp_vault.writer(session)
        gayrat = writer.create("person", {"name": GAYRAT, "other_names": ["Гайратжон Урунбаев"]})
        writer.create("person", {"name": OTHER_GAYRAT})
        shuhrat = writer.create(
            "person", {"name": PROTECTED, "protected": True, "pseudonym": "Witness B"}
        )
        writer.delete(writer.create("person", {"name": "Gʻayrat Deleted"}))
        titled = writer.create("case", {"reference": "UZ-2024-0001", "title": CASE_TITLE})
        mentioned = writer.create(
            "case",
            {"reference": "KG-2010-0007", "title": "Osh", "summary": f"{GAYRAT} saw it."},
        )
        for case, witness, date in ((titled, gayrat, "2024-03-01"), (mentioned, shuhrat, "2010")):
            writer.create(
                "testimony", {"case": str(case.id), "witness": str(witness.id), "date": date}
            )
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
        ("G'ayrat", [GAYRAT, OTHER_GAYRAT]),  # the ASCII apostrophe
        ("G‘ayrat", [GAYRAT, OTHER_GAYRAT]),  # a typographic quote
        ("O'rinboyev", [GAYRAT]),
        ("Ғайрат", [GAYRAT, OTHER_GAYRAT]),  # Cyrillic for Latin
        ("gayrat", [GAYRAT, OTHER_GAYRAT]),
        ("Orinboev", [GAYRAT]),  # oʻ typed without its mark
        ("Ўринбоев", [GAYRAT]),
        ("Gayrat Urinboev", [GAYRAT]),
        ("G'ayrat O'rinboyev", [GAYRAT]),
        ("O'rinb", [GAYRAT]),  # the beginning of a word, while it is typed
        ("Гайратжон Урунбаев", [GAYRAT]),  # an other name, word for word
        ("Gayratjon Urunbayev", [GAYRAT]),  # an other name, spelt otherwise
        ("Gayrat K", [OTHER_GAYRAT]),  # a last word of one letter
        ("Шуҳрат", [PROTECTED]),
    ],
)
def test_people_filter_finds_a_name_in_any_spelling(
    vault: Vault, typed: str, expected: list[str]
) -> None:
    assert _shown(vault, "person", typed) == expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("rinboy", [GAYRAT]),  # part of a word, as written, as before
        ("Gʻayrat", [GAYRAT, OTHER_GAYRAT]),
        ("Witness B", [PROTECTED]),  # a pseudonym as written, as before
        ("Deleted", []),
        ("zzz", []),
    ],
)
def test_people_filter_keeps_finding_what_is_written(
    vault: Vault, typed: str, expected: list[str]
) -> None:
    assert _shown(vault, "person", typed) == expected


@pytest.mark.parametrize(
    "typed", ["G'ayrat", "Ғайрат", "Orinboev", "gayrat urinb", "UZ-2024", "Detention"]
)
def test_cases_filter_finds_a_title_in_any_spelling(vault: Vault, typed: str) -> None:
    # Only the case titled with the name: the other names him in its summary, which the row
    # does not show.
    assert _shown(vault, "case", typed) == [CASE_TITLE]


@pytest.mark.parametrize("typed", ["Ғайрат Ўринбоев", "G'ayrat", "Gayratjon"])
def test_testimonies_filter_finds_a_witness_in_any_spelling(vault: Vault, typed: str) -> None:
    assert _shown(vault, "testimony", typed) == [GAYRAT]


@pytest.mark.parametrize(
    ("typed", "people"),
    [
        ('"', []),
        ("*", []),
        ("NEAR(", []),
        ("names : x", []),
        ("-", []),
        ("a_b%", []),
        ("G'ayrat \"", [GAYRAT, OTHER_GAYRAT]),  # a quote is no word of a name
    ],
)
def test_search_syntax_typed_in_a_filter_is_only_text(
    vault: Vault, typed: str, people: list[str]
) -> None:
    assert _shown(vault, "person", typed) == people
    for kind in ("case", "testimony"):
        _shown(vault, kind, typed)  # read and counted without an error
