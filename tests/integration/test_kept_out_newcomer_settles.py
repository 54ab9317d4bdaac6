"""A newcomer bearing a protected person's name, kept out by two colleagues, settles: each
since-last bundle carries its author's version in place of the hold, and that same version
coming back (from its author or through the other colleague) is not asked about again. Only a
later version of the author's is held again, once at each vault that kept it out."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from uuid import UUID

import pytest

from desktop_app.core.exchange.conflicts import list_conflicts, resolve_conflict
from tests.integration.conftest import Sandiq
from tests.integration.exchange_support import Site, introduce, make_site, sample_case

# A spelling of the protected witness's name (sample_case's "Dilnoza Shamsutdinova").
NAMESAKE = "Шамсутдинова Дилноза"


Trio = tuple[Site, Site, Site, dict[str, UUID]]


@pytest.fixture
def trio(tmp_path: Path) -> Iterator[Trio]:
    """Aziza, Bekzod and Dilya, all holding Aziza's case (its ids) with its protected witness."""
    sites = tuple(make_site(tmp_path, name) for name in ("Aziza", "Bekzod", "Dilya"))
    aziza, bekzod, dilya = sites
    introduce(*sites)
    ids = sample_case(aziza)
    for other in (bekzod, dilya):
        other.import_(aziza.export(other.name, since_last=True).path)
    yield aziza, bekzod, dilya, ids
    for site in sites:
        if not site.vault.is_locked:
            site.vault.lock()


def _send(sender: Site, receiver: Site) -> int:
    """New conflicts the sender's since-last bundle raises at the receiver (0 if none sent)."""
    sent = sender.export(receiver.name, since_last=True)
    return receiver.import_(sent.path).conflicts if sent.path is not None else 0


def _round(sites: Trio) -> int:
    """Every site sends to every other; the new conflicts raised in all."""
    people = sites[:3]
    return sum(_send(s, r) for s in people for r in people if r is not s)


def _keep_all_mine(site: Site) -> int:
    """Keep this vault's side of every open conflict; how many there were."""
    with site.vault.read() as session:
        ids = [info.id for info in list_conflicts(session)]
    for conflict_id in ids:
        resolve_conflict(site.vault, conflict_id, "mine")
    return len(ids)


def test_a_newcomer_kept_out_by_two_colleagues_is_not_asked_about_again(trio: Trio) -> None:
    aziza, bekzod, dilya, _ = trio
    newcomer = dilya.write("person", {"name": NAMESAKE})
    assert (_send(dilya, aziza), _send(dilya, bekzod)) == (1, 1)
    assert (_keep_all_mine(aziza), _keep_all_mine(bekzod)) == (1, 1)
    raised = []
    for _ in range(3):  # as users would: keep out whatever is held, then exchange again
        raised.append(sum(_keep_all_mine(site) for site in trio[:3]) + _round(trio))
    # Before: [2, 2, 2], each colleague's bundle carrying Dilya's version held again.
    assert raised == [0, 0, 0]
    assert aziza.content("person", newcomer)["deleted"] is True
    assert bekzod.content("person", newcomer)["deleted"] is True
    assert dilya.content("person", newcomer)["deleted"] is False


def test_a_later_version_of_a_kept_out_newcomer_is_held_again_once(trio: Trio) -> None:
    aziza, bekzod, dilya, _ = trio
    newcomer = dilya.write("person", {"name": NAMESAKE})
    _send(dilya, aziza), _send(dilya, bekzod)
    _keep_all_mine(aziza), _keep_all_mine(bekzod)
    _round(trio)
    dilya.edit("person", newcomer, occupation="teacher")
    assert (_send(dilya, aziza), _send(dilya, bekzod)) == (1, 1)
    assert (_keep_all_mine(aziza), _keep_all_mine(bekzod)) == (1, 1)
    assert [_round(trio) for _ in range(2)] == [0, 0]
    assert bekzod.content("person", newcomer)["deleted"] is True


def test_the_cli_credits_a_relayed_newcomer_to_its_author_and_says_it_is_kept_out(
    trio: Trio, sandiq: Sandiq
) -> None:
    aziza, bekzod, dilya, ids = trio
    newcomer = dilya.write("person", {"name": NAMESAKE})
    party = {"case": str(ids["case"]), "person": str(newcomer), "role": "relative"}
    dilya.write("case_party", party)
    _send(dilya, aziza)
    _keep_all_mine(aziza)
    _send(aziza, bekzod)  # Dilya's version, sent on by Aziza in place of her hold
    with bekzod.vault.read() as session:
        (held,) = list_conflicts(session)
    bekzod.vault.lock()
    shown = sandiq.ok("conflicts", "show", str(held.id), vault=bekzod.vault.path).stdout
    # Before: "Aziza's record stays as they wrote it", Aziza being only the sender.
    assert "Dilya's record stays as they wrote it" in shown
    resolve = ("conflicts", "resolve", str(held.id), "--keep", "mine", "--yes")
    out = sandiq.ok(*resolve, vault=bekzod.vault.path).stdout
    # Before: "person is the deleted person …".
    assert f"is the role of person {newcomer}; you kept that person out of this vault" in out
    assert "record(s) refer to a person you kept out of this vault" in out
    assert "deleted" not in out
