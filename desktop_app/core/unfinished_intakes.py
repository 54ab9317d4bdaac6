"""Files being added to a record, recorded in the vault so that an add cut short is said.

An attachment is copied into the vault in one transaction: killed midway (kill -9, a power
cut), nothing of it is kept, as it should be, but nothing told the user either, who went on
believing the file was in the vault. So the files of an intake are recorded first, in a
transaction of their own (``record_intakes``); each record is removed in the transaction that
commits its attachment (``end_intake``), or once the user has been told why the file was not
added (``forget_intakes``). A record that outlives its intake names a file that was never
added, and the next unlock says so (``take_unfinished_intakes``). The name is kept inside the
vault, encrypted like the attachment would have been: never in a file beside it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from contextlib import suppress
from dataclasses import dataclass
from uuid import UUID

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from db.unfinished_intakes import UnfinishedIntake
from desktop_app.core.attachments import safe_file_name
from desktop_app.core.case_file import record_titles
from desktop_app.core.database_errors import database_errors_reported
from desktop_app.core.dates import utc_now
from desktop_app.core.errors import InvalidInput, SandiqError
from desktop_app.core.vault import Vault


@dataclass(frozen=True)
class InterruptedIntake:
    """A file whose adding to a record did not finish: its name as the vault would have kept
    it, and the record (its label, '' if the record is gone)."""

    file_name: str
    owner_id: UUID
    owner_label: str


def record_intakes(
    vault: Vault, owner_kind: str, owner_id: UUID, file_names: Sequence[str]
) -> list[int | None]:
    """Commit, in a transaction of its own, that these files are about to be added to the
    record; for each, the id to end or forget it by, None for a name the vault would refuse
    (adding that file fails at once, said there), and for every file of a vault opened in an
    older format (it has no table for them). Raises SandiqError, recording nothing, if the
    vault cannot be written."""
    if vault.older_format is not None:
        return [None] * len(file_names)
    now = utc_now()
    rows: list[UnfinishedIntake | None] = []
    for name in file_names:
        try:
            kept = safe_file_name(name)
        except InvalidInput:
            rows.append(None)
            continue
        rows.append(
            UnfinishedIntake(
                owner_kind=owner_kind, owner_id=owner_id, file_name=kept, started_at=now
            )
        )
    with database_errors_reported(), vault.transaction() as session:
        session.add_all(row for row in rows if row is not None)
        session.flush()
        return [None if row is None else row.id for row in rows]


def end_intake(session: Session, intake_id: int | None) -> None:
    """Forget the intake in session's transaction: the one that commits its attachment."""
    if intake_id is not None:
        session.execute(delete(UnfinishedIntake).where(UnfinishedIntake.id == intake_id))


def forget_intakes(vault: Vault, intake_ids: Iterable[int | None]) -> None:
    """Forget intakes the user is told about now (refused, cancelled, never tried), in a
    transaction of their own; if the vault cannot be written, they are said again at the next
    unlock, which is true: the files were not added."""
    wanted = [intake_id for intake_id in intake_ids if intake_id is not None]
    if not wanted:
        return
    with suppress(SandiqError), database_errors_reported(), vault.transaction() as session:
        session.execute(delete(UnfinishedIntake).where(UnfinishedIntake.id.in_(wanted)))


def take_unfinished_intakes(vault: Vault) -> list[InterruptedIntake]:
    """The files whose adding never finished, in the order they were recorded, forgotten once
    read (said once); a read alone when there are none, so that an unlock does not wait on
    another program's write. None in a vault opened in an older format (it has no table for
    them). Raises SandiqError, forgetting nothing, if the vault cannot be written."""
    if vault.older_format is not None:
        return []
    with database_errors_reported(), vault.read() as session:
        if session.scalar(select(UnfinishedIntake.id).limit(1)) is None:
            return []
    with database_errors_reported(), vault.transaction() as session:
        rows = session.scalars(select(UnfinishedIntake).order_by(UnfinishedIntake.id)).all()
        if not rows:  # said meanwhile by another window of this vault
            return []
        labels = record_titles(session, [(row.owner_kind, row.owner_id) for row in rows])
        session.execute(delete(UnfinishedIntake).where(UnfinishedIntake.id <= rows[-1].id))
        return [
            InterruptedIntake(row.file_name, row.owner_id, labels.get(row.owner_id, ""))
            for row in rows
        ]
