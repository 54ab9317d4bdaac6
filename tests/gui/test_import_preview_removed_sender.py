"""The preview of a bundle from a removed contact shows when they were removed as it shows the
time the bundle was made: in the GUI's one date format, not core's UTC day."""

from __future__ import annotations

from pathlib import Path

from desktop_app.core.exchange.contacts import remove_contact
from desktop_app.ui.exchange_dialogs import ImportPreviewDialog
from desktop_app.ui.i18n import format_timestamp
from tests.integration.exchange_support import introduce, make_site, sample_case


def test_a_removed_senders_preview_gives_both_times_in_one_format(qtbot, tmp_path: Path) -> None:
    mine, aziza = make_site(tmp_path, "Test"), make_site(tmp_path, "Aziza")
    introduce(mine, aziza)
    sample_case(aziza)
    path = aziza.export("Test", since_last=True).path
    remove_contact(mine.vault, "Aziza")
    report = mine.import_(path, dry_run=True)
    assert report.sender_removed_at  # the stored UTC time of the removal

    dialog = ImportPreviewDialog(report)
    qtbot.addWidget(dialog)
    text = dialog.summary_label.text()
    removed = format_timestamp(report.sender_removed_at)
    assert f"Bundle 1 from Aziza, made {format_timestamp(report.created_at)}." in text
    assert f"who was removed from your contacts on {removed} (fingerprint" in text
    assert report.sender_removed_at[:10] not in text.replace(removed, "")
    for site in (mine, aziza):
        site.vault.lock()
