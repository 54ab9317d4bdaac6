"""Core's fixed English sentences reach a Russian or Uzbek user in their language: a file saved
into a vault's folder, a JSON file that cannot be imported, a file restored that never arrived.

The catalogues do not hold these texts until the lead translates them, so a translator that
marks every text it is asked for shows which sentences went through translation.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from uuid import uuid4

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication, QFileDialog

from desktop_app.core import attachments, deletion, fileio, interchange
from desktop_app.core.reports import DossierOptions
from desktop_app.ui import core_messages
from desktop_app.ui.i18n import fill
from desktop_app.ui.main_window import PAGE_EXCHANGE, MainWindow
from desktop_app.ui.report_actions import write_dossier
from tests.integration.exchange_support import Site, introduce, make_site

MARKED_CONTEXTS = ("CoreMessages", "Interchange")


class _Marking(QTranslator):
    """Translates every text of MARKED_CONTEXTS into ⟦text⟧, as if a catalogue had it."""

    def translate(self, context, source, disambiguation=None, n=-1):
        return f"⟦{source}⟧" if context in MARKED_CONTEXTS else None  # None: not here

    def isEmpty(self) -> bool:
        return False


@pytest.fixture
def marked() -> Iterator[None]:
    translator = _Marking()
    app = QApplication.instance()
    app.installTranslator(translator)
    yield
    app.removeTranslator(translator)


def _marked(source: str, *details: str) -> str:
    return fill(f"⟦{source}⟧", *details)


def _sentence(sentence: str, *details: str) -> str:
    """What the user reads for core's sentence, through the marking translator."""
    return _marked(dict(core_messages._SENTENCES)[sentence], *details)


def _warning(qtbot, messages, number: int = 1) -> str:
    """The text of the number-th warning shown (a dangerous step's question is one too)."""

    def warnings() -> list[str]:
        return [text for kind, text in messages.shown if kind == "warning"]

    qtbot.waitUntil(lambda: len(warnings()) >= number, timeout=10_000)
    return warnings()[number - 1]


def test_a_json_export_into_the_vaults_folder_is_refused_in_the_users_language(
    qtbot, unlocked_window: MainWindow, vault_dir: Path, monkeypatch, messages, marked
):
    # Before: "Some input is not valid: …/vault is a vault's folder; write exports and dossiers
    # somewhere else", English in every language.
    target = vault_dir / "export.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), ""))
    unlocked_window.menus.export_json()  # warned first: the export is not encrypted
    assert _warning(qtbot, messages, 2) == _sentence(fileio.IN_VAULT_FOLDER, str(vault_dir))
    assert not target.exists()


def test_a_dossier_into_the_vaults_folder_is_refused_in_the_users_language(
    qtbot, unlocked_window: MainWindow, vault_dir: Path, messages, marked
):
    vault = unlocked_window.vault
    with vault.transaction() as session:
        case_id = vault.writer(session).create("case", {"reference": "KG-1", "title": "D"}).id
    write_dossier(unlocked_window, vault, case_id, vault_dir / "KG-1.pdf", DossierOptions())
    assert _warning(qtbot, messages) == _sentence(fileio.IN_VAULT_FOLDER, str(vault_dir))


def test_a_contact_file_into_the_vaults_folder_is_refused_in_the_users_language(
    qtbot, unlocked_window: MainWindow, vault_dir: Path, monkeypatch, messages, marked
):
    unlocked_window.go_to(PAGE_EXCHANGE)
    target = vault_dir / "me.contact"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), ""))
    unlocked_window.exchange_page.save_contact_file()
    assert _warning(qtbot, messages) == _sentence(fileio.IN_VAULT_FOLDER, str(vault_dir))


@pytest.mark.parametrize(
    ("content", "problem", "details"),
    [
        (b'{"format": "other", "version": 1}', interchange.NOT_SANDIQ, ()),
        (b'{"format": "sandiq", "version": 2}', interchange.UNSUPPORTED_VERSION, ("2",)),
        (b"\xff\xfe{}", interchange.NOT_UTF8, ()),
        (
            b'{"format": "sandiq",\n "version": 1,',
            interchange.NOT_JSON,
            ("2", "15"),
        ),
    ],
)
def test_a_file_that_is_not_sandiq_json_is_refused_in_the_users_language(
    qtbot,
    unlocked_window: MainWindow,
    tmp_path: Path,
    monkeypatch,
    messages,
    marked,
    content: bytes,
    problem: str,
    details: tuple[str, ...],
):
    # Before: "Some input is not valid: not a Sandiq JSON file (expected …)", in English.
    source = tmp_path / "other.json"
    source.write_bytes(content)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(source), ""))
    unlocked_window.menus.import_json()
    clause = dict(core_messages._JSON_PROBLEMS)[problem]
    frame = "This file cannot be imported, and nothing was changed: %1."
    assert _warning(qtbot, messages) == _marked(frame, _marked(clause, *details))


def test_a_records_problem_stays_english_inside_the_translated_refusal(
    qtbot, unlocked_window: MainWindow, tmp_path: Path, monkeypatch, messages, marked
):
    case_id = uuid4()
    document = {
        "format": "sandiq",
        "version": 1,
        "cases": [{"id": str(case_id), "reference": "KG-2", "title": "T", "colour": "red"}],
    }
    source = tmp_path / "cases.json"
    source.write_text(json.dumps(document), encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(source), ""))
    unlocked_window.menus.import_json()
    assert _warning(qtbot, messages) == _marked(
        "This file cannot be imported, and nothing was changed: %1.",
        f"case {case_id} ('KG-2 T'): unknown field 'colour'",
    )
    assert unlocked_window.case_model.rowCount() == 0


def test_restoring_a_file_that_never_arrived_is_refused_in_the_users_language(
    qtbot, unlocked_window: MainWindow, tmp_path: Path, messages, marked
):
    (tmp_path / "test").mkdir()
    alice = Site("Test", unlocked_window.vault, tmp_path / "test")
    bob = make_site(tmp_path, "Bob")
    introduce(alice, bob)
    person = bob.write("person", {"name": "Gulnora Karimova"})
    photo = bob.attach("person", person, b"JPEG", "photo.jpg")
    bob.delete("attachment", photo)  # before Alice ever received it
    alice.import_(bob.export("Test", since_last=True).path)
    bob.vault.lock()
    dialog = unlocked_window.menus.show_deleted_records()
    qtbot.waitUntil(lambda: not dialog.is_reading())  # read on a worker
    dialog.table.selectRow(0)
    dialog.restore_button.click()
    assert _warning(qtbot, messages) == _sentence(deletion.FILE_NOT_RECEIVED, str(photo))
    assert dialog.model.rowCount() == 1


def test_a_file_without_a_usable_name_is_refused_in_the_users_language(
    qtbot, unlocked_window: MainWindow, tmp_path: Path, messages, marked
):
    vault = unlocked_window.vault
    with vault.transaction() as session:
        case_id = vault.writer(session).create("case", {"reference": "KG-3", "title": "F"}).id
    view = unlocked_window.registry.open_case(case_id)
    view.tabs.setCurrentWidget(view.attachments_tab)
    nameless = tmp_path / "C:"  # a drive prefix, and nothing after it
    nameless.write_bytes(b"scan")
    view.attachments_tab.add_file(nameless)
    assert _warning(qtbot, messages) == _sentence(attachments.NO_USABLE_NAME)


def test_every_listed_sentence_matches_what_core_writes(qtbot):
    # A sentence whose core text drifted from the one listed would never match, and stay English.
    assert [sentence for sentence, _ in core_messages._SENTENCES] == [
        fileio.IN_VAULT_FOLDER,
        fileio.IS_A_FOLDER,
        deletion.FILE_NOT_RECEIVED,
        attachments.NO_USABLE_NAME,
        attachments.NOT_A_REGULAR_FILE,
    ]
    for sentence, translatable in core_messages._SENTENCES:
        details = [f"<detail {n}>" for n in range(sentence.count("{}"))]
        assert core_messages.core_sentence_text(sentence.format(*details)) == fill(
            translatable, *details
        )
    for sentence, translatable in core_messages._JSON_PROBLEMS:
        details = [f"<detail {n}>" for n in range(sentence.count("{}"))]
        assert core_messages.json_problem_text(sentence.format(*details)) == fill(
            translatable, *details
        )
    assert core_messages.core_sentence_text("Something new went wrong.") is None
