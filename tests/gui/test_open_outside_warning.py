"""'Open with another program' warns that the other program and the system may keep the plain
copy's name and place in their recent-files lists, which Sandiq cannot clear."""

from __future__ import annotations

import io

import pytest

from desktop_app.core.attachments import add_attachment
from desktop_app.core.case_file import case_attachments
from desktop_app.core.vault import Vault
from desktop_app.ui.attachments_tab import open_outside
from desktop_app.ui.main_window import MainWindow

RECENT_FILES = "may also remember the file's name and where it is (recent files)"


@pytest.mark.parametrize(
    ("file_name", "data"),
    [("statement.txt", b"statement"), ("page.html", b"<html><img src='http://x'></html>")],
    ids=["plain-file", "file-that-fetches"],
)
def test_open_outside_warns_the_name_may_stay_in_recent_files(
    qtbot, unlocked_window: MainWindow, messages, file_name: str, data: bytes
) -> None:
    vault: Vault = unlocked_window.vault
    with vault.transaction() as session:
        writer = vault.writer(session)
        case_id = writer.create("case", {"reference": "KG-8", "title": "Files"}).id
        add_attachment(writer, "case", case_id, io.BytesIO(data), file_name)
    with vault.read() as session:
        (row,) = case_attachments(session, case_id)
    messages.answer = messages.answer.No
    open_outside(unlocked_window, unlocked_window.registry, row)
    # Before: only that the copy is unencrypted and that Sandiq cannot delete it.
    (warning,) = messages.texts()
    assert "unencrypted copy" in warning
    assert RECENT_FILES in warning
