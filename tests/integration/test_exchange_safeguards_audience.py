"""A contact's newer version may not silently widen who reads a record: it waits as a conflict.

A record's sensitivity and a testimony's consent decide which dossiers it goes into and for
whom: lowering the one or widening the other is the user's decision, not a bundle's. Raising
the sensitivity or narrowing the consent stays a plain update.
"""

from __future__ import annotations

from typing import Any
from uuid import UUID

import pytest

from desktop_app.core.exchange.conflicts import resolve_conflict
from desktop_app.core.vault import unlock
from tests.conftest import PASSPHRASE
from tests.integration.conftest import Sandiq
from tests.integration.exchange_support import Site
from tests.integration.test_exchange_safeguards import (  # noqa: F401 (shared is a fixture)
    held_once,
    open_conflicts,
    send,
    sent_to_bob,
    shared,
)

Shared = tuple[Site, Site, dict[str, UUID]]


@pytest.mark.parametrize(
    ("kind", "lowered"),
    [("case", "normal"), ("testimony", "confidential"), ("testimony", "normal")],
)
def test_lowering_a_records_sensitivity_is_held_until_kept(
    shared: Shared,  # noqa: F811
    kind: str,
    lowered: str,
) -> None:
    alice, bob, ids = shared
    before = alice.content(kind, ids[kind])["sensitivity"]
    bob.edit(kind, ids[kind], sensitivity=lowered)
    held_once(send(bob, alice), "lowers_sensitivity")
    assert alice.content(kind, ids[kind])["sensitivity"] == before
    (conflict,) = open_conflicts(alice)
    assert (conflict.record_id, conflict.reasons) == (ids[kind], ("lowers_sensitivity",))
    resolve_conflict(alice.vault, conflict.id, "theirs")
    assert alice.content(kind, ids[kind])["sensitivity"] == lowered


def test_raising_a_records_sensitivity_is_a_plain_update(shared: Shared) -> None:  # noqa: F811
    alice, bob, ids = shared
    data = {"case": str(ids["case"]), "sensitivity": "normal"}
    testimony = sent_to_bob(alice, bob, "testimony", data)
    bob.edit("case", ids["case"], sensitivity="restricted")
    bob.edit("testimony", testimony, sensitivity="confidential")
    report = send(bob, alice)
    assert (report.updated, report.conflicts) == (2, 0)
    assert alice.document() == bob.document()


def consent(given: bool, scope: list[str], anonymise: bool = False) -> dict[str, Any]:
    return {"given": given, "scope": scope, "anonymise": anonymise}


def test_giving_consent_where_it_was_not_given_is_held(shared: Shared) -> None:  # noqa: F811
    alice, bob, ids = shared
    data = {"case": str(ids["case"]), "consent": consent(False, ["reports"])}
    testimony = sent_to_bob(alice, bob, "testimony", data)
    bob.edit("testimony", testimony, consent=consent(True, ["reports"]))
    held_once(send(bob, alice), "widens_consent")
    assert alice.content("testimony", testimony)["consent"]["given"] is False


@pytest.mark.parametrize("added", ["partners", "publish"])
def test_adding_a_use_to_the_consent_is_held(shared: Shared, added: str) -> None:  # noqa: F811
    alice, bob, ids = shared
    bob.edit("testimony", ids["testimony"], consent=consent(True, ["reports", added], True))
    held_once(send(bob, alice), "widens_consent")
    assert alice.content("testimony", ids["testimony"])["consent"]["scope"] == ["reports"]
    (conflict,) = open_conflicts(alice)
    assert conflict.reasons == ("widens_consent",)


def test_dropping_anonymised_only_from_the_scope_is_held(shared: Shared) -> None:  # noqa: F811
    # Reports anonymise a testimony whose scope says so as when consent.anonymise is set.
    alice, bob, ids = shared
    data = {"case": str(ids["case"]), "consent": consent(True, ["reports", "anonymised_only"])}
    testimony = sent_to_bob(alice, bob, "testimony", data)
    bob.edit("testimony", testimony, consent=consent(True, ["reports"]))
    held_once(send(bob, alice), "drops_anonymity")
    assert "anonymised_only" in alice.content("testimony", testimony)["consent"]["scope"]


@pytest.mark.parametrize(
    "narrowed",
    [
        consent(False, ["reports"], True),
        consent(True, [], True),
        consent(True, ["reports", "anonymised_only"], True),
    ],
    ids=["withdrawn", "use_removed", "anonymised_only_added"],
)
def test_narrowing_the_consent_is_a_plain_update(
    shared: Shared,  # noqa: F811
    narrowed: dict[str, Any],
) -> None:
    alice, bob, ids = shared
    bob.edit("testimony", ids["testimony"], consent=narrowed)
    report = send(bob, alice)
    assert (report.updated, report.conflicts) == (1, 0)
    assert alice.content("testimony", ids["testimony"])["consent"] == narrowed


def test_cli_says_why_and_keeping_theirs_applies_it(
    shared: Shared,  # noqa: F811
    sandiq: Sandiq,
) -> None:
    alice, bob, ids = shared
    bob.edit("case", ids["case"], sensitivity="normal")
    bob.edit("testimony", ids["testimony"], consent=consent(True, ["reports", "publish"], True))
    path = bob.export("Alice", since_last=True).path
    assert path is not None
    alice.vault.lock()
    lines = (
        "Held for your decision: Bob's bundle lowers the sensitivity of case 'KG-2010-0007 "
        "Detention of Azimjan Askarov'",
        "Held for your decision: Bob's bundle widens the witness's consent to the use of "
        "testimony '2010-07-02 Saw the arrest.'",
    )
    done = sandiq.ok("bundle", "import", str(path), vault=alice.vault.path).stdout
    listed = sandiq.ok("conflicts", vault=alice.vault.path).stdout
    for line in lines:
        assert line in done and line in listed
    for conflict_id in sorted(
        int(row.split("\t")[0]) for row in listed.splitlines() if row[:1].isdigit()
    ):
        resolved = sandiq.ok(
            "conflicts",
            "resolve",
            str(conflict_id),
            "--keep",
            "theirs",
            "--yes",  # a held version: said again, then kept only when confirmed
            vault=alice.vault.path,
        )
        assert "accepts what their version does" in resolved.stdout
        assert "kept theirs" in resolved.stdout
    assert sandiq.ok("conflicts", vault=alice.vault.path).stdout.strip() == "No open conflicts."
    alice.vault = unlock(alice.vault.path, PASSPHRASE)
    assert alice.content("case", ids["case"])["sensitivity"] == "normal"
    assert alice.content("testimony", ids["testimony"])["consent"]["scope"] == [
        "reports",
        "publish",
    ]
