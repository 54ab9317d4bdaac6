"""Sizes in a dossier, written as the interface writes them in each report language."""

from __future__ import annotations

import pytest
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph

from desktop_app.core.reports.labels import format_byte_count, format_size, labels_for


@pytest.mark.parametrize(
    ("language", "size", "written"),
    [
        ("en", 1, "1 byte"),
        ("en", 1023, "1,023 bytes"),
        ("en", 1536, "1.50 KiB"),
        ("en", 1024**2 - 1, "1.00 MiB"),  # not "1024.00 KiB"
        ("ru", 24_982, "24,40 КБ"),
        ("ru", 5 * 1024**3, "5,00 ГБ"),
        ("uz", 24_982, "24,40 KB"),
        ("uz", 1, "1 bayt"),
    ],
)
def test_a_size_reads_as_the_interface_writes_it(language: str, size: int, written: str) -> None:
    assert format_size(size, labels_for(language)) == written


@pytest.mark.parametrize(
    ("size", "written"),
    [
        (1, "1 байт"),
        (3, "3 байта"),
        (5, "5 байт"),
        (11, "11 байт"),
        (12, "12 байт"),
        (21, "21 байт"),
        (22, "22 байта"),
        (111, "111 байт"),
        (24_982, "24\xa0982 байта"),
    ],
)
def test_russian_byte_counts_take_their_plural_form(size: int, written: str) -> None:
    assert format_byte_count(size, labels_for("ru")) == written


@pytest.mark.parametrize(
    ("language", "written"),
    [
        # As the interface groups digits (test_i18n_formats), and the dossier before this
        # printed "12354 bayt".
        ("en", "12,354 bytes"),
        ("ru", "12\xa0354 байта"),
        ("uz", "12\xa0354 bayt"),
    ],
)
def test_an_exact_byte_count_groups_its_digits_as_the_language_does(
    language: str, written: str
) -> None:
    assert format_byte_count(12_354, labels_for(language)) == written
    assert format_byte_count(999, labels_for(language)).startswith("999 ")


@pytest.mark.parametrize("language", ["ru", "uz"])
def test_a_byte_count_stays_on_one_line_in_the_dossier(language: str) -> None:
    # In a column as wide as the number (the dossier's Size column is 90 pt), the word goes
    # to the next line, never a group of digits: reportlab breaks at U+202F, not at U+00A0.
    count = format_byte_count(5_368_709_120, labels_for(language))
    style = ParagraphStyle("cell", fontName="Helvetica", fontSize=8.5)
    number_width = stringWidth(count.split(" ")[0], style.fontName, style.fontSize)
    paragraph = Paragraph(count, style)
    paragraph.wrap(number_width + 1, 100)
    lines = [line[1] for line in paragraph.blPara.lines]
    assert lines[0] == [count.split(" ")[0]]  # "5 368 709 120" whole, not "5 368 709" / "120"
