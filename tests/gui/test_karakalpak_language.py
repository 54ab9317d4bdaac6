"""Karakalpak is offered as a testimony's language and named in every report language."""

from __future__ import annotations

import pytest

from desktop_app.core.reports.labels import labels_for
from desktop_app.ui.main_window import MainWindow


def test_karakalpak_is_offered_as_an_interview_language(qtbot, unlocked_window: MainWindow):
    vault = unlocked_window.vault
    with vault.transaction() as session:
        case = vault.writer(session).create("case", {"reference": "KK-1", "title": "T"})
    editor = unlocked_window.registry.open_form("testimony", initial={"case": str(case.id)})
    combo = editor.language_combo
    labels = {combo.itemData(i): combo.itemText(i) for i in range(combo.count())}
    assert labels["kaa"] == "kaa — қарақалпақша"
    codes = [combo.itemData(i) for i in range(1, combo.count())]
    assert codes.index("kaa") == codes.index("uz") + 1  # beside Uzbek, its neighbour


@pytest.mark.parametrize(
    ("language", "name"),
    [("en", "Karakalpak"), ("ru", "каракалпакский"), ("uz", "qoraqalpoq tili")],
)
def test_reports_name_karakalpak_in_their_language(language: str, name: str) -> None:
    assert labels_for(language).language_names["kaa"] == name
