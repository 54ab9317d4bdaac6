"""A language chosen in Settings shows after a restart, which Save offers at once. With a vault
open the question says the restart locks it; the restart quits as Quit does, so what is typed
in an open form is kept as a draft in the vault and offered after the unlock."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from desktop_app.core import drafts
from desktop_app.core.vault import unlock
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.restart import is_restart_requested
from tests.conftest import PASSPHRASE

WITH_VAULT_OPEN = (
    "Oʻzbekcha is used after Sandiq restarts. Restart now? The vault locks: open forms are "
    "kept as drafts, offered again after you unlock."
)


def _save_language(window: MainWindow, language: str) -> None:
    dialog = window.open_settings()
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData(language))
    dialog.save()


def test_a_new_language_offers_a_restart_and_restarts(qtbot, window, messages):
    _save_language(window, "ru")
    # Before: "applies after restart", and the user had to quit and start Sandiq herself.
    assert messages.texts() == ["Русский is used after Sandiq restarts. Restart now?"]
    assert is_restart_requested(window) and not window.isVisible()


def test_the_restart_locks_an_open_vault_keeping_typed_text_as_a_draft(
    qtbot, unlocked_window, vault_dir, messages
):
    window = unlocked_window
    form = window.registry.open_form("person")
    form.name_edit.setText("Dilorom Yuldasheva")
    _save_language(window, "uz")
    assert messages.texts() == [WITH_VAULT_OPEN]
    assert is_restart_requested(window)
    assert window.vault is None and not form.isVisible()
    reopened = unlock(vault_dir, PASSPHRASE)
    try:
        with reopened.read() as session:
            (draft,) = drafts.list_drafts(session)
        assert draft.record_kind == "person" and draft.label == "Dilorom Yuldasheva"
    finally:
        reopened.lock()


def test_later_keeps_everything_as_it_is(qtbot, unlocked_window, messages):
    window = unlocked_window
    form = window.registry.open_form("person")
    form.name_edit.setText("Dilorom Yuldasheva")
    messages.answer = QMessageBox.StandardButton.No
    _save_language(window, "uz")
    assert messages.texts() == [WITH_VAULT_OPEN]
    assert not is_restart_requested(window)
    assert window.vault is not None and window.isVisible() and form.isVisible()
    assert window.settings.preferences().language == "uz"  # used from the next start


def test_saving_other_settings_asks_nothing(qtbot, window, messages):
    _save_language(window, "en")
    assert messages.texts() == []
    assert not is_restart_requested(window) and window.isVisible()
