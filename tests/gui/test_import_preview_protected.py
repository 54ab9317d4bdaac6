"""The import preview of a bundle that replaces a protected witness with an unprotected copy:
every held row says "Held" and why, and no cell or note shows her real name."""

from __future__ import annotations

from uuid import UUID

from PySide6.QtCore import QAbstractItemModel, Qt

from desktop_app.ui.exchange_dialogs import ImportPreviewDialog
from desktop_app.ui.exchange_models import ChangeListModel
from tests.integration.exchange_support import Site
from tests.integration.test_exchange_safeguards import (  # noqa: F401 (shared is a fixture)
    REAL_NAME,
    shared,
)
from tests.integration.test_exchange_safeguards_newcomers import replace_the_witness


def cells(model: QAbstractItemModel, role: Qt.ItemDataRole) -> list[list[str]]:
    return [
        [str(model.index(row, column).data(role) or "") for column in range(model.columnCount())]
        for row in range(model.rowCount())
    ]


def test_the_preview_marks_held_rows_and_names_her_by_her_pseudonym(
    qtbot,
    shared: tuple[Site, Site, dict[str, UUID]],  # noqa: F811
) -> None:
    alice, bob, ids = shared
    newcomer = replace_the_witness(bob, ids)
    path = bob.export("Alice", since_last=True).path
    preview = ImportPreviewDialog(alice.import_(path, dry_run=True))
    qtbot.addWidget(preview)
    model = preview.model
    shown = cells(model, Qt.ItemDataRole.DisplayRole)
    assert REAL_NAME not in preview.summary_label.text() + repr(shown)
    held = {
        (row[ChangeListModel.COL_RECORD], tip[ChangeListModel.COL_ACTION])
        for row, tip in zip(shown, cells(model, Qt.ItemDataRole.ToolTipRole), strict=True)
        if row[ChangeListModel.COL_ACTION] == "Held"
    }
    assert held == {
        (
            "Witness A",
            "Held for your decision: Bob's bundle deletes “Witness A”, protected or "
            "anonymised here.",
        ),
        (
            "2010-07-02 Saw the arrest.",
            "Held for your decision: Bob's bundle deletes “2010-07-02 Saw the arrest.”, "
            "protected or anonymised here.",
        ),
        (
            f"Person {newcomer}",
            f"Held for your decision: Bob's bundle brings in “Person {newcomer}”, a person who "
            "is not protected, under the name of a protected person.",
        ),
    }
    for row, texts in enumerate(shown):
        sign = model.index(row, ChangeListModel.COL_ACTION).data(Qt.ItemDataRole.DecorationRole)
        assert (sign is not None) is (texts[ChangeListModel.COL_ACTION] == "Held")
