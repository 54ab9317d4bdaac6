"""Many files picked at once: one progress dialog, the case read again once (not per file), one
message naming the files already attached or refused, and the files received in the order they
were picked (the dossier lists attachments in that order)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QThreadPool
from PySide6.QtWidgets import QFileDialog, QProgressDialog
from sqlalchemy import func, select

from db.models import Attachment
from desktop_app.core.attachments import MAX_ATTACHMENT_BYTES
from desktop_app.core.vault import Vault
from desktop_app.ui import tasks
from desktop_app.ui.attachments_tab import AttachmentsTab
from desktop_app.ui.case_view import CaseView
from desktop_app.ui.i18n import fill


@pytest.fixture
def reads(monkeypatch: pytest.MonkeyPatch) -> dict[str, int]:
    """How often case windows read their case, and their attachment lists, again."""
    counts = {"case": 0, "attachments": 0}
    for cls, method, key in (
        (CaseView, "refresh", "case"),
        (AttachmentsTab, "refresh", "attachments"),
    ):
        real = getattr(cls, method)

        def counted(self, real=real, key=key) -> None:
            counts[key] += 1
            real(self)

        monkeypatch.setattr(cls, method, counted)
    return counts


@pytest.fixture
def tab(unlocked_window, reads) -> AttachmentsTab:
    vault: Vault = unlocked_window.vault
    with vault.transaction() as session:
        case = vault.writer(session).create("case", {"reference": "KZ-3", "title": "Photos"})
        case_id = case.id
    view = unlocked_window.registry.open_case(case_id)
    view.tabs.setCurrentWidget(view.attachments_tab)
    return view.attachments_tab


def _photos(folder: Path, names: list[str]) -> list[Path]:
    folder.mkdir(exist_ok=True)
    paths = [folder / name for name in names]
    for path in paths:
        path.write_bytes(b"\xff\xd8\xff photo " + path.stem.encode())
    return paths


def _pick(qtbot, monkeypatch, tab: AttachmentsTab, paths: list[Path]) -> None:
    """Click Add file…, pick paths, and wait for the intake to end."""
    names = [str(path) for path in paths]
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *_a, **_k: (names, ""))
    count = tab.model.rowCount()
    # An earlier intake's dialog waits for its deferred deletion (a loaded run found it there).
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    tab.add_button.click()
    # Before: one dialog per file, 200 on the screen at once.
    assert len(tab.findChildren(QProgressDialog)) <= 1
    qtbot.waitUntil(lambda: QThreadPool.globalInstance().activeThreadCount() == 0)
    qtbot.waitUntil(lambda: tab.model.rowCount() >= count + 1, timeout=10_000)


def _plural(source: str, n: int) -> str:
    """A counted sentence as the English catalogue words it for n."""
    return QCoreApplication.translate("AttachmentsTab", source, None, n)


def _received_order(vault: Vault) -> list[str]:
    with vault.read() as session:
        query = select(Attachment.file_name).order_by(Attachment.received_at)
        return list(session.scalars(query))


def test_many_files_picked_at_once_read_the_case_once_not_per_file(
    qtbot, monkeypatch, tab, tmp_path, reads, messages
):
    photos = _photos(tmp_path / "photos", [f"фото_{i:03d}.jpg" for i in range(30)])
    reads.update(case=0, attachments=0)
    _pick(qtbot, monkeypatch, tab, photos)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 30)
    # Before: 30 of each, on the GUI thread: 200 photos froze the window for seconds.
    assert reads == {"case": 1, "attachments": 1}
    assert messages.texts() == []


def test_files_picked_at_once_are_received_in_the_order_picked(qtbot, monkeypatch, tab, tmp_path):
    # The first is the largest: taken in side by side, the small ones finished before it.
    picked = _photos(tmp_path / "p", ["видео.mp4", *(f"фото_{i:03d}.jpg" for i in range(12))])
    picked[0].write_bytes(b"\x00" * (3 * 1024**2))
    picked = [picked[0], *reversed(picked[1:])]
    _pick(qtbot, monkeypatch, tab, picked)
    qtbot.waitUntil(lambda: tab.model.rowCount() == len(picked))
    assert _received_order(tab.registry.vault) == [path.name for path in picked]


def test_files_already_attached_are_named_in_one_message(
    qtbot, monkeypatch, tab, tmp_path, messages
):
    names = [f"фото_{i:03d}.jpg" for i in range(7)]
    photos = _photos(tmp_path / "photos", names)
    _pick(qtbot, monkeypatch, tab, photos)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 7)
    assert messages.texts() == []
    new = _photos(tmp_path / "new", ["новое.jpg"])
    _pick(qtbot, monkeypatch, tab, [*photos, *new])
    qtbot.waitUntil(lambda: tab.model.rowCount() == 15)
    # Before: one box per file, each waiting for a click.
    listed = "фото_000.jpg, фото_001.jpg, фото_002.jpg, фото_003.jpg and 3 more"
    assert messages.texts() == [
        fill(
            _plural(
                "%n of the files were already attached to this case (the same SHA-256): %1. "
                "Both copies of each are kept; remove any added by mistake.",
                7,
            ),
            listed,
        )
    ]


def test_a_file_over_the_limit_is_named_and_the_others_are_added(
    qtbot, monkeypatch, tab, tmp_path, messages
):
    video = tmp_path / "допрос.mp4"
    with video.open("wb") as sparse:  # takes no room on the test machine's disk
        sparse.truncate(MAX_ATTACHMENT_BYTES + 1)
    photos = _photos(tmp_path / "photos", ["фото_1.jpg", "фото_2.jpg"])
    _pick(qtbot, monkeypatch, tab, [photos[0], video, photos[1]])
    qtbot.waitUntil(lambda: messages.shown != [])
    # Before: "The file is larger than the 4.00 GiB an attachment may be.": which one?
    assert messages.texts() == ["допрос.mp4 is larger than the 4.00 GiB an attachment may be."]
    assert [tab.model.row_at(i).file_name for i in range(tab.model.rowCount())] == [
        "фото_1.jpg",
        "фото_2.jpg",
    ]


def test_cancel_keeps_the_files_added_before_it_and_says_so(
    qtbot, monkeypatch, tab, tmp_path, messages
):
    first, last = _photos(tmp_path / "photos", ["фото_1.jpg", "фото_3.jpg"])
    video = tmp_path / "видео.mp4"
    video.write_bytes(b"\x00" * (48 * 1024**2))
    names = [str(first), str(video), str(last)]
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *_a, **_k: (names, ""))
    vault: Vault = tab.registry.vault

    def stored() -> int:
        with vault.read() as session:
            return session.scalar(select(func.count()).select_from(Attachment)) or 0

    tab.add_button.click()
    qtbot.waitUntil(lambda: stored() == 1)
    tasks.cancel_tasks_with_progress()
    qtbot.waitUntil(lambda: messages.shown != [])
    kept = _plural("The %n file(s) added before that are kept; the others were not added.", 1)
    # Before: "Cancelled; nothing was changed.", though the first file stayed attached.
    assert messages.texts() == [f"Cancelled. {kept}"]
    assert stored() == 1
    assert [tab.model.row_at(i).file_name for i in range(tab.model.rowCount())] == ["фото_1.jpg"]
