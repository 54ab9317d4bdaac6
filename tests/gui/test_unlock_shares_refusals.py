"""The unlock dialog names what is wrong with colleagues' recovery shares: which share is from
another set, and a whole set pasted on one line."""

from __future__ import annotations

from pathlib import Path

from desktop_app.core import recovery_shares
from desktop_app.core.vault_creation import create_vault
from desktop_app.ui.main_window import MainWindow
from tests.conftest import FAST_KDF, PASSPHRASE


def _refusal(qtbot, window: MainWindow, text: str) -> str:
    dialog = window.show_unlock()
    dialog.shares_check.setChecked(True)
    dialog.shares_edit.setPlainText(text)
    before = dialog.message_label.text()
    dialog.attempt()
    qtbot.waitUntil(lambda: dialog.message_label.text() not in (before, "Unlocking…"))
    assert window.vault is None
    return dialog.message_label.text()


def test_a_share_of_another_set_and_a_set_on_one_line_are_named(
    qtbot, window, vault_dir: Path, messages
):
    created = create_vault(vault_dir, PASSPHRASE, kdf=FAST_KDF)
    first, second, _ = created.vault.split_recovery(3, 3)
    created.vault.lock()
    stray = recovery_shares.split(recovery_shares.new_secret(), 3, 3)[0]
    # Before: "These shares are not all from the same set", naming none.
    assert _refusal(qtbot, window, f"{stray}\n{first}\n{second}") == (
        "Share 1 is from another set than share 2: every share of a set begins with the same words."
    )
    # Before: "Share 1 has 60 words; a share has 20. Is a word missing or extra?"
    assert _refusal(qtbot, window, f"{first} {second} {stray}") == (
        "Share 1 has 60 words; a share has 20. Put one share per line."
    )
