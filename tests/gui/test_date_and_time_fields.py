"""The date and time fields as a Russian or Uzbek user types into them: a full date names its
month as the language writes it after a day, an empty date made precise starts at today, and
an interview time is typed with or without its colon."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt
from sqlalchemy import select

from db import models
from desktop_app.core.vault import Vault
from desktop_app.ui.fields import PartialDateEdit
from desktop_app.ui.forms.testimony_editor import TestimonyEditor, interview_time
from desktop_app.ui.i18n import install_translators

WRITE_AS_HH_MM = "Write the time as HH:MM, e.g. 14:30."


@pytest.fixture
def russian() -> Iterator[None]:
    install_translators("ru")
    yield
    install_translators("en")


def _shown_month(field: PartialDateEdit) -> str:
    return field.month.currentText()


@pytest.mark.usefixtures("russian")
def test_a_russian_full_date_names_its_month_after_the_day(qtbot, tmp_path: Path):
    # Before: «10 март 2026», «1 январь 2026»: the month as it stands alone.
    field = PartialDateEdit()
    qtbot.addWidget(field)
    field.set_value("2026-03-10")
    field.show()
    qtbot.waitExposed(field)
    assert [field.day.text(), _shown_month(field), field.year.text()] == ["10", "марта", "2026"]
    field.grab().save(str(tmp_path / "ru-full-date.png"))
    assert [field.month.itemText(i) for i in (0, 4, 8)] == ["января", "мая", "сентября"]
    field.set_value("2026-03")  # a month and year alone: «март 2026»
    assert _shown_month(field) == "март"
    field.precision.setCurrentIndex(PartialDateEdit.DAY)
    assert _shown_month(field) == "марта"
    assert field.value().startswith("2026-03-")


@pytest.mark.parametrize("value", ["2026-03", "2026-03-10"])
def test_an_uzbek_month_is_the_same_lower_case_word_with_or_without_a_day(qtbot, value: str):
    install_translators("uz")
    try:
        field = PartialDateEdit()
        qtbot.addWidget(field)
        field.set_value(value)
        assert _shown_month(field) == "mart"
    finally:
        install_translators("en")


@pytest.mark.usefixtures("russian")
def test_an_empty_date_made_a_full_date_starts_at_today(qtbot):
    # Before: «1 январь 2026», January 1 of this year.
    field = PartialDateEdit()
    qtbot.addWidget(field)
    assert field.value() == ""
    field.precision.setCurrentIndex(PartialDateEdit.DAY)
    assert field.value() == dt.date.today().isoformat()
    field.set_value("")
    field.precision.setCurrentIndex(PartialDateEdit.MONTH)
    assert field.value() == dt.date.today().isoformat()[:7]


def test_interview_times_are_read_with_or_without_a_colon():
    assert interview_time("1830") == "18:30"
    assert interview_time("18.30") == "18:30"
    assert interview_time(" 9:05 ") == "09:05"
    assert interview_time("930") == "09:30"
    for not_a_time in ("2530", "18:75", "18", "183", ""):
        assert interview_time(not_a_time) == not_a_time


@pytest.fixture
def editor(qtbot, tmp_vault: Vault) -> Iterator[TestimonyEditor]:
    """A new testimony's editor, shown, in a vault with one case."""
    with tmp_vault.transaction() as session:
        case = tmp_vault.writer(session).create("case", {"reference": "UZ-1", "title": "T"})
        case_id = str(case.id)
    form = TestimonyEditor(tmp_vault, initial={"case": case_id})
    form.show()
    qtbot.waitExposed(form)
    yield form
    if shiboken6.isValid(form):  # saving closes (and deletes) it
        form.close()


@pytest.mark.parametrize("typed", ["1830", "18.30", "18:30"])
def test_a_time_typed_without_its_colon_is_saved_as_hh_mm(
    qtbot, editor: TestimonyEditor, tmp_vault: Vault, typed: str
):
    # Before: "1830" kept only "18" (the field refused the 3) and "18.30" only "18".
    editor.time_edit.setFocus()
    qtbot.keyClicks(editor.time_edit, typed)
    qtbot.keyClick(editor.time_edit, Qt.Key.Key_Tab)
    assert editor.time_edit.text() == "18:30"
    assert WRITE_AS_HH_MM not in editor.error_label.text()
    editor.save()
    with tmp_vault.read() as session:
        assert session.scalars(select(models.Testimony.time)).one() == "18:30"


def test_a_time_saved_at_once_after_typing_is_hh_mm(qtbot, editor: TestimonyEditor):
    qtbot.keyClicks(editor.time_edit, "1830")  # no Tab: Ctrl+S straight from the field
    assert editor.content()["time"] == "18:30"
    assert editor.save_button.isEnabled()


def test_an_impossible_time_is_kept_as_typed_and_flagged(qtbot, editor: TestimonyEditor):
    qtbot.keyClicks(editor.time_edit, "2530")
    qtbot.keyClick(editor.time_edit, Qt.Key.Key_Tab)
    assert editor.time_edit.text() == "2530"
    assert WRITE_AS_HH_MM in editor.error_label.text()
    assert not editor.save_button.isEnabled()
