"""Table models over short lists already read whole: one case's people, events, attachments,
and search results (which core limits). Each is a list of frozen rows. The History tab's model,
which reads a page at a time, is ``history_model``."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, ClassVar

from PySide6.QtCore import QAbstractTableModel, QObject, Qt

from desktop_app.core import vocab
from desktop_app.core.case_file import AttachmentRow, EventRow, PartyRow
from desktop_app.core.search.service import SearchHit
from desktop_app.core.search.snippets import plain_snippet
from desktop_app.ui.i18n import (
    act_type_label,
    format_partial_date,
    format_size,
    format_timestamp,
    vocab_label,
)
from desktop_app.ui.media_kind_names import media_kind_name
from desktop_app.ui.record_list_model import ID_ROLE, ROOT, ROW_ROLE, Index
from desktop_app.ui.role_labels import FEMALE, role_label


class RowsModel(QAbstractTableModel):
    """A fixed list of rows; subclasses give headers and cell text."""

    COLUMN_COUNT = 0
    # Columns whose values must be read whole (a role, a date): the table widens them to their
    # longest value whenever the rows change. The main column gives way first.
    WHOLE_COLUMNS: ClassVar[tuple[int, ...]] = ()
    # Columns that widen to their longest value up to so many characters (a list of names).
    GROWING_COLUMNS: ClassVar[dict[int, int]] = {}

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []

    def headers(self) -> list[str]:
        """Column titles, translated."""
        raise NotImplementedError

    def column_values(self, column: int) -> list[str]:
        """Every label a column can show, where they are few (a role's), so that any row's is
        whole, not only the first rows'; [] for other columns."""
        return []

    def display(self, row: Any, column: int) -> str:
        """The text of one cell."""
        raise NotImplementedError

    def set_rows(self, rows: Sequence[Any]) -> None:
        """Replace every row (an empty list clears the view, as on lock)."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> Any:
        """The row object at a position, or None."""
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: Index = ROOT) -> int:
        """Number of rows."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = ROOT) -> int:
        """Number of columns."""
        return 0 if parent.isValid() else self.COLUMN_COUNT

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Cell text, tooltip, the row object or its id."""
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.display(row, index.column())
        if role == ROW_ROLE:
            return row
        if role == ID_ROLE:
            return getattr(row, "id", None) or getattr(row, "record_id", None)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Column titles."""
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            headers = self.headers()
            return headers[section] if 0 <= section < len(headers) else None
        return None


class PartyModel(RowsModel):
    """The people of a case and their roles."""

    COL_NAME, COL_ROLE, COL_PSEUDONYM = range(3)
    COLUMN_COUNT = 3
    STRETCH_COLUMN = COL_NAME
    COLUMN_CHARS: ClassVar[dict[int, int]] = {COL_ROLE: 22}
    WHOLE_COLUMNS = (COL_ROLE, COL_PSEUDONYM)

    def column_values(self, column: int) -> list[str]:
        """The roles' labels, a woman's too."""
        if column != self.COL_ROLE:
            return []
        return [role_label(role, sex) for role in vocab.ROLES for sex in ("", FEMALE)]

    def headers(self) -> list[str]:
        """Column titles."""
        return [self.tr("Name"), self.tr("Role"), self.tr("Pseudonym")]

    def display(self, row: PartyRow, column: int) -> str:
        """Cell text."""
        pseudonym = row.pseudonym if row.is_protected else ""
        return [row.name, role_label(row.role, row.sex), pseudonym][column]


class TimelineModel(RowsModel):
    """A case's events in date order."""

    COL_DATE, COL_ACT, COL_PLACE, COL_VICTIMS, COL_DESCRIPTION = range(5)
    COLUMN_COUNT = 5
    STRETCH_COLUMN = COL_DESCRIPTION
    COLUMN_CHARS: ClassVar[dict[int, int]] = {COL_DATE: 14, COL_ACT: 28, COL_VICTIMS: 20}
    WHOLE_COLUMNS = (COL_DATE, COL_ACT, COL_PLACE)
    # Room for two victims' names where events have them ("Раъно Юсупова, Dilshod Karimov":
    # Cyrillic runs wider than the average character); more are elided, whole in the tooltip.
    GROWING_COLUMNS: ClassVar[dict[int, int]] = {COL_VICTIMS: 40}

    def column_values(self, column: int) -> list[str]:
        """The act types' labels."""
        return [act_type_label(code) for code in vocab.ACT_TYPES] if column == self.COL_ACT else []

    def headers(self) -> list[str]:
        """Column titles."""
        return [
            self.tr("Date"),
            self.tr("Act"),
            self.tr("Place"),
            self.tr("Victims"),
            self.tr("Description"),
        ]

    def display(self, row: EventRow, column: int) -> str:
        """Cell text."""
        date = format_partial_date(row.date) or self.tr("Date unknown")
        summary = " ".join(row.description.split())[:200]
        victims = ", ".join(row.victims)
        return [date, act_type_label(row.act_type), row.place, victims, summary][column]


class AttachmentModel(RowsModel):
    """Files kept in the vault for a case."""

    COL_NAME, COL_TYPE, COL_SIZE, COL_SHA256, COL_RECEIVED = range(5)
    COLUMN_COUNT = 5
    # The file's name gets the room left over, and first of all enough for most names: it is
    # what the user knows a file by. The fingerprint is shown whole where the window has room
    # (a user checks it against the one a sender gave); where not, it gives way first, shown
    # by its two ends (the attachments tab elides it in the middle; whole in its tooltip).
    STRETCH_COLUMN = COL_NAME
    STRETCH_MIN_CHARS = 56
    COLUMN_CHARS: ClassVar[dict[int, int]] = {
        COL_TYPE: 18,
        COL_SIZE: 12,
        COL_SHA256: 20,
        COL_RECEIVED: 18,
    }
    # The kind is never cut: "Изображение…" could be any image, and its words are few
    # ("Изображение JPEG", "JPEG rasm"); a floor wider than any value is the values' width.
    MIN_CHARS: ClassVar[dict[int, int]] = {COL_SHA256: 20, COL_TYPE: 200}
    WHOLE_COLUMNS = (COL_TYPE, COL_SIZE, COL_SHA256, COL_RECEIVED)

    def column_values(self, column: int) -> list[str]:
        """The kinds of the files listed, each once: every row is held, and a case's 60th
        file, past the rows measured, may be of the longest kind."""
        if column != self.COL_TYPE:
            return []
        return sorted({media_kind_name(row.media_type) for row in self._rows})

    def headers(self) -> list[str]:
        """Column titles."""
        return [
            self.tr("File"),
            self.tr("Type"),
            self.tr("Size"),
            self.tr("SHA-256"),
            self.tr("Received"),
        ]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """As any row's, but the type's tooltip is the media type the kind was named from."""
        row = self.row_at(index.row()) if index.isValid() else None
        if role == Qt.ItemDataRole.ToolTipRole and row and index.column() == self.COL_TYPE:
            return row.media_type
        return super().data(index, role)

    def display(self, row: AttachmentRow, column: int) -> str:
        """Cell text."""
        return [
            row.file_name,
            media_kind_name(row.media_type),
            format_size(row.size),
            row.sha256,
            format_timestamp(row.received_at),
        ][column]


class SearchResultModel(RowsModel):
    """Search hits: kind, case reference, snippet with the matches marked."""

    COL_KIND, COL_CASE, COL_SNIPPET = range(3)
    COLUMN_COUNT = 3

    def headers(self) -> list[str]:
        """Column titles."""
        return [self.tr("Kind"), self.tr("Case"), self.tr("Found text")]

    def display(self, row: SearchHit, column: int) -> str:
        """Cell text: the snippet without its match marks (a delegate may highlight them)."""
        snippet = plain_snippet(" ".join(row.snippet.split()))
        return [vocab_label(row.kind), row.case_reference, snippet][column]
