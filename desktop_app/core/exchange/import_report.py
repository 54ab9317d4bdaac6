"""What importing a bundle did, or would do: the report ``importer.import_bundle`` returns."""

from __future__ import annotations

from dataclasses import dataclass, field
from uuid import UUID

from desktop_app.core.exchange.dangling import DanglingReference
from desktop_app.core.exchange.sequences import MissedBundles


@dataclass(frozen=True)
class Change:
    """One record an import changes (or would change)."""

    kind: str
    record_id: UUID
    action: str  # insert, update, delete (an update to a deletion), conflict
    label: str
    person: str = ""  # case parties only: the person's name
    case: str = ""  # case parties only: the case's reference
    # Case parties only: the person's sex (the GUI names a woman's role in the feminine).
    person_sex: str = ""
    # A conflict only: the safeguards the colleague's version would weaken (``safeguards``);
    # the update is held for the user even when it is not concurrent.
    reasons: tuple[str, ...] = ()
    # The contacts this vault removed (display names) whose edits the version brings in: why
    # a conflict is held (``safeguards.BY_REMOVED_CONTACT``), or a new record to look at.
    removed_authors: tuple[str, ...] = ()
    # Who wrote the incoming version, when not the sender (who only passes it on): a contact's
    # display name, or the start of a key's fingerprint; "" for the sender's own version.
    author: str = ""


@dataclass(frozen=True)
class SettledConflict:
    """An open conflict the import closes: the incoming version has seen the colleague's side."""

    conflict_id: int
    kind: str
    record_id: UUID
    label: str
    person: str = ""  # case parties only, as in Change
    case: str = ""
    person_sex: str = ""


@dataclass(frozen=True)
class NotImported:
    """A record the import leaves out, the rest of the bundle being imported (``own_claims``)."""

    kind: str
    record_id: UUID
    label: str
    reason: str  # one of own_claims.NOT_IMPORTED_REASONS
    person: str = ""  # case parties only, as in Change
    case: str = ""
    person_sex: str = ""


@dataclass(frozen=True)
class ImportReport:
    """What importing a bundle did, or with is_dry_run what it would do."""

    bundle_id: UUID
    sequence: int
    created_at: str
    sender_name: str
    sender_fingerprint: str
    is_sender_known: bool
    is_dry_run: bool
    sender_refusal: str  # why a real import refuses the sender ("" when is_sender_known)
    already_imported_at: str = ""  # set for a replay: nothing was done
    # A replay's number as imported then: a sender's bundle id reused on a bundle numbered
    # otherwise is named by the bundle that used it ("bundle 70, imported on ...").
    already_imported_sequence: int = 0
    last_sequence: int = 0  # the highest sequence imported from this sender before
    # The sender's earlier bundles to this vault never imported here, for a bundle that says
    # what it was sent before (``sequences.missed_bundles``); None for one that does not.
    missed: MissedBundles | None = None
    # When another bundle with this sequence number from this sender was imported ("" if
    # none): their vault was probably restored from a backup (or copied) since.
    same_sequence_imported_at: str = ""
    # Each record counts once: updated excludes deleted, unchanged excludes older.
    inserted: int = 0
    updated: int = 0
    deleted: int = 0  # updates to a deletion
    unchanged: int = 0
    older: int = 0  # ignored: the vault had already edited them further (ours kept)
    conflicts: int = 0  # new conflicts (or newer versions of theirs in waiting ones)
    conflicts_waiting: int = 0  # conflicting versions already waiting: nothing new
    attachments_stored: int = 0
    attachment_bytes: int = 0
    changes: tuple[Change, ...] = field(default=(), repr=False)
    settled: tuple[SettledConflict, ...] = field(default=(), repr=False)
    # Records left out, each for a version no contact may send (not applied, ours kept).
    not_imported: tuple[NotImported, ...] = field(default=(), repr=False)
    # Live records now pointing at a person or case deleted (or merged away) in one of the
    # vaults while the other still used it: the user chooses again (not for a dry run).
    dangling: tuple[DanglingReference, ...] = field(default=(), repr=False)

    @property
    def is_older_than_last(self) -> bool:
        """True when an earlier import from this sender had a higher sequence number."""
        return 0 < self.sequence <= self.last_sequence

    @property
    def skipped(self) -> tuple[range, ...]:
        """For a bundle that does not say what it was sent before (``missed`` is None): the
        sequence numbers between the last bundle imported from this sender and this one (none
        before the first), sent here or to others; see ``sequences``."""
        numbers = range(self.last_sequence + 1, self.sequence)
        is_unknown = self.missed is None
        return (numbers,) if is_unknown and self.last_sequence and numbers else ()

    @property
    def is_sender_restored(self) -> bool:
        """True when another bundle with this sequence number came from this sender: their
        vault was probably restored from a backup, and its counts went back."""
        return bool(self.same_sequence_imported_at)

    @property
    def is_id_reused(self) -> bool:
        """True for a replay whose bundle id came before on a bundle with another number: the
        sender reused the id (or it was forged), so this is not simply the same bundle again."""
        return bool(self.already_imported_at) and self.already_imported_sequence != self.sequence
