"""Recall and precision of name search on tests/vectors/name_queries.json, through a real vault.

The vault holds every name of the test set: each person's canonical spelling as a person
record, each place's as the place of an event, and each look-alike (the distractors: other
people and places, feminine forms) as a record of its own, because a real archive holds those
too. Every spelling and every distractor is then typed into ``search`` as a query.

* **Recall**: spellings whose results include their entity's record.
* **Precision**: of the name records found by all queries, those that are right. A record is
  right for a spelling if its name holds the entity's whole name (``Askarov`` rightly finds
  ``Azimjan Askarov``); a distractor query finding the entity it resembles counts against.

``names_only=True`` leaves the look-alikes out of the vault: a query for ``Askerov`` is then a
misspelling of the only name near it and is "corrected" to ``Askarov``, which counts against
precision. Both figures are printed by the benchmark.

Queries are complete words (``complete_last_word=False``): the search box also completes the
word being typed (``Nurmat`` finds ``Nurmatov`` while no ``Nurmat`` is held), which
``measure(..., as_typed=True)`` counts too; the benchmark prints both.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from uuid import UUID

from desktop_app.core.search.folding import fold_tokens
from desktop_app.core.search.service import search
from desktop_app.core.vault import Vault

VECTORS = Path(__file__).parents[1] / "vectors" / "name_queries.json"


@dataclass(frozen=True)
class NameSearchFigures:
    """What the test set measured."""

    spellings: int
    found: int
    right: int
    wrong: int
    misses: tuple[str, ...]
    wrong_finds: tuple[str, ...]

    @property
    def recall(self) -> float:
        """Share of spellings that found their entity."""
        return self.found / self.spellings

    @property
    def precision(self) -> float:
        """Share of name records found that were right."""
        return self.right / max(1, self.right + self.wrong)


def load_entities() -> list[dict[str, Any]]:
    """The test set's entities."""
    return json.loads(VECTORS.read_text(encoding="utf-8"))["entities"]


def _key(name: str) -> Counter[str]:
    return Counter(fold_tokens(name))


def fill_with_names(vault: Vault, entities: list[dict[str, Any]], names_only: bool) -> dict:
    """Store every canonical name (and look-alike unless names_only); returns, by record id,
    the folded name the record holds."""
    held: dict[UUID, Counter[str]] = {}
    seen: set[tuple[str, ...]] = set()
    with vault.transaction() as session:
        writer = vault.writer(session)
        case = writer.create("case", {"reference": "VEC-1", "title": "Name test set"})
        session.flush()
        for entity in entities:
            names = [(entity["canonical"], entity["kind"])]
            if not names_only:
                names += [(d, entity["kind"]) for d in entity["distractors"]]
            for name, kind in names:
                key = tuple(sorted(fold_tokens(name)))
                if key in seen:  # a look-alike that is another entity's canonical name
                    continue
                seen.add(key)
                if kind == "person":
                    record = writer.create("person", {"name": name})
                else:
                    record = writer.create(
                        "event", {"case": str(case.id), "act_type": "other", "place": name}
                    )
                held[record.id] = _key(name)
    return held


def measure(
    vault: Vault, entities: list[dict[str, Any]], held: dict, *, as_typed: bool = False
) -> NameSearchFigures:
    """Type every spelling and distractor into search and count what it finds; as_typed
    completes each query's last word, as the search box does."""
    canonical = {e["id"]: _key(e["canonical"]) for e in entities}
    owner = {tuple(sorted(k.elements())): e["id"] for e in entities for k in [canonical[e["id"]]]}
    found = right = wrong = spellings = 0
    misses: list[str] = []
    wrong_finds: list[str] = []
    with vault.read() as session:
        for entity in entities:
            mine = canonical[entity["id"]]
            for spelling in entity["spellings"]:
                spellings += 1
                found_hits = search(session, spelling, limit=200, complete_last_word=as_typed)
                hits = [h.record_id for h in found_hits]
                names = [held[h] for h in hits if h in held]
                if any(owner.get(tuple(sorted(n.elements()))) == entity["id"] for n in names):
                    found += 1
                else:
                    misses.append(spelling)
                for name in names:
                    if not mine - name:  # the record's name holds the whole entity name
                        right += 1
                    else:
                        wrong += 1
                        wrong_finds.append(f"{spelling} -> {' '.join(name.elements())}")
            for distractor in entity["distractors"]:
                typed = _key(distractor)
                for hit in search(session, distractor, limit=200, complete_last_word=as_typed):
                    name = held.get(hit.record_id)
                    is_entity = name is not None and tuple(sorted(name.elements())) in owner
                    if is_entity and name - typed:  # an entity the look-alike does not name
                        wrong += 1
                        wrong_finds.append(f"{distractor} -> {' '.join(name.elements())}")
    return NameSearchFigures(spellings, found, right, wrong, tuple(misses), tuple(wrong_finds))
