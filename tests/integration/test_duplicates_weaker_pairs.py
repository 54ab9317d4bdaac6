"""Duplicate persons among many namesakes: pairs of a common name with only a birth year in
common are weaker pairs, listed after every likely pair (and by the CLI only with --all); a
birth date or a case in common keeps a pair likely however common the name."""

from __future__ import annotations

import json
from typing import Any
from uuid import UUID

from desktop_app.core.duplicates import CHANCE_NAMESAKES, ReasonCode, find_duplicate_persons
from desktop_app.core.vault import Vault
from tests.integration.conftest import Sandiq

# 16 holders of one name, two of them born in each year: 8 pairs by the year alone.
NAMESAKES = [{"name": "Karimov Rustam", "birth_date": str(1960 + i // 2)} for i in range(16)]
RARE = [{"name": "Shamsutdinov Ikrom"}, {"name": "Шамсутдинов Икром"}]


def add_persons(vault: Vault, *persons: dict[str, Any]) -> list[UUID]:
    with vault.transaction() as session:
        writer = vault.writer(session)
        return [writer.create("person", p).id for p in persons]


def pairs(vault: Vault) -> dict[frozenset[UUID], Any]:
    with vault.read() as session:
        return {frozenset((c.a, c.b)): c for c in find_duplicate_persons(session)}


def test_namesakes_born_the_same_year_are_weaker_pairs_after_the_likely_ones(
    tmp_vault: Vault,
) -> None:
    assert len(NAMESAKES) > CHANCE_NAMESAKES
    rare = frozenset(add_persons(tmp_vault, *RARE))
    add_persons(tmp_vault, *NAMESAKES)
    with tmp_vault.read() as session:
        found = find_duplicate_persons(session)
    # Before, the 8 namesake pairs scored 0.83 each, above the pair really entered twice (0.8).
    assert [frozenset((c.a, c.b)) for c in found[:1]] == [rare]
    assert found[0].is_likely and found[0].score == 0.8
    weaker = found[1:]
    assert len(weaker) == 8
    assert not any(c.is_likely for c in weaker)
    assert {c.score for c in weaker} == {0.42}  # 0.95 less 0.135 * log2(15)
    assert [r.code for r in weaker[0].reasons] == [
        ReasonCode.SAME_WRITTEN_NAME,
        ReasonCode.SAME_BIRTH_YEAR,
        ReasonCode.COMMON_NAME,
    ]


def test_a_birth_date_or_a_case_in_common_keeps_namesakes_likely(tmp_vault: Vault) -> None:
    with tmp_vault.transaction() as session:
        writer = tmp_vault.writer(session)
        case = writer.create("case", {"reference": "UZ-2019-0007", "title": "Andijan"})
        in_case = [writer.create("person", {"name": "Rustam Karimov"}) for _ in range(2)]
        for person in in_case:
            party = {"case": str(case.id), "person": str(person.id), "role": "victim"}
            writer.create("case_party", party)
    same_day = add_persons(
        tmp_vault,
        {"name": "Karimov Rustam", "birth_date": "1960-05-01"},
        {"name": "Каримов Рустам", "birth_date": "1960-05-01"},
    )
    add_persons(tmp_vault, *NAMESAKES)
    found = pairs(tmp_vault)
    by_date = found[frozenset(same_day)]
    # Before, the same day counted as the same year (0.8, like 12 other pairs), and two
    # namesakes of unknown birth year were never paired, even in one case.
    assert by_date.is_likely and by_date.score == 0.92  # 0.8 + 0.7 less 0.135 * log2(19)
    assert by_date.reasons[1].message == "both born on 1960-05-01"
    by_case = found[frozenset(person.id for person in in_case)]
    assert by_case.is_likely and by_case.score == 0.92
    assert [r.message for r in by_case.reasons][1:] == [
        "both in case UZ-2019-0007",
        "20 people have this name",
    ]
    assert sum(c.is_likely for c in found.values()) == 2
    assert set(list(found.values())[:2]) == {by_date, by_case}


def test_cli_lists_the_weaker_pairs_only_when_asked(tmp_vault: Vault, sandiq: Sandiq) -> None:
    add_persons(tmp_vault, *RARE, *NAMESAKES)
    tmp_vault.lock()
    run = sandiq.ok("person", "duplicates")
    assert run.stdout.splitlines()[0].startswith("0.80\t")
    assert len(run.stdout.splitlines()) == 1
    assert run.stderr == "8 weaker pairs not listed (--all lists them)\n"
    listed = json.loads(sandiq.ok("person", "duplicates", "--all", "--json").stdout)
    assert [(pair["score"], pair["likely"]) for pair in listed] == [(0.8, True)] + [
        (0.42, False)
    ] * 8
