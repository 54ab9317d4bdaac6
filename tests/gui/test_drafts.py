"""Unsaved testimony text survives a kill -9: the autosaved draft is offered at the next unlock."""

from __future__ import annotations

import os
import select
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

from PySide6.QtWidgets import QLabel

from db.engine import DriverOperationalError
from desktop_app.core import drafts
from desktop_app.core.records import RecordWriter
from desktop_app.core.vault import unlock
from desktop_app.core.vault_creation import create_vault
from desktop_app.ui.drafts_dialog import DraftsDialog
from desktop_app.ui.forms.testimony_editor import TestimonyEditor
from tests.conftest import CANARY, FAST_KDF, PASSPHRASE

ROOT = Path(__file__).resolve().parents[2]

# The child types into a new testimony, waits until the autosave has written a draft, says
# so, and then waits to be killed.
CHILD = textwrap.dedent(
    """
    import os, sys
    from pathlib import Path
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtCore import QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication
    app = QApplication([])
    from desktop_app.core.vault import unlock
    from desktop_app.ui.main_window import MainWindow
    from desktop_app.ui.settings import Settings
    vault_path, settings_path, case_id = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3]
    window = MainWindow(Settings(settings_path), vault_path)
    window.attach(unlock(vault_path, os.environ["SANDIQ_PASSPHRASE"]))
    editor = window.registry.open_form("testimony", initial={"case": case_id})
    QTest.keyClicks(editor.narrative_edit, "typed: ")  # QTest types ASCII only
    editor.narrative_edit.insertPlainText(sys.argv[4])
    def report():
        if editor.draft_id is not None:
            print("draft saved", flush=True)
            poll.stop()
    poll = QTimer()
    poll.timeout.connect(report)
    poll.start(20)
    app.exec()
    """
)


def _kill_after_autosave(vault_dir: Path, tmp_path: Path, case_id: str, text: str) -> None:
    env = {**os.environ, "SANDIQ_PASSPHRASE": PASSPHRASE, "PYTHONPATH": str(ROOT)}
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(vault_dir), str(tmp_path / "s.ini"), case_id, text],
        stdout=subprocess.PIPE,
        env=env,
        cwd=ROOT,
    )
    try:
        ready, _, _ = select.select([child.stdout], [], [], 60)
        assert ready, "the child never saved a draft"
        assert child.stdout is not None and child.stdout.readline() == b"draft saved\n"
    finally:
        os.kill(child.pid, signal.SIGKILL)  # no close handler, no clean shutdown
        child.wait()
    assert child.returncode == -signal.SIGKILL


def test_draft_survives_kill_9_and_is_offered_after_unlock(qtbot, window, vault_dir, tmp_path):
    vault = create_vault(vault_dir, PASSPHRASE, kdf=FAST_KDF).vault
    with vault.transaction() as session:
        case_id = vault.writer(session).create("case", {"reference": "K-1", "title": "T"}).id
    vault.lock()
    narrative = f"He was taken from the market {CANARY}"
    _kill_after_autosave(vault_dir, tmp_path, str(case_id), narrative)

    dialog = window.show_unlock()
    dialog.passphrase_edit.setText(PASSPHRASE)
    with qtbot.waitSignal(window.unlocked):
        dialog.attempt()
    offer = window.findChild(DraftsDialog)
    assert offer is not None and offer.isVisible()
    model = offer.model
    assert model.rowCount() == 1
    assert model.data(model.index(0, 0)) == "Testimony"
    assert model.data(model.index(0, 1)) == "typed: " + narrative
    offer.restore_all()
    editors = [w for w in window.registry._open.values() if isinstance(w, TestimonyEditor)]
    assert len(editors) == 1
    editor = editors[0]
    assert editor.narrative_edit.toPlainText() == "typed: " + narrative
    assert editor.case_label.text() == "K-1"
    editor.save()
    with window.vault.read() as session:
        assert drafts.list_drafts(session) == []  # saving for real discards the draft


def test_lock_keeps_an_open_form_as_a_draft(qtbot, unlocked_window):
    window = unlocked_window
    form = window.registry.open_form("person")
    form.name_edit.setText("Dilorom Yuldasheva")
    vault = window.vault
    window.lock()
    assert not form.isVisible()
    from desktop_app.core.vault import unlock

    reopened = unlock(vault.path, PASSPHRASE)
    try:
        with reopened.read() as session:
            (draft,) = drafts.list_drafts(session)
        assert draft.record_kind == "person" and draft.label == "Dilorom Yuldasheva"
    finally:
        reopened.lock()


def test_a_restored_draft_of_a_new_record_is_never_closed_away_unasked(
    qtbot, unlocked_window, messages
):
    window = unlocked_window
    form = window.registry.open_form("person")
    form.name_edit.setText("Dilorom Yuldasheva")
    form.save_draft()
    draft_id = form.draft_id
    form._closing_silently = True  # as on a crash: the window goes, the draft stays
    form.close()
    with window.vault.read() as session:
        data = drafts.load_draft(session, draft_id)
    restored = window.registry.open_form("person", None, data, draft_id)
    assert restored.is_dirty()
    messages.answer = messages.answer.No
    restored.reject()  # Esc or Close: asks, and the user keeps the form
    assert messages.texts() == ["Discard the changes in this form?"]
    assert restored.isVisible()
    with window.vault.read() as session:
        assert [d.id for d in drafts.list_drafts(session)] == [draft_id]


def test_the_drafts_dialog_with_nothing_kept_offers_nothing(qtbot, unlocked_window):
    dialog = DraftsDialog(unlocked_window.registry, [], unlocked_window)
    assert dialog.findChild(QLabel).text() == "There is no unsaved work."
    assert not dialog.restore_button.isEnabled()
    assert not dialog.discard_button.isEnabled()
    dialog.close()


def _disk_full(*_args, **_kwargs):
    raise DriverOperationalError("database or disk is full")


def test_a_draft_the_vault_cannot_take_is_shown_and_never_keeps_the_vault_open(
    qtbot, unlocked_window, monkeypatch, messages
):
    window = unlocked_window
    vault = window.vault
    form = window.registry.open_form("person")
    form.name_edit.setText("Dilorom Yuldasheva " + CANARY)
    monkeypatch.setattr(drafts, "save_draft", _disk_full)
    monkeypatch.setattr(RecordWriter, "create", _disk_full)
    form.autosave()  # the autosave timer's tick, on a full disk
    assert form.error_label.isVisibleTo(form)
    assert form.error_label.text().startswith("Your changes are not being kept as a draft.")
    form.save()  # Save itself says why, and the form stays open
    assert form.isVisible() and "disk may be full" in form.error_label.text()

    window.lock()  # Ctrl+L or the idle timer: the vault locks all the same
    assert vault.is_locked and window.vault is None and not form.isVisible()
    assert all(CANARY not in repr(draft) for draft in window.interrupted.sealed_drafts)

    monkeypatch.undo()  # room again: the next unlock stores the sealed draft and offers it
    with qtbot.waitSignal(window.unlocked):
        window.attach(unlock(vault.path, PASSPHRASE))
    with window.vault.read() as session:
        (draft,) = drafts.list_drafts(session)
    assert draft.label == "Dilorom Yuldasheva " + CANARY
    qtbot.waitUntil(lambda: window.findChild(DraftsDialog) is not None)
    assert window.interrupted.sealed_drafts == []


def test_quitting_with_work_that_cannot_be_saved_asks_first(
    qtbot, unlocked_window, monkeypatch, messages
):
    window = unlocked_window
    form = window.registry.open_form("person")
    form.name_edit.setText("Dilorom Yuldasheva")
    monkeypatch.setattr(drafts, "save_draft", _disk_full)
    messages.answer = messages.answer.No
    window.close()
    assert window.vault is not None and form.isVisible()  # the user chose to stay
    assert messages.texts()[-1].startswith("Unsaved work in an open form could not be saved:")


def test_a_lock_while_another_program_writes_is_quick_and_loses_nothing(
    qtbot, unlocked_window, messages
):
    window = unlocked_window
    vault = window.vault
    forms = [window.registry.open_form("person") for _ in range(2)]
    for number, form in enumerate(forms):
        form.name_edit.setText(f"Dilorom {number} {CANARY}")
    other = vault.engine.raw_connection()  # another program, in the middle of a long write
    other.driver_connection.execute("BEGIN IMMEDIATE")
    try:
        forms[0].autosave()
        forms[0].name_edit.setText("Dilorom 0 " + CANARY + " and more")  # keeps typing
        assert "another program is writing" in forms[0].error_label.text().lower()
        started = time.monotonic()
        window.lock()
        # Not ten seconds a form (twenty here); a loaded host's fsyncs may take a few.
        assert time.monotonic() - started < 8
        assert vault.is_locked and len(window.interrupted.sealed_drafts) == 2
        messages.answer = messages.answer.No
        window.close()  # quitting now would lose them: asks, and stays
        assert window.isVisible()
        assert messages.texts()[-1].startswith("Work that could not be saved when the vault")
    finally:
        other.driver_connection.execute("ROLLBACK")
        other.close()
    with qtbot.waitSignal(window.unlocked):
        window.attach(unlock(vault.path, PASSPHRASE))
    with window.vault.read() as session:
        labels = sorted(d.label for d in drafts.list_drafts(session))
    assert labels == [f"Dilorom 0 {CANARY} and more", f"Dilorom 1 {CANARY}"]
