"""The send wizard's last step says when a since-last bundle carries everything again, from the
start, to a colleague whose vault was restored from a backup (much larger than usual), and
counts the protected people it carries accordingly."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from desktop_app.ui.main_window import PAGE_EXCHANGE, MainWindow
from desktop_app.ui.send_wizard import ExportWizard
from tests.integration.test_bundle_to_restored_colleague_preview import alice_went_back

EVERYTHING_AGAIN = (
    "This bundle carries everything again, from the start, because a colleague's vault was "
    "restored from a backup: Alice."
)


def _last_step(qtbot, window: MainWindow) -> ExportWizard:
    window.go_to(PAGE_EXCHANGE)
    wizard = window.exchange_page.send_bundle()
    assert wizard is not None
    wizard.next()
    wizard.next()  # every change since the last bundle, to Alice (the only colleague)
    qtbot.waitUntil(lambda: wizard.protected_label.text() != "Counting…", timeout=10_000)
    return wizard


def test_the_last_step_says_the_bundle_carries_everything_again(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    alice, bob = alice_went_back(tmp_path)
    alice.vault.lock()
    bob.write("case", {"reference": "KG-2011-0001", "title": "Detention in Osh"})
    window.attach(bob.vault)
    wizard = _last_step(qtbot, window)
    assert wizard.everything_label.isVisible()
    assert wizard.everything_label.text() == EVERYTHING_AGAIN
    assert wizard.protected_label.text().startswith(
        "This bundle carries the real name of 1 protected person;"
    )
    wizard.back()
    wizard.back()
    wizard.cases_radio.setChecked(True)  # cases go whole, whatever was sent before
    wizard.case_list.item(0).setCheckState(Qt.CheckState.Checked)
    wizard.next()
    wizard.next()
    qtbot.waitUntil(lambda: wizard.protected_label.text() != "Counting…", timeout=10_000)
    assert not wizard.everything_label.isVisible()
    wizard.reject()
