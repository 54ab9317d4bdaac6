"""A text naming no one conflict (``conflict_lookup.conflict_number``) is refused with why as a
code and the details beside, so that `sandiq` says it in Russian and Uzbek from them, not by
reading core's English sentence."""

from __future__ import annotations

from uuid import UUID, uuid4

import pytest

from db.exchange_state import SyncConflict
from desktop_app.cli_conflict_lookup import given_conflict_number
from desktop_app.cli_i18n import cli_language
from desktop_app.core.dates import utc_now
from desktop_app.core.errors import InvalidInput
from desktop_app.core.exchange.conflict_lookup import (
    NEITHER,
    SEVERAL_OPEN,
    SEVERAL_RECORDS,
    TOO_SHORT,
    NoConflictNamed,
    conflict_number,
)
from desktop_app.core.vault import Vault

FIRST = UUID("abcdef01-0000-4000-8000-000000000001")
SECOND = UUID("abcdef01-0000-4000-8000-000000000002")  # its id starts as FIRST's does


@pytest.fixture
def with_conflicts(tmp_vault: Vault) -> Vault:
    """Two open conflicts about FIRST, one about SECOND."""
    with tmp_vault.transaction() as session:
        for record in (FIRST, FIRST, SECOND):
            session.add(
                SyncConflict(
                    record_kind="person",
                    record_id=record,
                    theirs={"name": "Gulnora"},
                    theirs_updated_at=utc_now(),
                    theirs_updated_by="bob",
                    sender="bob",
                    bundle_id=uuid4(),
                    detected_at=utc_now(),
                )
            )
    return tmp_vault


@pytest.mark.parametrize(
    ("given", "problem", "english", "russian"),
    [
        (
            "nonsense",
            NEITHER,
            "'nonsense' is neither a conflict number nor a record id (see sandiq conflicts)",
            "'nonsense' — не номер конфликта и не id записи (см. sandiq conflicts)",
        ),
        (
            "abcdef",
            TOO_SHORT,
            "'abcdef' is too short for a record id: give 8 or more of its hex digits, or the "
            "conflict number (see sandiq conflicts)",
            "'abcdef' — слишком короткое начало id записи: укажите не меньше 8 его "
            "шестнадцатеричных цифр или номер конфликта (см. sandiq conflicts)",
        ),
        (
            " abcdef01 ",
            SEVERAL_RECORDS,
            "abcdef01 starts the ids of 2 records with conflicts: give more of its digits",
            "с abcdef01 начинаются id 2 записей с конфликтами: укажите больше его цифр",
        ),
        (
            str(FIRST),
            SEVERAL_OPEN,
            f"record {FIRST} has 2 open conflicts (1, 2): give the conflict number",
            f"у записи {FIRST} 2 открытых конфликта (1, 2): укажите номер конфликта",
        ),
    ],
)
def test_why_no_conflict_is_named_is_a_code_said_in_each_language(
    with_conflicts: Vault, given: str, problem: str, english: str, russian: str
) -> None:
    with with_conflicts.read() as session:
        with pytest.raises(NoConflictNamed) as refused:
            conflict_number(session, given)
        assert (refused.value.problem, str(refused.value)) == (problem, english)
        with cli_language({"SANDIQ_LANGUAGE": "ru"}), pytest.raises(InvalidInput) as said:
            given_conflict_number(session, given)
        assert str(said.value) == russian
        with cli_language({"SANDIQ_LANGUAGE": "en"}), pytest.raises(NoConflictNamed) as said:
            given_conflict_number(session, given)
        assert str(said.value) == english
