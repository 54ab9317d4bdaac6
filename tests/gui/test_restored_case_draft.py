"""A restored draft of a new case opens in its case window once saved, as a new case typed
from the main window does."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QWidget

from desktop_app.core import drafts
from desktop_app.ui.case_view import CaseView
from desktop_app.ui.drafts_dialog import DraftsDialog
from desktop_app.ui.forms.case_form import CaseForm
from desktop_app.ui.main_window import MainWindow


def shown(kind: type[QWidget]) -> list[QWidget]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]


def test_a_restored_draft_of_a_new_case_opens_in_its_window_once_saved(
    qtbot, unlocked_window: MainWindow
) -> None:
    registry = unlocked_window.registry
    form = registry.open_form("case")
    qtbot.keyClicks(form.reference_edit, "AND-2026-0015")
    qtbot.keyClicks(form.title_edit, "Searches in Andijan")
    form.save_draft()
    form._closing_silently = True  # as on a crash: the window goes, the draft stays
    form.close()
    with unlocked_window.vault.read() as session:
        items = drafts.list_drafts(session)
    dialog = DraftsDialog(registry, items, unlocked_window)
    qtbot.addWidget(dialog)

    dialog.restore_button.click()
    [restored] = shown(CaseForm)
    assert isinstance(restored, CaseForm) and restored.record_id is None
    restored.save()

    assert not restored.isVisible()
    # Before: the form closed and nothing opened; the user had to find the new row.
    [view] = shown(CaseView)
    assert isinstance(view, CaseView)
    assert view.case_id == restored.record_id
    assert view.heading.text() == "AND-2026-0015  Searches in Andijan"
    with unlocked_window.vault.read() as session:
        assert drafts.list_drafts(session) == []
