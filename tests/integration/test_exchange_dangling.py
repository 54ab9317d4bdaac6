"""A colleague merges two records of a person while this vault still uses the one that goes:
after the exchange, the records left pointing at it are named on both sides."""

from __future__ import annotations

from pathlib import Path

from desktop_app.core.duplicates import merge_persons
from tests.integration.exchange_support import Site, introduce, make_site


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
