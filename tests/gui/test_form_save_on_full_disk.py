"""A form's Save on a full vault says why, and the autosave that follows a moment later
leaves that in view instead of replacing it with its own failure, which has the same cause.

The vault is full for real: SQLite's page limit (max_page_count) on every connection the vault
hands out makes its writes fail with the error a full disk gives ("database or disk is full").
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import event, text

from desktop_app.core import drafts
from desktop_app.core.errors import VaultUnavailable
from desktop_app.core.vault import Vault
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.messages import error_text

NOTES = "Toshkent, 2024-yil mart. " * 4000  # ~100 kB: more pages than a full vault has free


class FullVault:
    """A vault with no room for one page more until make_room()."""

    def __init__(self, vault: Vault) -> None:
        self.vault = vault
        with vault.read() as session:
            self.pages = session.execute(text("PRAGMA page_count")).scalar_one()
        event.listen(vault.engine, "checkout", self._no_room)

    def _no_room(self, connection, _record, _proxy) -> None:
        connection.execute(f"PRAGMA max_page_count = {self.pages}")

    def make_room(self) -> None:
        """Lift the limit; connections that had it are not handed out again."""
        if event.contains(self.vault.engine, "checkout", self._no_room):
            event.remove(self.vault.engine, "checkout", self._no_room)
            self.vault.engine.dispose()


@pytest.fixture
def full_vault(unlocked_window: MainWindow) -> Iterator[FullVault]:
    """The window's vault, full."""
    full = FullVault(unlocked_window.vault)
    yield full
    full.make_room()


def test_the_save_error_on_a_full_vault_stays_when_the_autosave_fails_too(
    qtbot, unlocked_window, full_vault
) -> None:
    disk_full = error_text(VaultUnavailable(""))  # "…the disk may be full…"
    form = unlocked_window.registry.open_form("person")
    form.name_edit.setText("Dilorom Yuldasheva")
    form.notes_edit.setPlainText(NOTES)
    form.save()
    assert form.isVisible() and form.error_label.text() == disk_full

    form.autosave()  # the autosave timer's tick, a moment later, on the same full vault
    # Before: "Your changes could not be saved as a draft: The vault could not be opened or
    # written: …" in place of the Save's message.
    assert form.error_label.text() == disk_full
    with full_vault.vault.read() as session:
        assert drafts.list_drafts(session) == []  # the draft did fail, for real

    form.name_edit.setText("Dilorom Yoʻldosheva")  # an edit: the Save's message is history
    form.autosave()
    assert form.error_label.text() == f"Your changes are not being kept as a draft. {disk_full}"
    assert form.error_label.text().count("disk may be full") == 1

    full_vault.make_room()
    form.autosave()
    assert not form.error_label.isVisibleTo(form)
    with full_vault.vault.read() as session:
        (draft,) = drafts.list_drafts(session)
    assert draft.label == "Dilorom Yoʻldosheva"
    form.save()
    assert not form.isVisible()
