"""A JSON file that cannot be imported is refused in the user's language, down to the syntax
error: the line and column go through, Python's English words ("Expecting value") do not.

The catalogues do not hold the new texts until the lead translates them, so a translator that
marks every text of the contexts involved, and writes it in capitals, shows which words went
through translation and which were carried over as a detail."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from uuid import uuid4

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication, QFileDialog

from desktop_app.ui.i18n import fill
from desktop_app.ui.main_window import MainWindow

FRAME = "This file cannot be imported, and nothing was changed: %1."


class _Marking(QTranslator):
    """Translates every text of CoreMessages and Interchange into ⟦TEXT⟧."""

    def translate(self, context, source, disambiguation=None, n=-1):
        return f"⟦{source.upper()}⟧" if context in ("CoreMessages", "Interchange") else None

    def isEmpty(self) -> bool:
        return False


def _marked(source: str, *details: str) -> str:
    return fill(f"⟦{source.upper()}⟧", *details)


@pytest.fixture
def marked() -> Iterator[None]:
    translator = _Marking()
    app = QApplication.instance()
    app.installTranslator(translator)
    yield
    app.removeTranslator(translator)


def _import_file(qtbot, window: MainWindow, monkeypatch, messages, source: Path) -> str:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(source), ""))
    window.menus.import_json()
    qtbot.waitUntil(lambda: any(kind == "warning" for kind, _ in messages.shown), timeout=10_000)
    return next(text for kind, text in messages.shown if kind == "warning")


@pytest.mark.parametrize(
    ("raw", "clause"),
    [
        (b"not json", _marked("the file is not valid JSON (line %1, column %2)", "1", "1")),
        (
            b'{"format": "sandiq",\n  "version": 1 1}',
            _marked("the file is not valid JSON (line %1, column %2)", "2", "16"),
        ),
        (b"", _marked("the file is empty")),
        (b"  \r\n\t", _marked("the file is empty")),
        (
            b'{"format": "sandiq", "format": "sandiq", "version": 1}',
            _marked(
                "the file is not valid Sandiq JSON: the key %1 appears twice in one object",
                "'format'",
            ),
        ),
    ],
    ids=["not-json", "extra-data", "0-bytes", "blank", "key-twice"],
)
def test_a_file_that_is_not_json_is_refused_without_english_words(
    qtbot,
    unlocked_window: MainWindow,
    tmp_path: Path,
    monkeypatch,
    messages,
    marked,
    raw: bytes,
    clause: str,
):
    # Before: "…(line 1: Expecting value)", "…(line 2: Extra data)", the parser's English in
    # a Russian or Uzbek sentence; an empty file read as a syntax error at line 1.
    source = tmp_path / "broken.json"
    source.write_bytes(raw)
    warning = _import_file(qtbot, unlocked_window, monkeypatch, messages, source)
    assert warning == _marked(FRAME, clause)
    assert "Expecting" not in warning and "Extra data" not in warning


def test_a_reference_differing_in_letter_case_is_refused_and_nothing_changes(
    qtbot, unlocked_window: MainWindow, tmp_path: Path, monkeypatch, messages
):
    vault = unlocked_window.vault
    with vault.transaction() as session:
        vault.writer(session).create("case", {"reference": "UZ-2024-001", "title": "First"})
    unlocked_window.case_model.refresh()
    document = {
        "format": "sandiq",
        "version": 1,
        "cases": [{"id": str(uuid4()), "reference": "uz-2024-001", "title": "Second"}],
    }
    source = tmp_path / "cases.json"
    source.write_text(json.dumps(document), encoding="utf-8")
    warning = _import_file(qtbot, unlocked_window, monkeypatch, messages, source)
    assert "'uz-2024-001' differs only in letter case from 'UZ-2024-001'" in warning
    assert unlocked_window.case_model.rowCount() == 1
