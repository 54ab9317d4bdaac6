"""Cells of a grid (timeline, people, attachments) cut to a bounded length.

A cell may hold a value of any length (an event's place, a person's occupation or an
attachment's file name of a million characters comes in a colleague's bundle, or is held by a
vault from before forms and imports refused such values). reportlab
cuts a row taller than a page anew at every page, laying out all the rest of the row each
time: minutes for such a cell, growing with the square of its length. Unlike the key–value
table, whose one value column can run a value on over rows, a grid's row has several columns
side by side, so a cell longer than MAX_CELL_PIECE characters of markup is cut there instead,
after a word where it can be, with "…" and a note of the value's whole length.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from html import unescape
from typing import TypeAlias

from reportlab.platypus import Flowable

from desktop_app.core.reports.key_values import MAX_CELL_PIECE, first_piece
from desktop_app.core.reports.rtl import Paragraph

Cell: TypeAlias = Flowable | str | list[Flowable]
_TAG = re.compile(r"<(/?)([A-Za-z]\w*)[^>]*?(/?)>")


def bounded_rows(rows: list[list[Cell]], note: Callable[[int], str]) -> list[list[Cell]]:
    """rows with every paragraph longer than MAX_CELL_PIECE characters of markup cut, and
    ended with "…" and note(its length in characters) as markup; other cells as they are."""
    return [[_bounded(cell, note) for cell in row] for row in rows]


def _bounded(cell: Cell, note: Callable[[int], str]) -> Cell:
    if isinstance(cell, list):
        return [_bounded(part, note) for part in cell]
    if not isinstance(cell, Paragraph) or len(cell.text) <= MAX_CELL_PIECE:
        return cell
    text = cell.text
    head = _closed(text[: first_piece(text)[0]])
    length = len(unescape(_TAG.sub("", text)))
    return Paragraph(f"{head} … <i>{note(length)}</i>", cell.style)


def _closed(markup: str) -> str:
    """markup cut short, with the tags it leaves open (a file name's <b>) closed."""
    open_tags: list[str] = []
    for match in _TAG.finditer(markup):
        closing, name, self_closing = match.groups()
        if self_closing:
            continue
        if not closing:
            open_tags.append(name)
        elif name in open_tags:
            del open_tags[len(open_tags) - 1 - open_tags[::-1].index(name)]
    return markup + "".join(f"</{name}>" for name in reversed(open_tags))
