"""After a dossier is written the user is told where it went (the folder, not only the file
name) and can open it or its folder; if no program opens either, they are told where it is.
The options dialog names the summary choice as the PDF does: testimony summaries only."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QUrl

from desktop_app.core.reports import DossierOptions, DossierResult
from desktop_app.ui import report_actions
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.report_actions import DossierDialog, DossierWrittenBox, tell_dossier_written

WAIT_MS = 30_000


def written(path: Path, withheld: int = 0) -> DossierResult:
    return DossierResult(
        path=path,
        pages=26,
        cases=1,
        testimonies=3,
        withheld_testimonies=withheld,
        is_redacted=True,
        protected_people=1,
    )


def test_the_message_names_the_folder_the_dossier_was_written_in(qtbot) -> None:
    box = DossierWrittenBox(written(Path("/home/dilnoza/Documents/KG-42.pdf")))
    qtbot.addWidget(box)
    assert box.text() == (
        "The dossier KG-42.pdf was written in the folder /home/dilnoza/Documents. Pages: 26."
    )
    assert {b.text() for b in box.buttons()} == {"&Open", "Open &folder", "Close"}
    assert box.defaultButton() is box.close_button  # Enter opens nothing


def test_a_long_folder_is_shortened_in_its_middle(qtbot) -> None:
    folder = "/home/dilnoza/" + "Working Group on Arbitrary Detention/" * 4 + "2024"
    box = DossierWrittenBox(written(Path(folder) / "KG-42.pdf"))
    qtbot.addWidget(box)
    text = box.text()
    assert text.startswith("The dossier KG-42.pdf was written in the folder /home/")
    assert "…" in text and text.endswith("/2024. Pages: 26.")
    assert len(text) < len(folder) + 60


def test_dossier_written_through_the_worker_names_its_folder(
    qtbot, unlocked_window: MainWindow, messages, tmp_path: Path
) -> None:
    vault = unlocked_window.vault
    with vault.transaction() as session:
        case_id = vault.writer(session).create("case", {"reference": "KG-7", "title": "T"}).id
    folder = tmp_path / "out"
    folder.mkdir()
    report_actions.write_dossier(
        unlocked_window, vault, [case_id], folder / "KG-7.pdf", DossierOptions()
    )
    qtbot.waitUntil(lambda: bool(messages.texts()), timeout=WAIT_MS)
    [text] = messages.texts()
    assert text.startswith("The dossier KG-7.pdf was written in the folder ")
    shown = text.split(". Pages: ")[0].removeprefix("The dossier KG-7.pdf was written in the ")
    assert shown.endswith("/out") and (str(folder) in shown or "…" in shown)


@pytest.mark.parametrize(
    ("button", "said"),
    [
        ("open_button", "No program opened the dossier. It is at {path}."),
        ("open_folder_button", "No program opened the folder {folder}."),
    ],
)
def test_when_no_program_opens_it_the_user_is_told_where_it_is(
    qtbot, unlocked_window, messages, monkeypatch: pytest.MonkeyPatch, tmp_path, button, said
) -> None:
    # The offscreen test platform opens nothing, as a computer with no PDF viewer would not.
    path = tmp_path / "KG-42.pdf"
    path.write_bytes(b"%PDF-")
    monkeypatch.setattr(DossierWrittenBox, "exec", lambda box: getattr(box, button).click())
    tell_dossier_written(unlocked_window, written(path))
    assert messages.shown == [("warning", said.format(path=path, folder=tmp_path))]


def test_open_folder_opens_the_folder_and_says_nothing_more(
    qtbot, unlocked_window, messages, monkeypatch: pytest.MonkeyPatch, tmp_path
) -> None:
    opened: list[str] = []

    def open_url(url: QUrl) -> bool:  # what the machine cannot do here: start a file manager
        opened.append(url.toLocalFile())
        return True

    monkeypatch.setattr("desktop_app.ui.report_actions.QDesktopServices.openUrl", open_url)
    monkeypatch.setattr(DossierWrittenBox, "exec", lambda box: box.open_folder_button.click())
    tell_dossier_written(unlocked_window, written(tmp_path / "KG-42.pdf"))
    assert opened == [str(tmp_path)]
    assert messages.shown == []


def test_closing_the_message_opens_nothing(
    qtbot, unlocked_window, messages, monkeypatch: pytest.MonkeyPatch, tmp_path
) -> None:
    opened: list[QUrl] = []
    monkeypatch.setattr("desktop_app.ui.report_actions.QDesktopServices.openUrl", opened.append)
    monkeypatch.setattr(DossierWrittenBox, "exec", lambda box: box.close_button.click())
    tell_dossier_written(unlocked_window, written(tmp_path / "KG-42.pdf"))
    assert opened == [] and messages.shown == []


def test_the_summary_choice_says_it_shortens_the_testimonies(qtbot) -> None:
    dialog = DossierDialog()
    qtbot.addWidget(dialog)
    assert dialog.summary_check.text() == "Testimony &summaries only"
