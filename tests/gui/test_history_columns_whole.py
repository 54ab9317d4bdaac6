"""A case's History in Uzbek at the case window's usual width: the When column showed
"2026-yil 27-noyabr, …", so edits of one day looked the same."""

from __future__ import annotations

from uuid import UUID

from PySide6.QtWidgets import QApplication

from desktop_app.core.content import to_content
from desktop_app.core.records import get_record
from desktop_app.core.vault import Vault
from desktop_app.ui.history_model import HistoryModel
from desktop_app.ui.i18n import install_translators
from desktop_app.ui.main_window import MainWindow


def _case_with_edited_testimony(vault: Vault) -> UUID:
    with vault.transaction() as session:
        writer = vault.writer(session)
        case = writer.create("case", {"reference": "UZ-2024-0001", "title": "Toshkent"})
        session.flush()
        witness = writer.create("person", {"name": "Makhliyo Ergashboyeva-Qurbonova"})
        session.flush()
        writer.create(
            "case_party", {"case": str(case.id), "person": str(witness.id), "role": "witness"}
        )
        testimony = writer.create(
            "testimony", {"case": str(case.id), "witness": str(witness.id), "narrative": "…"}
        )
        case_id, testimony_id = case.id, testimony.id
    for edit, field in enumerate(("narrative", "interviewer", "narrative")):
        with vault.transaction() as session:
            record = get_record(session, "testimony", testimony_id)
            content = to_content(record)
            content[field] = f"edit {edit}"
            vault.writer(session).update(record, content)
    return case_id


def test_the_when_column_shows_the_whole_uzbek_timestamp(
    qtbot, unlocked_window: MainWindow
) -> None:
    install_translators("uz")
    case_id = _case_with_edited_testimony(unlocked_window.vault)
    view = unlocked_window.registry.open_case(case_id)
    view.resize(980, 680)  # the case window's usual size
    view.tabs.setCurrentWidget(view.history_tab)
    QApplication.processEvents()
    table, model = view.history_tab.table, view.history_tab.model
    assert model.rowCount() > 3
    when = HistoryModel.COL_WHEN
    assert ":" in model.index(0, when).data()  # the time, which tells the edits apart
    assert table.columnWidth(when) >= table.sizeHintForColumn(when)
    assert table.horizontalScrollBar().maximum() == 0  # nothing pushed out of sight
