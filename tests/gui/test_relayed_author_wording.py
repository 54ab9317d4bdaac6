"""The conflict dialog and the import notes credit a relayed version to the colleague who
wrote it, and name the colleague whose bundle brought it only as its bearer."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from uuid import UUID

import pytest

from desktop_app.core.exchange.conflicts import conflict_detail, list_conflicts, resolve_conflict
from desktop_app.core.person_merge import merge_persons
from desktop_app.ui.conflict_dialog import ConflictDialog
from desktop_app.ui.import_notes import held_notes
from tests.integration.exchange_support import Site, introduce, make_site


@pytest.fixture
def ring(tmp_path: Path) -> Iterator[tuple[Site, Site, Site, dict[str, UUID]]]:
    """Aziza, Bekzod and Dilya, each holding Aziza's people."""
    aziza, bekzod, dilya = (make_site(tmp_path, n) for n in ("Aziza", "Bekzod", "Dilya"))
    introduce(aziza, bekzod, dilya)
    ids = {
        "latipov": aziza.write("person", {"name": "Латипов Ғайратжон"}),
        "latypov": aziza.write("person", {"name": "Latypov Gairatzhan"}),
        "witness": aziza.write(
            "person", {"name": "Каримова Нилуфар", "protected": True, "pseudonym": "Witness N"}
        ),
    }
    first = aziza.export("Bekzod", "Dilya", since_last=True).path
    bekzod.import_(first)
    dilya.import_(first)
    yield aziza, bekzod, dilya, ids
    for site in (aziza, bekzod, dilya):
        site.vault.lock()


def _relay(sender: Site, to: Site) -> None:
    to.import_(sender.export(to.name, since_last=True).path)


def _dialog(qtbot, site: Site) -> ConflictDialog:
    with site.vault.read() as session:
        (conflict,) = list_conflicts(session)
        dialog = ConflictDialog(conflict_detail(session, conflict.id))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _intro(dialog: ConflictDialog) -> str:
    layout = dialog.layout()
    return layout.itemAt(layout.indexOf(dialog.reason) + 1).widget().text()


def test_a_relayed_concurrent_edit_is_credited_to_its_author(qtbot, ring) -> None:
    aziza, bekzod, dilya, ids = ring
    aziza.edit("person", ids["latipov"], birth_date="1985-02-14")
    dilya.edit("person", ids["latipov"], occupation="trader at the bazaar")
    _relay(aziza, bekzod)
    _relay(bekzod, dilya)
    dialog = _dialog(qtbot, dilya)
    assert _intro(dialog) == (
        "This record was changed here and by Aziza at the same time. Keep which version?"
    )
    assert dialog.relay_note.isVisible()
    assert dialog.relay_note.text() == "Aziza made this version; it came in Bekzod's bundle."
    assert dialog.table.horizontalHeaderItem(dialog.THEIRS_COLUMN).toolTip() == "Aziza"


def test_the_senders_own_edit_has_no_relay_note(qtbot, ring) -> None:
    aziza, _, dilya, ids = ring
    aziza.edit("person", ids["latipov"], birth_date="1985-02-14")
    dilya.edit("person", ids["latipov"], occupation="trader at the bazaar")
    _relay(aziza, dilya)
    dialog = _dialog(qtbot, dilya)
    assert "by Aziza at the same time" in _intro(dialog)
    assert dialog.relay_note.isHidden()


def test_a_relayed_edit_of_a_person_merged_here_names_who_edited_it(qtbot, ring) -> None:
    aziza, bekzod, dilya, ids = ring
    with aziza.vault.transaction() as session:
        merge_persons(aziza.vault.writer(session), ids["latipov"], ids["latypov"])
    bekzod.edit("person", ids["latypov"], birth_date="1985-02-14")
    _relay(bekzod, dilya)
    _relay(dilya, aziza)  # Dilya passes on Bekzod's edit
    dialog = _dialog(qtbot, aziza)
    assert dialog.merge_note.text().startswith(
        "This vault merged this person into Латипов Ғайратжон; Bekzod edited it."
    )
    assert dialog.relay_note.text() == "Bekzod made this version; it came in Dilya's bundle."


def test_a_relayed_held_version_names_its_author_in_the_notes_and_the_dialog(qtbot, ring) -> None:
    aziza, bekzod, dilya, ids = ring
    dilya.edit("person", ids["witness"], occupation="seller at the bazaar")
    # Aziza drops the protection by mistake; Bekzod keeps her version and passes it on.
    aziza.edit("person", ids["witness"], protected=False, pseudonym="")
    _relay(aziza, bekzod)
    with bekzod.vault.read() as session:
        (held,) = list_conflicts(session)
    resolve_conflict(bekzod.vault, held.id, "theirs")
    report = dilya.import_(bekzod.export("Dilya", since_last=True).path)
    assert held_notes(report) == [
        "Held for your decision: Bekzod's bundle removes the protection of “Witness N”. "
        "It is Aziza's edit, which Bekzod passes on."
    ]
    dialog = _dialog(qtbot, dilya)
    assert dialog.reason.text().startswith("Aziza's version removes this person's protection")
    assert dialog.relay_note.text() == "Aziza made this version; it came in Bekzod's bundle."
