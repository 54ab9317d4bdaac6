"""The restore dialog makes room for what it shows: the shares box and a long message push the
controls below them down instead of being drawn over them, in every shipped language."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.ui.i18n import install_translators
from desktop_app.ui.restore_dialog import RestoreDialog

SHARES = (
    "engage therapy academic acid anatomy priority fiscal unwrap custody forecast gasoline "
    "step station industry square withdraw execute fancy born magazine\n"
    "engage therapy academic always cultural grocery hesitate always emperor facility "
    "mountain class pumps velvet impact public cage aide teaspoon revenue"
)


@pytest.fixture
def dialog(qtbot, tmp_path: Path) -> RestoreDialog:
    dialog = RestoreDialog(tmp_path / "restored")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


@pytest.mark.parametrize("language", ["en", "ru", "uz"])
def test_shares_box_leaves_room_for_the_checkboxes_below_it(
    qtbot, tmp_path: Path, language: str
) -> None:
    install_translators(language)
    dialog = RestoreDialog(tmp_path / "restored")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.shares_check.setChecked(True)
    dialog.shares_edit.setPlainText(SHARES)
    # Before: the box at y 87-213 and "Use the recovery key instead" drawn inside it at y 191.
    qtbot.waitUntil(
        lambda: dialog.recovery_check.geometry().top() > dialog.shares_edit.geometry().bottom()
    )
    assert not dialog.shares_check.geometry().intersects(dialog.shares_edit.geometry())
    assert dialog.buttons.geometry().bottom() <= dialog.height()


def test_each_share_is_its_own_line(qtbot, dialog: RestoreDialog) -> None:
    dialog.shares_check.setChecked(True)
    dialog.shares_edit.setPlainText(SHARES)
    # A long share wraps between words; each stays one paragraph, with a rule under it.
    assert dialog.shares_edit.document().blockCount() == 2
    assert dialog.shares_edit.shares() == SHARES.splitlines()


def test_a_long_message_leaves_the_rows_above_it_their_height(qtbot, dialog: RestoreDialog) -> None:
    dialog.message_label.setText(
        "The passphrase is not correct. A backup opens with the passphrase the vault had "
        "when the backup was made. " * 5
    )
    # Before: the checkboxes and the "Restore into" row were squeezed to 10 px to make room.
    rows = (dialog.recovery_check, dialog.shares_check, dialog.target_edit.parentWidget())
    message = dialog.message_label
    qtbot.waitUntil(
        lambda: (
            message.height() >= message.heightForWidth(message.width())
            and all(row.height() >= row.sizeHint().height() for row in rows)
        )
    )
    assert message.geometry().top() > rows[-1].geometry().bottom()
    assert not message.geometry().intersects(dialog.buttons.geometry())
    assert dialog.buttons.geometry().bottom() <= dialog.height()
