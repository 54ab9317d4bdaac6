"""The recovery shares dialog as an Uzbek tester met it: the share's words are said to be
English, the check of the copies opens with every word asked in sight, and the setup page's
fields have Alt keys."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from desktop_app.core.vault import Vault
from desktop_app.ui import screen_fit, shares_dialog
from desktop_app.ui.i18n import install_translators
from desktop_app.ui.shares_dialog import RecoverySharesDialog
from tests.gui.conftest import activate

ENGLISH_WORDS = "The words are English: copy them letter by letter."
# What room_on_screen leaves of the tester's 1280x860 screen.
TESTERS_ROOM = QSize(1152, 774)


def _dialog(qtbot, vault: Vault, monkeypatch, language: str) -> RecoverySharesDialog:
    monkeypatch.setattr(screen_fit, "room_on_screen", lambda _window: TESTERS_ROOM)
    monkeypatch.setattr(shares_dialog, "room_on_screen", lambda _window: TESTERS_ROOM)
    install_translators(language)
    dialog = RecoverySharesDialog(vault)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _is_whole(widget: QWidget) -> bool:
    return widget.visibleRegion().boundingRect() == widget.rect()


def test_the_share_says_its_words_are_english_below_them(qtbot, tmp_vault, monkeypatch) -> None:
    dialog = _dialog(qtbot, tmp_vault, monkeypatch, "en")
    dialog.make_button.click()
    note = next(label for label in dialog.findChildren(QLabel) if label.text() == ENGLISH_WORDS)
    assert note.isVisible() and _is_whole(note)
    words = [dialog.words.itemAt(i).widget() for i in range(dialog.words.count())]
    last_row = max(word.geometry().bottom() for word in words)
    assert note.geometry().top() > last_row  # under the words, where the eye leaves them


@pytest.mark.parametrize("language", ["uz", "ru", "en"])
def test_the_check_opens_with_every_word_asked_in_sight(
    qtbot, tmp_vault, monkeypatch, language
) -> None:
    dialog = _dialog(qtbot, tmp_vault, monkeypatch, language)
    dialog.count_box.setValue(3)
    dialog.make_button.click()
    while dialog.next_button.isVisible():
        dialog.next_button.click()
    dialog.check_button.click()
    page = dialog.check_page
    assert dialog.stack.currentWidget() is page
    QApplication.processEvents()
    # Before: 560x289 in Uzbek, "Share 3, word 14" below a scroll bar on a screen with room.
    assert page.words_area.verticalScrollBar().maximum() == 0
    fields = [page.rows.labelForField(asked.edit) for asked in page.asked]
    fields += [asked.edit for asked in page.asked]
    assert len(fields) == 12
    assert all(_is_whole(field) for field in fields)


def test_the_setup_fields_are_reached_with_alt_keys(qtbot, tmp_vault, monkeypatch) -> None:
    dialog = _dialog(qtbot, tmp_vault, monkeypatch, "en")
    activate(qtbot, dialog)
    alt = Qt.KeyboardModifier.AltModifier
    QTest.keyClick(dialog, Qt.Key.Key_N, alt)  # "&Needed to open the vault:"
    qtbot.waitUntil(dialog.threshold_box.hasFocus)
    QTest.keyClick(dialog, Qt.Key.Key_S, alt)  # "&Shares to make:"
    qtbot.waitUntil(dialog.count_box.hasFocus)
