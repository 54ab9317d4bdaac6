"""A colleague merges two records of a person, or deletes a record, while this vault still uses
the one that goes: after the exchange, the records left pointing at it are named on both sides."""

from __future__ import annotations

from pathlib import Path
from uuid import UUID

import pytest

from desktop_app.cli_exchange import _print_import
from desktop_app.core.exchange.conflicts import list_conflicts, resolve_conflict
from desktop_app.core.person_merge import merge_persons
from tests.integration.conftest import Sandiq
from tests.integration.exchange_support import PHOTO, Site, introduce, make_site


def _sites(tmp_path: Path) -> tuple[Site, Site]:
    alice, bob = make_site(tmp_path, "Alice"), make_site(tmp_path, "Bob")
    introduce(alice, bob)
    return alice, bob


def test_a_testimony_given_to_a_person_merged_away_meanwhile_is_named_on_both_sides(
    tmp_path: Path,
) -> None:
    alice, bob = _sites(tmp_path)
    case = alice.write("case", {"reference": "KZ-2026-001", "title": "Raid in Almaty"})
    kept = alice.write("person", {"name": "Рустам Шамсутдинов"})
    twin = alice.write("person", {"name": "Shamsutdinov Rustam"})
    bob.import_(alice.export("Bob", since_last=True).path)

    with bob.vault.transaction() as session:
        merge_persons(bob.vault.writer(session), kept, twin)
    testimony = alice.write(
        "testimony",
        {
            "case": str(case),
            "witness": str(twin),
            "consent": {"given": True, "scope": ["reports"]},
            "narrative": "Он видел обыск.",
        },
    )

    event = alice.write(
        "event",
        {
            "case": str(case),
            "act_type": "arbitrary_detention",
            "victims": [str(kept)],
            "perpetrators": [str(twin)],
        },
    )

    at_bob = bob.import_(alice.export("Bob", since_last=True).path)
    at_alice = alice.import_(bob.export("Alice", since_last=True).path)

    for report in (at_bob, at_alice):
        assert [(d.kind, d.record_id, d.field, d.target_id) for d in report.dangling] == [
            ("event", event, "perpetrators", twin),
            ("testimony", testimony, "witness", twin),
        ]
        assert {d.target_label for d in report.dangling} == {"Shamsutdinov Rustam"}
    # Nothing else is named: the merge moved Bob's own links, and nothing dangles after a
    # plain exchange.
    assert not bob.import_(alice.export("Bob", since_last=True).path).dangling


def test_a_dry_run_names_nothing(tmp_path: Path) -> None:
    alice, bob = _sites(tmp_path)
    case = alice.write("case", {"reference": "KZ-2026-002", "title": "Raid"})
    bob.import_(alice.export("Bob", since_last=True).path)
    bob.delete("case", case)
    alice.write(
        "case_party",
        {
            "case": str(case),
            "person": str(alice.write("person", {"name": "Aida"})),
            "role": "victim",
        },
    )
    bundle = alice.export("Bob", since_last=True).path
    assert not bob.import_(bundle, dry_run=True).dangling
    assert [d.kind for d in bob.import_(bundle).dangling] == ["case_party"]


def test_an_event_citing_a_testimony_deleted_meanwhile_is_named_on_both_sides(
    tmp_path: Path,
) -> None:
    alice, bob = _sites(tmp_path)
    case = alice.write("case", {"reference": "UZ-2022-0001", "title": "Andijan detentions"})
    testimony = alice.write("testimony", {"case": str(case), "narrative": "Olib ketishdi."})
    bob.import_(alice.export("Bob", since_last=True).path)

    alice.delete("testimony", testimony)  # Bob has not received the deletion yet
    event = bob.write(
        "event", {"case": str(case), "act_type": "torture", "sources": [str(testimony)]}
    )
    at_alice = alice.import_(bob.export("Alice", since_last=True).path)
    at_bob = bob.import_(alice.export("Bob", since_last=True).path)

    for report in (at_alice, at_bob):
        assert [
            (d.kind, d.record_id, d.field, d.target_kind, d.target_id) for d in report.dangling
        ] == [("event", event, "sources", "testimony", testimony)]
        assert report.dangling[0].label == "torture"


@pytest.mark.parametrize("owner_kind", ["testimony", "event", "person", "case"])
def test_a_file_attached_to_a_record_deleted_meanwhile_is_named_on_both_sides(
    tmp_path: Path, owner_kind: str
) -> None:
    alice, bob = _sites(tmp_path)
    case = alice.write("case", {"reference": "UZ-2022-0002", "title": "Namangan raid"})
    owners = {
        "testimony": lambda: alice.write("testimony", {"case": str(case), "summary": "Raid"}),
        "event": lambda: alice.write("event", {"case": str(case), "act_type": "torture"}),
        "person": lambda: alice.write("person", {"name": "Дилшод Рахимов"}),
        "case": lambda: alice.write("case", {"reference": "UZ-2022-0003", "title": "Raid"}),
    }
    owner = owners[owner_kind]()
    bob.import_(alice.export("Bob", since_last=True).path)

    alice.delete(owner_kind, owner)
    attachment = bob.attach(owner_kind, owner, PHOTO, "протокол допроса.jpg")
    at_alice = alice.import_(bob.export("Alice", since_last=True).path)
    at_bob = bob.import_(alice.export("Bob", since_last=True).path)

    for report in (at_alice, at_bob):
        assert [
            (d.kind, d.record_id, d.label, d.field, d.target_kind, d.target_id)
            for d in report.dangling
        ] == [("attachment", attachment, "протокол допроса.jpg", "owner", owner_kind, owner)]


def test_the_cli_names_an_event_citing_a_deleted_testimony(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    alice, bob = _sites(tmp_path)
    case = alice.write("case", {"reference": "KZ-2026-001", "title": "Raid in Almaty"})
    testimony = alice.write("testimony", {"case": str(case)})  # no date, no summary
    bob.import_(alice.export("Bob", since_last=True).path)
    alice.delete("testimony", testimony)
    event = bob.write(
        "event", {"case": str(case), "act_type": "torture", "sources": [str(testimony)]}
    )
    bob.import_(alice.export("Bob", since_last=True).path)
    _print_import(alice.import_(bob.export("Alice", since_last=True).path))
    printed = capsys.readouterr().out
    assert "1 record(s) now refer to a record that was deleted" in printed
    assert (
        f"  event {event} (torture, case KZ-2026-001) cites testimony {testimony} as a source; "
        "that testimony was deleted here\n"
    ) in printed


def _bob_edits_a_person_alice_merges_away(tmp_path: Path) -> tuple[Site, dict[str, UUID]]:
    """Bob edits a person and gives them a new testimony while Alice merges the person into
    its twin; Bob imports the merge: a conflict, and nothing dangles yet."""
    alice, bob = _sites(tmp_path)
    case = alice.write("case", {"reference": "UZ-2005-001", "title": "Andijon"})
    kept = alice.write("person", {"name": "Шамсутдинов Икром"})
    twin = alice.write("person", {"name": "Shamsutdinov Ikrom"})
    bob.import_(alice.export("Bob", since_last=True).path)
    bob.edit("person", twin, occupation="teacher")
    testimony = bob.write(
        "testimony", {"case": str(case), "witness": str(twin), "summary": "Bob's testimony"}
    )
    with alice.vault.transaction() as session:
        merge_persons(alice.vault.writer(session), kept, twin)
    report = bob.import_(alice.export("Bob", since_last=True).path)
    assert report.conflicts == 1
    assert not report.dangling
    return bob, {"twin": twin, "kept": kept, "testimony": testimony}


def test_keeping_a_colleagues_merge_names_the_testimony_left_without_its_witness(
    tmp_path: Path,
) -> None:
    bob, ids = _bob_edits_a_person_alice_merges_away(tmp_path)
    with bob.vault.read() as session:
        (conflict,) = list_conflicts(session)
    resolution = resolve_conflict(bob.vault, conflict.id, "theirs")
    assert resolution.info.resolution == "theirs"
    assert [
        (d.kind, d.record_id, d.field, d.target_kind, d.target_id, d.target_label)
        for d in resolution.dangling
    ] == [("testimony", ids["testimony"], "witness", "person", ids["twin"], "Shamsutdinov Ikrom")]


def test_keeping_ones_own_version_names_nothing(tmp_path: Path) -> None:
    bob, _ = _bob_edits_a_person_alice_merges_away(tmp_path)
    with bob.vault.read() as session:
        (conflict,) = list_conflicts(session)
    assert resolve_conflict(bob.vault, conflict.id, "mine").dangling == ()


def test_the_cli_names_what_resolving_a_conflict_left_dangling(
    tmp_path: Path, sandiq: Sandiq
) -> None:
    # It printed only "Conflict 1 resolved: kept theirs."
    bob, ids = _bob_edits_a_person_alice_merges_away(tmp_path)
    bob.vault.lock()
    printed = sandiq.ok("conflicts", "resolve", "1", "--keep", "theirs", vault=bob.vault.path)
    assert printed.stdout.startswith("Conflict 1 resolved: kept theirs.\n")
    assert "1 record(s) now refer to a record that was deleted" in printed.stdout
    assert (
        f"  testimony {ids['testimony']} (Bob's testimony, case UZ-2005-001) names person "
        f"{ids['twin']} (Shamsutdinov Ikrom) as its witness; that person was merged here "
        f"into Шамсутдинов Икром (person {ids['kept']})\n"
    ) in printed.stdout
