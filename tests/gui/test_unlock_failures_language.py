"""The unlock dialog's lines about earlier failures are said in the interface language: they
are written in unlock_failures.py but translated in the dialog's context."""

from __future__ import annotations

from pathlib import Path

from desktop_app.core.vault import Vault
from desktop_app.ui.i18n import install_translators
from desktop_app.ui.settings import Preferences, Settings
from desktop_app.ui.unlock_dialog import UnlockDialog


def test_earlier_failures_and_attempts_left_are_said_in_russian(
    qtbot, settings: Settings, tmp_vault: Vault, vault_dir: Path
) -> None:
    settings.save_preferences(Preferences(wipe_after_failures=10))
    settings.set_failed_unlocks(vault_dir, 5)  # as left by the last run
    install_translators("ru")
    try:
        dialog = UnlockDialog(vault_dir, settings)
        qtbot.addWidget(dialog)
        assert dialog.message_label.text() == (
            "Неудачных попыток подряд для этого хранилища: 5. Каждая следующая попытка ждёт "
            "немного дольше.\nОсталось попыток до уничтожения хранилища: 5"
        )
        assert dialog.unlock_button.text() == "Ждите 4 с"  # five failures wait 4 s
    finally:
        install_translators("en")
