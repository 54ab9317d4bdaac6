"""Buttons that act on a table's selected row are enabled only while there is one to act on.

Enabled with nothing selected, such a button did nothing when clicked, without a word: a first
user took the page for broken. Disabled, it says at a glance that a row must be chosen first.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtWidgets import QAbstractButton, QAbstractItemView


def follow_selection(
    table: QAbstractItemView,
    buttons: Sequence[QAbstractButton],
    suits: Callable[[], bool] | None = None,
) -> Callable[[], None]:
    """Enable buttons only while a row of table is selected and suits() (if given) says the
    buttons can act on it; returns the check, to run again after a change it cannot see."""

    def update() -> None:
        has_row = bool(table.selectionModel().selectedRows())
        is_enabled = has_row and (suits is None or suits())
        for button in buttons:
            button.setEnabled(is_enabled)

    selection = table.selectionModel()
    selection.selectionChanged.connect(update)
    selection.currentChanged.connect(update)
    model = table.model()
    # A list read again drops its selection without a selectionChanged.
    for signal in (model.modelReset, model.rowsRemoved, model.layoutChanged):
        signal.connect(update)
    update()
    return update
