"""A woman's role in a case is named in the feminine where the Exchange page names a case party:
an import's changes and notes (the preview and the summary), the conflict list's Record column
and the conflict window's title, as the People tab names it (a protected woman too, beside her
pseudonym). Before, these said "Пострадавший" for a woman."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, QThreadPool

from desktop_app.ui.conflict_list import ConflictList
from desktop_app.ui.exchange_models import ChangeListModel, ConflictListModel
from desktop_app.ui.import_notes import import_notes
from tests.gui.test_female_roles import russian  # noqa: F401 (a fixture)
from tests.integration.exchange_support import Site, introduce, make_site

WOMAN = {"name": "Гульнора Каримова", "sex": "female"}
PROTECTED = {**WOMAN, "protected": True, "pseudonym": "Свидетель А"}


@pytest.fixture
def alice_and_bob(tmp_path: Path) -> Iterator[tuple[Site, Site]]:
    alice, bob = make_site(tmp_path, "Alice"), make_site(tmp_path, "Bob")
    introduce(alice, bob)
    yield alice, bob
    QThreadPool.globalInstance().waitForDone()
    for site in (alice, bob):
        site.vault.lock()


def _party_rows(model: ChangeListModel) -> list[str]:
    return [
        model.display(model.row_at(r), model.COL_RECORD)
        for r in range(model.rowCount())
        if model.row_at(r).kind == "case_party"
    ]


@pytest.mark.usefixtures("russian")
@pytest.mark.parametrize("person", [WOMAN, PROTECTED], ids=["woman", "protected woman"])
def test_an_imports_changes_name_a_womans_role_in_the_feminine(
    qtbot, alice_and_bob: tuple[Site, Site], person: dict[str, object]
) -> None:
    alice, bob = alice_and_bob
    case = alice.write("case", {"reference": "UZ-2024-0001", "title": "Задержание"})
    woman = alice.write("person", person)
    alice.write("case_party", {"case": str(case), "person": str(woman), "role": "victim"})
    named = "Свидетель А" if person is PROTECTED else "Гульнора Каримова"
    model = ChangeListModel()
    # She comes in the same bundle: the preview knows her only from it.
    path = alice.export("Bob", since_last=True).path
    model.set_report(bob.import_(path, dry_run=True))
    assert _party_rows(model) == [f"{named}, Пострадавшая в деле UZ-2024-0001"]
    bob.import_(path)
    # She is in Bob's vault already: a new role of hers is named from there.
    alice.write("case_party", {"case": str(case), "person": str(woman), "role": "relative"})
    model.set_report(bob.import_(alice.export("Bob", since_last=True).path))
    assert _party_rows(model) == [f"{named}, Родственница в деле UZ-2024-0001"]


@pytest.mark.usefixtures("russian")
def test_a_held_note_names_a_womans_role_in_the_feminine(
    qtbot, alice_and_bob: tuple[Site, Site]
) -> None:
    alice, bob = alice_and_bob
    first = alice.write("case", {"reference": "UZ-2024-0001", "title": "Задержание"})
    second = alice.write("case", {"reference": "UZ-2024-0002", "title": "Обыск"})
    woman = alice.write("person", WOMAN)
    party = alice.write("case_party", {"case": str(first), "person": str(woman), "role": "victim"})
    bob.import_(alice.export("Bob", since_last=True).path)
    alice.edit("case_party", party, case=str(second))  # held: moves her role to another case
    report = bob.import_(alice.export("Bob", since_last=True).path, dry_run=True)
    (note,) = import_notes(report, is_done=False)
    assert "Гульнора Каримова, Пострадавшая в деле" in note


@pytest.mark.usefixtures("russian")
def test_the_conflict_list_and_window_name_a_womans_role_in_the_feminine(
    qtbot, alice_and_bob: tuple[Site, Site]
) -> None:
    alice, bob = alice_and_bob
    case = alice.write("case", {"reference": "UZ-2024-0001", "title": "Задержание"})
    woman = alice.write("person", WOMAN)
    party = alice.write("case_party", {"case": str(case), "person": str(woman), "role": "witness"})
    bob.import_(alice.export("Bob", since_last=True).path)
    alice.edit("case_party", party, role="relative")
    bob.edit("case_party", party, role="victim")
    alice.import_(bob.export("Alice", since_last=True).path)
    conflicts = ConflictList(lambda: alice.vault)
    qtbot.addWidget(conflicts)
    conflicts.refresh(alice.vault)
    model = conflicts.model
    # Named as this vault has it (Alice's "relative"), for the woman it names.
    assert model.display(model.row_at(0), ConflictListModel.COL_RECORD) == "Родственница"
    conflicts.table.selectionModel().select(
        model.index(0, 0),
        QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
    )
    dialog = conflicts.resolve()
    assert dialog is not None
    assert dialog.record_title.text() == "Родственница"
    dialog.reject()
