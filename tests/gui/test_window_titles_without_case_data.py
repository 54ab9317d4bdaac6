"""Window titles carry no case data: every program on the display reads them (taskbar, window
switcher, screen sharing), so a case's reference and title, a person's name (a protected
witness's real name above all), a witness's name and a file name are shown inside the window,
never in its title."""

from __future__ import annotations

import io
from typing import Any
from uuid import UUID

from PySide6.QtWidgets import QApplication, QWidget

from desktop_app.core.attachments import add_attachment
from desktop_app.core.case_file import case_attachments
from desktop_app.core.vault import Vault
from desktop_app.ui.attachment_viewer import AttachmentViewer
from desktop_app.ui.history_tab import VersionDialog
from desktop_app.ui.main_window import MainWindow
from tests.conftest import CANARY

# One token per field, so a failure says which field leaked; all contain CANARY.
SECRET = "7f3a9c"


def _canary(field: str) -> str:
    return f"{CANARY} {field}"


def _records(vault: Vault) -> dict[str, UUID]:
    with vault.transaction() as session:
        writer = vault.writer(session)
        case = writer.create(
            "case",
            {
                "reference": f"KG-{SECRET}-0007",
                "title": _canary("case title"),
                "summary": _canary("case summary"),
                "region": _canary("region"),
                "place": _canary("case place"),
                "tags": [_canary("tag")],
            },
        )
        witness = writer.create(
            "person",
            {
                "name": _canary("protected name"),
                "other_names": [_canary("other name")],
                "occupation": _canary("occupation"),
                "notes": _canary("person notes"),
                "protected": True,
                "pseudonym": "Witness A",
            },
        )
        session.flush()
        writer.create("case_party", {"case": str(case.id), "person": str(witness.id)})
        testimony = writer.create(
            "testimony",
            {
                "case": str(case.id),
                "witness": str(witness.id),
                "interviewer": _canary("interviewer"),
                "place": _canary("testimony place"),
                "narrative": _canary("narrative"),
                "summary": _canary("testimony summary"),
            },
        )
        event = writer.create(
            "event",
            {
                "case": str(case.id),
                "act_type": "arbitrary_detention",
                "place": _canary("event place"),
                "description": _canary("event description"),
            },
        )
        add_attachment(writer, "case", case.id, io.BytesIO(b"statement"), f"statement {CANARY}.txt")
        return {"case": case.id, "person": witness.id, "testimony": testimony.id, "event": event.id}


def _titles_with_case_data() -> list[str]:
    return [
        widget.windowTitle()
        for widget in QApplication.topLevelWidgets()
        if widget.isVisible() and (CANARY in widget.windowTitle() or SECRET in widget.windowTitle())
    ]


def test_no_window_title_holds_a_case_reference_title_name_or_file_name(
    qtbot, unlocked_window: MainWindow
) -> None:
    vault = unlocked_window.vault
    assert vault is not None
    ids = _records(vault)
    registry = unlocked_window.registry
    view: Any = registry.open_case(ids["case"])
    forms = [
        registry.open_form(kind, ids[kind]) for kind in ("case", "person", "testimony", "event")
    ]
    with vault.read() as session:
        (row,) = case_attachments(session, ids["case"])
    viewer = AttachmentViewer(registry, row, view)
    viewer.show()
    # Before: "KG-7f3a9c-0007 — CANARY… case title", "CANARY… protected name" (her real name,
    # not the pseudonym), "Testimony of CANARY… protected name", "statement CANARY….txt".
    assert _titles_with_case_data() == []
    assert view.windowTitle() == "Case"
    assert [form.windowTitle() for form in forms] == ["Case", "Person", "Testimony", "Event"]
    assert viewer.windowTitle() == "Attachment"
    # What the window shows is said inside it.
    assert _canary("case title") in view.heading.text()
    assert viewer.heading.text() == f"statement {CANARY}.txt"


def test_typing_in_a_form_keeps_case_data_out_of_its_title(
    qtbot, unlocked_window: MainWindow
) -> None:
    vault = unlocked_window.vault
    assert vault is not None
    ids = _records(vault)
    testimony = unlocked_window.registry.open_form("testimony", ids["testimony"])
    person = unlocked_window.registry.open_form("person", ids["person"])
    # The testimony's title was rewritten on every key of the narrative, with the witness.
    testimony.narrative_edit.insertPlainText(_canary("typed"))
    person.name_edit.setText(_canary("renamed"))
    assert _titles_with_case_data() == []
    # The unsaved-changes mark stays.
    assert (testimony.windowTitle(), person.windowTitle()) == ("Testimony *", "Person *")


def test_an_earlier_version_names_its_author_inside_not_in_the_title(qtbot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    heading = f"Version 2, 11 June 2010, by {CANARY} colleague"
    dialog = VersionDialog(heading, {"name": _canary("old name")}, {"name": "Name"}, parent)
    dialog.show()
    assert CANARY not in dialog.windowTitle()
    assert dialog.heading.text() == heading
