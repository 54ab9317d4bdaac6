"""`sandiq conflicts resolve --all`: one choice for many conflicts, confirmed, held ones apart."""

from __future__ import annotations

import json
from pathlib import Path
from uuid import UUID

import pytest

from desktop_app.core.exchange.conflicts import list_conflicts
from desktop_app.core.vault import Vault, unlock
from tests.conftest import PASSPHRASE
from tests.integration.conftest import Sandiq
from tests.integration.exchange_support import introduce, make_site, sample_case


@pytest.fixture
def alice_vault(tmp_path: Path) -> tuple[Path, dict[str, UUID]]:
    """Alice's vault, locked, with two plain conflicts from Bob, one held, one from Carol."""
    alice, bob, carol = (make_site(tmp_path, n) for n in ("Alice", "Bob", "Carol"))
    introduce(alice, bob, carol)
    ids = sample_case(alice)
    path = alice.export("Bob", "Carol", since_last=True).path
    bob.import_(path)
    carol.import_(path)
    for kind, field in (("case", "title"), ("testimony", "summary")):
        alice.edit(kind, ids[kind], **{field: f"Alice's {field}"})
        bob.edit(kind, ids[kind], **{field: f"Bob's {field}"})
    bob.edit("person", ids["witness"], protected=False)
    alice.import_(bob.export("Alice", since_last=True).path)
    alice.edit("event", ids["event"], description="Alice's description")
    carol.edit("event", ids["event"], description="Carol's description")
    alice.import_(carol.export("Alice", since_last=True).path)
    for site in (alice, bob, carol):
        site.vault.lock()
    return alice.vault.path, ids


def open_records(folder: Path) -> set[UUID]:
    vault: Vault = unlock(folder, PASSPHRASE)
    try:
        with vault.read() as session:
            return {c.record_id for c in list_conflicts(session)}
    finally:
        vault.lock()


def test_resolving_all_asks_first_and_needs_yes_without_a_terminal(
    sandiq: Sandiq, alice_vault: tuple[Path, dict[str, UUID]]
) -> None:
    folder, _ids = alice_vault
    run = sandiq.fails("conflicts", "resolve", "--all", "--keep", "mine", vault=folder)
    assert "Keep mine for 4 conflict(s). 1 of them is held: keeping yours" in run.stdout
    assert run.error_lines == [
        "sandiq: error: no conflict resolved; repeat with --yes to resolve them"
    ]
    assert len(open_records(folder)) == 4
    run = sandiq.ok("conflicts", "resolve", "--all", "--keep", "mine", "--yes", vault=folder)
    assert "Resolved 4 conflict(s): kept mine." in run.stdout
    assert open_records(folder) == set()


def test_keeping_theirs_for_held_versions_needs_held_too(
    sandiq: Sandiq, alice_vault: tuple[Path, dict[str, UUID]]
) -> None:
    folder, ids = alice_vault
    args = ("conflicts", "resolve", "--all", "--keep", "theirs", "--yes")
    run = sandiq.ok(*args, vault=folder)
    assert "1 held conflict(s) stay open" in run.stdout
    assert "Resolved 3 conflict(s): kept theirs." in run.stdout
    assert "1 held conflict(s) left open (see sandiq conflicts):" in run.stdout
    assert "Held for your decision: Bob's bundle removes the protection of person" in run.stdout
    assert open_records(folder) == {ids["witness"]}
    # Only held ones left: none resolved, and said so, but no error (the sweep was honest).
    run = sandiq.ok(*args, vault=folder)
    assert run.stdout.startswith("Resolved none: all 1 conflict(s) hold a version")
    assert "--held-too" in run.stdout
    run = sandiq.ok(*args, "--held-too", vault=folder)
    assert "Resolved 1 conflict(s): kept theirs." in run.stdout
    assert open_records(folder) == set()


def test_resolving_only_one_contacts_conflicts(
    sandiq: Sandiq, alice_vault: tuple[Path, dict[str, UUID]]
) -> None:
    folder, ids = alice_vault
    run = sandiq.ok(
        "conflicts",
        "resolve",
        "--all",
        "--from",
        "Carol",
        "--keep",
        "theirs",
        "--yes",
        "--json",
        vault=folder,
    )
    assert len(json.loads(run.stdout)["resolved"]) == 1
    assert ids["event"] not in open_records(folder)
    run = sandiq.ok(
        "conflicts", "resolve", "--all", "--only", "held", "--keep", "mine", "--yes", vault=folder
    )
    assert "Resolved 1 conflict(s): kept mine." in run.stdout
    assert open_records(folder) == {ids["case"], ids["testimony"]}


def test_wrong_combinations_are_one_line_errors(
    sandiq: Sandiq, alice_vault: tuple[Path, dict[str, UUID]]
) -> None:
    folder, _ids = alice_vault
    sandiq.fails("conflicts", "resolve", "1", "--all", "--keep", "mine", vault=folder)
    sandiq.fails("conflicts", "resolve", "--keep", "mine", vault=folder)
    sandiq.fails("conflicts", "resolve", "--all", "--from", "Dave", "--keep", "mine", vault=folder)
    sandiq.fails("conflicts", "resolve", "--all", "--bundle", "x", "--keep", "mine", vault=folder)
    assert len(open_records(folder)) == 4


def test_keeping_theirs_for_one_held_conflict_says_what_it_does_and_needs_yes(
    sandiq: Sandiq, alice_vault: tuple[Path, dict[str, UUID]]
) -> None:
    folder, ids = alice_vault
    listed = json.loads(sandiq.ok("conflicts", "--json", vault=folder).stdout)
    number = {c["record_id"]: str(c["id"]) for c in listed}
    held = number[str(ids["witness"])]
    run = sandiq.fails("conflicts", "resolve", held, "--keep", "theirs", vault=folder)
    assert run.stdout.splitlines() == [
        f"Keeping theirs for conflict {held} accepts what their version does:",
        "  Held for your decision: Bob's bundle removes the protection of person 'Witness A'",
    ]
    assert run.error_lines == [
        f"sandiq: error: conflict {held} not resolved: it is held; repeat with --yes to keep theirs"
    ]
    assert ids["witness"] in open_records(folder)
    run = sandiq.ok("conflicts", "resolve", held, "--keep", "theirs", "--yes", vault=folder)
    assert run.stdout.splitlines()[-1] == f"Conflict {held} resolved: kept theirs."
    # A concurrent edit asks nothing, as before.
    run = sandiq.ok("conflicts", "resolve", number[str(ids["case"])], "--keep", "theirs",
                    vault=folder)  # fmt: skip
    assert run.stdout.startswith("Conflict ")
    assert open_records(folder) == {ids["testimony"], ids["event"]}
