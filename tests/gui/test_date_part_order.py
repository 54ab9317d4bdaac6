"""A date's parts stand, and Tab goes through them, in the order the language writes a date:
Uzbek year first ("2026-yil 5-mart"), Russian and English day first ("5 марта 2026")."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFormLayout, QLineEdit, QWidget

from desktop_app.ui.fields import PartialDateEdit
from desktop_app.ui.i18n import install_translators
from tests.gui.conftest import activate


@pytest.mark.parametrize(
    ("language", "order"),
    [
        ("uz", ["year", "month", "day"]),  # before: day, month, year
        ("ru", ["day", "month", "year"]),
        ("en", ["day", "month", "year"]),
    ],
)
def test_a_dates_parts_run_and_tab_in_the_order_the_language_writes_them(
    qtbot, tmp_path: Path, language: str, order: list[str]
) -> None:
    install_translators(language)
    try:
        form = QWidget()
        qtbot.addWidget(form)
        before, field, after = QLineEdit(), PartialDateEdit(), QLineEdit()
        layout = QFormLayout(form)
        for label, widget in (("Before", before), ("Date", field), ("After", after)):
            layout.addRow(label, widget)
        field.set_value("2026-03-05")
        form.show()
        qtbot.waitExposed(form)
        activate(qtbot, form)
    finally:
        install_translators("en")
    parts = {"day": field.day, "month": field.month, "year": field.year}
    assert sorted(parts, key=lambda name: parts[name].x()) == order
    before.setFocus()
    tabbed = []
    for _ in range(5):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        tabbed.append(QApplication.focusWidget())
    assert tabbed == [field.precision, *(parts[name] for name in order), after]
    form.grab().save(str(tmp_path / f"{language}-date.png"))
