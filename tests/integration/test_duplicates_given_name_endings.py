"""Duplicate persons: a given name with an Uzbek ending (Gulnoraxon, Akmaljon) is the same
name, and a one-word other name stands for a word of the name."""

from __future__ import annotations

from typing import Any
from uuid import UUID

import pytest

from desktop_app.core.duplicates import ReasonCode, find_duplicate_persons
from desktop_app.core.person_merge import merge_persons
from desktop_app.core.vault import Vault


def add_persons(vault: Vault, *persons: dict[str, Any]) -> list[UUID]:
    with vault.transaction() as session:
        writer = vault.writer(session)
        return [writer.create("person", p).id for p in persons]


def listed(vault: Vault) -> dict[frozenset[UUID], Any]:
    with vault.read() as session:
        return {frozenset((c.a, c.b)): c for c in find_duplicate_persons(session)}


def test_the_testers_three_gulnoras_are_paired_before_and_after_the_first_merge(
    tmp_vault: Vault,
) -> None:
    # Before, only the Cyrillic/Latin pair was listed, and after merging it Gulnoraxon was
    # never offered though the kept person holds "Gulnoraxon" and the same surname.
    cyrillic, latin, with_xon = add_persons(
        tmp_vault,
        {"name": "Шамсутдинова Гулнора", "birth_date": "1985"},
        {"name": "Gulnora Shamsutdinova", "birth_date": "1985", "other_names": ["Gulnoraxon"]},
        {"name": "Gulnoraxon Shamsutdinova"},
    )
    found = listed(tmp_vault)
    assert set(found) == {frozenset((cyrillic, latin)), frozenset((latin, with_xon))}
    by_other_name = found[frozenset((latin, with_xon))]
    assert by_other_name.score == 0.8
    assert {*by_other_name.reasons[0].details} == {
        "Gulnora Shamsutdinova (Gulnoraxon)",
        "Gulnoraxon Shamsutdinova",
    }
    with tmp_vault.transaction() as session:
        merge_persons(tmp_vault.writer(session), cyrillic, latin)
    (candidate,) = listed(tmp_vault).values()
    assert {candidate.a, candidate.b} == {cyrillic, with_xon}
    assert candidate.score == 0.8


def test_a_given_name_with_an_ending_is_listed_below_the_same_name(tmp_vault: Vault) -> None:
    with_jon, without = add_persons(
        tmp_vault, {"name": "Akmaljon Karimov"}, {"name": "Акмал Каримов", "sex": "male"}
    )
    (candidate,) = listed(tmp_vault).values()
    assert {candidate.a, candidate.b} == {with_jon, without}
    assert candidate.score == 0.65
    (reason,) = candidate.reasons
    assert reason.code is ReasonCode.NAME_WITH_ENDING
    names = {with_jon: "'Akmaljon Karimov'", without: "'Акмал Каримов'"}
    assert reason.message == (
        f"the same name, one with the ending -jon: {names[candidate.a]} and {names[candidate.b]}"
    )


@pytest.mark.parametrize(
    ("one", "other", "score"),
    [
        ("Gulnoraxon Shamsutdinova", "Gulnora Shamsutdinova", 0.65),
        ("Гулнорахон Шамсутдинова", "Gulnora Shamsutdinova", 0.65),
        ("Gulnorabonu Shamsutdinova", "Gulnora Shamsutdinova", 0.65),
        ("Ахмаджон Каримов", "Ahmad Karimov", 0.65),  # the d of дж belongs to Ахмад
        ("Akmaldjon Karimov", "Akmal Karimov", 0.65),
        ("Akmalbek Karimov", "Akmal Karimov", 0.65),  # -bek is an ending too (see the docs)
        ("Tursunoy Karimova", "Tursun Karimova", 0.65),
        ("Mohigul Karimova", "Mohi Karimova", 0.65),
        ("Gulnoraxon Shamsutdinova", "Гульнара Шамсутдинова", 0.5),  # and another spelling
        ("Karimova Dilnoza", "Dilnoza Shamsutdinova", 0.8),  # a maiden name as other name
    ],
)
def test_names_with_and_without_an_ending_are_listed(
    tmp_vault: Vault, one: str, other: str, score: float
) -> None:
    extra = {"other_names": ["Karimova"]} if other.startswith("Dilnoza") else {}
    add_persons(tmp_vault, {"name": one}, {"name": other, **extra})
    (candidate,) = listed(tmp_vault).values()
    assert candidate.score == score


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ({"name": "Gulnora Shamsutdinova"}, {"name": "Gulbahor Shamsutdinova"}),  # Gul- begins
        ({"name": "Gulnora Shamsutdinova"}, {"name": "Nora Shamsutdinova"}),
        ({"name": "Akmaljon Karimov"}, {"name": "Akmalbek Karimov"}),  # two endings
        ({"name": "Oybek Karimov"}, {"name": "Oy Karimov"}),  # Oy is too short a stem
        ({"name": "Akmaljon Karimov"}, {"name": "Karimov"}),  # a surname alone
        ({"name": "Akmaljon Karimov"}, {"name": "Akmal Rahimov"}),
        (
            {"name": "Gulnoraxon Shamsutdinova", "birth_date": "1985"},
            {"name": "Gulnora Shamsutdinova", "birth_date": "1990"},
        ),
        ({"name": "Tursunoy Karimova", "sex": "female"}, {"name": "Tursun Karimov", "sex": "male"}),
    ],
)  # fmt: skip
def test_names_that_only_look_alike_are_not_listed(
    tmp_vault: Vault, one: dict[str, str], other: dict[str, str]
) -> None:
    add_persons(tmp_vault, one, other)
    assert listed(tmp_vault) == {}


def test_a_root_more_than_two_people_hold_needs_a_birth_year_in_common(tmp_vault: Vault) -> None:
    # Akmal and Akmaljon are one name here, held by four: like any name three or more hold,
    # it pairs only people born in the same year (the two Akmals alone are listed by name).
    akmal, also_akmal, jon_1980, jon = add_persons(
        tmp_vault,
        {"name": "Akmal Karimov", "birth_date": "1980"},
        {"name": "Акмал Каримов"},
        {"name": "Akmaljon Karimov", "birth_date": "1980-02-03"},
        {"name": "Akmaljon Karimov", "birth_date": "1970"},
    )
    found = listed(tmp_vault)
    assert set(found) == {frozenset((akmal, also_akmal)), frozenset((akmal, jon_1980))}
    # 0.65 + 0.15 for the year, less 0.135 * log2(3) for the other two holders of the root
    assert found[frozenset((akmal, jon_1980))].score == 0.59
    assert [r.code for r in found[frozenset((akmal, jon_1980))].reasons] == [
        ReasonCode.NAME_WITH_ENDING,
        ReasonCode.SAME_BIRTH_YEAR,
        ReasonCode.COMMON_NAME,
    ]
    assert jon not in {person for pair in found for person in pair}
