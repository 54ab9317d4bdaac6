"""A person renamed in the person form is shown by the new name wherever an open window or a
list names them: a case window's Events (victims) and Testimonies (witness) tabs, and the main
window's Testimonies list (which names each one's case too). The Events tab has room for two
victims' names."""

from __future__ import annotations

from uuid import UUID

import pytest

from desktop_app.core.vault import Vault
from desktop_app.ui.case_view import CaseView
from desktop_app.ui.list_models import TestimonyListModel
from desktop_app.ui.main_window import PAGE_TESTIMONIES, MainWindow
from desktop_app.ui.row_models import TimelineModel


def _case_with_a_victim(vault: Vault, victims: list[str]) -> tuple[UUID, list[UUID]]:
    """A case with one event; its victims are in no other record of the case."""
    with vault.transaction() as session:
        writer = vault.writer(session)
        case = writer.create("case", {"reference": "UZ-2005-0001", "title": "Andijan"})
        people = [writer.create("person", {"name": name}).id for name in victims]
        session.flush()
        writer.create(
            "event",
            {
                "case": str(case.id),
                "date": "2005-05-13",
                "act_type": "arbitrary_detention",
                "place": "Andijon",
                "victims": [str(uid) for uid in people],
            },
        )
        return case.id, people


def _rename(window: MainWindow, person_id: UUID, name: str) -> None:
    form = window.registry.open_form("person", person_id)
    form.name_edit.setText(name)
    form.save()


def _victims(view: CaseView) -> str:
    return view.timeline_model.index(0, TimelineModel.COL_VICTIMS).data()


@pytest.mark.parametrize("shown", [True, False])
def test_renaming_a_victim_renames_them_on_the_events_tab(
    qtbot, unlocked_window: MainWindow, shown: bool
) -> None:
    window = unlocked_window
    case_id, (victim,) = _case_with_a_victim(window.vault, ["Dilshod Karimov"])
    view = window.registry.open_case(case_id)
    assert isinstance(view, CaseView)
    view.tabs.setCurrentWidget(view.events_page)
    assert _victims(view) == "Dilshod Karimov"
    if not shown:  # read again when the tab is next shown
        view.tabs.setCurrentWidget(view.people_page)
    _rename(window, victim, "Dilshod Karimov (Andijon)")
    view.tabs.setCurrentWidget(view.events_page)
    # Before: the old name until the window was closed and opened again.
    assert _victims(view) == "Dilshod Karimov (Andijon)"


def test_renaming_a_witness_or_a_case_renames_them_in_the_testimony_lists(
    qtbot, unlocked_window: MainWindow
) -> None:
    window = unlocked_window
    vault = window.vault
    with vault.transaction() as session:
        writer = vault.writer(session)
        case = writer.create("case", {"reference": "UZ-2005-0002", "title": "Andijan"})
        witness = writer.create("person", {"name": "Aziza Rahimova"})
        session.flush()
        writer.create("testimony", {"case": str(case.id), "witness": str(witness.id)})
        case_id, witness_id = case.id, witness.id
    window.go_to(PAGE_TESTIMONIES)
    listed = window.testimony_model
    assert listed.index(0, TestimonyListModel.COL_WITNESS).data() == "Aziza Rahimova"
    view = window.registry.open_case(case_id)
    view.tabs.setCurrentWidget(view.testimonies_page)
    _rename(window, witness_id, "Aziza Rahimova-Yusupova")
    tab = view.testimony_model
    assert tab.index(0, TestimonyListModel.COL_WITNESS).data() == "Aziza Rahimova-Yusupova"
    # Before: the main window's list kept the old name until something else refreshed it.
    assert listed.index(0, TestimonyListModel.COL_WITNESS).data() == "Aziza Rahimova-Yusupova"
    form = window.registry.open_form("case", case_id)
    form.reference_edit.setText("UZ-2005-0003")
    form.save()
    assert listed.index(0, TestimonyListModel.COL_CASE).data() == "UZ-2005-0003"  # and its case


def test_the_victims_column_holds_two_names_at_the_default_size(
    qtbot, unlocked_window: MainWindow
) -> None:
    window = unlocked_window
    names = ["Раъно Юсупова", "Dilshod Karimov"]
    case_id, _ = _case_with_a_victim(window.vault, names)
    view = window.registry.open_case(case_id)
    view.resize(980, 680)  # the size it opens at on a screen that has room (offscreen's has not)
    view.tabs.setCurrentWidget(view.events_page)
    qtbot.waitExposed(view)
    assert _victims(view) == ", ".join(names)
    table = view.timeline_table
    index = view.timeline_model.index(0, TimelineModel.COL_VICTIMS)
    # Before: 20 characters wide, "Раъно Юсупова…" hid the second victim.
    assert table.columnWidth(TimelineModel.COL_VICTIMS) >= table.sizeHintForIndex(index).width()
