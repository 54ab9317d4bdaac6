"""Duplicate persons in a big vault: a name many people hold is no reason on its own, the most
likely pairs come first, and the search reports progress and can be cancelled."""

from __future__ import annotations

from typing import Any
from uuid import UUID

import pytest

from desktop_app.core.duplicates import ReasonCode, find_duplicate_persons
from desktop_app.core.errors import Cancelled
from desktop_app.core.vault import Vault


def add_persons(vault: Vault, *persons: dict[str, Any]) -> list[UUID]:
    with vault.transaction() as session:
        writer = vault.writer(session)
        return [writer.create("person", p).id for p in persons]


def test_a_name_three_people_hold_is_listed_only_for_two_born_in_the_same_year(
    tmp_vault: Vault,
) -> None:
    # Before, every two of them were listed: among 20,000 people 38,244 pairs, nearly all of
    # them two people who only share a common name.
    born_1960, also_1960, _ = add_persons(
        tmp_vault,
        {"name": "Karimov Rustam", "birth_date": "1960"},
        {"name": "Каримов Рустам", "birth_date": "1960-05-01"},
        {"name": "Rustam Karimov"},
    )
    with tmp_vault.read() as session:
        (candidate,) = find_duplicate_persons(session)
    assert {candidate.a, candidate.b} == {born_1960, also_1960}
    assert candidate.score == 0.81  # 0.95, less 0.135 for the one other person of that name
    assert [reason.code for reason in candidate.reasons] == [
        ReasonCode.SAME_NAME,
        ReasonCode.SAME_BIRTH_YEAR,
        ReasonCode.COMMON_NAME,
    ]
    assert candidate.reasons[-1].message == "3 people have this name"


def test_pairs_of_rarer_names_come_first(tmp_vault: Vault) -> None:
    rare = add_persons(
        tmp_vault, {"name": "Shamsutdinov Ikrom"}, {"name": "Шамсутдинов Икром"}
    )  # only these two: listed on the name alone
    born_alike = [{"name": "Azimjan Askarov", "birth_date": "1951"}] * 2
    others = [{"name": "Azimjan Askarov", "birth_date": str(1900 + i)} for i in range(40)]
    common = add_persons(tmp_vault, *born_alike, *others)[:2]
    three = add_persons(tmp_vault, *[{"name": "Bakhtiyor Yoʻldoshev", "birth_date": "1975"}] * 3)
    with tmp_vault.read() as session:
        found = [(frozenset((c.a, c.b)), c.score) for c in find_duplicate_persons(session)]
    pairs_of_three = {frozenset((a, b)) for a in three for b in three if a != b}
    assert {pair for pair, _ in found[:3]} == pairs_of_three
    assert [score for _, score in found[:3]] == [0.81] * 3
    # A name 42 people hold: born the same year, only a weaker pair, after every likely one.
    assert found[3:] == [(frozenset(rare), 0.8), (frozenset(common), 0.22)]


def test_many_people_of_one_name_are_not_all_paired(tmp_vault: Vault) -> None:
    # Before, 300 people of one name made 44,850 pairs, each compared and listed.
    people = [{"name": "Rustam Karimov", "birth_date": str(1700 + i)} for i in range(250)]
    people += [{"name": "Каримов Рустам"}] * 50
    ids = add_persons(tmp_vault, *people)
    twice = add_persons(tmp_vault, {"name": "RUSTAM KARIMOV", "birth_date": "1811"})[0]
    with tmp_vault.read() as session:
        (candidate,) = find_duplicate_persons(session)
    assert {candidate.a, candidate.b} == {ids[111], twice}
    assert candidate.reasons[-1].message == "301 people have this name"


def test_the_search_reports_progress_and_stops_when_cancelled(tmp_vault: Vault) -> None:
    add_persons(tmp_vault, {"name": "Azimjan Askarov"}, {"name": "Азимжан Аскаров"})
    reports: list[tuple[int, int]] = []
    with tmp_vault.read() as session:
        assert len(find_duplicate_persons(session, lambda *report: reports.append(report))) == 1
        assert reports[-1][0] == reports[-1][1] > 0
        assert [done for done, _ in reports] == sorted(done for done, _ in reports)
        with pytest.raises(Cancelled):
            find_duplicate_persons(session, cancelled=lambda: True)
