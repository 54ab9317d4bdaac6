"""After a redacted dossier that names a protected woman's husband in full, the window warns
before it is handed out, naming him and her pseudonym, never her."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from desktop_app.core.reports import DossierOptions
from desktop_app.ui import report_actions
from desktop_app.ui.main_window import MainWindow

WAIT_MS = 30_000


def write(qtbot, window: MainWindow, messages, path: Path, options: DossierOptions) -> str:
    vault = window.vault
    with vault.transaction() as session:
        writer = vault.writer(session)
        case = writer.create("case", {"reference": path.stem, "title": "Search of a home"})
        gulnora = writer.create(
            "person",
            {
                "name": "Гулнора Шамсутдинова",
                "other_names": ["Gulnora Shamsutdinova"],
                "protected": True,
                "pseudonym": "Свидетель А",
            },
        )
        husband = writer.create("person", {"name": "Bahtiyor Shamsutdinov"})
        official = writer.create("person", {"name": "Rustam Karimov"})
        for person, role in (
            (gulnora, "witness"),
            (husband, "relative"),
            (official, "perpetrator"),
        ):
            writer.create(
                "case_party", {"case": str(case.id), "person": str(person.id), "role": role}
            )
        case_id = case.id
    report_actions.write_dossier(window, vault, [case_id], path, options)
    qtbot.waitUntil(lambda: bool(messages.texts()), timeout=WAIT_MS)
    [text] = messages.texts()
    return text


def test_the_written_box_names_the_husband_and_her_pseudonym_only(
    qtbot, unlocked_window: MainWindow, messages, tmp_path: Path, monkeypatch
) -> None:
    icons = []
    shown = report_actions.DossierWrittenBox.exec
    monkeypatch.setattr(
        report_actions.DossierWrittenBox, "exec", lambda box: (icons.append(box.icon()), shown(box))
    )
    options = DossierOptions(language="ru")
    text = write(qtbot, unlocked_window, messages, tmp_path / "UZ-1.pdf", options)
    assert text.startswith("The dossier UZ-1.pdf was written in the folder ")
    assert text.endswith(
        "\n\nCheck before handing the dossier out: it names Bahtiyor Shamsutdinov in full, who "
        "shares a family name with Свидетель А, a protected person it hides."
    )
    assert "Гулнора" not in text and "Шамсутдинова" not in text and "Gulnora" not in text
    assert "Karimov" not in text
    assert icons == [QMessageBox.Icon.Warning]
    assert (tmp_path / "UZ-1.pdf").read_bytes().startswith(b"%PDF")


def test_no_warning_in_a_dossier_that_is_not_redacted(
    qtbot, unlocked_window: MainWindow, messages, tmp_path: Path
) -> None:
    options = DossierOptions(redact=False)
    text = write(qtbot, unlocked_window, messages, tmp_path / "UZ-2.pdf", options)
    assert "\n" not in text and "family name" not in text
