"""After unlock, a stale search index is rebuilt on a worker behind a progress dialog; search
stays off until it is done, a cancel leaves the vault usable, and a lock stops the rebuild."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from db.fts import clear_index, set_meta
from desktop_app.core.search.index import FOLD_VERSION_KEY
from desktop_app.core.vault import Vault, unlock
from desktop_app.ui.index_rebuild import IndexProgressDialog
from desktop_app.ui.main_window import PAGE_SEARCH, MainWindow
from tests.conftest import PASSPHRASE
from tests.gui.conftest import activate


@pytest.fixture
def stale_vault(tmp_vault: Vault) -> Path:
    """A locked vault with a case and a person, whose index an older Sandiq left behind."""
    with tmp_vault.transaction() as session:
        writer = tmp_vault.writer(session)
        writer.create("case", {"reference": "UZ-2005-0013", "title": "Andijan"})
        writer.create("person", {"name": "Shamsuddinov"})
    with tmp_vault.transaction() as session:
        clear_index(session)
        set_meta(session, FOLD_VERSION_KEY, "0")
    tmp_vault.lock()
    return tmp_vault.path


@pytest.fixture
def gate(monkeypatch: pytest.MonkeyPatch) -> Iterator[threading.Event]:
    """Holds every rebuild at its start until the test opens the gate (or cancels it), so
    the test sees the dialog while the worker runs; the rebuild itself is the real one."""
    opened = threading.Event()
    rebuild = Vault.rebuild_search_index

    def held(
        self: Vault,
        progress: Callable[[int, int], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> int:
        while not opened.wait(0.01) and not (cancelled is not None and cancelled()):
            pass
        return rebuild(self, progress, cancelled)

    monkeypatch.setattr(Vault, "rebuild_search_index", held)
    yield opened
    opened.set()


def search_hits(qtbot, window: MainWindow, query: str) -> int:
    """Search from the search page as a user does; the number of results shown."""
    window.go_to(PAGE_SEARCH)
    page = window.search_page
    page.query_edit.setText(query)
    page.run_search()
    qtbot.waitUntil(lambda: page.summary_label.text() != "")
    return page.model.rowCount()


def unlock_in_dialog(qtbot, window: MainWindow) -> None:
    dialog = window.show_unlock()
    qtbot.keyClicks(dialog.passphrase_edit, PASSPHRASE)
    qtbot.keyClick(dialog.passphrase_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.vault is not None, timeout=10000)


def progress_dialog(window: MainWindow) -> IndexProgressDialog:
    dialog = window.index_rebuild.dialog
    assert dialog is not None
    return dialog


def test_unlock_rebuilds_a_stale_index_behind_a_progress_dialog_then_search_finds(
    qtbot, window: MainWindow, stale_vault: Path, gate: threading.Event
) -> None:
    shown: list[tuple[int, int, bool]] = []
    unlock_in_dialog(qtbot, window)
    dialog = progress_dialog(window)
    dialog.bar.valueChanged.connect(
        lambda _value: shown.append((dialog.bar.value(), dialog.bar.maximum(), dialog.isVisible()))
    )
    assert dialog.isVisible()
    assert dialog.windowModality() == Qt.WindowModality.WindowModal
    assert dialog.windowTitle() == "Updating the search index"
    assert "rebuilt" in dialog.why_label.text()
    assert window.case_model.rowCount() == 1  # the vault is open behind the dialog
    assert not window.search_page.query_edit.isEnabled()  # no search on the stale index

    with qtbot.waitSignal(window.index_rebuild.finished) as finished:
        gate.set()
    assert finished.args == [True]
    assert shown[-1] == (2, 2, True)  # determinate, counted to the end while visible
    assert window.index_rebuild.dialog is None
    assert not dialog.isVisible()
    assert window.vault is not None and window.vault.search_index_is_current()
    assert window.search_page.query_edit.isEnabled()
    assert not window.search_page.rebuild_button.isVisible()
    assert search_hits(qtbot, window, "Шамсутдинов") == 1  # Cyrillic finds the Latin name


def test_a_current_index_opens_without_a_dialog(qtbot, window: MainWindow, tmp_vault: Vault):
    tmp_vault.lock()
    unlock_in_dialog(qtbot, window)
    assert window.index_rebuild.dialog is None
    assert not window.index_rebuild.is_running()
    assert window.search_page.query_edit.isEnabled()


def test_cancel_keeps_the_vault_usable_with_search_off_and_offers_the_rebuild_again(
    qtbot, window: MainWindow, stale_vault: Path, gate: threading.Event
) -> None:
    unlock_in_dialog(qtbot, window)
    dialog = progress_dialog(window)
    with qtbot.waitSignal(window.index_rebuild.finished) as finished:
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # Cancel
    assert finished.args == [False]
    assert window.vault is not None
    assert window.case_model.rowCount() == 1
    assert not window.vault.search_index_is_current()
    window.go_to(PAGE_SEARCH)
    page = window.search_page
    assert page.stale_label.isVisible()
    assert page.rebuild_button.isVisible()
    assert not page.query_edit.isEnabled()

    # The next unlock offers the rebuild again.
    window.lock()
    unlock_in_dialog(qtbot, window)
    assert progress_dialog(window).isVisible()
    with qtbot.waitSignal(window.index_rebuild.finished):
        progress_dialog(window).reject()

    # So does the search page, at once.
    window.go_to(PAGE_SEARCH)
    gate.set()
    with qtbot.waitSignal(window.index_rebuild.finished) as finished:
        qtbot.mouseClick(page.rebuild_button, Qt.MouseButton.LeftButton)
    assert finished.args == [True]
    assert not page.rebuild_button.isVisible()
    assert search_hits(qtbot, window, "Andijan") == 1


def test_lock_during_the_rebuild_rolls_it_back_and_locks(
    qtbot, window: MainWindow, stale_vault: Path, gate: threading.Event
) -> None:
    unlock_in_dialog(qtbot, window)
    dialog = progress_dialog(window)
    activate(qtbot, dialog)
    qtbot.keyClick(dialog, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)  # past the modal
    assert window.vault is None
    assert not dialog.isVisible()
    assert not window.index_rebuild.is_running()
    assert window.unlock_dialog is not None
    vault = unlock(stale_vault, PASSPHRASE, rebuild_stale_index=False)
    assert not vault.search_index_is_current()
    vault.lock()


def test_cancel_keeps_the_dialog_up_until_the_rebuild_has_rolled_back(
    qtbot, window: MainWindow, stale_vault: Path, gate: threading.Event
) -> None:
    unlock_in_dialog(qtbot, window)
    dialog = progress_dialog(window)
    with qtbot.waitSignal(window.index_rebuild.finished):
        dialog.reject()
        # The worker is still in its transaction: the dialog stays, saying so.
        assert dialog.isVisible() and dialog.count_label.text() == "Cancelling…"
        assert not dialog.buttons.isEnabled()
    assert window.index_rebuild.dialog is None
