"""The Attachments tab refuses pipes and devices at once, keeps direction controls in file
names out of its messages, and says why a file could not be read in the user's language."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QThreadPool
from PySide6.QtWidgets import QProgressDialog
from sqlalchemy import func, select

from db.models import Attachment, AttachmentChunk
from desktop_app.core.vault import Vault
from desktop_app.ui import tasks
from desktop_app.ui.i18n import install_translators

RLO = "\u202e"


@pytest.fixture
def tab(unlocked_window):
    vault: Vault = unlocked_window.vault
    with vault.transaction() as session:
        case = vault.writer(session).create("case", {"reference": "KG-9", "title": "Intake"})
        case_id = case.id
    view = unlocked_window.registry.open_case(case_id)
    view.tabs.setCurrentWidget(view.attachments_tab)
    return view.attachments_tab


def _stored_counts(vault: Vault) -> tuple[int, int]:
    with vault.read() as session:
        return (
            session.scalar(select(func.count()).select_from(Attachment)) or 0,
            session.scalar(select(func.count()).select_from(AttachmentChunk)) or 0,
        )


def _refused_at_once(qtbot, tab, messages, source: Path) -> None:
    """Add source; the refusal must come within seconds, leaving the vault and the thread pool
    as they were. Whatever happens, no worker is left blocked or reading for the teardown."""
    try:
        tab.add_file(source)
        qtbot.waitUntil(lambda: messages.shown != [], timeout=5_000)
        qtbot.waitUntil(lambda: QThreadPool.globalInstance().activeThreadCount() == 0)
    finally:
        tasks.cancel_tasks_with_progress()  # stops a worker reading /dev/zero
        if source.is_fifo():
            # A worker blocked opening the FIFO waits for a writer: be one (ENXIO if none).
            with contextlib.suppress(OSError):
                os.close(os.open(source, os.O_WRONLY | os.O_NONBLOCK))
        QThreadPool.globalInstance().waitForDone()
    assert not tasks._running
    assert messages.texts() == [
        f"{source} is not an ordinary file but a folder, a device or a pipe: only files can be "
        "attached."
    ]
    assert _stored_counts(tab.registry.vault) == (0, 0)
    assert tab.model.rowCount() == 0


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")
def test_a_fifo_is_refused_at_once_and_no_worker_waits_on_it(qtbot, tab, tmp_path, messages):
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    _refused_at_once(qtbot, tab, messages, fifo)


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero on this system")
def test_dev_zero_is_refused_at_once_and_nothing_is_read(qtbot, tab, messages):
    _refused_at_once(qtbot, tab, messages, Path("/dev/zero"))


def test_a_name_with_a_direction_override_is_shown_as_the_vault_stores_it(
    qtbot, tab, tmp_path, messages
):
    first = tmp_path / "x.txt"
    first.write_bytes(b"one photo")
    tab.add_file(first)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1)
    evil = tmp_path / f"evil{RLO}gpj.exe"  # shows as "evilexe.jpg"
    evil.write_bytes(b"one photo")
    tab.add_file(evil)
    # The first file's dialog may not be deleted yet under load: look at every one.
    labels = [dialog.labelText() for dialog in tab.findChildren(QProgressDialog)]
    assert "Adding evilgpj.exe to the vault…" in labels
    qtbot.waitUntil(lambda: tab.model.rowCount() == 2)
    qtbot.waitUntil(lambda: messages.shown != [])
    assert messages.texts() == [
        "evilgpj.exe is already attached to this case as x.txt (the same SHA-256). "
        "Both are kept; remove one if it was added by mistake."
    ]


def test_a_name_with_nothing_storable_is_isolated_in_the_message(qtbot, tab, tmp_path, messages):
    # A drive prefix and an override: the vault could store no name, so the raw one is shown,
    # without its override and isolated.
    tab.add_file(tmp_path / f"{RLO}C:")
    qtbot.waitUntil(lambda: messages.shown != [])
    assert messages.texts() == ["\u2068C:\u2069 could not be added: the file does not exist"]


def test_the_system_reason_is_in_the_interface_language(qtbot, tab, tmp_path, messages):
    install_translators("ru")
    tab.add_file(tmp_path / f"gone{RLO}.txt")  # chosen, then moved away
    qtbot.waitUntil(lambda: messages.shown != [])
    reason = QCoreApplication.translate("Messages", "the file does not exist")
    assert reason != "the file does not exist"  # the Russian catalogue is installed
    assert messages.texts() == [f"Не удалось добавить gone.txt: {reason}"]
