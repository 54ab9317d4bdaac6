"""A vault restored from a backup, and its colleagues: who must be sent everything again.

A restored vault has forgotten what it received and made after its backup, and nothing in a
bundle says what its sender holds, so a colleague's "since the last bundle" mark (what it sent
that vault) overstates it. Bundles themselves show that a sender went back: two different
bundles with one number, or a bundle whose ``sent_before`` says no bundle to this vault lay
between its latest and itself when one imported here did. The colleague then sends that vault
everything once, from the start of its log (``export``), which the restored vault merges as
usual: what it still holds is unchanged, what it lost comes back, its new edits are never
replaced.

The restored vault, for its part, writes its first since-last bundle to each colleague even
with nothing new in it: without one, a colleague cannot learn that it went back.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Sequence
from typing import Any, NamedTuple
from uuid import UUID

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.exchange_state import Contact, ExchangedBundle
from db.vault_bookkeeping import AuditEntry
from desktop_app.core.audit import RESTORED_FROM_BACKUP

# The member of a sent bundle's log entry (``exchanged_bundle.summary``) naming the recipients
# it carried everything again to, each with the newest import from them it answered.
RESENT_EVERYTHING = "resent_everything"


class _Received(NamedTuple):
    bundle_id: UUID
    sequence: int
    latest_before: int | None  # its sent_before's latest for this vault; None: not logged
    processed_at: str


def _received_from(session: Session, key_id: str) -> list[_Received]:
    query = select(
        ExchangedBundle.bundle_id,
        ExchangedBundle.sequence,
        ExchangedBundle.summary,
        ExchangedBundle.processed_at,
    ).where(ExchangedBundle.direction == "received", ExchangedBundle.sender == key_id)
    return [
        _Received(bundle_id, sequence, _latest_before(summary), processed_at)
        for bundle_id, sequence, summary, processed_at in session.execute(query)
    ]


def _latest_before(summary: dict[str, Any] | None) -> int | None:
    latest = (summary or {}).get("sent_before", {}).get("latest")
    return latest if isinstance(latest, int) else None


def _went_back(bundles: Sequence[_Received]) -> bool:
    """True if these bundles from one sender (all to this vault) cannot come from one vault
    that only ever went forward."""
    ids_by_number: dict[int, set[UUID]] = {}
    for bundle in bundles:
        ids_by_number.setdefault(bundle.sequence, set()).add(bundle.bundle_id)
    if any(len(ids) > 1 for ids in ids_by_number.values()):
        return True
    numbers = sorted(ids_by_number)
    for bundle in bundles:
        if bundle.latest_before is None:
            continue  # version 1, or imported before sent_before was logged
        # It says no bundle to this vault lies between its latest and itself.
        after_latest = bisect_right(numbers, bundle.latest_before)
        if after_latest < len(numbers) and numbers[after_latest] < bundle.sequence:
            return True
    return False


def _resent_everything_through(session: Session, key_id: str) -> str:
    """The newest import from key_id that a bundle carrying everything again answered ("")."""
    query = select(ExchangedBundle.summary).where(ExchangedBundle.direction == "sent")
    answered = [
        summary[RESENT_EVERYTHING][key_id]
        for summary in session.scalars(query)
        if key_id in (summary or {}).get(RESENT_EVERYTHING, {})
    ]
    return max(answered, default="")


def needs_everything_again(session: Session, key_id: str) -> bool:
    """True if the contact's vault went back (restored from a backup) since the last bundle
    that carried it everything again, as the bundles imported from it since then show."""
    since = _resent_everything_through(session, key_id)
    return _went_back([b for b in _received_from(session, key_id) if b.processed_at > since])


def resent_everything_note(session: Session, key_ids: Iterable[str]) -> dict[str, str]:
    """For a bundle carrying everything again to these contacts: the newest import from each
    that it answers (later imports may show that vault went back once more)."""
    return {
        key_id: max((b.processed_at for b in _received_from(session, key_id)), default="")
        for key_id in key_ids
    }


def owes_word_of_restore(session: Session, contacts: Iterable[Contact]) -> bool:
    """True if this vault was restored from a backup after its last since-last bundle to one
    of these contacts (the marks a backup brings back lie before the restore's entry)."""
    query = select(func.max(AuditEntry.seq)).where(
        # Through the record_id index: entries without a record are the few non-edits.
        AuditEntry.record_id.is_(None),
        AuditEntry.action == RESTORED_FROM_BACKUP,
    )
    restored_at = session.scalar(query)
    return restored_at is not None and any(c.records_sent_through < restored_at for c in contacts)
