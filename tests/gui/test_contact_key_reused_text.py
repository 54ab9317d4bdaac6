"""A contact file pairing a known key with a different key is refused with why, naming whose
key it carries (core's ContactKeyReused). Before, the window said "damaged or was altered; ask
for it again", sending the user back to whoever may be posing as their colleague."""

from __future__ import annotations

import json
from pathlib import Path

from desktop_app.core.exchange.contacts import add_contact, list_contacts, my_contact_file
from desktop_app.core.vault import Vault
from desktop_app.ui.main_window import PAGE_EXCHANGE, MainWindow
from tests.integration.exchange_support import make_site

NAME = "Aziza (Toshkent)"


def _contact_file(vault: Vault) -> dict[str, str]:
    with vault.read() as session:
        return json.loads(my_contact_file(session))


def _refusal(window: MainWindow, messages, path: Path) -> str:
    window.go_to(PAGE_EXCHANGE)
    assert window.exchange_page.contacts.add_contact(path) is None
    [(kind, text)] = messages.shown
    assert kind == "warning"
    messages.shown.clear()
    return text


def test_the_refusal_names_the_contact_whose_key_the_file_reuses(
    unlocked_window: MainWindow, tmp_path: Path, messages
) -> None:
    here = unlocked_window.vault
    aziza = make_site(tmp_path, "Aziza").vault
    stranger = make_site(tmp_path / "other", "Stranger").vault
    add_contact(here, json.dumps(_contact_file(aziza)).encode(), display_name=NAME)
    forged = _contact_file(aziza) | {"x25519": _contact_file(stranger)["x25519"]}
    path = tmp_path / "forged.contact"
    path.write_text(json.dumps(forged), encoding="utf-8")

    text = _refusal(unlocked_window, messages, path)
    assert text == (
        f"This contact file pairs the key of your contact {NAME} with a different key: it was "
        "altered or is not theirs, and was not added."
    )
    with here.read() as session:
        assert [c.display_name for c in list_contacts(session)] == [NAME]

    own = _contact_file(here) | {"x25519": _contact_file(stranger)["x25519"]}
    path.write_text(json.dumps(own), encoding="utf-8")
    assert "a key of this vault with a different key" in _refusal(unlocked_window, messages, path)
    aziza.lock()
    stranger.lock()
