"""Where the kept-out tests start: Bob's new person bearing the protected person's name, held
at Alice's and kept out there ("Keep mine")."""

from __future__ import annotations

from uuid import UUID

from desktop_app.core.exchange.conflicts import resolve_conflict
from tests.integration.exchange_support import Site
from tests.integration.test_held_newcomer_keep_mine import hold_a_newcomer

# Alice, Bob and the ids of the case they both hold: test_exchange_safeguards' shared fixture.
Shared = tuple[Site, Site, dict[str, UUID]]


def kept_out(alice: Site, bob: Site) -> UUID:
    """The id of Bob's new person of her very name, held at Alice's and kept out there."""
    newcomer, conflict_id = hold_a_newcomer(alice, bob)
    resolve_conflict(alice.vault, conflict_id, "mine")
    return newcomer
