"""The message after a dossier says what the PDF says: testimonies without consent to use in
reports were left out of it (not hidden in it), and says nothing of them when there were none."""

from __future__ import annotations

from pathlib import Path

from desktop_app.core.reports import DossierOptions
from desktop_app.ui import report_actions
from desktop_app.ui.main_window import MainWindow

WAIT_MS = 30_000


def write(qtbot, window: MainWindow, messages, path: Path, consents: list[bool]) -> str:
    vault = window.vault
    with vault.transaction() as session:
        writer = vault.writer(session)
        case = writer.create("case", {"reference": path.stem, "title": "Detentions"})
        session.flush()
        for has_consent in consents:
            consent = {"given": True, "scope": ["reports"]} if has_consent else {}
            writer.create(
                "testimony", {"case": str(case.id), "narrative": "Account", "consent": consent}
            )
        case_id = case.id
    report_actions.write_dossier(window, vault, [case_id], path, DossierOptions())
    qtbot.waitUntil(lambda: bool(messages.texts()), timeout=WAIT_MS)
    [text] = messages.texts()
    return text


def test_testimonies_without_consent_are_said_to_be_left_out(
    qtbot, unlocked_window: MainWindow, messages, tmp_path: Path
) -> None:
    text = write(qtbot, unlocked_window, messages, tmp_path / "AND-1.pdf", [True, False])
    lines = text.split("\n")
    assert lines[0].startswith("The dossier AND-1.pdf was written in the folder ")
    assert lines[1] == (
        "Testimonies left out because the witness did not consent to “use in reports”: 1."
    )
    assert "withheld" not in text


def test_nothing_is_said_of_left_out_testimonies_when_there_are_none(
    qtbot, unlocked_window: MainWindow, messages, tmp_path: Path
) -> None:
    text = write(qtbot, unlocked_window, messages, tmp_path / "AND-2.pdf", [True])
    assert "\n" not in text
    assert text.startswith("The dossier AND-2.pdf was written in the folder ")
    assert text.endswith(".") and "estimon" not in text
