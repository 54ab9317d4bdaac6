"""A colleague's bundles by their sequence numbers: a bundle that needs one never imported here
names it, and an import that skips numbers says which."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop_app.core.exchange.contacts import vault_identity
from desktop_app.core.exchange.sequences import (
    EarlierBundlesMissing,
    not_imported,
    sequences_text,
)
from tests.integration.exchange_support import Site, introduce, make_site

NOT_IMPORTED = (
    "Not imported here from Alice: bundle(s) {}; bundles sent only to other colleagues never "
    "arrive here."
)


@pytest.fixture
def sites(tmp_path: Path) -> Iterator[tuple[Site, Site, Site]]:
    """Alice, Bob and Carol, who know each other."""
    alice, bob, carol = (make_site(tmp_path, name) for name in ("Alice", "Bob", "Carol"))
    introduce(alice, bob, carol)
    yield alice, bob, carol
    for site in (alice, bob, carol):
        site.vault.lock()


def _new_case(site: Site, reference: str) -> str:
    return str(site.write("case", {"reference": reference, "title": "Detention in Khujand"}))


def test_a_bundle_needing_an_earlier_one_names_its_number(sites: tuple[Site, Site, Site]) -> None:
    alice, bob, _ = sites
    alice.write("person", {"name": "Dilnoza Shamsutdinova"})
    first = alice.export("Bob", since_last=True).path
    case_id = _new_case(alice, "TJ-1")
    second = alice.export("Bob", since_last=True).path  # the bundle Bob does not import yet
    person = alice.write("person", {"name": "Farrukh Yusupov"})
    party_id = alice.write("case_party", {"case": case_id, "person": str(person), "role": "victim"})
    third = alice.export("Bob", since_last=True).path
    bob.import_(first)

    for dry_run in (True, False):
        with pytest.raises(EarlierBundlesMissing) as caught:
            bob.import_(third, dry_run=dry_run)
        assert str(caught.value) == (
            f"This bundle holds an invalid record: case_party {party_id}: case refers to a case "
            f"({case_id}) that is neither in the bundle nor in this vault; import the sender's "
            f"earlier bundles first. {NOT_IMPORTED.format(2)}"
        )
    assert caught.value.missing == (range(2, 3),)

    bob.import_(second)
    assert bob.import_(third).inserted == 2


def _key_id(site: Site) -> str:
    with site.vault.read() as session:
        return vault_identity(session).public.key_id


def test_an_import_that_skips_numbers_says_which(sites: tuple[Site, Site, Site]) -> None:
    alice, bob, carol = sites
    bundles = []
    for number in range(1, 6):
        alice.write("person", {"name": f"Witness {number}"})
        to = "Carol" if number == 3 else "Bob"  # a vault numbers every bundle it writes
        bundles.append(alice.export(to, since_last=True).path)

    first = bob.import_(bundles[1])
    assert (first.sequence, first.skipped) == (2, ())  # nothing said before the first import
    later = bob.import_(bundles[3])
    assert (later.sequence, later.skipped) == (4, (range(3, 4),))
    assert bob.import_(bundles[4]).skipped == ()
    with bob.vault.read() as session:
        assert not_imported(session, _key_id(alice), 6) == (range(3, 4),)
        assert not_imported(session, _key_id(alice), 2) == (range(1, 2),)  # none below it
        assert not_imported(session, _key_id(carol), 4) == (range(1, 4),)


def test_sequence_numbers_are_shown_as_runs() -> None:
    assert sequences_text((range(2, 3),)) == "2"
    assert sequences_text((range(2, 5), range(7, 8))) == "2–4, 7"
    runs = tuple(range(n, n + 1) for n in range(1, 20, 2))
    assert sequences_text(runs) == "1, 3, 5, 7, 9, …"
