"""The files being added to the vault now: a row is committed before a file's bytes are copied
in and removed in the transaction that commits the attachment, so a row that outlives its copy
(killed midway, a power cut) tells the next unlock which file was not added. The vault's own
bookkeeping, inside the encrypted file like the name it holds: nothing else reads it."""

from __future__ import annotations

from uuid import UUID

from sqlalchemy import String, Text
from sqlalchemy.orm import Mapped, mapped_column

from db.models import Base


class UnfinishedIntake(Base):
    """One file whose copy into the vault has begun and not yet ended."""

    __tablename__ = "unfinished_intake"

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)  # in the order given
    owner_kind: Mapped[str] = mapped_column(String(16))
    owner_id: Mapped[UUID]
    file_name: Mapped[str] = mapped_column(Text)  # as the attachment would have been named
    started_at: Mapped[str] = mapped_column(String(32))
