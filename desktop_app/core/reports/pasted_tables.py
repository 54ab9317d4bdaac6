"""Tables pasted into case text from Word or a spreadsheet, which arrive as lines of cells
between tabs ("ФИО\\tДолжность\\tКабинет").

reportlab draws a tab as one space at most, so the columns ran together into one line of words
("ФИО Должность Кабинет Что делал"). Two or more such lines in a row are laid out as a plain
table, a column per tab; a lone such line, or a run that cannot make a readable table (too many
columns, a cell longer than a grid cell may be), keeps a wide gap in place of each tab. The
text is redacted before it is cut into cells, as all case text is (context.py).
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator, Sequence

from reportlab.pdfbase.pdfmetrics import stringWidth

from desktop_app.core.reports.key_values import MAX_CELL_PIECE

MAX_COLUMNS = 10  # more would leave each column a few letters wide on a page
ROWS_PER_TABLE = 40  # reportlab lays a table out anew at each split: long pastes go in parts
# Two no-break spaces and a space: a visible gap in place of a tab, that may still end a line.
TAB_GAP = "\u00a0\u00a0 "

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


def text_widths(rows: Rows, font: str, size: float) -> tuple[list[float], list[float]]:
    """Points each column's longest cell takes on one line, and its longest word."""
    columns = max(len(row) for row in rows)

    def widest(column: int, parts: Callable[[str], list[str]]) -> float:
        texts = (part for row in rows if column < len(row) for part in parts(row[column]))
        return max((stringWidth(text, font, size) for text in texts), default=0.0)

    return (
        [widest(column, lambda cell: [cell]) for column in range(columns)],
        [widest(column, str.split) for column in range(columns)],
    )


def in_parts(rows: Rows) -> list[Rows]:
    """rows in parts of at most ROWS_PER_TABLE, each padded to the same number of cells."""
    columns = max(len(row) for row in rows)
    padded = [row + [""] * (columns - len(row)) for row in rows]
    return [padded[i : i + ROWS_PER_TABLE] for i in range(0, len(padded), ROWS_PER_TABLE)]
