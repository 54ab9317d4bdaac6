"""A new user's first exchange: the colleagues' columns before anyone is added, the contact file
named after its owner and where it went, and the send wizard saying that protected people's
real names travel."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QStyle

from desktop_app.core.exchange.contacts import add_contact, my_contact_file, rename_identity
from desktop_app.core.vault import Vault
from desktop_app.core.vault_creation import create_vault
from desktop_app.ui.exchange_models import ContactListModel
from desktop_app.ui.i18n import install_translators
from desktop_app.ui.main_window import PAGE_EXCHANGE, MainWindow
from tests.conftest import FAST_KDF, PASSPHRASE


@pytest.fixture
def bob(tmp_path: Path) -> Iterator[Vault]:
    """A colleague's vault."""
    vault = create_vault(tmp_path / "bob", PASSPHRASE, display_name="Bob", kdf=FAST_KDF).vault
    yield vault
    if not vault.is_locked:
        vault.lock()


def _add_bob(vault: Vault, bob: Vault) -> None:
    with bob.read() as session:
        add_contact(vault, my_contact_file(session))


def _case(vault: Vault, reference: str, witness: dict[str, Any] | None) -> None:
    with vault.transaction() as session:
        writer = vault.writer(session)
        case = writer.create("case", {"reference": reference, "title": "Detention in Osh"})
        if witness is not None:
            person = writer.create("person", witness)
            session.flush()
            party = {"case": str(case.id), "person": str(person.id), "role": "witness"}
            writer.create("case_party", party)


def _last_step_note(page: Any, reference: str) -> str:
    """The protected-names line on the send wizard's last step ("" if hidden)."""
    wizard = page.send_bundle()
    wizard.cases_radio.setChecked(True)
    for row in range(wizard.case_list.count()):
        item = wizard.case_list.item(row)
        if item.data(Qt.ItemDataRole.UserRole) == reference:
            item.setCheckState(Qt.CheckState.Checked)
    wizard.next()
    wizard.next()
    label = wizard.protected_label
    text = label.text() if label.isVisible() else ""
    wizard.reject()
    return text


def test_send_wizard_says_protected_peoples_real_names_travel(
    unlocked_window: MainWindow, bob: Vault
) -> None:
    vault = unlocked_window.vault
    _add_bob(vault, bob)
    witness = {"name": "Dilnoza Karimova", "protected": True, "pseudonym": "Witness A"}
    _case(vault, "KG-2010-0007", witness)
    _case(vault, "KG-2011-0001", {"name": "Azimjan Askarov"})
    unlocked_window.go_to(PAGE_EXCHANGE)
    page = unlocked_window.exchange_page
    note = _last_step_note(page, "KG-2010-0007")
    assert note.startswith("This bundle carries the real name of 1 protected person;")
    assert "only the colleagues you chose can read it" in note
    assert _last_step_note(page, "KG-2011-0001") == ""  # nobody protected: nothing to say


def test_contact_file_is_named_after_its_owner_and_says_where_it_went(
    unlocked_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, messages
) -> None:
    vault = unlocked_window.vault
    rename_identity(vault, "Центр «Ҳақиқат»/Ош")
    target = tmp_path / "stick" / "ours.contact"
    target.parent.mkdir()
    suggested: list[str] = []

    def save_as(_parent: Any, _caption: str, start: str, *_a: Any, **_k: Any) -> tuple[str, str]:
        suggested.append(start)
        return str(target), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    unlocked_window.go_to(PAGE_EXCHANGE)
    unlocked_window.exchange_page.save_contact_file()
    # Before: "me.contact", the same for everyone and in English.
    assert Path(suggested[0]).name == "Центр «Ҳақиқат»_Ош.contact"
    with vault.read() as session:
        assert target.read_bytes() == my_contact_file(session)
    assert messages.shown[-1][0] == "information"
    assert f"Your contact file is in {target}." in messages.shown[-1][1]


def _title_width(table: Any, column: int) -> int:
    header = table.horizontalHeader()
    title = table.model().headerData(column, Qt.Orientation.Horizontal)
    margin = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    return header.fontMetrics().horizontalAdvance(title) + 2 * margin


def test_colleague_columns_are_as_wide_before_the_first_colleague_as_after(
    unlocked_window: MainWindow, bob: Vault
) -> None:
    install_translators("ru")
    unlocked_window.resize(1100, 720)
    unlocked_window.go_to(PAGE_EXCHANGE)
    contacts = unlocked_window.exchange_page.contacts
    header = contacts.table.horizontalHeader()
    others = [c for c in range(header.count()) if c != ContactListModel.STRETCH_COLUMN]
    empty = {c: header.sectionSize(c) for c in others}
    for column in others:  # "Отпечаток" and "Добавлен" were at the very edge of their columns
        assert empty[column] > _title_width(contacts.table, column)
    _add_bob(unlocked_window.vault, bob)
    unlocked_window.exchange_page.refresh()
    # Before: the fingerprint column jumped from its title's width to the fingerprint's.
    assert {c: header.sectionSize(c) for c in others} == empty
