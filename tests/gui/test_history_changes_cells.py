"""The History tab's "Fields changed" cells before and without an answer: the "…" shown while
they are read is translated, and a version whose fields cannot be told says why instead of
the blank cell that says it changed nothing."""

from __future__ import annotations

from collections.abc import Iterator
from uuid import UUID

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication
from sqlalchemy import text

from desktop_app.core.content import to_content
from desktop_app.core.records import get_record
from desktop_app.core.vault import Vault
from desktop_app.ui.history_model import HistoryModel
from desktop_app.ui.main_window import MainWindow


class _Marking(QTranslator):
    """Translates every text of the History model into ⟦text⟧, as if a catalogue had it."""

    def translate(self, context, source, disambiguation=None, n=-1):
        return f"⟦{source}⟧" if context == "HistoryModel" else None  # None: not here

    def isEmpty(self) -> bool:
        return False


@pytest.fixture
def marked() -> Iterator[None]:
    translator = _Marking()
    app = QApplication.instance()
    app.installTranslator(translator)
    yield
    app.removeTranslator(translator)


def _edited_case(vault: Vault) -> UUID:
    """A case whose title was changed twice (versions 2 and 3 each changed the title)."""
    with vault.transaction() as session:
        case = vault.writer(session).create(
            "case", {"reference": "KG-2010-0007", "title": "Osh detention"}
        )
        case_id = case.id
    for title in ("Osh detentions", "Osh detentions, 2010"):
        with vault.transaction() as session:
            case = get_record(session, "case", case_id)
            vault.writer(session).update(case, {**to_content(case), "title": title})
    return case_id


def _history(window: MainWindow, case_id: UUID) -> HistoryModel:
    """The case's History, shown (a tab is read when it is shown)."""
    view = window.registry.open_case(case_id)
    view.tabs.setCurrentWidget(view.history_tab)
    return view.history_tab.model


def _cells(model: HistoryModel) -> dict[int, str]:
    """Version -> the Fields changed cell of the case's lines."""
    return {
        model.row_at(row).version: model.index(row, HistoryModel.COL_CHANGES).data()
        for row in range(model.rowCount())
        if model.row_at(row).record_kind == "case"
    }


def test_the_fields_changed_still_being_read_say_so_in_the_users_language(
    qtbot, unlocked_window: MainWindow, marked
) -> None:
    model = _history(unlocked_window, _edited_case(unlocked_window.vault))
    # Before: "…" in every language, the one text of the tab left out of the catalogue.
    assert _cells(model) == {3: "⟦…⟧", 2: "⟦…⟧", 1: ""}


def test_fields_changed_that_cannot_be_read_say_so_instead_of_nothing(
    qtbot, unlocked_window: MainWindow, tmp_vault: Vault
) -> None:
    case_id = _edited_case(tmp_vault)
    with tmp_vault.engine.begin() as conn:  # bytes that decode to no text, as damage leaves
        conn.execute(text("UPDATE revision SET data = CAST(x'80ff' AS TEXT) WHERE version = 1"))
    model = _history(unlocked_window, case_id)
    qtbot.waitUntil(lambda: not model.is_reading_changes())
    # Before: blank, which says those versions changed nothing.
    assert _cells(model) == {3: "Cannot be read", 2: "Cannot be read", 1: ""}


def test_fields_changed_of_a_version_not_kept_say_it_is_not_known(
    qtbot, unlocked_window: MainWindow, tmp_vault: Vault
) -> None:
    case_id = _edited_case(tmp_vault)
    with tmp_vault.engine.begin() as conn:  # as a salvaged vault may lack a version
        conn.execute(text("DELETE FROM revision WHERE version = 1"))
    model = _history(unlocked_window, case_id)
    qtbot.waitUntil(lambda: not model.is_reading_changes())
    # Before: version 2 (compared with the version 1 lost) blank, as if it changed nothing.
    assert _cells(model) == {3: "Title", 2: "Not known: a version was not kept", 1: ""}
