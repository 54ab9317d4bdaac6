"""`sandiq conflicts resolve --all` names why each held version was held, and `conflicts show` and
`conflicts resolve` take the record's id (as `conflicts show` prints it) as well as the number."""

from __future__ import annotations

import json
from pathlib import Path
from uuid import UUID

import pytest

from desktop_app.core.deletion import restore_deleted
from tests.integration.conftest import Sandiq
from tests.integration.exchange_support import Site, introduce, make_site, sample_case


def _send(sender: Site, receiver: Site) -> None:
    receiver.import_(sender.export(receiver.name, since_last=True).path)


@pytest.fixture
def alice_vault(tmp_path: Path) -> tuple[Path, dict[str, UUID]]:
    """Alice's vault, locked, with a plain conflict from Bob and a held one: Bob brings back
    an event Alice deleted (nothing to do with a protection)."""
    alice, bob = make_site(tmp_path, "Alice"), make_site(tmp_path, "Bob")
    introduce(alice, bob)
    ids = sample_case(alice)
    _send(alice, bob)
    alice.delete("event", ids["event"])
    _send(alice, bob)
    with bob.vault.transaction() as session:
        restore_deleted(bob.vault.writer(session), "event", ids["event"])
    alice.edit("case", ids["case"], title="Alice's title")
    bob.edit("case", ids["case"], title="Bob's title")
    _send(bob, alice)
    for site in (alice, bob):
        site.vault.lock()
    return alice.vault.path, ids


def test_keeping_mine_for_all_names_each_held_versions_real_reason(
    sandiq: Sandiq, alice_vault: tuple[Path, dict[str, UUID]]
) -> None:
    folder, _ids = alice_vault
    run = sandiq.fails("conflicts", "resolve", "--all", "--keep", "mine", vault=folder)
    # Before: "1 of them is held: keeping yours keeps the protection." (there is none)
    assert "protection" not in run.stdout
    lines = run.stdout.splitlines()
    assert lines[0] == (
        "Keep mine for 2 conflict(s). 1 of them is held: keeping yours leaves it as it is in "
        "this vault:"
    )
    assert lines[1].startswith("  Held for your decision: Bob's bundle brings back event '")
    assert lines[1].endswith("', deleted here")


def test_keeping_theirs_for_all_names_the_held_ones_it_leaves_open(
    sandiq: Sandiq, alice_vault: tuple[Path, dict[str, UUID]]
) -> None:
    folder, _ids = alice_vault
    run = sandiq.ok("conflicts", "resolve", "--all", "--keep", "theirs", "--yes", vault=folder)
    assert "weaken a protection" not in run.stdout
    assert run.stdout.startswith(
        "Keep theirs for 1 conflict(s). 1 held conflict(s) stay open (add --held-too to keep "
        "theirs for them as well):\n  Held for your decision: Bob's bundle brings back event '"
    )
    run = sandiq.ok("conflicts", "resolve", "--all", "--keep", "theirs", "--yes", vault=folder)
    assert run.stdout.startswith(
        "Resolved none: all 1 conflict(s) hold a version that waits for your own decision"
    )
    run = sandiq.fails(
        "conflicts", "resolve", "--all", "--keep", "theirs", "--held-too", vault=folder
    )
    lines = run.stdout.splitlines()
    assert lines[0] == (
        "Keep theirs for 1 conflict(s). 1 of them is held: keeping theirs accepts what its "
        "version does:"
    )
    assert lines[1].startswith("  Held for your decision: Bob's bundle brings back event '")


def _numbers(sandiq: Sandiq, folder: Path) -> dict[str, int]:
    listed = json.loads(sandiq.ok("conflicts", "--json", vault=folder).stdout)
    return {c["record_id"]: c["id"] for c in listed}


def test_show_and_resolve_take_the_record_id_that_show_prints(
    sandiq: Sandiq, alice_vault: tuple[Path, dict[str, UUID]]
) -> None:
    folder, ids = alice_vault
    number = _numbers(sandiq, folder)[str(ids["case"])]
    by_number = sandiq.ok("conflicts", "show", str(number), vault=folder).stdout
    assert by_number.startswith(f"Conflict {number}: case {ids['case']}\n")
    # Before: "argument id: invalid int value".
    for given in (str(ids["case"]), str(ids["case"])[:8], ids["case"].hex[:12].upper()):
        assert sandiq.ok("conflicts", "show", given, vault=folder).stdout == by_number
    run = sandiq.ok("conflicts", "resolve", str(ids["case"])[:13], "--keep", "mine", vault=folder)
    assert run.stdout.startswith(f"Conflict {number} resolved: kept mine.\n")
    # Resolved, it is still shown by its record id.
    shown = sandiq.ok("conflicts", "show", str(ids["case"]), vault=folder).stdout
    assert shown.startswith(f"Conflict {number}: case {ids['case']}\n")


def test_a_record_id_too_short_or_matching_nothing_is_a_one_line_error(
    sandiq: Sandiq, alice_vault: tuple[Path, dict[str, UUID]]
) -> None:
    folder, ids = alice_vault
    # Six hex digits with a letter among them (six decimal digits are a conflict number).
    run = sandiq.fails("conflicts", "show", ids["case"].hex[:5] + "f", vault=folder)
    assert "8 or more" in run.error_lines[0]
    run = sandiq.fails("conflicts", "show", str(ids["victim"]), vault=folder)
    assert run.error_lines == [f"sandiq: error: no conflict about record {ids['victim']}"]
    run = sandiq.fails("conflicts", "resolve", "nonsense", "--keep", "mine", vault=folder)
    assert "neither a conflict number nor a record id" in run.error_lines[0]
