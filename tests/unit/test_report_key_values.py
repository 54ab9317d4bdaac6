"""Cutting a long value of the case summary's table into rows, and splitting a block of facts."""

from __future__ import annotations

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph

from desktop_app.core.reports.context import markup
from desktop_app.core.reports.facts import Facts
from desktop_app.core.reports.fonts import register_fonts
from desktop_app.core.reports.key_values import (
    MAX_CELL_LINES,
    MAX_CELL_PIECE,
    markup_pieces,
)
from desktop_app.core.reports.layout import Styles


def _cell_style() -> ParagraphStyle:
    return Styles(register_fonts()).cell


def test_a_short_value_is_one_piece() -> None:
    assert markup_pieces("Osh &amp; Jalal-Abad") == ["Osh &amp; Jalal-Abad"]


def test_a_long_value_is_cut_at_spaces_and_line_breaks_which_the_cut_stands_for() -> None:
    text = "Karimova & Askarov\n" * 500
    pieces = markup_pieces(markup(text))
    assert len(pieces) > 1
    assert all(len(p) <= MAX_CELL_PIECE for p in pieces)
    assert all(p.endswith("Askarov") for p in pieces[:-1])  # at a line break, dropped
    rejoined = "<br/>".join(pieces)
    assert rejoined == markup(text)[: len(rejoined)]


def test_a_value_without_spaces_is_never_cut_inside_an_entity_or_a_tag() -> None:
    for offset in range(12):
        value = markup("x" * offset + "<&>" * 4000)
        pieces = markup_pieces(value)
        assert "".join(pieces) == value
        for piece in pieces:
            Paragraph(piece, _cell_style())  # a cut "&am" or "<b" would raise


def test_a_value_of_line_breaks_alone_is_cut_into_pieces_of_a_few_lines() -> None:
    pieces = markup_pieces(markup("a\n" * 1000))
    assert max(p.count("<br/>") for p in pieces) <= MAX_CELL_LINES
    assert sum(p.count("a") for p in pieces) == 1000


def test_facts_taller_than_the_room_split_into_the_lines_that_fit_and_the_rest() -> None:
    fonts = register_fonts()
    facts = Facts([("Place", "Osh " * 2000), ("Status", "Draft")], fonts.regular, fonts.bold)
    height = facts.wrap(400, 700)[1]
    assert height > 700
    head, rest = facts.split(400, 300)
    assert head.wrap(400, 300)[1] <= 300
    assert head.wrap(400, 300)[1] + rest.wrap(400, 10_000)[1] >= height
    words = [run[0].strip() for part in (head, rest) for t in part._tokens for run in t.runs]
    assert words.count("Osh") == 2000 and words[-2:] == ["Status:", "Draft"]
    assert facts.split(400, 5) == []  # not even a line: the whole block moves on
