"""A bundle that changes nothing here is still imported in the GUI, and recorded as the CLI
records it, so the sender's next bundle does not name it as missing."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from db.exchange_state import ExchangedBundle
from desktop_app.ui.exchange_dialogs import ImportPreviewDialog
from desktop_app.ui.main_window import PAGE_EXCHANGE, MainWindow
from tests.gui.test_exchange_page import WAIT_MS
from tests.integration.exchange_support import Site, introduce, make_site, sample_case

NOTHING_NEW = (
    "Nothing in this bundle is new here. Import it all the same: this vault then records that "
    "it has bundle 1, and later bundles from Aziza do not name it as missing."
)


def _preview(qtbot, window: MainWindow, path: Path) -> ImportPreviewDialog:
    page = window.exchange_page
    page.preview = None
    page.import_bundle(path)
    qtbot.waitUntil(lambda: page.preview is not None, timeout=WAIT_MS)
    assert page.preview is not None
    return page.preview


def test_a_bundle_with_nothing_new_is_imported_and_not_named_missing_later(
    qtbot, unlocked_window: MainWindow, tmp_path: Path, messages
) -> None:
    mine = Site("Test", unlocked_window.vault, tmp_path / "test")
    mine.folder.mkdir()
    aziza, bob = make_site(tmp_path, "Aziza"), make_site(tmp_path, "Bob")
    introduce(mine, aziza, bob)
    sample_case(bob)
    from_bob = bob.export("Test", "Aziza", since_last=True).path
    mine.import_(from_bob)
    aziza.import_(from_bob)
    # Aziza passes on Bob's records: this vault has every one of them already.
    first = aziza.export("Test", since_last=True).path
    unlocked_window.go_to(PAGE_EXCHANGE)

    preview = _preview(qtbot, unlocked_window, first)
    assert "New: 0, newer versions: 0, deleted: 0" in preview.summary_label.text()
    assert NOTHING_NEW in preview.summary_label.text().splitlines()
    assert preview.import_button.isEnabled()
    preview.import_button.click()
    qtbot.waitUntil(lambda: any("Imported: 0 new" in t for t in messages.texts()), timeout=WAIT_MS)
    with mine.vault.read() as session:
        received = session.scalars(
            select(ExchangedBundle.sequence).where(ExchangedBundle.direction == "received")
        ).all()
    assert sorted(received) == [1, 1]  # Bob's bundle 1 and Aziza's, as the CLI records it

    sample_case(aziza, reference="UZ-2")
    second = _preview(qtbot, unlocked_window, aziza.export("Test", since_last=True).path)
    text = second.summary_label.text()
    assert "Bundle 2 from Aziza" in text
    assert "Not imported here" not in text
    assert NOTHING_NEW not in text.splitlines()  # this one brings a case
    aziza.vault.lock()
    bob.vault.lock()
