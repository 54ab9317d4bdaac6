"""`sandiq bundle import` (and its dry run) says why a version is held for the user's decision
for every reason, the two newest included: a pseudonym holding a protected person's name, and a
protected person's rename. Records pointing at a held newcomer are headed as waiting for a
decision, not as pointing at something deleted to restore."""

from __future__ import annotations

from pathlib import Path
from uuid import UUID

from tests.integration.conftest import Sandiq
from tests.integration.exchange_support import Site
from tests.integration.test_exchange_safeguards import (  # noqa: F401 (shared is a fixture)
    REAL_NAME,
    shared,
)

Shared = tuple[Site, Site, dict[str, UUID]]


def _import(sandiq: Sandiq, bob: Site, alice: Site, *options: str) -> list[str]:
    """The lines `sandiq bundle import` prints at Alice for Bob's changes since the last."""
    path = bob.export("Alice", since_last=True).path
    assert isinstance(path, Path)
    return _lines(sandiq, path, alice, *options)


def _lines(sandiq: Sandiq, path: Path, alice: Site, *options: str) -> list[str]:
    if not alice.vault.is_locked:
        alice.vault.lock()
    out = sandiq.ok("bundle", "import", str(path), *options, vault=alice.vault.path).stdout
    assert REAL_NAME not in out
    return out.splitlines()


def test_a_pseudonym_holding_her_name_is_said_held_in_a_dry_run_and_an_import(
    shared: Shared,  # noqa: F811
    sandiq: Sandiq,
) -> None:
    alice, bob, _ = shared
    newcomer = bob.write(
        "person", {"name": "Ali Valiev", "protected": True, "pseudonym": REAL_NAME}
    )
    held = (
        f"  Held for your decision: Bob's bundle gives person {newcomer} a pseudonym "
        "that holds the name of a protected person"
    )
    path = bob.export("Alice", since_last=True).path
    assert isinstance(path, Path)
    # Before: only "new conflicts 1" said anything was held.
    assert held in _lines(sandiq, path, alice, "--dry-run")
    assert held in _lines(sandiq, path, alice)


def test_renaming_a_protected_person_is_said_held(shared: Shared, sandiq: Sandiq) -> None:  # noqa: F811
    alice, bob, ids = shared
    bob.edit("person", ids["witness"], name="Zarina Tosheva")
    lines = _import(sandiq, bob, alice)
    assert "  Held for your decision: Bob's bundle renames protected person 'Witness A'" in lines


def test_records_pointing_at_a_held_newcomer_are_headed_as_waiting_for_a_decision(
    shared: Shared,  # noqa: F811
    sandiq: Sandiq,
) -> None:
    alice, bob, ids = shared
    newcomer = bob.write("person", {"name": REAL_NAME})
    bob.write("case_party", {"case": str(ids["case"]), "person": str(newcomer), "role": "victim"})
    out = "\n".join(_import(sandiq, bob, alice))
    assert "1 record(s) refer to a person held for your decision" in out
    # Before: "refer to a record that was deleted ... restore what was deleted".
    assert "deleted" not in out.split("refer to a person held")[1]
