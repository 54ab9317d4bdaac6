"""History > Compare with previous on a deletion said "The two versions have the same
content.", as if the deletion had done nothing."""

from __future__ import annotations

from uuid import UUID

from desktop_app.core.deletion import restore_deleted
from desktop_app.core.records import get_record
from desktop_app.core.vault import Vault
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.version_comparison import VersionComparisonDialog


def _compare_line_of(window: MainWindow, case_id: UUID, action: str) -> VersionComparisonDialog:
    """Compare with previous on the case's History line of action; the dialog it opens."""
    tab = window.registry.open_case(case_id).history_tab
    tab.refresh()
    line = next(r for r in range(tab.model.rowCount()) if tab.model.row_at(r).action == action)
    tab.table.selectRow(line)
    tab.compare_button.click()
    [dialog] = tab.findChildren(VersionComparisonDialog)
    return dialog


def _case_of_deleted_then_restored_testimony(vault: Vault) -> UUID:
    with vault.transaction() as session:
        writer = vault.writer(session)
        case = writer.create("case", {"reference": "UZ-2024-0001", "title": "Toshkent"})
        session.flush()
        testimony = writer.create("testimony", {"case": str(case.id), "narrative": "Akam…"})
        case_id, testimony_id = case.id, testimony.id
    with vault.transaction() as session:
        vault.writer(session).delete(get_record(session, "testimony", testimony_id))
    with vault.transaction() as session:
        restore_deleted(vault.writer(session), "testimony", testimony_id)
    return case_id


def test_comparing_a_deletion_says_the_record_is_deleted(
    qtbot, unlocked_window: MainWindow
) -> None:
    case_id = _case_of_deleted_then_restored_testimony(unlocked_window.vault)
    dialog = _compare_line_of(unlocked_window, case_id, "delete")
    assert dialog.summary.text() == (
        "The record is deleted in version 2. Its fields are the same in both versions."
    )


def test_comparing_a_restoration_says_the_record_is_back(
    qtbot, unlocked_window: MainWindow
) -> None:
    case_id = _case_of_deleted_then_restored_testimony(unlocked_window.vault)
    dialog = _compare_line_of(unlocked_window, case_id, "restore")
    assert dialog.summary.text() == (
        "The record, deleted in version 2, is restored in version 3. "
        "Its fields are the same in both versions."
    )
