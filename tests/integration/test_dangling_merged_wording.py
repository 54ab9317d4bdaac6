"""A record left naming a person a colleague merged into another says so as a researcher would:
which record, in which case, names whom as what, and who merged that person into whom. The
import, a conflict's resolution and `sandiq verify` say the same."""

from __future__ import annotations

from pathlib import Path
from uuid import UUID

from desktop_app.cli_dangling import dangling_line
from desktop_app.core.exchange.importer import ImportReport
from desktop_app.core.person_merge import merge_persons
from tests.integration.conftest import Sandiq
from tests.integration.exchange_support import Site, introduce, make_site

KEPT, TWIN = "Латипов Ғайратжон", "Latypov Gayratjon"


def bob_names_a_person_alice_merges_away(tmp_path: Path) -> tuple[Site, Site, dict[str, UUID]]:
    """Alice merges Latypov Gayratjon into Латипов Ғайратжон while Bob records an event with
    him as its victim, and Bob's change has not reached her yet."""
    alice, bob = make_site(tmp_path, "Alice"), make_site(tmp_path, "Bob")
    introduce(alice, bob)
    case = alice.write("case", {"reference": "UZ-1", "title": "Andijon"})
    kept = alice.write("person", {"name": KEPT})
    twin = alice.write("person", {"name": TWIN})
    bob.import_(alice.export("Bob", since_last=True).path)
    with alice.vault.transaction() as session:
        merge_persons(alice.vault.writer(session), kept, twin)
    event = bob.write(
        "event",
        {"case": str(case), "date": "2024-03-12", "act_type": "torture", "victims": [str(twin)]},
    )
    return alice, bob, {"case": case, "kept": kept, "twin": twin, "event": event}


def bob_imports_the_merge(tmp_path: Path) -> tuple[Site, ImportReport, dict[str, UUID]]:
    alice, bob, ids = bob_names_a_person_alice_merges_away(tmp_path)
    report = bob.import_(alice.export("Bob", since_last=True).path)
    alice.vault.lock()
    return bob, report, ids


def test_the_reference_says_who_merged_the_person_into_whom(tmp_path: Path) -> None:
    bob, report, ids = bob_imports_the_merge(tmp_path)
    (d,) = report.dangling
    assert (d.kind, d.record_id, d.field, d.target_id) == (
        "event",
        ids["event"],
        "victims",
        ids["twin"],
    )
    assert (d.case_reference, d.deleted_by, d.is_deleted_here) == ("UZ-1", "Alice", False)
    assert (d.merged_into_id, d.merged_into_label) == (ids["kept"], KEPT)
    bob.vault.lock()


def test_import_and_verify_name_the_merge_not_a_field(tmp_path: Path, sandiq: Sandiq) -> None:
    alice, bob, ids = bob_names_a_person_alice_merges_away(tmp_path)
    path = alice.export("Bob", since_last=True).path
    for site in (alice, bob):
        site.vault.lock()
    line = (
        f"  event {ids['event']} (2024-03-12 torture, case UZ-1) names person {ids['twin']} "
        f"({TWIN}) as a victim; Alice merged that person into {KEPT} (person {ids['kept']})\n"
    )
    # Before: "  event … (2024-03-12 torture): victims is the deleted person … (Latypov …)"
    imported = sandiq.ok("bundle", "import", str(path), vault=bob.vault.path).stdout
    assert line in imported
    assert "victims is" not in imported
    verified = sandiq.ok("verify", vault=bob.vault.path).stdout
    assert line in verified


def test_the_vault_that_merged_says_it_was_merged_here(tmp_path: Path) -> None:
    alice, bob, ids = bob_names_a_person_alice_merges_away(tmp_path)
    report = alice.import_(bob.export("Alice", since_last=True).path)
    (d,) = report.dangling
    assert (d.deleted_by, d.is_deleted_here, d.merged_into_id) == ("", True, ids["kept"])
    assert dangling_line(d).endswith(
        f"; that person was merged here into {KEPT} (person {ids['kept']})"
    )
    for site in (alice, bob):
        site.vault.lock()
