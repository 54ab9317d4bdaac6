"""A form opened on a record shows the start of each filled-in field, its first field too,
with nothing selected that the first key typed would replace."""

from __future__ import annotations

from desktop_app.ui.i18n import install_translators

LONG_NAME = (
    "Абдурахмонов Мухаммадюсуф Абдулазизович ибн Абдурашид ал-Ферганий Самаркандий Бухорий "
    "Наманганий"
)


def test_a_long_name_opens_at_its_start_in_the_person_form(qtbot, unlocked_window) -> None:
    install_translators("ru")
    vault = unlocked_window.vault
    with vault.transaction() as session:
        person_id = vault.writer(session).create("person", {"name": LONG_NAME}).id
    form = unlocked_window.registry.open_form("person", person_id)
    qtbot.waitExposed(form)
    edit = form.name_edit
    assert form.focusWidget() is edit  # the first field, ready for the keyboard
    # Before: the whole name selected and scrolled to its end, "…н Абдурашид ал-Ферганий…".
    assert not edit.hasSelectedText()
    assert edit.cursorPosition() == 0
    assert edit.cursorRect().left() < edit.fontMetrics().averageCharWidth() * 2


def test_a_long_witness_name_opens_at_its_start_in_the_testimony_editor(
    qtbot, unlocked_window
) -> None:
    vault = unlocked_window.vault
    with vault.transaction() as session:
        writer = vault.writer(session)
        case = writer.create("case", {"reference": "UZ-2005-0013", "title": "Andijan"})
        witness = writer.create("person", {"name": LONG_NAME})
        session.flush()
        testimony_id = writer.create(
            "testimony", {"case": str(case.id), "witness": str(witness.id)}
        ).id
    form = unlocked_window.registry.open_form("testimony", testimony_id)
    qtbot.waitExposed(form)
    edit = form.witness_picker.name_edit
    assert edit.text() == LONG_NAME and form.focusWidget() is edit
    assert not edit.hasSelectedText()
    assert edit.cursorPosition() == 0
