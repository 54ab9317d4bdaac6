"""What the search page says above its results: how many were found (never "200 results" when
there are more), the notes about the query, and why a search could not be run. Translated in
the search page's context, where these texts have always been."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from desktop_app.core.errors import SandiqError
from desktop_app.core.search.query import QueryNote
from desktop_app.ui.messages import error_text
from desktop_app.ui.search_notes import note_text


def summary_text(count: int, has_more: bool, total: int | None, notes: Sequence[QueryNote]) -> str:
    """The count of the hits listed (count of total, if more follow) and the query's notes."""
    if has_more and total:
        first = QCoreApplication.translate(
            "SearchPage", "The first %1 of %n result(s); scroll down for more.", "", total
        )
        lines = [first.replace("%1", str(count))]
    elif has_more:
        lines = [
            QCoreApplication.translate(
                "SearchPage", "The first %n result(s); scroll down for more.", "", count
            )
        ]
    else:
        lines = [QCoreApplication.translate("SearchPage", "%n result(s)", "", count)]
    return "  ".join(lines + [note_text(note) for note in notes])


def damage_text() -> str:
    """Why a search met a damaged vault, and what can bring search back."""
    return QCoreApplication.translate(
        "SearchPage",
        "The search could not be run: the vault is damaged. If only the search index is "
        "damaged, rebuilding it brings search back. If the rebuild fails too, restore a "
        "backup made before the damage, or copy what can still be read into a new vault "
        "with the command sandiq salvage --to NEWFOLDER.",
    )


def failure_text(error: BaseException | None) -> str:
    """Why a search could not be run (a bug's text is not shown)."""
    if not isinstance(error, SandiqError):
        return QCoreApplication.translate("SearchPage", "The search could not be run.")
    text = QCoreApplication.translate("SearchPage", "The search could not be run. %1")
    return text.replace("%1", error_text(error))
