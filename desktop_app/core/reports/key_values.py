"""The table of field names and values under a case summary and on the cover.

A value may be of any length: a title or a place of tens of thousands of characters comes in
a bundle as readily as a short one. reportlab cannot place a table row taller than a page, and
cutting a row inside costs it a new layout of all the rest of the row at every page (minutes
for a 500,000-character title). So a long value is cut into rows of at most MAX_CELL_PIECE
characters before layout, drawn as one cell running on; the table is then cut between these
rows as between any others, and inside a row at the foot of a page.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Table, TableStyle

from desktop_app.core.reports.fonts import RegisteredFonts
from desktop_app.core.reports.layout import FRAME_HEIGHT, GRID
from desktop_app.core.reports.rtl import Paragraph, has_rtl

MAX_CELL_PIECE = 3000  # characters of markup in one row: under half a page at full width
MAX_CELL_LINES = 40  # line breaks in one row, for a value made of little else
TALL_ROW = FRAME_HEIGHT / 3  # points
_LINE_BREAK = "<br/>"


class KeyValueTable(Table):
    """A table cut between rows, as any table is, except at a tall row (a third of a page:
    never a short value's), which is cut inside where it meets the foot of the page rather
    than leave that much of the page blank, or no page could hold it whole."""

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        self._calc(available_width, available_height)
        row = self._getFirstPossibleSplitRowPosition(available_height)
        if row < len(self._rowHeights) and self._rowHeights[row] > TALL_ROW:
            self.splitInRow = 1
            parts: list[Flowable] = self._splitRows(available_height, doInRowSplit=1)
            if parts:
                return parts
        self.splitInRow = 0  # a short row moves whole to the next page
        return super().split(available_width, available_height)


def markup_pieces(value: str) -> list[str]:
    """Paragraph markup cut into pieces of at most MAX_CELL_PIECE characters and
    MAX_CELL_LINES line breaks: after a line break or a space where there is one (which the
    cut then stands for), never inside a tag or an entity ("&amp;")."""
    pieces, start = [], 0  # an index, not slices: a value may be megabytes long
    while len(value) - start > MAX_CELL_PIECE or value.count(_LINE_BREAK, start) > MAX_CELL_LINES:
        end, after = first_piece(value, start)
        pieces.append(value[start : start + end])
        start += after
    rest = value[start:]
    return [*pieces, rest] if rest or not pieces else pieces


def first_piece(value: str, start: int = 0) -> tuple[int, int]:
    """Where the piece of value's markup from start ends (it is at most MAX_CELL_PIECE
    characters and MAX_CELL_LINES line breaks long), and where the next starts, both counted
    from start: apart by the line break or space the cut is made at, if there is one."""
    head = value[start : start + MAX_CELL_PIECE]
    breaks = head.split(_LINE_BREAK)
    if len(breaks) > MAX_CELL_LINES:
        head = _LINE_BREAK.join(breaks[:MAX_CELL_LINES]) + _LINE_BREAK
    end = max(head.rfind(_LINE_BREAK), head.rfind(" "))
    if end > 0:
        return end, end + (len(_LINE_BREAK) if head.startswith(_LINE_BREAK, end) else 1)
    end = _outside_tags_and_entities(head)
    return end, end


def _outside_tags_and_entities(head: str) -> int:
    """The end of head, or of its last whole tag or entity if head ends inside one."""
    end = len(head)
    for opening, closing in (("<", ">"), ("&", ";")):
        start = head.rfind(opening)
        if start > head.rfind(closing) and start > 0:
            end = min(end, start)
    return end


def key_value_table(
    rows: Sequence[tuple[str, str]], width: float, fonts: RegisteredFonts, cell: ParagraphStyle
) -> Table:
    """A two-column table of field names (dossier wording) and values (markup), width wide."""
    name_width = min(180.0, max(stringWidth(n, fonts.bold, 8.5) for n, _ in rows) + 16)
    widths = (name_width, width - name_width)
    value_width = widths[1] - 12
    # Names are short dossier wording: plain strings, drawn without a paragraph.
    data: list[list[Paragraph | str]] = []
    style: list[tuple[Any, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("FONT", (0, 0), (0, -1), fonts.bold, 8.5, 11),
        ("FONT", (1, 0), (1, -1), fonts.regular, 8.5, 11),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    for name, value in rows:
        first = len(data)
        data += [
            [name if index == 0 else "", _cell(piece, value_width, fonts, cell)]
            for index, piece in enumerate(markup_pieces(value))
        ]
        last = len(data) - 1
        if last > first:  # one value in several rows: its lines run on with no gap
            style += [
                ("BOTTOMPADDING", (0, first), (-1, last - 1), 0),
                ("TOPPADDING", (0, first + 1), (-1, last), 0),
            ]
        style.append(("LINEBELOW", (0, last), (-1, last), 0.3, GRID))
    table = KeyValueTable(data, colWidths=list(widths), hAlign="LEFT")
    table.setStyle(TableStyle(style))
    return table


def _cell(
    value: str, width: float, fonts: RegisteredFonts, cell: ParagraphStyle
) -> Paragraph | str:
    """Markup as a table cell: a plain string when it needs no markup or wrapping, which
    draws many times faster than a paragraph (a dossier has hundreds of such cells)."""
    if (
        "<" in value
        or "&" in value
        or has_rtl(value)  # drawn as it is stored, it would come out unjoined and reversed
        or stringWidth(value, fonts.regular, 8.5) > width
    ):
        return Paragraph(value, cell)
    return value
