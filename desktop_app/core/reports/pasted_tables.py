"""Tables pasted into case text from Word or a spreadsheet, which arrive as lines of cells
between tabs ("ФИО\\tДолжность\\tКабинет").

reportlab draws a tab as one space at most, so the columns ran together into one line of words
("ФИО Должность Кабинет Что делал"). Two or more such lines in a row are laid out as a plain
table, a column per tab; a lone such line, or a run that cannot make a readable table (too many
columns, a cell longer than a grid cell may be), keeps a wide gap in place of each tab. The
text is redacted before it is cut into cells, as all case text is (context.py).

A first row of words over a column of figures ("№ / ФИО / Дата задержания" over "1 / … /
12.03.2022") is taken for the table's header: it is drawn bold and repeated at the top of each
page the table runs on to, as a lawyer reading page 3 of a list needs it. A first row that may
be data is never repeated: printed twice it would read as two entries.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator, Sequence

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Table

from desktop_app.core.reports.key_values import MAX_CELL_PIECE

MAX_COLUMNS = 10  # more would leave each column a few letters wide on a page
ROWS_PER_TABLE = 40  # reportlab lays a table out anew at each split: long pastes go in parts
# Two no-break spaces and a space: a visible gap in place of a tab, that may still end a line.
TAB_GAP = "\u00a0\u00a0 "
FIGURES_UNDER_HEADER = 0.75  # share of the rows below whose cell in a column holds a figure

Rows = list[list[str]]


def is_row(line: str) -> bool:
    """Whether a line of text is a row of cells: a tab between words, not an indent."""
    return "\t" in line.strip()


def runs(lines: Sequence[str]) -> Iterator[tuple[Rows | None, list[str]]]:
    """The lines in runs, each as (its cells if it is a run of rows that make a table, else
    None; its lines with each tab replaced by TAB_GAP)."""
    for row_run, group in itertools.groupby(lines, key=is_row):
        chunk = list(group)
        cells = [[cell.strip() for cell in line.strip().split("\t")] for line in chunk]
        gapped = [line.replace("\t", TAB_GAP) for line in chunk]
        yield (cells if row_run and _makes_a_table(cells) else None), gapped


def _makes_a_table(rows: Rows) -> bool:
    return (
        len(rows) >= 2
        and max(len(row) for row in rows) <= MAX_COLUMNS
        and all(len(cell) <= MAX_CELL_PIECE for row in rows for cell in row)
    )


def text_widths(
    rows: Rows, font: str, size: float, first_row_font: str
) -> tuple[list[float], list[float]]:
    """Points each column's longest cell takes on one line, and its longest word, the first
    row's cells in first_row_font (a header's, bold)."""
    columns = max(len(row) for row in rows)

    def widest(column: int, parts: Callable[[str], list[str]]) -> float:
        return max(
            (
                stringWidth(part, first_row_font if index == 0 else font, size)
                for index, row in enumerate(rows)
                if column < len(row)
                for part in parts(row[column])
            ),
            default=0.0,
        )

    return (
        [widest(column, lambda cell: [cell]) for column in range(columns)],
        [widest(column, str.split) for column in range(columns)],
    )


def has_header(rows: Rows) -> bool:
    """Whether the first row names the columns: it holds no figure, and under one of its
    cells most rows hold one (a number, a date, a room)."""
    first, below = rows[0], rows[1:]
    if not below or any(char.isdigit() for cell in first for char in cell):
        return False
    for column, name in enumerate(first):
        cells = [row[column] if column < len(row) else "" for row in below]
        with_figures = sum(any(char.isdigit() for char in cell) for cell in cells)
        if name and with_figures >= FIGURES_UNDER_HEADER * len(cells):
            return True
    return False


def in_parts(rows: Rows) -> list[Rows]:
    """rows in parts of at most ROWS_PER_TABLE, each padded to the same number of cells; a
    header row (has_header) heads every part, above ROWS_PER_TABLE rows of its own."""
    columns = max(len(row) for row in rows)
    padded = [row + [""] * (columns - len(row)) for row in rows]
    head, body = (padded[:1], padded[1:]) if has_header(rows) else ([], padded)
    return [head + body[i : i + ROWS_PER_TABLE] for i in range(0, len(body), ROWS_PER_TABLE)]


class HeadedPart(Flowable):
    """A part after the first of a pasted table with a header row: the header is drawn above
    it where it starts a page, and left out where it goes on under the part before (a header
    in the middle of a page would read as the start of another table).

    make(rows, is_headed) lays out rows as a table, the first of them its header if
    is_headed. starts_page: the rest of a split part, which waits for the next page."""

    def __init__(
        self, rows: Rows, make: Callable[[Rows, bool], Table], starts_page: bool = False
    ) -> None:
        super().__init__()
        self.rows = rows
        self.make = make
        self.starts_page = starts_page
        self._tables: dict[bool, Table] = {}

    def _table(self) -> Table:
        frame = self._doctemplateAttr("frame")
        is_headed = self.starts_page or frame is None or bool(frame._atTop)
        table = self._tables.get(is_headed)
        if table is None:
            rows = self.rows if is_headed else self.rows[1:]
            table = self._tables[is_headed] = self.make(rows, is_headed)
            table.is_continuation = self.starts_page  # type: ignore[attr-defined]
        table.canv = self.canv
        return table

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self._chosen = self._table()
        self.width, self.height = self._chosen.wrap(available_width, available_height)
        return self.width, self.height

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        table = self._table()
        parts = table.split(available_width, available_height)
        if table.repeatRows or len(parts) != 2 or table.splitInRow:
            return parts  # a headed table repeats its header itself; a row cut inside: rare
        # Headless here, the rows that go on to the next page start it under the header.
        rest = self.rows[len(parts[0]._cellvalues) + 1 :]
        after = HeadedPart([self.rows[0], *rest], self.make, starts_page=True)
        after.spaceBefore, after.spaceAfter = self.getSpaceBefore(), self.getSpaceAfter()
        return [parts[0], after]

    def draw(self) -> None:
        """The table the last wrap chose, at this flowable's place."""
        self._chosen.drawOn(self.canv, 0, 0)
