"""A zero-width space or a NUL between a protected witness's two names shows them as two, but the
import drops it from a colleague's name: the newcomer "DilnozaShamsutdinova" is her name run
together, and waits for the user's decision like her name written out."""

from __future__ import annotations

from uuid import UUID

import pytest

from desktop_app.core.records import get_record
from tests.integration.exchange_support import Site
from tests.integration.held_from_before import held_from_before
from tests.integration.test_exchange_safeguards import (  # noqa: F401 (shared is a fixture)
    open_conflicts,
    send,
    shared,
)

Shared = tuple[Site, Site, dict[str, UUID]]
ENTERS = "enters_with_protected_name"
IN_PSEUDONYM = "names_protected_in_pseudonym"


def seized_write(site: Site, content: dict[str, object]) -> UUID:
    """A person as a seized vault's keys can sign it: with values no form or command takes
    (a NUL in a name), set on the row after a plain write."""
    person = site.write("person", {"name": "placeholder"})
    with site.vault.transaction() as session:
        held_from_before(get_record(session, "person", person), **content)
    return person


@pytest.mark.parametrize(
    "name",
    [
        "Dilnoza\u200bShamsutdinova",
        "Dilnoza\x00Shamsutdinova",
        "dilnoza\u2060shamsutdinova",  # a word joiner, no capital to show the seam
        "Dilnoza\ufeffShamsutdinova Bahodirovna",  # with a patronymic added
        "DilnozaShamsutdinova",  # typed run together: a reader still sees her two names
    ],
    ids=["zero_width_space", "nul", "word_joiner", "patronymic", "typed"],
)
def test_her_names_run_together_are_held(shared: Shared, name: str) -> None:  # noqa: F811
    alice, bob, _ = shared
    newcomer = seized_write(bob, {"name": name})
    report = send(bob, alice)
    # Before: inserted as a stranger, shown unprotected as "DilnozaShamsutdinova".
    assert (report.inserted, report.conflicts) == (0, 1)
    assert [c.reasons for c in report.changes if c.record_id == newcomer] == [(ENTERS,)]
    assert alice.content("person", newcomer)["deleted"] is True
    assert {c.record_id for c in open_conflicts(alice)} == {newcomer}


def test_her_names_run_together_in_a_pseudonym_are_held(shared: Shared) -> None:  # noqa: F811
    alice, bob, _ = shared
    newcomer = seized_write(
        bob, {"name": "Ali Valiev", "is_protected": True, "pseudonym": "Dilnoza\x00Shamsutdinova"}
    )
    report = send(bob, alice)
    assert [c.reasons for c in report.changes if c.record_id == newcomer] == [(IN_PSEUDONYM,)]


def test_a_name_that_only_shares_her_letters_comes_in(shared: Shared) -> None:  # noqa: F811
    alice, bob, _ = shared
    newcomer = seized_write(bob, {"name": "Dilnoza\u200bKarimova"})  # her first name only
    report = send(bob, alice)
    assert (report.inserted, report.conflicts) == (1, 0)
    assert alice.content("person", newcomer)["name"] == "DilnozaKarimova"
