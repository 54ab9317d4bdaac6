"""Cutting a grid cell longer than MAX_CELL_PIECE characters: after a word, never inside a tag
or an entity, with the tags it leaves open closed, and ended with "…" and a note."""

from __future__ import annotations

from desktop_app.core.reports.context import markup
from desktop_app.core.reports.fonts import register_fonts
from desktop_app.core.reports.key_values import MAX_CELL_PIECE
from desktop_app.core.reports.layout import Styles
from desktop_app.core.reports.long_cells import bounded_rows
from desktop_app.core.reports.rtl import Paragraph


def _note(length: int) -> str:
    return f"[{length} in all]"


def test_a_short_cell_is_left_as_it_is() -> None:
    cell = Paragraph("Osh &amp; Jalal-Abad", Styles(register_fonts()).cell)
    assert bounded_rows([[cell, "", [cell]]], _note) == [[cell, "", [cell]]]


def test_a_long_cell_is_cut_after_a_word_with_an_ellipsis_and_its_whole_length() -> None:
    style = Styles(register_fonts()).cell
    value = " ".join(["Osh & Jalal-Abad"] * 10_000)
    name = Paragraph(f"<b>{markup(value)}</b><br/>Other file", style)
    [[cut, [also_cut]]] = bounded_rows([[name, [Paragraph(markup(value), style)]]], _note)
    for paragraph, closing, length in ((cut, "</b>", len(value) + 10), (also_cut, "", len(value))):
        assert isinstance(paragraph, Paragraph)
        assert len(paragraph.text) < MAX_CELL_PIECE + 50
        head, note = paragraph.text.split(" … ")
        assert head.endswith(("Osh" + closing, "&amp;" + closing, "Jalal-Abad" + closing))
        assert markup(value).startswith(head.removeprefix("<b>").removesuffix(closing))
        assert note == f"<i>[{length} in all]</i>"


def test_a_cell_without_spaces_is_cut_outside_tags_and_entities() -> None:
    style = Styles(register_fonts()).cell
    for offset in range(6):
        value = markup("x" * offset + "<&>" * 4000)
        [[cut]] = bounded_rows([[Paragraph(f"<i>{value}</i>", style)]], _note)
        assert isinstance(cut, Paragraph)  # built: a cut "&am" or an open <i> would raise
        assert cut.text.endswith(f"</i> … <i>[{offset + 12_000} in all]</i>")
