"""An attachment whose stored bytes meet a damaged page: viewing it or opening it with another
program says the vault is damaged and what to do, as every other read of a damaged page does,
not "an unexpected error" (or, for the viewer, nothing at all)."""

from __future__ import annotations

import io
import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QLabel

from desktop_app.core.attachments import CHUNK_SIZE, add_attachment
from desktop_app.core.vault import Vault, unlock
from desktop_app.ui.attachment_viewer import AttachmentViewer
from desktop_app.ui.attachments_tab import AttachmentsTab
from desktop_app.ui.main_window import MainWindow
from tests.conftest import PASSPHRASE
from tests.gui.test_damaged_vault_pages import DAMAGED
from tests.integration.test_salvage import damage_a_page


@pytest.fixture
def damaged_tab(qtbot, window: MainWindow, tmp_vault: Vault) -> AttachmentsTab:
    """The Attachments tab of a case whose photo (three chunks) has a damaged page."""
    with tmp_vault.transaction() as session:
        writer = tmp_vault.writer(session)
        case = writer.create("case", {"reference": "UZ-2023-017", "title": "Tashkent"})
        photo = io.BytesIO(b"\xff\xd8\xff\xe0" + os.urandom(3 * CHUNK_SIZE))
        add_attachment(writer, "case", case.id, photo, "photo_detention.jpg")
    damage_a_page(tmp_vault, "attachment_chunk", "length(data)")
    window.attach(unlock(tmp_vault.path, PASSPHRASE, rebuild_stale_index=False))
    view = window.registry.open_case(case.id)
    view.tabs.setCurrentWidget(view.attachments_tab)
    view.attachments_tab.table.selectRow(0)
    return view.attachments_tab


def test_viewing_a_damaged_attachment_says_the_vault_is_damaged(
    damaged_tab: AttachmentsTab,
) -> None:
    damaged_tab.view_current()
    viewer = damaged_tab.findChild(AttachmentViewer)
    assert viewer is not None
    assert isinstance(viewer.content, QLabel)
    assert viewer.content.text() == DAMAGED


def test_opening_a_damaged_attachment_outside_says_the_vault_is_damaged_and_writes_nothing(
    qtbot, damaged_tab: AttachmentsTab, messages, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    target = str(out / "photo_detention.jpg")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (target, ""))
    damaged_tab.open_outside()
    qtbot.waitUntil(lambda: DAMAGED in messages.texts(), timeout=20_000)
    assert "An unexpected error occurred. Your saved work is safe." not in messages.texts()
    assert list(out.iterdir()) == []
