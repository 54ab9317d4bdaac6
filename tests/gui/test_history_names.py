"""A case's History names every record so that a reader can tell them apart: an event by
its place, and one without a place by its date and act, as the Events tab shows it."""

from __future__ import annotations

from desktop_app.core.content import to_content
from desktop_app.core.dates import utc_now
from desktop_app.ui.history_model import HistoryModel
from desktop_app.ui.i18n import install_translators


def test_an_event_without_a_place_is_named_by_its_date_and_act(qtbot, unlocked_window) -> None:
    install_translators("ru")
    vault = unlocked_window.vault
    with vault.transaction() as session:
        writer = vault.writer(session)
        case = writer.create("case", {"reference": "KG-2024-01", "title": "Ош"})
        session.flush()
        for content in (
            {"date": "2024-03-14", "act_type": "torture", "place": "ИВС Ош"},
            {"date": "2024-03", "act_type": "arbitrary_detention"},
            {"act_type": "torture"},
        ):
            writer.create("event", {"case": str(case.id), **content})
    view = unlocked_window.registry.open_case(case.id)
    view.tabs.setCurrentWidget(view.history_tab)  # a tab is read when it is shown
    model = view.history_tab.model
    names = [
        model.index(row, HistoryModel.COL_RECORD).data()
        for row in range(model.rowCount())
        if model.row_at(row).record_kind == "event"
    ]
    # Before: "ИВС Ош" and two empty cells.
    assert sorted(names) == sorted(
        ["ИВС Ош", "март 2024 Произвольное задержание", "Пытки или жестокое обращение"]
    )


def test_a_conflict_decision_is_named_not_shown_as_its_code(qtbot, unlocked_window) -> None:
    # Keeping a colleague's version logs the version written ("resolve") and the decision
    # ("resolve_conflict"); the decision had no label and showed as its code.
    vault = unlocked_window.vault
    with vault.transaction() as session:
        writer = vault.writer(session)
        case = writer.create("case", {"reference": "KG-2024-02", "title": "Жалал-Абад"})
        writer.update(case, {**to_content(case), "title": "Джалал-Абад"}, action="resolve")
        writer.audit.append(
            utc_now(), vault.fingerprint, "resolve_conflict", "case", case.id, case.version
        )
    view = unlocked_window.registry.open_case(case.id)
    view.tabs.setCurrentWidget(view.history_tab)
    model = view.history_tab.model
    actions = [model.index(row, HistoryModel.COL_ACTION).data() for row in range(3)]
    assert actions == ["Conflict resolved", "Version kept in a conflict", "Created"]
