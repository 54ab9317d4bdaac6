"""An event form's empty Victims, Perpetrators and Sources lists say, greyed as the empty text
boxes do, what would be offered there and where it comes from. Before, a case without
testimonies showed a blank Sources box, and nothing said that testimonies go there."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from desktop_app.core.vault import Vault
from desktop_app.ui.fields import ChecklistBox
from desktop_app.ui.forms.event_form import EventForm
from tests.gui.conftest import activate


def _hint(box: ChecklistBox) -> QLabel:
    return box.viewport().findChild(QLabel)


def _open_event(qtbot, vault: Vault, case_id: str) -> EventForm:
    form = EventForm(vault, initial={"case": case_id})
    qtbot.addWidget(form)
    form.show()
    activate(qtbot, form)
    return form


def test_an_empty_list_says_what_goes_there(qtbot, tmp_vault: Vault) -> None:
    with tmp_vault.transaction() as session:
        case_id = str(
            tmp_vault.writer(session).create("case", {"reference": "UZ-1", "title": "Osh"}).id
        )
    form = _open_event(qtbot, tmp_vault, case_id)
    for box in (form.victims_list, form.perpetrators_list, form.sources_list):
        hint = _hint(box)
        assert box.count() == 0 and hint.isVisible() and hint.text()
        # Whole: the list is as tall as the hint's wrapped lines.
        assert box.viewport().height() >= hint.heightForWidth(hint.width())
    assert "testimon" in _hint(form.sources_list).text()


def test_a_list_with_choices_shows_no_hint(qtbot, tmp_vault: Vault) -> None:
    with tmp_vault.transaction() as session:
        writer = tmp_vault.writer(session)
        case = writer.create("case", {"reference": "UZ-1", "title": "Osh"})
        witness = writer.create("person", {"name": "Dilorom Yusupova"})
        session.flush()
        writer.create("testimony", {"case": str(case.id), "witness": str(witness.id)})
        case_id = str(case.id)
    form = _open_event(qtbot, tmp_vault, case_id)
    assert form.sources_list.count() == 1
    assert not _hint(form.sources_list).isVisible()
    assert _hint(form.victims_list).isVisible()
