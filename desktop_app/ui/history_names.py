"""The Name column of a case's History for a testimony without a witness, which showed empty:
the start of its summary, else "Testimony of <date>", else "Testimony without a witness"."""

from __future__ import annotations

from collections.abc import Iterable
from uuid import UUID

from PySide6.QtCore import QCoreApplication
from sqlalchemy.orm import Session

from desktop_app.core.untitled_testimonies import untitled_testimonies
from desktop_app.ui.i18n import fill, format_partial_date


def untitled_testimony_names(session: Session, ids: Iterable[UUID]) -> dict[UUID, str]:
    """A name for each testimony among ids, by its summary or its date (unknown ids are left
    out); for those History cannot name by a witness."""
    names = {}
    for testimony_id, found in untitled_testimonies(session, ids).items():
        if found.summary_start:
            names[testimony_id] = found.summary_start
        elif found.date:
            text = QCoreApplication.translate("HistoryNames", "Testimony of %1")
            names[testimony_id] = fill(text, format_partial_date(found.date))
        else:
            names[testimony_id] = QCoreApplication.translate(
                "HistoryNames", "Testimony without a witness"
            )
    return names
