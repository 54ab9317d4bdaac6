"""The confirmation for resolving several conflicts at once names a held case party's role in
the feminine for a woman, as the conflict list above it does. Before, it said "Пострадавший"
under a row the list called "Пострадавшая"."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QThreadPool

from desktop_app.core.exchange.conflicts import list_conflicts
from desktop_app.ui.conflict_bulk import BulkResolveDialog
from tests.gui.test_female_roles import russian  # noqa: F401 (a fixture)
from tests.integration.exchange_support import Site, introduce, make_site

WOMAN = {"name": "Гульнора Каримова", "sex": "female"}


@pytest.fixture
def alice_and_bob(tmp_path: Path) -> Iterator[tuple[Site, Site]]:
    alice, bob = make_site(tmp_path, "Alice"), make_site(tmp_path, "Bob")
    introduce(alice, bob)
    yield alice, bob
    QThreadPool.globalInstance().waitForDone()
    for site in (alice, bob):
        site.vault.lock()


@pytest.mark.usefixtures("russian")
@pytest.mark.parametrize("keep", ["mine", "theirs"])
def test_the_bulk_confirmation_names_a_held_womans_role_in_the_feminine(
    qtbot, alice_and_bob: tuple[Site, Site], keep: str
) -> None:
    alice, bob = alice_and_bob
    first = alice.write("case", {"reference": "UZ-2024-0001", "title": "Задержание"})
    second = alice.write("case", {"reference": "UZ-2024-0002", "title": "Обыск"})
    woman = alice.write("person", WOMAN)
    party = alice.write("case_party", {"case": str(first), "person": str(woman), "role": "victim"})
    bob.import_(alice.export("Bob", since_last=True).path)
    bob.edit("case_party", party, case=str(second))  # held: moves her role to another case
    alice.import_(bob.export("Alice", since_last=True).path)
    with alice.vault.transaction() as session:
        conflicts = list_conflicts(session)
    assert [(c.record_kind, c.is_held) for c in conflicts] == [("case_party", True)]
    dialog = BulkResolveDialog(keep, conflicts)
    qtbot.addWidget(dialog)
    assert dialog.held_label.text().endswith("\n• Пострадавшая")
