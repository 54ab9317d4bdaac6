"""Adding a colleague whose name another active contact already has needs a name of its own,
in the window as at the command line."""

from __future__ import annotations

from pathlib import Path

from desktop_app.core.exchange.contacts import list_contacts, my_contact_file
from desktop_app.ui.main_window import MainWindow
from tests.integration.exchange_support import Site, introduce, make_site


def test_a_new_key_under_a_taken_name_is_added_only_under_another_name(
    qtbot, unlocked_window: MainWindow, tmp_path: Path
) -> None:
    (tmp_path / "here").mkdir()
    here = Site("Test", unlocked_window.vault, tmp_path / "here")
    introduce(here, make_site(tmp_path, "Dilnoza (Samarqand)"))
    new = make_site(tmp_path / "new-laptop", "dilnoza (samarqand)")
    contact = tmp_path / "new.contact"
    with new.vault.read() as session:
        contact.write_bytes(my_contact_file(session))
    page = unlocked_window.exchange_page
    dialog = page.contacts.add_contact(contact)

    assert dialog is not None
    assert dialog.name_edit.isVisibleTo(dialog) and dialog.name_note.isVisibleTo(dialog)
    assert dialog.name_note.text().startswith(
        "Another colleague in your list is already called Dilnoza (Samarqand)"
    )
    assert not dialog.add_button.isEnabled()
    dialog.name_edit.setText("Dilnoza (new laptop)")
    assert dialog.add_button.isEnabled()
    dialog.add_button.click()
    with here.vault.read() as session:
        names = sorted(c.display_name for c in list_contacts(session))
    assert names == ["Dilnoza (Samarqand)", "Dilnoza (new laptop)"]
    new.vault.lock()
