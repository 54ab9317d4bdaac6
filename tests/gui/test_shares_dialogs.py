"""Recovery shares in the GUI: made from the Vault menu and shown once, word by word; typed
into the unlock dialog to open the vault and set a new passphrase."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QApplication, QLabel

from desktop_app.core.errors import SandiqError
from desktop_app.core.vault import Vault, unlock, unlock_with_shares
from desktop_app.core.vault_creation import create_vault
from desktop_app.ui import screen_fit, shares_dialog
from desktop_app.ui.i18n import install_translators
from desktop_app.ui.passphrase_dialog import ChangePassphraseDialog
from desktop_app.ui.settings import Settings
from desktop_app.ui.shares_dialog import RecoverySharesDialog
from desktop_app.ui.unlock_dialog import UnlockDialog
from tests.conftest import FAST_KDF, PASSPHRASE

NEW_PASSPHRASE = "a brand new passphrase"


def _word_labels(dialog: RecoverySharesDialog) -> list[QLabel]:
    return [dialog.words.itemAt(i).widget() for i in range(dialog.words.count())]


def _words_on_screen(dialog: RecoverySharesDialog) -> list[str]:
    labels = [dialog.words.itemAt(i).widget() for i in range(dialog.words.count())]
    numbered = sorted(
        (int(label.text().split(".")[0]), label.text().split()[-1])
        for label in labels
        if isinstance(label, QLabel)
    )
    return [word for _, word in numbered]


def test_the_menu_makes_shares_and_shows_each_once(qtbot, unlocked_window, messages) -> None:
    vault = unlocked_window.vault
    unlocked_window.menus.shares_action.trigger()
    dialog = unlocked_window.findChild(RecoverySharesDialog)
    assert dialog is not None and dialog.isVisible()
    assert not dialog.remove_button.isVisible()  # nothing to remove yet
    dialog.count_box.setValue(3)
    dialog.threshold_box.setValue(3)
    dialog.count_box.setValue(2)  # fewer shares than were needed: the threshold follows
    assert dialog.threshold_box.value() == 2
    dialog.count_box.setValue(3)
    dialog.make_button.click()
    assert not vault.has_recovery_shares  # not before every share was shown
    assert dialog.share_title.text() == "Share 1 of 3 (any 2 open the vault)"
    seen = [_words_on_screen(dialog)]
    assert len(seen[0]) == 20
    # Esc before the last share asks first; answered No, the shares stay on screen.
    messages.answer = messages.answer.No
    dialog.reject()
    assert dialog.isVisible()
    dialog.next_button.click()
    seen.append(_words_on_screen(dialog))
    dialog.next_button.click()
    seen.append(_words_on_screen(dialog))
    assert not dialog.next_button.isVisible()
    dialog.check_button.click()
    assert not vault.has_recovery_shares  # not before the copies were checked
    for asked in dialog.check_page.asked:
        asked.edit.setText(seen[asked.share][asked.place])
    with qtbot.waitSignal(dialog.accepted):
        dialog.check_page.done_button.click()
    assert vault.has_recovery_shares
    # Before: the dialog closed and nothing said the set was made.
    assert messages.texts()[-1] == "The recovery shares are made: any 2 of the 3 open the vault."
    vault_path = vault.path
    unlocked_window.lock()
    assert len({tuple(words) for words in seen}) == 3
    unlock_with_shares(vault_path, [" ".join(seen[2]), " ".join(seen[0])]).lock()


def test_shares_typed_into_the_unlock_dialog_open_the_vault(qtbot, window, vault_dir) -> None:
    created = create_vault(vault_dir, PASSPHRASE, kdf=FAST_KDF)
    shares = created.vault.split_recovery(2, 3)
    created.vault.lock()
    dialog = window.show_unlock()
    dialog.shares_check.setChecked(True)
    assert dialog.passphrase_label.text() == "&Shares:"
    assert dialog.shares_edit.isVisible() and not dialog.passphrase_edit.isVisible()
    dialog.recovery_check.setChecked(True)  # the two exclude each other
    assert not dialog.shares_check.isChecked()
    assert dialog.passphrase_label.text() == "&Recovery key:"
    dialog.shares_check.setChecked(True)
    assert not dialog.recovery_check.isChecked()

    # One share is not enough: said in words, and not counted as a failed attempt.
    dialog.shares_edit.setPlainText(shares[1])
    dialog.attempt()
    qtbot.waitUntil(lambda: not dialog.busy.isVisible())
    assert dialog.message_label.text() == "2 shares are needed to open the vault; 1 typed."
    assert window.settings.failed_unlocks(vault_dir) == 0
    words = shares[0].split()
    words[4] = "salom"
    dialog.shares_edit.setPlainText(f"{shares[1]}\n{' '.join(words)}")
    dialog.attempt()
    qtbot.waitUntil(lambda: not dialog.busy.isVisible())
    assert dialog.message_label.text() == (
        "Share 2: word 5 is not a share word. Check its spelling."
    )

    dialog.shares_edit.setPlainText(f"{shares[1]}\n\n{shares[0].upper()}\n")
    with qtbot.waitSignal(window.unlocked):
        dialog.attempt()
    change = window.findChild(ChangePassphraseDialog)
    assert change is not None and change.isVisible()
    change.new_edit.setText(NEW_PASSPHRASE)
    change.repeat_edit.setText(NEW_PASSPHRASE)
    with qtbot.waitSignal(change.accepted):
        change.ok_button.click()
    window.lock()
    unlock(vault_dir, NEW_PASSPHRASE).lock()


def test_shares_of_another_vault_or_a_removed_set_never_bring_the_wipe_closer(
    qtbot, settings: Settings, vault_dir: Path, tmp_path: Path
) -> None:
    mine = create_vault(vault_dir, PASSPHRASE, kdf=FAST_KDF).vault
    old_set = mine.split_recovery(2, 2)
    mine.remove_recovery_shares()
    mine.lock()
    other = create_vault(tmp_path / "other", PASSPHRASE, kdf=FAST_KDF).vault
    foreign = other.split_recovery(2, 2)
    other.lock()
    dialog = UnlockDialog(vault_dir, settings)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.shares_check.setChecked(True)
    # Shares of a removed set: no key to try, so not a failed attempt.
    dialog.shares_edit.setPlainText("\n".join(old_set))
    dialog.attempt()
    qtbot.waitUntil(lambda: not dialog.busy.isVisible())
    assert dialog.message_label.text() == (
        "This vault has no recovery shares: they were removed, or never made."
    )
    assert settings.failed_unlocks(vault_dir) == 0
    mine = unlock(vault_dir, PASSPHRASE)
    mine.split_recovery(2, 2)
    mine.lock()
    dialog.shares_edit.setPlainText("\n".join(foreign))
    dialog.attempt()
    qtbot.waitUntil(lambda: not dialog.busy.isVisible())
    assert dialog.message_label.text().startswith("These shares do not open this vault")
    # Shares cannot be guessed: the wipe counter guards weak passphrases only.
    assert settings.failed_unlocks(vault_dir) == 0


def test_removing_the_shares_asks_then_retires_them(qtbot, unlocked_window, messages) -> None:
    vault = unlocked_window.vault
    vault.split_recovery(2, 2)
    dialog = RecoverySharesDialog(vault, unlocked_window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.existing_label.isVisible() and dialog.remove_button.isVisible()
    messages.answer = messages.answer.No
    dialog.remove_button.click()
    assert vault.has_recovery_shares
    messages.answer = messages.answer.Yes
    dialog.remove_button.click()
    assert not vault.has_recovery_shares
    assert not dialog.remove_button.isVisible()
    assert "The recovery shares were removed." in messages.texts()


def test_a_lock_closes_the_shares_dialog_at_once_and_the_old_set_stays(
    qtbot, unlocked_window, messages
) -> None:
    vault = unlocked_window.vault
    old_set = vault.split_recovery(2, 2)
    unlocked_window.menus.shares_action.trigger()
    dialog = unlocked_window.findChild(RecoverySharesDialog)
    dialog.make_button.click()  # share 1 of 3 on screen, two not yet shown
    unlocked_window.lock()
    assert messages.texts() == []  # no question held the lock up
    assert not dialog.isVisible() and unlocked_window.vault is None
    unlock_with_shares(vault.path, old_set).lock()


def test_closing_before_every_share_was_shown_keeps_the_old_set(
    qtbot, unlocked_window, messages
) -> None:
    vault = unlocked_window.vault
    old_set = vault.split_recovery(2, 2)
    dialog = RecoverySharesDialog(vault, unlocked_window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.count_box.setValue(2)
    dialog.make_button.click()
    first = " ".join(_words_on_screen(dialog))
    dialog.next_button.click()
    second = " ".join(_words_on_screen(dialog))  # every share seen, Done not pressed
    messages.answer = messages.answer.Yes
    dialog.reject()
    assert not dialog.isVisible()
    assert any("The shares made before keep opening the vault" in t for t in messages.texts())
    path = vault.path
    unlocked_window.lock()
    unlock_with_shares(path, old_set).lock()
    with pytest.raises(SandiqError):
        unlock_with_shares(path, [first, second])


def test_ctrl_enter_in_the_shares_box_unlocks(qtbot, window, vault_dir) -> None:
    created = create_vault(vault_dir, PASSPHRASE, kdf=FAST_KDF)
    shares = created.vault.split_recovery(2, 2)
    created.vault.lock()
    dialog = window.show_unlock()
    dialog.shares_check.setChecked(True)
    dialog.shares_edit.setPlainText("\n".join(shares))
    dialog.shares_edit.setFocus()
    with qtbot.waitSignal(window.unlocked):
        qtbot.keyClick(dialog.shares_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)


def _first_share_on_screen(qtbot, vault: Vault, language: str) -> RecoverySharesDialog:
    install_translators(language)
    dialog = RecoverySharesDialog(vault)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.make_button.click()
    return dialog


@pytest.mark.parametrize("language", ["ru", "uz", "en"])
def test_every_share_word_shows_whole_on_a_small_screen(qtbot, tmp_vault, language) -> None:
    dialog = _first_share_on_screen(qtbot, tmp_vault, language)
    # Before: the dialog kept the setup page's height and the words were cut top and bottom.
    assert dialog.width() <= 800 and dialog.height() <= 600
    labels = _word_labels(dialog)
    assert len(labels) == 20
    for label in labels:
        assert label.sizeHint().height() <= label.height(), label.text()
        assert label.sizeHint().width() <= label.width(), label.text()
        # Whole on screen, without scrolling.
        assert label.visibleRegion().boundingRect() == label.rect(), label.text()


def test_share_words_scroll_rather_than_squeeze_when_the_screen_is_too_small(
    qtbot, tmp_vault, monkeypatch
) -> None:
    tiny = QSize(420, 240)  # smaller than any real screen: the page cannot fit
    monkeypatch.setattr(screen_fit, "room_on_screen", lambda _window: tiny)
    monkeypatch.setattr(shares_dialog, "room_on_screen", lambda _window: tiny)
    dialog = _first_share_on_screen(qtbot, tmp_vault, "ru")
    assert dialog.width() <= tiny.width() and dialog.height() <= tiny.height()
    qtbot.waitUntil(dialog.share_area.verticalScrollBar().isVisible)
    for label in _word_labels(dialog):
        assert label.sizeHint().height() <= label.height(), label.text()


def test_enter_in_the_setup_page_makes_shares_and_never_removes_them(
    qtbot, unlocked_window, messages
) -> None:
    vault = unlocked_window.vault
    vault.split_recovery(2, 2)
    dialog = RecoverySharesDialog(vault, unlocked_window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.count_box.setFocus()
    # Before: "Remove the shares" was the default button, and its question defaulted to Yes.
    qtbot.keyClick(dialog.count_box, Qt.Key.Key_Return)
    assert messages.texts() == []
    assert dialog.stack.currentIndex() == 1 and len(_word_labels(dialog)) == 20


def test_the_question_before_removing_the_shares_defaults_to_no(
    qtbot, unlocked_window, messages
) -> None:
    vault = unlocked_window.vault
    vault.split_recovery(2, 2)
    dialog = RecoverySharesDialog(vault, unlocked_window)
    qtbot.addWidget(dialog)
    dialog.show()
    messages.answer = messages.answer.No
    dialog.remove_button.click()
    assert messages.defaults == [messages.answer.No]
    assert vault.has_recovery_shares


def test_two_shares_typed_into_the_unlock_dialog_are_seen_whole(qtbot, window, vault_dir) -> None:
    # Before, the box held six lines: at the dialog's width the second share was cut in half.
    created = create_vault(vault_dir, PASSPHRASE, kdf=FAST_KDF)
    shares = created.vault.split_recovery(2, 3)
    created.vault.lock()
    dialog = window.show_unlock()
    dialog.shares_check.setChecked(True)
    dialog.resize(444, dialog.height())
    dialog.shares_edit.setPlainText(f"{shares[0]}\n{shares[1]}")
    qtbot.waitUntil(lambda: dialog.shares_edit.isVisible())
    QApplication.processEvents()
    assert dialog.shares_edit.verticalScrollBar().maximum() == 0


def _make_set_through_the_dialog(qtbot, window, count: int, needed: int) -> None:
    window.menus.shares_action.trigger()
    (dialog,) = [d for d in window.findChildren(RecoverySharesDialog) if d.isVisible()]
    dialog.count_box.setValue(count)
    dialog.threshold_box.setValue(needed)
    dialog.make_button.click()
    seen = []
    for index in range(count):
        dialog._show_share(index)
        seen.append(_words_on_screen(dialog))
    dialog.check_button.click()
    for asked in dialog.check_page.asked:
        asked.edit.setText(seen[asked.share][asked.place])
    with qtbot.waitSignal(dialog.accepted):
        dialog.check_page.done_button.click()


def test_done_confirms_the_new_set_and_that_the_old_one_no_longer_opens(
    qtbot, unlocked_window, messages
) -> None:
    _make_set_through_the_dialog(qtbot, unlocked_window, 3, 2)
    _make_set_through_the_dialog(qtbot, unlocked_window, 5, 3)
    assert messages.texts()[-1] == (
        "The new recovery shares are made: any 3 of the 5 open the vault. The shares made "
        "before no longer do."
    )
