"""Sizes in a dossier, written as the interface writes them in each report language."""

from __future__ import annotations

import pytest

from desktop_app.core.reports.labels import format_byte_count, format_size, labels_for


@pytest.mark.parametrize(
    ("language", "size", "written"),
    [
        ("en", 1, "1 byte"),
        ("en", 1023, "1023 bytes"),
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
        (24_982, "24982 байта"),
    ],
)
def test_russian_byte_counts_take_their_plural_form(size: int, written: str) -> None:
    assert format_byte_count(size, labels_for("ru")) == written
