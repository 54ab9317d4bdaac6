"""Where a new passphrase is chosen (the create-vault wizard, Change passphrase) its strength
is shown by a bar and the same words, and nothing is judged before anything is typed."""

from __future__ import annotations

import pytest

from desktop_app.ui.create_wizard import CreateVaultWizard
from desktop_app.ui.i18n import install_translators
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.passphrase_dialog import ChangePassphraseDialog
from tests.conftest import FAST_KDF


def test_the_wizard_judges_no_passphrase_before_one_is_typed(qtbot, vault_dir) -> None:
    install_translators("uz")
    wizard = CreateVaultWizard(vault_dir, FAST_KDF)
    qtbot.addWidget(wizard)
    wizard.show()
    meter = wizard.passphrase_page.strength_meter
    assert meter.word_label.text() == ""  # before: "juda zaif" over an empty field
    qtbot.keyClicks(wizard.passphrase_page.passphrase_edit, "abc")
    assert meter.word_label.text() == "juda zaif"
    wizard.passphrase_page.passphrase_edit.clear()
    assert meter.word_label.text() == "" and meter.bar.value() == 0


@pytest.mark.parametrize(
    ("typed", "word"),
    [("", ""), ("abc", "very weak"), ("correct horse battery staple", "very strong")],
)
def test_change_passphrase_names_the_strength_as_the_wizard_does(
    qtbot, unlocked_window: MainWindow, vault_dir, typed: str, word: str
) -> None:
    dialog = ChangePassphraseDialog(unlocked_window.vault, unlocked_window, FAST_KDF)
    dialog.show()
    wizard = CreateVaultWizard(vault_dir, FAST_KDF)
    qtbot.addWidget(wizard)
    dialog.new_edit.setText(typed)
    wizard.passphrase_page.passphrase_edit.setText(typed)
    # Before: the dialog's bar alone, with no word.
    assert dialog.strength_meter.word_label.isVisible()
    shown = dialog.strength_meter.word_label.text()
    assert shown == wizard.passphrase_page.strength_meter.word_label.text() == word
    dialog.close()
