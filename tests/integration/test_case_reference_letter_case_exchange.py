"""A bundle cannot bring a case whose reference differs from another's only in letter case, as
`sandiq case add` cannot make one; a vault that took such a pair in before says which cases
share the reference instead of showing one as if it were the only one."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop_app.core.errors import BundleRejected
from desktop_app.core.exchange.incoming_records import CaseReferenceTaken
from desktop_app.core.vault import Vault
from tests.integration.conftest import Sandiq
from tests.integration.exchange_support import Site, acquainted


@pytest.fixture
def pair(tmp_path: Path) -> Iterator[tuple[Site, Site]]:
    """Alice and Bob, who know each other."""
    with acquainted(tmp_path, "Alice", "Bob") as (alice, bob):
        yield alice, bob


def test_a_bundled_case_differing_only_in_letter_case_is_refused(
    pair: tuple[Site, Site],
) -> None:
    alice, bob = pair
    ours = bob.write("case", {"reference": "UZ-2024-0001", "title": "Andijan detention"})
    theirs = alice.write("case", {"reference": "uz-2024-0001", "title": "Another case"})
    bundle = alice.export("Bob", case_references=["uz-2024-0001"]).path
    before = bob.snapshot()

    for dry_run in (True, False):
        with pytest.raises(BundleRejected) as refusal:
            bob.import_(bundle, dry_run=dry_run)
        # Before: imported, leaving `sandiq case show uz-2024-0001` to pick one of two cases.
        assert str(refusal.value) == (
            f"This bundle holds an invalid record: case {theirs}: its reference "
            "'uz-2024-0001' is already used by another case in this vault as 'UZ-2024-0001' "
            f"({ours}), and references must differ in more than letter case; rename one of "
            "them first."
        )
        assert isinstance(refusal.value, CaseReferenceTaken)
        assert (refusal.value.reference, refusal.value.taken) == ("uz-2024-0001", "UZ-2024-0001")
    assert bob.snapshot() == before

    bob.edit("case", ours, reference="UZ-2024-0001-A")
    assert bob.import_(bundle).inserted == 1


def test_an_exact_clash_keeps_its_message(pair: tuple[Site, Site]) -> None:
    alice, bob = pair
    ours = bob.write("case", {"reference": "UZ-2024-0001", "title": "Andijan detention"})
    theirs = alice.write("case", {"reference": "UZ-2024-0001", "title": "Another case"})
    bundle = alice.export("Bob", case_references=["UZ-2024-0001"]).path
    with pytest.raises(CaseReferenceTaken) as refusal:
        bob.import_(bundle)
    assert str(refusal.value) == (
        f"This bundle holds an invalid record: case {theirs}: its reference 'UZ-2024-0001' is "
        f"already used by another case in this vault ({ours}); rename one of them first."
    )


def test_case_show_names_the_other_case_of_a_pair_taken_in_before(
    sandiq: Sandiq, tmp_vault: Vault
) -> None:
    # The core writer, as an import before the check did, lets the pair in.
    with tmp_vault.transaction() as session:
        writer = tmp_vault.writer(session)
        upper = writer.create("case", {"reference": "UZ-2024-0001", "title": "Ours"}).id
        lower = writer.create("case", {"reference": "uz-2024-0001", "title": "Theirs"}).id
    tmp_vault.lock()

    shown = sandiq.ok("case", "show", "uz-2024-0001")
    assert f"id: {lower}" in shown.stdout
    # Before: only the case typed exactly, as if it were the only one.
    assert shown.stderr == (
        f"sandiq: note: this is case uz-2024-0001 ({lower}); this vault also holds "
        f"UZ-2024-0001 ({upper}), whose reference differs only in letter case; rename one of "
        "them with 'sandiq case edit REFERENCE --reference NEW'\n"
    )
    ambiguous = sandiq.fails("case", "show", "Uz-2024-0001")
    assert "cases UZ-2024-0001, uz-2024-0001 differ only in letter case" in ambiguous.stderr
    sandiq.ok("case", "edit", "uz-2024-0001", "--reference", "UZ-2024-0002")
    assert sandiq.ok("case", "show", "UZ-2024-0001").stderr == ""
