"""A case's window: the Summary names the period and the country as a reader says them, the
Events tab names each event's victims."""

from __future__ import annotations

from uuid import UUID

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLabel

from desktop_app.core.content import to_content
from desktop_app.core.records import get_record
from desktop_app.ui.case_view import CaseView
from desktop_app.ui.i18n import install_translators
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.row_models import TimelineModel


def _summary(view: CaseView) -> dict[str, str]:
    """The Summary tab's rows: label text -> value text."""
    form = view.summary_form
    rows = {}
    for row in range(form.rowCount()):
        label = form.itemAt(row, QFormLayout.ItemRole.LabelRole).widget()
        value = form.itemAt(row, QFormLayout.ItemRole.FieldRole).widget()
        assert isinstance(label, QLabel) and isinstance(value, QLabel)
        rows[label.text()] = value.text()
    return rows


def _case(window: MainWindow, **fields: object) -> UUID:
    with window.vault.transaction() as session:
        data = {"reference": "UZ-2005-0001", "title": "Andijan", **fields}
        return window.vault.writer(session).create("case", data).id


def _set_period(window: MainWindow, case_id: UUID, start: str, end: str) -> None:
    with window.vault.transaction() as session:
        case = get_record(session, "case", case_id)
        content = {**to_content(case), "start_date": start, "end_date": end}
        window.vault.writer(session).update(case, content)


def test_an_unknown_period_shows_nothing_and_a_half_known_one_says_from_or_until(
    qtbot, unlocked_window
):
    view = unlocked_window.registry.open_case(_case(unlocked_window))
    view.show()
    qtbot.waitExposed(view)
    assert _summary(view)["Period:"] == ""  # before: "? – ?"
    for start, end, shown in (
        ("2005-05", "", "from May 2005"),  # before: "May 2005 – ?"
        ("", "2006", "until 2006"),
        ("2005-05", "2006", "May 2005 – 2006"),
        ("2006", "2006", "2006"),
    ):
        _set_period(unlocked_window, view.case_id, start, end)
        view.refresh()
        assert _summary(view)["Period:"] == shown
    _set_period(unlocked_window, view.case_id, "2005-05", "")
    view.refresh()
    period = view.summary_form.itemAt(3, QFormLayout.ItemRole.FieldRole).widget()
    qtbot.waitUntil(period.isVisible)  # rows put in a shown window appear on the next pass


def test_the_country_is_named_in_the_interface_language_as_the_case_form_names_it(
    qtbot, unlocked_window
):
    case_id = _case(unlocked_window, place="Bobur maydoni", region="Andijon", country="UZ")
    install_translators("uz")
    view = unlocked_window.registry.open_case(case_id)
    view.show()
    qtbot.waitExposed(view)
    place = next(value for label, value in _summary(view).items() if value.startswith("Bobur"))
    assert place == "Bobur maydoni, Andijon, Oʻzbekiston"  # before: "…, Andijon, UZ"


def test_the_events_tab_names_each_events_victims(qtbot, unlocked_window):
    vault = unlocked_window.vault
    case_id = _case(unlocked_window)
    with vault.transaction() as session:
        writer = vault.writer(session)
        people = [
            writer.create("person", {"name": name}).id
            for name in ("Раъно Юсупова", "Dilshod Karimov", "Gone Person")
        ]
        protected = writer.create(
            "person", {"name": "Aziza Rahimova", "protected": True, "pseudonym": "Witness A"}
        ).id
        for date, victims in (("2005-05-13", [*people, protected]), ("2005-05-14", [])):
            writer.create(
                "event",
                {
                    "case": str(case_id),
                    "date": date,
                    "act_type": "arbitrary_detention",
                    "place": "Andijon",
                    "victims": [str(uid) for uid in victims],
                },
            )
        writer.delete(get_record(session, "person", people[2]))
    view = unlocked_window.registry.open_case(case_id)
    view.tabs.setCurrentWidget(view.events_page)  # a tab is read when it is shown
    model = view.timeline_model
    assert model.headerData(TimelineModel.COL_VICTIMS, Qt.Orientation.Horizontal) == "Victims"
    victims = [model.index(row, TimelineModel.COL_VICTIMS).data() for row in range(2)]
    # As the People tab: protected people by name (their pseudonym is for reports); a deleted
    # person is left out.
    assert victims == ["Раъно Юсупова, Dilshod Karimov, Aziza Rahimova", ""]
    view.resize(980, 400)
    view.show()
    qtbot.waitExposed(view)


def test_a_half_known_period_names_the_month_as_russian_says_it_after_from_or_until(
    qtbot, unlocked_window
):
    install_translators("ru")
    view = unlocked_window.registry.open_case(_case(unlocked_window, start_date="2024-03"))
    view.show()
    qtbot.waitExposed(view)
    assert _summary(view)["Период:"] == "с марта 2024"  # before: "с март 2024"
    for start, end, shown in (
        ("", "2024-03", "до марта 2024"),
        ("2024-03-14", "", "с 14.03.2024"),
        ("2024-03", "2024-05", "март 2024 – май 2024"),  # standing alone: the nominative
    ):
        _set_period(unlocked_window, view.case_id, start, end)
        view.refresh()
        assert _summary(view)["Период:"] == shown
