"""The name and place test set (tests/vectors/name_queries.json) against exact folding.

Folding alone is meant to be precise, not complete: it must never merge a distractor with the
name it resembles, and it resolves most spellings; the rest (mostly Uzbek o for Russian a, as in
Yoʻldoshev / Юлдашев) is left to the fuzzy name layer. The figures are printed so a change to
the rules shows what it gains or costs.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from desktop_app.core.search.folding import fold, fold_tokens

VECTORS = Path(__file__).parents[1] / "vectors" / "name_queries.json"
RESOLVED_AT_LEAST = 0.85  # raise it when the rules improve; never lower it to pass a change


def name_key(name: str) -> tuple[str, ...]:
    """Names are compared as multisets of folded words: word order does not matter."""
    return tuple(sorted(fold_tokens(name)))


def edit_distance(a: str, b: str) -> int:
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        previous = current
    return previous[-1]


@pytest.fixture(scope="module")
def entities() -> list[dict[str, Any]]:
    return json.loads(VECTORS.read_text(encoding="utf-8"))["entities"]


def spellings(entities: list[dict[str, Any]]) -> Iterator[tuple[dict[str, Any], str]]:
    for entity in entities:
        for spelling in entity["spellings"]:
            yield entity, spelling


def test_vector_file_is_well_formed(entities: list[dict[str, Any]]) -> None:
    assert len(entities) >= 70
    assert len({e["id"] for e in entities}) == len(entities)
    for entity in entities:
        assert entity["kind"] in ("person", "place")
        assert entity["spellings"], entity["id"]
        names = [entity["canonical"], *entity["spellings"], *entity["distractors"]]
        assert all(isinstance(n, str) and n.strip() for n in names), entity["id"]
        assert len(set(names)) == len(names), entity["id"]


def test_folding_never_merges_a_distractor_with_its_name(entities: list[dict[str, Any]]) -> None:
    merged = [
        (entity["canonical"], distractor)
        for entity in entities
        for distractor in entity["distractors"]
        if name_key(distractor)
        in {name_key(n) for n in [entity["canonical"], *entity["spellings"]]}
    ]
    assert merged == []


def test_no_two_names_share_a_folded_key(entities: list[dict[str, Any]]) -> None:
    keys = [name_key(e["canonical"]) for e in entities]
    assert len(set(keys)) == len(keys)


def test_fold_is_stable_on_every_name(entities: list[dict[str, Any]]) -> None:
    # Folding a folded name changes nothing, so stored keys can be compared with fresh ones.
    names = [n for e in entities for n in [e["canonical"], *e["spellings"], *e["distractors"]]]
    assert [n for n in names if fold(fold(n)) != fold(n)] == []


def test_exact_folding_resolves_most_spellings(
    entities: list[dict[str, Any]], capsys: pytest.CaptureFixture[str]
) -> None:
    pairs = list(spellings(entities))
    unresolved = [
        (" ".join(name_key(spelling)), " ".join(name_key(entity["canonical"])))
        for entity, spelling in pairs
        if name_key(spelling) != name_key(entity["canonical"])
    ]
    resolved = len(pairs) - len(unresolved)
    distractors = [
        (" ".join(name_key(d)), " ".join(name_key(e["canonical"])))
        for e in entities
        for d in e["distractors"]
    ]
    # What a plain edit distance on folded keys would add, to size the fuzzy layer's job.
    near = {
        limit: (
            sum(edit_distance(a, b) <= limit for a, b in unresolved),
            sum(edit_distance(a, b) <= limit for a, b in distractors),
        )
        for limit in (1, 2)
    }
    with capsys.disabled():  # shown in every run, not only on failure
        print(
            f"\nname vectors: {len(entities)} names, {len(pairs)} spellings, {len(distractors)} "
            f"distractors; exact folding resolves {resolved}/{len(pairs)} "
            f"({resolved / len(pairs):.1%}) and merges 0 distractors; of the {len(unresolved)} "
            f"left, edit distance <=1 reaches {near[1][0]} (and {near[1][1]} distractors), "
            f"<=2 reaches {near[2][0]} (and {near[2][1]} distractors)"
        )
    assert resolved / len(pairs) >= RESOLVED_AT_LEAST
