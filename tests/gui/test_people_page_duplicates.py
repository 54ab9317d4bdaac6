"""Possible duplicates are found from the People page, where the two rows of one person are seen,
not only from the Vault menu a new user does not think to open."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QToolButton

from desktop_app.ui.duplicates_dialog import DuplicatesDialog
from desktop_app.ui.main_window import PAGE_PEOPLE, MainWindow


def test_the_people_page_has_a_button_opening_the_duplicates_dialog(
    qtbot, unlocked_window: MainWindow
) -> None:
    window = unlocked_window
    with window.vault.transaction() as session:
        writer = window.vault.writer(session)
        writer.create("person", {"name": "Azimjan Askarov"})
        writer.create("person", {"name": "Азимжан Аскаров"})
    window.nav.setCurrentRow(PAGE_PEOPLE)
    [button] = [
        b
        for b in window.people_page.findChildren(QToolButton)
        if b.defaultAction() is window.menus.duplicates_action
    ]
    assert button.isVisible() and button.isEnabled()
    assert button.text() == "Find &duplicates…"
    assert button.toolTip() == (
        "List people who may have been entered twice, to merge each pair into one"
    )

    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    [dialog] = [w for w in QApplication.topLevelWidgets() if isinstance(w, DuplicatesDialog)]
    assert dialog.isVisible()
    dialog.close()
