"""A form's choice lists show every record and code the record names, offered or not: an
event's victim removed from the case, a deleted perpetrator, another case's source, a
colleague's own act type. Dropped, they left the form changed on opening and vanished from the
record at the save of an unrelated edit."""

from __future__ import annotations

from typing import Any
from uuid import UUID

from PySide6.QtCore import Qt

from db.models import VocabularyTerm
from desktop_app.core.records import get_record
from desktop_app.core.vault import Vault
from desktop_app.ui.main_window import MainWindow

CUSTOM_ACT = "property_seizure"


def _add_custom_act_type(vault: Vault) -> None:
    with vault.transaction() as session:
        term = VocabularyTerm(vocabulary="act_type", code=CUSTOM_ACT, label_en="Property seizure")
        session.add(term)


def _ticked(box: Any) -> dict[str, str]:
    return {
        box.item(i).data(Qt.ItemDataRole.UserRole): box.item(i).text()
        for i in range(box.count())
        if box.item(i).checkState() == Qt.CheckState.Checked
    }


def _event_naming_outsiders(vault: Vault) -> dict[str, UUID]:
    """An event of case A whose victims are a party of A, a person removed from A and a
    person never made a party; its perpetrator is deleted; a source is case B's testimony."""
    with vault.transaction() as session:
        writer = vault.writer(session)
        case = writer.create("case", {"reference": "KG-2010-0007", "title": "Osh"})
        other_case = writer.create("case", {"reference": "KG-2010-0008", "title": "Jalal-Abad"})
        session.flush()
        ids = {"case": case.id}
        people = (("party", "Dilorom Yusupova"), ("removed", "Akmal Karimov"),
                  ("outsider", "Гулнора Каримова"), ("deleted", "Rustam Aliev"))  # fmt: skip
        for key, name in people:
            ids[key] = writer.create("person", {"name": name}).id
        session.flush()
        for key in ("party", "removed"):
            party = writer.create(
                "case_party", {"case": str(case.id), "person": str(ids[key]), "role": "victim"}
            )
        session.flush()
        writer.delete(party)  # the "removed" person's party: Remove from case
        other = writer.create(
            "testimony",
            {"case": str(other_case.id), "witness": str(ids["outsider"]), "date": "2010-06"},
        )
        session.flush()
        ids["source"] = other.id
        event = writer.create(
            "event",
            {
                "case": str(case.id),
                "act_type": "killing",
                "description": "Shot at the checkpoint.",
                "victims": [str(ids[key]) for key in ("removed", "party", "outsider")],
                "perpetrators": [str(ids["deleted"])],
                "sources": [str(ids["source"])],
            },
        )
        session.flush()
        ids["event"] = event.id
        writer.delete(get_record(session, "person", ids["deleted"]))
    return ids


def test_an_event_opens_unchanged_with_every_person_and_source_it_names_ticked(
    qtbot, unlocked_window: MainWindow
) -> None:
    ids = _event_naming_outsiders(unlocked_window.vault)
    form = unlocked_window.registry.open_form("event", ids["event"])
    assert not form.is_dirty()
    assert form.windowTitle() == "Event"
    assert _ticked(form.victims_list) == {
        str(ids["removed"]): "Akmal Karimov (not in this case)",
        str(ids["party"]): "Dilorom Yusupova",
        str(ids["outsider"]): "Гулнора Каримова (not in this case)",
    }
    assert _ticked(form.perpetrators_list) == {str(ids["deleted"]): "Rustam Aliev (deleted)"}
    assert _ticked(form.sources_list) == {
        str(ids["source"]): "June 2010 — Гулнора Каримова (not in this case)"
    }
    form.close()


def test_an_unrelated_edit_of_an_event_keeps_its_victims_perpetrators_and_sources(
    qtbot, unlocked_window: MainWindow
) -> None:
    vault = unlocked_window.vault
    ids = _event_naming_outsiders(vault)
    with vault.read() as session:
        before = get_record(session, "event", ids["event"])
        victims, perpetrators, sources = before.victims, before.perpetrators, before.sources
    form = unlocked_window.registry.open_form("event", ids["event"])
    form.description_edit.setPlainText("Shot at the checkpoint at night.")
    assert form.save_button.isEnabled()
    form.save()
    with vault.read() as session:
        after = get_record(session, "event", ids["event"])
        assert after.description == "Shot at the checkpoint at night."
        assert (after.victims, after.perpetrators, after.sources) == (
            victims,
            perpetrators,
            sources,
        )


def test_a_victim_unticked_stays_in_the_list_and_leaves_the_event(
    qtbot, unlocked_window: MainWindow
) -> None:
    vault = unlocked_window.vault
    ids = _event_naming_outsiders(vault)
    form = unlocked_window.registry.open_form("event", ids["event"])
    box = form.victims_list
    row = next(
        i
        for i in range(box.count())
        if box.item(i).data(Qt.ItemDataRole.UserRole) == str(ids["removed"])
    )
    box.item(row).setCheckState(Qt.CheckState.Unchecked)
    assert form.is_dirty()
    form.save()
    with vault.read() as session:
        assert get_record(session, "event", ids["event"]).victims == [
            str(ids["party"]),
            str(ids["outsider"]),
        ]


def test_a_case_and_an_event_keep_a_colleagues_own_act_type(
    qtbot, unlocked_window: MainWindow
) -> None:
    vault = unlocked_window.vault
    _add_custom_act_type(vault)
    with vault.transaction() as session:
        writer = vault.writer(session)
        case = writer.create(
            "case",
            {"reference": "KG-1", "title": "Osh", "violation_types": ["killing", CUSTOM_ACT]},
        )
        session.flush()
        event = writer.create("event", {"case": str(case.id), "act_type": CUSTOM_ACT})
        case_id, event_id = case.id, event.id
    case_form = unlocked_window.registry.open_form("case", case_id)
    assert not case_form.is_dirty()
    assert case_form.act_types.value() == ["killing", CUSTOM_ACT]
    case_form.title_edit.setText("Osh, June 2010")
    case_form.save()
    event_form = unlocked_window.registry.open_form("event", event_id)
    assert not event_form.is_dirty()
    assert event_form.save_button.isEnabled()  # the act is chosen, though not offered
    event_form.place_edit.setText("Osh")
    event_form.save()
    with vault.read() as session:
        assert get_record(session, "case", case_id).violation_types == ["killing", CUSTOM_ACT]
        assert get_record(session, "event", event_id).act_type == CUSTOM_ACT
