"""A case's History reads its newest page of entries, older ones as the table scrolls, and on
a save only the entries made since (a large case's whole history took half a second, on every
save); a record moved to another case leaves the old case's window and joins the new one's."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any
from uuid import UUID

from sqlalchemy import event

from desktop_app.core.case_history import HISTORY_PAGE
from desktop_app.core.content import to_content
from desktop_app.core.records import get_record
from desktop_app.core.vault import Vault
from desktop_app.ui.case_view import CaseView
from desktop_app.ui.main_window import MainWindow


def _case(vault: Vault, reference: str, testimonies: int) -> dict[str, Any]:
    with vault.transaction() as session:
        writer = vault.writer(session)
        case = writer.create("case", {"reference": reference, "title": f"Case {reference}"})
        person = writer.create("person", {"name": f"Witness of {reference}"})
        session.flush()
        ids = [
            writer.create(
                "testimony", {"case": str(case.id), "witness": str(person.id), "narrative": "…"}
            ).id
            for _ in range(testimonies)
        ]
        return {"case": case.id, "witness": person.id, "testimonies": ids}


@contextmanager
def _audit_reads(vault: Vault) -> Iterator[list[str]]:
    """The SELECTs on the audit log run meanwhile."""
    seen: list[str] = []

    def record(_conn: Any, _cursor: Any, statement: str, *_: Any) -> None:
        if statement.lstrip().upper().startswith("SELECT") and "audit_log" in statement:
            seen.append(statement)

    event.listen(vault.engine, "before_cursor_execute", record)
    try:
        yield seen
    finally:
        event.remove(vault.engine, "before_cursor_execute", record)


def _open_history(window: MainWindow, case_id: UUID) -> CaseView:
    view = window.registry.open_case(case_id)
    assert isinstance(view, CaseView)
    view.tabs.setCurrentWidget(view.history_tab)
    return view


def _save_testimony(window: MainWindow, testimony_id: UUID, interviewer: str) -> None:
    form = window.registry.open_form("testimony", testimony_id)
    form.interviewer_edit.setText(interviewer)
    form.save()


def test_the_history_reads_its_newest_page_and_older_ones_on_demand(qtbot, unlocked_window) -> None:
    window = unlocked_window
    mine = _case(window.vault, "UZ-1", testimonies=HISTORY_PAGE + 20)
    model = _open_history(window, mine["case"]).history_tab.model
    assert model.rowCount() == HISTORY_PAGE
    assert model.row_at(0).record_id == mine["testimonies"][-1]  # the newest first
    assert model.canFetchMore()
    model.fetchMore()
    assert model.rowCount() == HISTORY_PAGE + 22  # the case's and its witness's creation too
    assert model.row_at(model.rowCount() - 1).record_id == mine["case"]
    assert not model.canFetchMore()
    seqs = [model.row_at(r).seq for r in range(model.rowCount())]
    assert seqs == sorted(seqs, reverse=True)


def test_a_save_adds_its_entry_without_reading_the_history_again(qtbot, unlocked_window) -> None:
    window = unlocked_window
    mine = _case(window.vault, "UZ-1", testimonies=HISTORY_PAGE + 20)
    model = _open_history(window, mine["case"]).history_tab.model
    model.fetchMore()
    shown = model.rowCount()
    oldest = mine["testimonies"][0]
    with _audit_reads(window.vault) as reads:
        _save_testimony(window, oldest, "Dilnoza Karimova")
    assert model.rowCount() == shown + 1  # the older pages read before stay
    assert (model.row_at(0).record_id, model.row_at(0).version) == (oldest, 2)
    # Only the end of the log is read, not the entries of each of the case's records.
    assert reads and not any("record_id IN" in statement for statement in reads), reads


def test_a_testimony_moved_to_another_case_leaves_the_old_window(qtbot, unlocked_window) -> None:
    window = unlocked_window
    old, new = _case(window.vault, "UZ-1", 2), _case(window.vault, "UZ-2", 1)
    moved = old["testimonies"][0]
    views = {}
    for key, case in (("old", old), ("new", new)):
        view = window.registry.open_case(case["case"])
        assert isinstance(view, CaseView)
        view.tabs.setCurrentWidget(view.testimonies_page)
        views[key] = view
    old_history = _open_history(window, old["case"]).history_tab.model
    views["old"].tabs.setCurrentWidget(views["old"].testimonies_page)
    assert old_history.rowCount() == 4  # the case, the witness and the two testimonies

    with window.vault.transaction() as session:
        testimony = get_record(session, "testimony", moved)
        content = to_content(testimony)
        window.vault.writer(session).update(testimony, {**content, "case": str(new["case"])})
    window.registry.record_saved.emit("testimony", moved)

    def listed(view: CaseView) -> set[UUID]:
        model = view.testimony_model
        return {model.row_at(r).id for r in range(model.rowCount())}

    assert listed(views["old"]) == {old["testimonies"][1]}
    assert listed(views["new"]) == {new["testimonies"][0], moved}
    views["old"].tabs.setCurrentWidget(views["old"].history_tab)
    records = {old_history.row_at(r).record_id for r in range(old_history.rowCount())}
    # Its entries went with it; its witness is still the other testimony's.
    assert records == {old["case"], old["witness"], old["testimonies"][1]}
