"""The recovery key prints, for an organisation that keeps it in a safe: the key large and in
a fixed-width font, what it is and to keep it in a safe, and nothing else of the vault."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QMessageBox

from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.recovery_key_wizard import NewRecoveryKeyWizard, print_recovery_key
from tests.conftest import CANARY


def _pdf_text(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True, text=True
    ).stdout


def _word_heights(path: Path) -> dict[str, float]:
    """Each word's height on the page (the last one's, for a word printed twice)."""
    html = subprocess.run(
        ["pdftotext", "-bbox", str(path), "-"], check=True, capture_output=True, text=True
    ).stdout
    words = re.findall(r'yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)</word>', html)
    return {word: float(bottom) - float(top) for top, bottom, word in words}


def _pdf_fonts(path: Path) -> str:
    return subprocess.run(
        ["pdffonts", str(path)], check=True, capture_output=True, text=True
    ).stdout


def _pdf_info(path: Path) -> str:
    return subprocess.run(["pdfinfo", str(path)], check=True, capture_output=True, text=True).stdout


@pytest.fixture
def key_wizard(qtbot, unlocked_window: MainWindow, messages) -> NewRecoveryKeyWizard:
    """A new recovery key shown for a vault holding a case with the canary in it."""
    vault = unlocked_window.vault
    with vault.transaction() as session:
        vault.writer(session).create("case", {"reference": "KG-2010-0007", "title": CANARY})
    messages.answer = QMessageBox.StandardButton.Yes
    unlocked_window.menus.recovery_key_action.trigger()
    wizard = unlocked_window.findChild(NewRecoveryKeyWizard)
    assert wizard is not None and wizard.currentPage() is wizard.recovery_page
    return wizard


def test_the_printed_key_says_what_it_is_and_nothing_of_the_vault(
    key_wizard: NewRecoveryKeyWizard, unlocked_window: MainWindow, tmp_path: Path, monkeypatch
) -> None:
    temp = tmp_path / "temp"
    temp.mkdir()
    monkeypatch.setenv("TMPDIR", str(temp))  # where Qt would put a file of its own
    out = tmp_path / "out"
    out.mkdir()
    pdf = out / "key.pdf"
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(pdf))
    key = key_wizard.recovery_key()
    assert print_recovery_key(printer, key)
    text = _pdf_text(pdf)
    words = text.split()
    for group in key.split("-"):
        assert group in words
    assert "Sandiq recovery key" in text
    flat = " ".join(words)
    assert "keep the page in a safe" in flat
    assert "Vault (write by hand):" in flat
    # Nothing of the vault: no case, no folder name, no fingerprint.
    vault = unlocked_window.vault
    for secret in (CANARY, "KG-2010-0007", str(vault.path), vault.fingerprint):
        assert secret not in text
    # The key large, in a fixed-width font (0 and O, 1 and I told apart).
    heights = _word_heights(pdf)
    assert min(heights[group] for group in key.split("-")) > 1.5 * heights["forgotten."]
    assert "Mono" in _pdf_fonts(pdf)
    info = _pdf_info(pdf)
    assert "Title:" in info and "Sandiq recovery key" in info
    assert str(vault.path) not in info and CANARY not in info
    assert list(temp.iterdir()) == []
    assert [p.name for p in out.iterdir()] == ["key.pdf"]


def test_print_asks_for_a_printer_then_prints_the_key(
    key_wizard: NewRecoveryKeyWizard, tmp_path: Path, monkeypatch
) -> None:
    pdf = tmp_path / "printed.pdf"
    asked: list[str] = []

    def choose_pdf(dialog: QPrintDialog) -> int:
        asked.append(dialog.windowTitle())
        dialog.printer().setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        dialog.printer().setOutputFileName(str(pdf))
        return QDialog.DialogCode.Accepted

    page = key_wizard.recovery_page
    assert page.print_button.isVisible() and page.print_button.text() == "&Print…"
    monkeypatch.setattr(QPrintDialog, "exec", choose_pdf)
    page.print_button.click()
    assert asked == ["Print the recovery key"]
    for group in key_wizard.recovery_key().split("-"):
        assert group in _pdf_text(pdf).split()


def test_a_cancelled_print_dialog_prints_nothing(
    key_wizard: NewRecoveryKeyWizard, tmp_path: Path, monkeypatch
) -> None:
    pdf = tmp_path / "never.pdf"

    def cancel(dialog: QPrintDialog) -> int:
        dialog.printer().setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        dialog.printer().setOutputFileName(str(pdf))
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(QPrintDialog, "exec", cancel)
    key_wizard.recovery_page.print_button.click()
    assert not pdf.exists()
