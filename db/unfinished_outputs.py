"""The hidden temp files and folders that writes outside the vault are making: a dossier, an
export, a bundle, a backup's folder. A row is written before its file is made and removed once
the file is renamed or removed, so a row that outlives its write (killed midway) tells the next
unlock what to remove. The vault's own bookkeeping: nothing else reads it."""

from __future__ import annotations

from sqlalchemy import LargeBinary
from sqlalchemy.orm import Mapped, mapped_column

from db.models import Base


class UnfinishedOutput(Base):
    """One temp file (or folder) outside the vault that a running write may be filling."""

    __tablename__ = "unfinished_output"

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    # The path's bytes (os.fsencode): a folder name may hold bytes that are no UTF-8.
    path: Mapped[bytes] = mapped_column(LargeBinary)
    is_folder: Mapped[bool]
