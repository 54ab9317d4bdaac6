"""What a contact's bundle may not claim: this vault's own work, or clocks it cannot carry on.

A contact's bundle is trusted to carry its own edits and those it relays from colleagues, each
with the author its record names. It is never trusted to speak for this vault: a version that
names this vault as its author (``created_by`` of a new record, ``updated_by``), or whose clock
counts more edits by this vault than this vault counted for the record, was forged or damaged,
since this vault holds every version it made. Such a bundle is refused whole. A vault restored
from a backup is the exception: it has forgotten the versions it made after the backup, and a
colleague's bundle carrying them back is how it gets them again (see docs/security.md).

Nor may a version leave this vault's clock unable to grow within the format's limits: a count
at the limit, or as many entries as a clock may have without this vault's, would make this
vault's next edit of the record a version no reader accepts, and every later bundle of it with
it. (``packing`` refuses to write a clock beyond the reader's limits too, for a vault whose
clocks went there before this check existed.)
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy.orm import Session

from desktop_app.core.errors import BundleRejected
from desktop_app.core.exchange.clock import Clock
from desktop_app.core.exchange.format import MAX_SEQUENCE
from desktop_app.core.exchange.incoming_records import INVALID_RECORD, Incoming
from desktop_app.core.exchange.local_state import held_versions
from desktop_app.core.exchange.merge import Action, Decision
from desktop_app.core.exchange.sync_records import MAX_CLOCK_ENTRIES, SyncRecord
from desktop_app.core.record_validation import ValidRecord

NOT_MADE_HERE = (
    "This bundle claims versions made by this vault that it never made ({}): it was forged, "
    "or this vault was restored from a backup older than them."
)


def _room_problem(incoming: Clock, local: Clock, me: str) -> str:
    """Why this vault's next edit of a record with these clocks could not be sent, or ""."""
    if any(count >= MAX_SEQUENCE for count in incoming.values()):
        return f"a count of its version vector is at the limit of {MAX_SEQUENCE}"
    if len(incoming.keys() | local.keys() | {me}) > MAX_CLOCK_ENTRIES:
        return (
            f"its version vector leaves no room for this vault's entry "
            f"(at most {MAX_CLOCK_ENTRIES} entries)"
        )
    return ""


def check_claims(
    session: Session,
    me: str,
    records: Sequence[SyncRecord],
    decided: Sequence[tuple[Decision, ValidRecord]],
    restored: bool,
) -> None:
    """Refuse the bundle (BundleRejected) if one of records, as decided, would leave its clock
    no room for this vault's next edit, or, unless this vault was restored from a backup,
    claims a version this vault never made."""
    authored_here: list[Incoming] = []
    for record, (decision, _) in zip(records, decided, strict=True):
        label = f"{record.kind} {record.id}"
        problem = _room_problem(record.clock, decision.local_clock, me)
        if problem:
            raise BundleRejected(INVALID_RECORD.format(f"{label}: {problem}"))
        if restored:
            continue
        claims_new = decision.action is Action.INSERT and me in (
            record.created_by,
            record.updated_by,
        )
        if claims_new or record.clock.get(me, 0) > decision.local_clock.get(me, 0):
            raise BundleRejected(NOT_MADE_HERE.format(label))
        if record.updated_by == me:
            authored_here.append(decision.incoming)
    # The rarer forgery: a version under this vault's name and within its counts, but with
    # content it never had.
    held = held_versions(session, [version.id for version in authored_here])
    for version in authored_here:
        if (version.id, version.content_hash, version.deleted) not in held:
            raise BundleRejected(NOT_MADE_HERE.format(f"{version.kind} {version.id}"))
