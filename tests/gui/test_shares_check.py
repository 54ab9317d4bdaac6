"""The copies of a new set of recovery shares are checked before the set is made: words of each
share, typed back from the paper, must match; a wrong one is named, and Back shows that share
again without making a new set."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QLabel, QWidget

from desktop_app.core.errors import SandiqError
from desktop_app.core.vault import unlock_with_shares
from desktop_app.ui import screen_fit, shares_dialog
from desktop_app.ui.i18n import install_translators
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.shares_dialog import RecoverySharesDialog
from tests.conftest import PASSPHRASE

# Words of SLIP-39's list (BIP-39's "abandon" is not one of them).
SLIP39_WORDS = ("academic", "acid", "acne")


def _words_on_screen(dialog: RecoverySharesDialog) -> list[str]:
    labels = [dialog.words.itemAt(i).widget() for i in range(dialog.words.count())]
    numbered = sorted(
        (int(label.text().split(".")[0]), label.text().split()[-1])
        for label in labels
        if isinstance(label, QLabel)
    )
    return [word for _, word in numbered]


def _copy_every_share(dialog: RecoverySharesDialog) -> list[list[str]]:
    """Make a set of 2 of 3 and write each share down as shown; end on the check page."""
    dialog.count_box.setValue(3)
    dialog.threshold_box.setValue(2)
    dialog.make_button.click()
    copies = [_words_on_screen(dialog)]
    while dialog.next_button.isVisible():
        assert not dialog.check_button.isVisible()  # every share is shown before the check
        dialog.next_button.click()
        copies.append(_words_on_screen(dialog))
    assert dialog.check_button.isDefault()
    dialog.check_button.click()
    assert dialog.stack.currentWidget() is dialog.check_page
    return copies


def _type_back(dialog: RecoverySharesDialog, copies: list[list[str]]) -> None:
    for asked in dialog.check_page.asked:
        asked.edit.setText(copies[asked.share][asked.place])


def _field_label(dialog: RecoverySharesDialog, share: int, place: int) -> str:
    asked = next(a for a in dialog.check_page.asked if (a.share, a.place) == (share, place))
    return dialog.check_page.rows.labelForField(asked.edit).text()


@pytest.fixture
def dialog(qtbot, unlocked_window: MainWindow) -> RecoverySharesDialog:
    """The shares dialog as the Vault menu opens it."""
    unlocked_window.menus.shares_action.trigger()
    shown = unlocked_window.findChild(RecoverySharesDialog)
    assert shown is not None and shown.isVisible()
    return shown


def test_words_typed_back_as_written_make_the_set_that_recovers_the_vault(
    qtbot, unlocked_window, dialog, messages
) -> None:
    vault = unlocked_window.vault
    copies = _copy_every_share(dialog)
    page = dialog.check_page
    # Two words of each share, never among the first three, which every share of a set shares.
    assert sorted(a.share for a in page.asked) == [0, 0, 1, 1, 2, 2]
    assert all(3 <= a.place < 20 for a in page.asked)
    first = page.asked[0]
    assert _field_label(dialog, first.share, first.place) == (
        f"Share {first.share + 1}, word {first.place + 1}:"
    )
    assert page.focusWidget() is first.edit
    _type_back(dialog, copies)
    # Written by hand, read back in capitals with a space around: still the same word.
    word = copies[first.share][first.place]
    first.edit.clear()
    qtbot.keyClicks(first.edit, f"  {word.upper()} ")
    assert not vault.has_recovery_shares  # nothing is made before Done
    with qtbot.waitSignal(dialog.accepted):
        page.done_button.click()
    assert vault.has_recovery_shares
    # No error, only the confirmation that the set is made.
    assert messages.texts() == ["The recovery shares are made: any 2 of the 3 open the vault."]
    path = vault.path
    unlocked_window.lock()
    unlock_with_shares(path, [" ".join(copies[2]), " ".join(copies[0])]).lock()


def test_a_wrong_word_is_refused_with_its_share_named(qtbot, unlocked_window, dialog) -> None:
    vault = unlocked_window.vault
    copies = _copy_every_share(dialog)
    page = dialog.check_page
    _type_back(dialog, copies)
    wrong = next(a for a in page.asked if a.share == 1)
    right = copies[1][wrong.place]
    number = f"Share 2, word {wrong.place + 1}"
    other_word = next(w for w in SLIP39_WORDS if w != right)

    wrong.edit.setText(other_word)
    qtbot.keyClick(page.asked[-1].edit, Qt.Key.Key_Return)  # Enter is Done
    assert dialog.isVisible() and not vault.has_recovery_shares
    assert page.message_label.text() == (
        f"{number} does not match the share shown. Press Back to see share 2 again and mend "
        "the copy."
    )
    assert page.focusWidget() is wrong.edit and wrong.edit.selectedText() == other_word

    wrong.edit.setText("abandon")
    page.done_button.click()
    assert page.message_label.text() == (
        f"{number} is not a share word. Check its spelling, here and on the copy."
    )

    wrong.edit.clear()
    page.done_button.click()
    assert page.message_label.text() == f"Type word {wrong.place + 1} of share 2."
    assert not vault.has_recovery_shares


def test_back_shows_the_share_found_wrong_and_the_same_set_is_made(
    qtbot, unlocked_window, dialog
) -> None:
    vault = unlocked_window.vault
    copies = _copy_every_share(dialog)
    pending = dialog.pending
    page = dialog.check_page
    asked_before = [(a.share, a.place) for a in page.asked]
    _type_back(dialog, copies)
    wrong = next(a for a in page.asked if a.share == 1)
    wrong.edit.setText(next(w for w in SLIP39_WORDS if w != copies[1][wrong.place]))
    page.done_button.click()

    page.back_button.click()
    assert dialog.stack.currentIndex() == 1
    assert dialog.share_title.text() == "Share 2 of 3 (any 2 open the vault)"
    assert _words_on_screen(dialog) == copies[1]  # the same share, not a new set
    assert dialog.pending is pending
    # From any share the way back to the check is at hand, and the next share too.
    assert dialog.check_button.isVisible() and dialog.check_button.isDefault()
    dialog.next_button.click()
    assert _words_on_screen(dialog) == copies[2]
    dialog.check_button.click()
    # What was asked, and what was typed, is as it was left.
    assert [(a.share, a.place) for a in page.asked] == asked_before
    assert page.asked[0].edit.text() == copies[page.asked[0].share][page.asked[0].place]

    wrong.edit.setText(copies[1][wrong.place])  # the copy mended
    with qtbot.waitSignal(dialog.accepted):
        page.done_button.click()
    path = vault.path
    unlocked_window.lock()
    unlock_with_shares(path, [" ".join(copies[1]), " ".join(copies[2])]).lock()


def test_the_words_offered_are_slip39_words_in_any_letter_case(qtbot, dialog) -> None:
    _copy_every_share(dialog)
    edit = dialog.check_page.asked[0].edit
    qtbot.keyClicks(edit, "ACAD")
    completer = edit.completer()
    assert completer.model().rowCount() == 1024
    assert completer.currentCompletion() == "academic"
    edit.clear()
    qtbot.keyClicks(edit, "aband")  # BIP-39's first word: not offered
    assert completer.completionCount() == 0


def test_closing_with_the_copies_unchecked_asks_and_keeps_the_old_set(
    qtbot, unlocked_window, dialog, messages
) -> None:
    vault = unlocked_window.vault
    old_set = vault.split_recovery(2, 2)
    copies = _copy_every_share(dialog)
    _type_back(dialog, copies)  # typed, but Done not pressed
    messages.answer = messages.answer.No
    qtbot.keyClick(dialog.check_page.asked[0].edit, Qt.Key.Key_Escape)
    assert dialog.isVisible()
    assert messages.texts() == [
        "Close without making the new set? The shares made before keep opening the vault; "
        "the shares shown here never will."
    ]
    messages.answer = messages.answer.Yes
    with qtbot.waitSignal(dialog.rejected):
        dialog.reject()
    path = vault.path
    unlocked_window.lock()
    unlock_with_shares(path, old_set).lock()
    with pytest.raises(SandiqError):
        unlock_with_shares(path, [" ".join(words) for words in copies])


def test_a_lock_during_the_check_keeps_the_old_set_and_offers_a_new_one(
    qtbot, unlocked_window, dialog, messages
) -> None:
    vault = unlocked_window.vault
    old_set = vault.split_recovery(2, 2)
    copies = _copy_every_share(dialog)
    _type_back(dialog, copies)
    path = vault.path
    unlocked_window.lock()  # the idle timer, before Done
    assert messages.texts() == []  # no question held the lock up
    assert not dialog.isVisible() and unlocked_window.vault is None
    unlock_with_shares(path, old_set).lock()
    with pytest.raises(SandiqError):
        unlock_with_shares(path, [" ".join(words) for words in copies])
    unlock = unlocked_window.show_unlock()
    unlock.passphrase_edit.setText(PASSPHRASE)
    messages.answer = messages.answer.No
    with qtbot.waitSignal(unlocked_window.unlocked):
        unlock.attempt()
    assert any("Make a new set now?" in text for text in messages.texts())


@pytest.mark.parametrize("language", ["ru", "uz", "en"])
def test_every_word_asked_shows_whole_on_a_1024x600_screen(
    qtbot, tmp_vault, monkeypatch, language
) -> None:
    room = QSize(921, 540)  # what room_on_screen leaves of a 1024x600 screen
    monkeypatch.setattr(screen_fit, "room_on_screen", lambda _window: room)
    monkeypatch.setattr(shares_dialog, "room_on_screen", lambda _window: room)
    install_translators(language)
    dialog = RecoverySharesDialog(tmp_vault)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    copies = _copy_every_share(dialog)
    page = dialog.check_page
    _type_back(dialog, copies)
    wrong = page.asked[-1]
    wrong.edit.setText(next(w for w in SLIP39_WORDS if w != copies[wrong.share][wrong.place]))
    page.done_button.click()  # the message, two lines or more, takes room too
    assert page.message_label.text()
    assert dialog.width() <= room.width() and dialog.height() <= room.height()
    fields = [page.rows.labelForField(asked.edit) for asked in page.asked]
    fields += [asked.edit for asked in page.asked]
    fields += [page.message_label, page.back_button, page.done_button]
    # Whole on screen without scrolling, once the layout has taken the message in.
    qtbot.waitUntil(lambda: all(_is_whole(widget) for widget in fields))


def _is_whole(widget: QWidget) -> bool:
    return widget.visibleRegion().boundingRect() == widget.rect()
