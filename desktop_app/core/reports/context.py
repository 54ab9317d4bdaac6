"""What every section builder needs: language, styles, the redactor, and safe text helpers.

All case text reaches the PDF through ``ReportContext.redact`` (directly, or through ``text``
and ``para``, which redact first and escape reportlab's markup second); names of people go
through ``person_name``. Dossier wording goes through ``fixed``, ``label`` and ``heading``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Table, TableStyle
from sqlalchemy.orm import Session

from db.models import Person
from desktop_app.core.reports import pasted_tables
from desktop_app.core.reports.keep import lead
from desktop_app.core.reports.key_values import key_value_table
from desktop_app.core.reports.labels import Labels
from desktop_app.core.reports.layout import (
    FRAME_HEIGHT,
    FRAME_WIDTH,
    GRID,
    ContentsLine,
    Heading,
    Styles,
)
from desktop_app.core.reports.long_cells import bounded_rows
from desktop_app.core.reports.name_scripts import spelling_for
from desktop_app.core.reports.redaction import Redactor
from desktop_app.core.reports.rtl import Paragraph

LANGUAGE_INDEX = {"en": 0, "ru": 1, "uz": 2}
HEADER_FILL = colors.HexColor("#e8edf3")
CELL_PADDING = 3.0  # points left and right of a table cell's text
WORD_SLACK = 0.5  # points: a word exactly as wide as its column would still be cut


_BLANK_LINE = re.compile(r"\n[ \t]*\n")
_SENTENCE_END = re.compile(r"[.!?…][»\"”’)]*\s")
# A number sign ending a line and its number starting the next ("школы №" / "12") misread.
_NUMERO = re.compile(r"№ (?=\d)")
MAX_PIECE = 3000  # characters; about half a page
# A title longer than this is cut on the cover and in the case heading (the case summary has it
# in full): a 2,000-character title would push the cover over three pages.
MAX_TITLE_SHOWN = 300


def _pieces(block: str) -> list[str]:
    """A paragraph of case text cut at its line breaks, and long lines at sentence ends, into
    pieces of at most MAX_PIECE characters. reportlab breaks a paragraph into lines anew each
    time it splits it across a page, so an hour of typing in one paragraph would cost time
    growing with the square of its length; in pieces it grows in step with it."""
    pieces = []
    for line in block.split("\n"):
        while len(line) > MAX_PIECE:
            ends = [m.end() for m in _SENTENCE_END.finditer(line, 0, MAX_PIECE)]
            cut = ends[-1] if ends else line.rfind(" ", 0, MAX_PIECE) + 1 or MAX_PIECE
            pieces.append(line[:cut])
            line = line[cut:]
        pieces.append(line)
    return [piece.strip() for piece in pieces if piece.strip()]


def shortened(text: str, limit: int = MAX_TITLE_SHOWN) -> str:
    """text cut after a word to at most limit characters, with an ellipsis if it was cut."""
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(None, 1)[0] if " " in text[:limit] else text[:limit]
    return cut.rstrip(" ,;:–—-") + "…"


def markup(text: str) -> str:
    """Plain text as reportlab paragraph markup: escaped, line breaks kept, and "№ 12" kept
    on one line."""
    text = _NUMERO.sub("№\u00a0", text)
    return escape(text).replace("\r\n", "\n").replace("\n", "<br/>")


def fitted_widths(widths: Sequence[float], needs: Sequence[float]) -> list[float]:
    """Column widths of the same total, each at least what it needs (its longest word, its whole
    header) where the others can spare it: room is taken from the columns with room to spare,
    in proportion to what each can spare, and given to the columns short by least first. So
    when there is not room for all, a number short by a point is made whole ("20 / 2" was 202)
    and a 200-character file name, cut anyway, gets what is left. (reportlab would cut a
    longer word anywhere, with no hyphen: "Конфиденциально / сть".)"""
    short = [max(0.0, need - width) for width, need in zip(widths, needs, strict=True)]
    spare = [max(0.0, width - need) for width, need in zip(widths, needs, strict=True)]
    moved = min(sum(short), sum(spare))
    if moved <= 0:
        return list(widths)
    given, left = [0.0] * len(widths), moved
    for column in sorted(range(len(widths)), key=short.__getitem__):
        given[column] = min(short[column], left)
        left -= given[column]
    return [
        width + gain - moved * room / sum(spare)
        for width, gain, room in zip(widths, given, spare, strict=True)
    ]


class Grid(Table):
    """A table with a repeated header whose rows are split across pages only when they must.
    reportlab, allowed to split inside a row, does so wherever a row meets the foot of a page:
    an attachment's file name ended one page and its SHA-256 began the next, under a repeated
    header. Here a table is cut between rows (and never inside a NOSPLIT group); only a row
    too tall for any page is cut inside, as it could be placed whole nowhere. The rest of a
    split table goes whole to the next page unless it starts one: reportlab would fit it into
    the room left, repeating the header in the middle of the page above half a row."""

    is_continuation = False

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        if self.is_continuation and available_height < FRAME_HEIGHT - 1:
            return []  # the next frame, where it starts the page
        self.splitInRow = 0
        parts = super().split(available_width, available_height)
        if not parts and self._first_rows_outgrow_a_page():
            self.splitInRow = 1
            parts = super().split(available_width, available_height)
        elif self._leaves_one_row(parts):
            # The last row alone under a repeated header reads as a stray: the row above it
            # goes with it (a table has no orphan control of its own).
            above = self._rowHeights[len(parts[0]._cellvalues) - 1]
            parts = super().split(available_width, available_height - above) or parts
        if len(parts) == 2 and isinstance(parts[1], Grid):
            parts[1].is_continuation = True
        return parts

    def _leaves_one_row(self, parts: list[Flowable]) -> bool:
        """Whether parts (a split of this table) leave one row alone for the next page, where
        the page before keeps two or more."""
        if len(parts) != 2 or not isinstance(parts[0], Table) or not isinstance(parts[1], Table):
            return False
        rows_before = len(parts[0]._cellvalues) - self.repeatRows
        return len(parts[1]._cellvalues) - self.repeatRows == 1 and rows_before >= 2

    def _first_rows_outgrow_a_page(self) -> bool:
        """Whether the header and the first rows kept together are taller than a page."""
        return self._getFirstPossibleSplitRowPosition(FRAME_HEIGHT) <= self.repeatRows


@dataclass
class ReportContext:
    """Shared state of one dossier build."""

    session: Session
    language: str
    labels: Labels
    styles: Styles
    redact: Redactor
    summary_only: bool
    include_photos: bool
    act_types: dict[str, tuple[str, str, str]]
    contents: dict[str, ContentsLine] = field(default_factory=dict)
    _tight: dict[str, ParagraphStyle] = field(default_factory=dict)

    def text(self, value: str) -> str:
        """Case text, redacted, as paragraph markup."""
        return markup(self.redact(value))

    def para(self, value: str, style: ParagraphStyle | None = None) -> Paragraph:
        """A paragraph of case text, redacted."""
        return Paragraph(self.text(value), style or self.styles.body)

    def fixed(self, value: str, style: ParagraphStyle | None = None) -> Paragraph:
        """A paragraph of the dossier's own wording (no case text, nothing to redact)."""
        return Paragraph(markup(value), style or self.styles.body)

    def paragraphs(self, value: str, style: ParagraphStyle | None = None) -> list[Paragraph]:
        """Case text, redacted, as paragraphs: one per line, blank lines between paragraphs."""
        # Redacted whole, then cut: one pass over a long account costs less than one per piece,
        # and no name is cut (runs of name words never span a line break or a sentence end).
        style = style or self.styles.body
        tight = self._tight.get(style.name)
        if tight is None:
            tight = self._tight[style.name] = ParagraphStyle(
                style.name + "-tight", style, spaceAfter=0
            )
        text = self.redact(value).replace("\r\n", "\n").replace("\r", "\n")
        # Tables only in the page's width: in a table's cell their columns would overflow it.
        in_tables = style is self.styles.body
        flowables: list[Flowable] = []
        for block in _BLANK_LINE.split(text):
            parts: list[str | list[list[str]]] = []
            for rows, lines in pasted_tables.runs(block.split("\n")):
                if rows is not None and in_tables:
                    parts.append(rows)
                else:
                    parts += _pieces("\n".join(lines))
            for index, part in enumerate(parts):
                spaced = style if index == len(parts) - 1 else tight
                if isinstance(part, str):
                    flowables.append(Paragraph(markup(part), spaced))
                else:
                    flowables += self._pasted_tables(part, spaced.spaceAfter)
        return flowables

    def _pasted_tables(self, rows: list[list[str]], space_after: float) -> list[Flowable]:
        """Rows of cells pasted with tabs, as plain ruled tables as wide as they need, in
        parts (pasted_tables.in_parts) with their columns alike."""
        cell = self.styles.cell
        is_headed = pasted_tables.has_header(rows)
        header_font = self.styles.cell_bold.fontName if is_headed else cell.fontName
        natural, words = pasted_tables.text_widths(rows, cell.fontName, cell.fontSize, header_font)
        extra = 2 * CELL_PADDING + WORD_SLACK
        natural, words = [w + extra for w in natural], [w + extra for w in words]
        if sum(natural) > FRAME_WIDTH:
            shared = [FRAME_WIDTH * width / sum(natural) for width in natural]
            natural = fitted_widths(shared, words)

        def table(part: list[list[str]], headed: bool) -> Table:
            return self._pasted_table(part, natural, headed)

        parts = pasted_tables.in_parts(rows)
        tables: list[Flowable] = [table(parts[0], is_headed)]
        tables += [
            pasted_tables.HeadedPart(part, table) if is_headed else table(part, False)
            for part in parts[1:]
        ]
        for flowable in tables:  # the parts' rules meet as if one table
            flowable.spaceBefore, flowable.spaceAfter = 0, 0
        tables[0].spaceBefore, tables[-1].spaceAfter = 2, space_after
        return tables

    def _pasted_table(self, rows: list[list[str]], widths: list[float], is_headed: bool) -> Table:
        """Rows of pasted cells as a plain ruled table; if is_headed, the first row is its
        header, bold and shaded as in the dossier's own tables, and repeated on each page."""
        cells = [[Paragraph(markup(text), self.styles.cell) for text in row] for row in rows]
        if is_headed:
            cells[0] = [Paragraph(markup(text), self.styles.cell_bold) for text in rows[0]]
        table = Grid(cells, colWidths=widths, hAlign="LEFT", repeatRows=int(is_headed))
        style: list[tuple[Any, ...]] = [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING),
            ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
            ("GRID", (0, 0), (-1, -1), 0.3, GRID),
        ]
        if is_headed:
            style.append(("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL))
        table.setStyle(TableStyle(style))
        return table

    def label(self, value: str) -> list[Flowable]:
        """A bold run-in label of the dossier's own wording ("Summary", "Account"), kept on
        the page of the text it introduces (see keep.py)."""
        return [lead(Paragraph(f"<b>{markup(value)}</b>", self.styles.body))]

    def heading(
        self, plain: str, level: int, in_contents: bool = True, then: Flowable | None = None
    ) -> list[Flowable]:
        """A heading (plain text, already redacted), bookmarked and maybe listed in the
        contents, kept on the page of what follows it (see keep.py) — with then, a short
        block that follows it (the facts under a testimony), kept with it too."""
        heading = Heading(markup(plain), plain, self.styles.headings[level], level, in_contents)
        if in_contents:
            self.contents[heading.key] = ContentsLine(level, plain, heading.key)
        return [lead(heading), *([lead(then)] if then is not None else [])]

    def act_label(self, code: str) -> str:
        """The act type's label in the report language, redacted: the vault's vocabulary is
        typed by its users, and a label may name someone ("Torture of Askarov")."""
        labels = self.act_types.get(code)
        return self.redact(labels[LANGUAGE_INDEX[self.language]] if labels else code)

    def person_name(self, person: Person) -> str:
        """How the dossier names a person: their label if protected, else their name, in the
        dossier's script when a spelling in it is recorded (see name_scripts)."""
        if label := self.redact.label(str(person.id)):
            return label
        return self.redact(spelling_for(person.name, person.other_names, self.language))

    def key_values(self, rows: Sequence[tuple[str, str]], width: float) -> Table:
        """A two-column table of field names (dossier wording) and values (markup); a value
        of any length runs on over as many pages as it needs."""
        return key_value_table(rows, width, self.styles.fonts, self.styles.cell)

    def _longest_word(self, cell: Flowable | str | list[Flowable]) -> float:
        """Points the widest word of a cell takes, as drawn: a narrower column would cut it."""
        if isinstance(cell, list):
            return max((self._longest_word(part) for part in cell), default=0.0)
        if isinstance(cell, Paragraph):
            return float(cell.minWidth())
        if isinstance(cell, str):
            font = self.styles.fonts.regular
            return max((stringWidth(word, font, 8.5) for word in cell.split()), default=0.0)
        return 0.0

    def _cut_note(self, length: int) -> str:
        """The note ending a grid cell cut short, as markup: how long the value is in all."""
        digits = f"{length:,}".replace(",", self.labels.digit_group_separator)
        return markup(self.labels["cut_in_table"].format(n=digits))

    def grid(
        self,
        header: Sequence[str],
        rows: list[list[Flowable | str]],
        widths: Sequence[float],
        extra: Sequence[tuple[Any, ...]] = (),
        ruled: bool = True,
    ) -> Table:
        """A table with a repeated header row; a row is split across pages only if taller
        than a page, and a cell cut short at MAX_CELL_PIECE characters (long_cells.py)."""
        head: list[Flowable | str] = [self.fixed(h, self.styles.cell_bold) for h in header]
        rows = bounded_rows(rows, self._cut_note)
        cells = [head, *rows]
        spanned = {  # a spanning cell (an attachment's SHA-256) has the room of its columns
            (column, row)
            for command, (c0, r0), (c1, r1), *_ in extra
            if command == "SPAN"
            for column in range(c0, c1 + 1)
            for row in range(r0, r1 + 1)
        }
        bold = self.styles.cell_bold
        needs = [
            WORD_SLACK
            + 2 * CELL_PADDING
            + max(
                # A header is read at a glance: kept on one line ("Относится / к" was not).
                stringWidth(header[column], bold.fontName, bold.fontSize),
                *(
                    self._longest_word(line[column])
                    for row, line in enumerate(rows, start=1)
                    if (column, row) not in spanned
                ),
            )
            for column in range(len(widths))
        ]
        table = Grid(cells, colWidths=fitted_widths(widths, needs), repeatRows=1)
        style: list[tuple[Any, ...]] = [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("FONT", (0, 0), (-1, -1), self.styles.fonts.regular, 8.5),  # not Helvetica
            ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
            ("TOPPADDING", (0, 0), (-1, -1), 2.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING),
            ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ]
        if ruled:
            style.append(("LINEBELOW", (0, 0), (-1, -1), 0.3, GRID))
        table.setStyle(TableStyle([*style, *extra]))
        return table
