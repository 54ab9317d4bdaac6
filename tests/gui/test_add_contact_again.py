"""Adding a colleague's contact file again in the window: the name the user gave is kept
unless they change it (the file's name is not covered by the fingerprint), and a file pairing
a colleague's key with another key is refused before anything is asked."""

from __future__ import annotations

import json
from pathlib import Path

from desktop_app.core.exchange.contacts import add_contact, list_contacts, my_contact_file
from desktop_app.core.vault import Vault
from desktop_app.ui.main_window import PAGE_EXCHANGE, MainWindow
from tests.integration.exchange_support import make_site


def _contact_file(vault: Vault) -> dict[str, str]:
    with vault.read() as session:
        return json.loads(my_contact_file(session))


def _names(vault: Vault) -> list[tuple[str, bool]]:
    with vault.read() as session:
        return [(c.display_name, c.is_verified) for c in list_contacts(session)]


def test_an_edited_name_does_not_rename_a_verified_colleague(
    unlocked_window: MainWindow, tmp_path: Path
) -> None:
    here = unlocked_window.vault
    aziza = make_site(tmp_path, "Aziza").vault
    edited = _contact_file(aziza) | {"name": "Azizx"}
    add_contact(here, json.dumps(_contact_file(aziza)).encode(), is_verified=True)
    path = tmp_path / "aziza.contact"
    path.write_text(json.dumps(edited), encoding="utf-8")
    unlocked_window.go_to(PAGE_EXCHANGE)
    dialog = unlocked_window.exchange_page.contacts.add_contact(path)

    assert dialog is not None
    assert dialog.name_edit.isVisibleTo(dialog) and dialog.chosen_name() == "Aziza"
    assert "calls them Azizx; they keep the name Aziza" in dialog.known_label.text()
    dialog.add_button.click()
    assert _names(here) == [("Aziza", True)]
    again = unlocked_window.exchange_page.contacts.add_contact(path)
    assert again is not None
    again.name_edit.setText("Aziza T.")  # a rename the user asks for
    again.add_button.click()
    assert _names(here) == [("Aziza T.", True)]
    aziza.lock()


def test_a_colleagues_signing_key_with_another_encryption_key_is_refused(
    unlocked_window: MainWindow, tmp_path: Path, messages
) -> None:
    here = unlocked_window.vault
    aziza = make_site(tmp_path, "Aziza").vault
    stranger = make_site(tmp_path / "other", "Stranger").vault
    add_contact(here, json.dumps(_contact_file(aziza)).encode(), is_verified=True)
    forged = _contact_file(aziza) | {"x25519": _contact_file(stranger)["x25519"]}
    path = tmp_path / "forged.contact"
    path.write_text(json.dumps(forged), encoding="utf-8")
    unlocked_window.go_to(PAGE_EXCHANGE)

    assert unlocked_window.exchange_page.contacts.add_contact(path) is None
    assert messages.shown == [
        (
            "warning",
            "This contact file pairs the key of your contact Aziza with a different key: it was "
            "altered or is not theirs, and was not added.",
        )
    ]
    assert _names(here) == [("Aziza", True)]
    aziza.lock()
    stranger.lock()
