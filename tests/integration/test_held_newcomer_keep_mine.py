"""A held newcomer (a colleague's new, unprotected person bearing a protected person's name) was
never merged into her, though the names match: keeping this vault's side leaves it deleted and
touches no other record. Nobody here deleted it and its name is hers, so Deleted records leaves
it out and an import names what points at it as held, by id. A person held for being renamed to
her name is named as it is here."""

from __future__ import annotations

from uuid import UUID

from desktop_app.core.deletion import deleted_records
from desktop_app.core.exchange.conflicts import conflict_detail, resolve_conflict
from tests.integration.conftest import Sandiq
from tests.integration.exchange_support import Site
from tests.integration.test_exchange_safeguards import (  # noqa: F401 (shared is a fixture)
    REAL_NAME,
    open_conflicts,
    send,
    shared,
)

Shared = tuple[Site, Site, dict[str, UUID]]
INJECTED = {"notes": "INJECTED NOTE", "occupation": "police informant", "contact": "+998 90 000"}


def hold_a_newcomer(alice: Site, bob: Site) -> tuple[UUID, int]:
    """Bob's new person of her very name, with values of his own, held at Alice's."""
    newcomer = bob.write("person", {"name": REAL_NAME, **INJECTED})
    send(bob, alice)
    (conflict,) = [c for c in open_conflicts(alice) if c.record_id == newcomer]
    return newcomer, conflict.id


def test_keep_mine_on_a_held_newcomer_leaves_her_untouched(shared: Shared) -> None:  # noqa: F811
    alice, bob, ids = shared
    newcomer, conflict_id = hold_a_newcomer(alice, bob)
    before = alice.content("person", ids["witness"])
    with alice.vault.read() as session:
        detail = conflict_detail(session, conflict_id)
    assert (detail.merged_into, detail.merged_into_label) == (None, "")
    resolution = resolve_conflict(alice.vault, conflict_id, "mine")
    assert resolution.merged_into_label == ""
    assert alice.content("person", ids["witness"]) == before
    assert alice.content("person", newcomer)["deleted"] is True
    assert not [c for c in open_conflicts(alice) if c.record_id == newcomer]


def test_a_held_newcomer_is_not_listed_as_deleted_by_this_vault(shared: Shared) -> None:  # noqa: F811
    alice, bob, _ = shared
    newcomer, _ = hold_a_newcomer(alice, bob)
    with alice.vault.read() as session:
        listed = {row.record_id: row for row in deleted_records(session)}
    assert newcomer not in listed
    assert REAL_NAME not in repr(list(listed.values()))


def test_the_import_names_a_record_pointing_at_a_held_newcomer_as_held(
    shared: Shared,  # noqa: F811
    sandiq: Sandiq,
) -> None:
    alice, bob, ids = shared
    newcomer = bob.write("person", {"name": REAL_NAME})
    party = bob.write(
        "case_party", {"case": str(ids["case"]), "person": str(newcomer), "role": "victim"}
    )
    path = bob.export("Alice", since_last=True).path
    assert path is not None
    alice.vault.lock()
    out = sandiq.ok("bundle", "import", str(path), vault=alice.vault.path).stdout
    assert REAL_NAME not in out
    assert (
        f"case party {party} (victim, case KG-2010-0007) is the role of person {newcomer}; that "
        "person is held for your decision"
    ) in out


def test_a_held_renaming_is_named_by_the_name_it_has_here(shared: Shared) -> None:  # noqa: F811
    alice, bob, _ = shared
    person = bob.write("person", {"name": "Ali Valiev"})
    send(bob, alice)
    bob.edit("person", person, name=REAL_NAME)
    report = send(bob, alice)
    (held,) = [change for change in report.changes if change.reasons]
    assert (held.label, held.reasons) == ("Ali Valiev", ("gives_protected_name",))
    (conflict,) = open_conflicts(alice)
    assert conflict.label == "Ali Valiev"
    with alice.vault.read() as session:
        assert conflict_detail(session, conflict.id).info.label == "Ali Valiev"
