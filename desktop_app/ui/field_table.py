"""A read-only table of a record's fields, one column of values per version of it."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

from desktop_app.ui.i18n import field_label, field_text


def field_table(
    headers: Sequence[str],
    fields: Sequence[str],
    versions: Sequence[Mapping[str, Any]],
    accessible_name: str,
    labels: Mapping[str, str],
) -> QTableWidget:
    """The fields by their translated names, then each version's values (``field_text``);
    the records a version refers to by their labels (id text -> label), when known.

    A narrative's row grows to its whole text at the columns' final width (they stretch with the
    window) and scrolls by pixels: nothing of any version is cut off.
    """
    table = QTableWidget(len(fields), 1 + len(versions))
    table.setAccessibleName(accessible_name)
    table.setHorizontalHeaderLabels(list(headers))
    table.verticalHeader().hide()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setWordWrap(True)
    for row, name in enumerate(fields):
        values = [v.get(name) if name == "id" else _named(v.get(name), labels) for v in versions]
        texts = [field_label(name), *(field_text(name, value) for value in values)]
        for column, text in enumerate(texts):
            item = QTableWidgetItem(text)
            item.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            table.setItem(row, column, item)
    header = table.horizontalHeader()
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
    for column in range(1, 1 + len(versions)):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
    # Once the columns have settled: sized on each column's signal, rows kept the height of a
    # narrower layout (blank space under a long text).
    fit_rows = QTimer(table)
    fit_rows.setSingleShot(True)
    fit_rows.setInterval(0)
    fit_rows.timeout.connect(table.resizeRowsToContents)
    header.sectionResized.connect(lambda *_: fit_rows.start())
    table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    return table


def _named(value: Any, labels: Mapping[str, str]) -> Any:
    if isinstance(value, str):
        return labels.get(value, value)
    if isinstance(value, list):
        return [labels.get(item, item) if isinstance(item, str) else item for item in value]
    return value
