"""What a contact's bundle may not claim: this vault's own work, or clocks no vault makes.

A contact's bundle is trusted to carry its own edits and those it relays from colleagues, each
with the author its record names. It is never trusted to speak for this vault: this vault holds
every version it made. A version that names this vault as its author (``created_by`` of a new
record, ``updated_by``) but that this vault never made is the sender's forgery, and the bundle
is refused whole (``NOT_MADE_HERE``). A version made here comes back as the colleague holds it:
a name an older Sandiq let in is tidied by their import (``one_line_text``), and that tidied
form is still this vault's version, no other content is (``local_state.never_held``).

A version by someone else whose clock counts more edits by this vault than this vault counted
for the record was forged too, but not necessarily by the sender: a contact cannot check
another colleague's counts, so it takes such a version from a seized colleague's bundle,
edits it and relays it in good faith, with the forged count in every later bundle. Refusing
those bundles whole would cut this vault off from all the contact's work; so only that record
is left out (``FORGED_ON_THE_WAY``), and each import says so.

Nor may a version make a clock grow past what honest vaults make: more than
``MAX_ACCEPTED_VAULTS`` vaults (a clock gains one entry per vault that edits the record), or a
count above ``MAX_ACCEPTED_COUNT`` (one per edit). Such a record is left out too. This vault
adds its own entry when it edits the record, and its colleagues theirs as they relay it: well
within the format's limits (``sync_records.MAX_CLOCK_ENTRIES``, ``format.MAX_SEQUENCE``), so no
clock taken here makes this vault's next bundle one that a reader refuses. These bounds act on
the import only; the reader's format limits stay as they are. A record that refers to a new
record left out is left out with it (its reference would point nowhere).

A vault restored from a backup is the exception for the forged claims: it has forgotten the
versions it made after the backup, and a colleague's bundle carrying them back is how it gets
them again (see docs/security.md).
"""

from __future__ import annotations

from collections.abc import Sequence
from uuid import UUID

from sqlalchemy.orm import Session

from desktop_app.core.errors import BundleRejected
from desktop_app.core.exchange.clock import Clock
from desktop_app.core.exchange.incoming_records import Incoming
from desktop_app.core.exchange.local_state import never_held
from desktop_app.core.exchange.merge import Decision
from desktop_app.core.exchange.sync_records import SyncRecord
from desktop_app.core.record_validation import ValidRecord

NOT_MADE_HERE = (
    "This bundle claims versions made by this vault that it never made ({}): it was forged, "
    "or this vault was restored from a backup older than them."
)

# Honest clocks stay far below these: a record edited by more than 256 vaults, or 2^32 times
# by one, is made up. The room left up to the format's limits (10,000 entries, 2^53 - 1) is
# what every later vault's own entry and edits need.
MAX_ACCEPTED_VAULTS = 256
MAX_ACCEPTED_COUNT = 2**32

# Why a record is not imported (the rest of its bundle is).
FORGED_ON_THE_WAY = "forged_on_the_way"
TOO_MANY_VAULTS = "too_many_vaults"
COUNT_TOO_HIGH = "count_too_high"
REFERS_TO_NOT_IMPORTED = "refers_to_not_imported"
# The English lines the CLI prints after "N record(s) not imported: " (the GUI translates its own).
NOT_IMPORTED_REASONS = {
    FORGED_ON_THE_WAY: "its version claims edits by this vault that it never made — forged on "
    "the way, by the sender or a colleague of theirs",
    TOO_MANY_VAULTS: f"its version vector names more than {MAX_ACCEPTED_VAULTS} vaults, more "
    "than ever edit one record — made up on the way, by the sender or a colleague of theirs",
    COUNT_TOO_HIGH: f"its version vector counts more than {MAX_ACCEPTED_COUNT} edits by one "
    "vault — made up on the way, by the sender or a colleague of theirs",
    REFERS_TO_NOT_IMPORTED: "it refers to a record of this bundle that is not imported",
}


def _grows_too_far(incoming: Clock, local: Clock, me: str) -> str:
    """Why taking incoming would grow the record's clock past honest bounds, or ""."""
    # A clock already past them (taken before these checks) may stay, but not grow.
    vaults = local.keys() | {me}
    if len(incoming.keys() | vaults) > max(MAX_ACCEPTED_VAULTS, len(vaults)):
        return TOO_MANY_VAULTS
    if any(
        count > max(MAX_ACCEPTED_COUNT, local.get(vault, 0)) for vault, count in incoming.items()
    ):
        return COUNT_TOO_HIGH
    return ""


def _is_new(decision: Decision) -> bool:
    """Whether the record is new to this vault (inserted, or held as a conflict)."""
    return not decision.local_clock  # every record here has a clock (``local_state``)


class ClaimsCheck:
    """Checks each batch of one bundle's decided records for claims no contact may make."""

    def __init__(self, session: Session, me: str, restored: bool) -> None:
        self._session = session
        self._me = me
        self._restored = restored
        self.not_imported: dict[UUID, str] = {}  # record id -> reason, for the whole bundle
        self._new_left_out: set[UUID] = set()  # records new to this vault that are left out

    def check(
        self, records: Sequence[SyncRecord], decided: Sequence[tuple[Decision, ValidRecord]]
    ) -> dict[UUID, str]:
        """The records of this batch to leave out, with why; BundleRejected (nothing written)
        if one, unless this vault was restored from a backup, is a version in this vault's
        name that it never made."""
        me, left_out = self._me, {}
        authored_here: list[Incoming] = []
        for record, (decision, _) in zip(records, decided, strict=True):
            if not self._restored and record.updated_by == me:
                authored_here.append(decision.incoming)
            reason = self._reason(record, decision)
            if reason:
                left_out[record.id] = reason
                if _is_new(decision):
                    self._new_left_out.add(record.id)
        # The rarer forgery: a version under this vault's name and within its counts, but with
        # content it never had.
        unheld = never_held(self._session, authored_here)
        for version in authored_here:
            if version.id in unheld:
                raise BundleRejected(NOT_MADE_HERE.format(f"{version.kind} {version.id}"))
        self.not_imported.update(left_out)
        return left_out

    def _reason(self, record: SyncRecord, decision: Decision) -> str:
        me, local = self._me, decision.local_clock
        if not self._restored:
            is_new = _is_new(decision)
            claims_own = record.updated_by == me or (is_new and record.created_by == me)
            counts_ahead = record.clock.get(me, 0) > local.get(me, 0)
            if claims_own and (is_new or counts_ahead):
                raise BundleRejected(NOT_MADE_HERE.format(f"{record.kind} {record.id}"))
            if counts_ahead:
                return FORGED_ON_THE_WAY
        if reason := _grows_too_far(record.clock, local, me):
            return reason
        if any(uid in self._new_left_out for _, _, uid in decision.incoming.references):
            return REFERS_TO_NOT_IMPORTED
        return ""
