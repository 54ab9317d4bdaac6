"""A long note under the search box wraps: it never widens the main window."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from desktop_app.core.vault import Vault
from desktop_app.ui.i18n import install_translators
from desktop_app.ui.main_window import MainWindow


def test_a_long_patronymic_note_does_not_widen_the_window(
    qtbot, unlocked_window: MainWindow
) -> None:
    install_translators("uz")  # the Uzbek note is the longest
    vault: Vault = unlocked_window.vault
    with vault.transaction() as session:
        vault.writer(session).create("person", {"name": "Shuhratjon Nazarqulov"})
    page = unlocked_window.search_page
    unlocked_window.nav.setCurrentRow(unlocked_window.stack.indexOf(page))
    QApplication.processEvents()  # the layouts settle before the widths are compared
    before = unlocked_window.minimumSizeHint().width()
    page.query_edit.setText("Назаркулов Шухратжон Бахтиёровичемович")
    page.run_search()
    qtbot.waitUntil(lambda: "Бахтиёровичемович" in page.summary_label.text())
    QApplication.processEvents()
    assert unlocked_window.minimumSizeHint().width() <= before
    assert page.summary_label.width() <= page.width()
