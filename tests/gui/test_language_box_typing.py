"""The testimony editor's Language box offers a language for any of its names typed, as the
country fields do: "o'zbek" with the keyboard's apostrophe (Qt's name has ʻ), "uzbek" in an
Uzbek or Russian interface, "узбек" in an English one. Before, its own prefix match offered
nothing for any of them, and the testimony was saved with "o'zbek" as its language."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from sqlalchemy import select

from db import models
from desktop_app.core.vault import Vault
from desktop_app.ui.forms.testimony_editor import TestimonyEditor
from desktop_app.ui.i18n import install_translators
from desktop_app.ui.language_box import LanguageBox


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


def _type(qtbot, box: LanguageBox, text: str) -> None:
    """Type text into the box's line, key by key (qtbot.keyClicks sends Latin-1 only)."""
    box.lineEdit().setFocus()
    if text.isascii():
        qtbot.keyClicks(box.lineEdit(), text)
        return
    for char in text:
        QTest.sendKeyEvent(
            QTest.KeyAction.Click,
            box.lineEdit(),
            Qt.Key.Key_unknown,
            char,
            Qt.KeyboardModifier.NoModifier,
        )


def _offered(box: LanguageBox) -> list[str]:
    model = box.completer().completionModel()
    return [model.index(row, 0).data() for row in range(model.rowCount())]


@pytest.mark.parametrize("typed", ["o'zbek", "O`zbek", "uzbek", "Uzbek", "узбек", "oʻzbek tili"])
def test_any_name_of_uzbek_typed_offers_it_and_saves_its_code(
    qtbot, editor: TestimonyEditor, tmp_vault: Vault, typed: str
) -> None:
    box = editor.language_combo
    _type(qtbot, box, typed)
    popup = box.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    assert _offered(box) == ["uz — oʻzbek"]
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert box.currentText() == "uz — oʻzbek"
    assert editor.content()["language"] == "uz"
    editor.save()
    with tmp_vault.read() as session:
        assert session.scalars(select(models.Testimony.language)).one() == "uz"


def test_names_in_the_other_languages_find_theirs(qtbot, editor: TestimonyEditor) -> None:
    box = editor.language_combo
    assert box.offers_for("таджик") == ["tg — тоҷикӣ"]
    assert box.offers_for("qirg'iz") == ["ky — кыргызча"]
    assert box.offers_for("kazakh") == ["kk — қазақ тілі"]
    assert box.offers_for("ru") == ["ru — русский"]  # by the code, in the label
    assert box.offers_for("") == []


def test_another_language_typed_is_kept_as_typed(qtbot, editor: TestimonyEditor) -> None:
    _type(qtbot, editor.language_combo, "Dari")
    assert editor.language_combo.offers_for("Dari") == []
    assert editor.content()["language"] == "Dari"


def test_uzbek_is_found_in_an_uzbek_interface_by_its_english_name(qtbot, tmp_vault: Vault):
    install_translators("uz")
    box = LanguageBox()
    qtbot.addWidget(box)
    assert box.offers_for("uzbek") == ["uz — oʻzbek"]
    assert box.offers_for("узбек") == ["uz — oʻzbek"]
