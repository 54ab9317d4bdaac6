"""A woman's role in a case is named in the feminine where the language has one: the case's
People tab and the add-a-person dialog ask the catalogue for the role with the disambiguation
"female", which the translators fill ("Пострадавшая", "Родственница")."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from uuid import UUID
from xml.etree import ElementTree

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from desktop_app.core import vocab
from desktop_app.core.vault import Vault
from desktop_app.ui import role_labels
from desktop_app.ui.case_view import AddPartyDialog, CaseView
from desktop_app.ui.i18n import install_translators
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.row_models import PartyModel

# As the lead's Russian catalogue gives them: source, disambiguation, translation. The plain
# labels are there too, as in the real one; alone, lrelease would drop the disambiguation of a
# source it holds once, and give the feminine to everyone. Roles alike for a woman unfilled.
ENTRIES = (
    ("Victim", "", "Пострадавший"),
    ("Victim", "female", "Пострадавшая"),
    ("Relative", "", "Родственник"),
    ("Relative", "female", "Родственница"),
)
LRELEASE = Path(sys.executable).with_name("pyside6-lrelease")
LUPDATE = Path(sys.executable).with_name("pyside6-lupdate")


def _catalogue(folder: Path) -> Path:
    """A compiled catalogue of two roles, plain and feminine."""
    messages = "".join(
        f"<message><source>{source}</source><comment>{comment}</comment>"
        f"<translation>{text}</translation></message>"
        for source, comment, text in ENTRIES
    )
    ts = folder / "feminine_ru.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="ru">'
        f"<context><name>Vocab</name>{messages}</context></TS>",
        encoding="utf-8",
    )
    qm = folder / "feminine_ru.qm"
    subprocess.run([str(LRELEASE), "-silent", str(ts), "-qm", str(qm)], check=True)
    return qm


@pytest.fixture
def russian(tmp_path: Path) -> Iterator[None]:
    """Russian, with feminine role labels as the lead's catalogue will hold them."""
    install_translators("ru")
    feminine = QTranslator()
    assert feminine.load(str(_catalogue(tmp_path)))
    QCoreApplication.installTranslator(feminine)  # searched before Sandiq's own
    yield
    QCoreApplication.removeTranslator(feminine)


def _case_with_people(vault: Vault) -> tuple[UUID, dict[str, UUID]]:
    people = {
        "Гульнора Каримова": ("female", "victim"),
        "Дильноза Рахимова": ("female", "relative"),
        "Шахло Юсупова": ("female", "witness"),
        "Азимжан Аскаров": ("male", "victim"),
    }
    with vault.transaction() as session:
        writer = vault.writer(session)
        case = writer.create("case", {"reference": "UZ-2024-0001", "title": "Задержание"})
        ids = {}
        for name, (sex, role) in people.items():
            person = writer.create("person", {"name": name, "sex": sex})
            writer.create(
                "case_party", {"case": str(case.id), "person": str(person.id), "role": role}
            )
            ids[name] = person.id
        return case.id, ids


@pytest.mark.usefixtures("russian")
def test_the_people_tab_names_a_womans_role_in_the_feminine(
    qtbot, unlocked_window: MainWindow, tmp_path: Path
) -> None:
    case_id, _ = _case_with_people(unlocked_window.vault)
    view = unlocked_window.registry.open_case(case_id)
    assert isinstance(view, CaseView)
    view.tabs.setCurrentWidget(view.people_page)  # a tab is read when it is shown
    model = view.party_model
    roles = {
        model.data(model.index(row, PartyModel.COL_NAME)): model.data(
            model.index(row, PartyModel.COL_ROLE)
        )
        for row in range(model.rowCount())
    }
    # Before: "Пострадавший" and "Родственник" for the women too.
    assert roles == {
        "Гульнора Каримова": "Пострадавшая",
        "Дильноза Рахимова": "Родственница",
        "Шахло Юсупова": "Свидетель",  # no feminine given: the plain label
        "Азимжан Аскаров": "Пострадавший",
    }
    view.grab().save(str(tmp_path / "ru-people.png"))


@pytest.mark.usefixtures("russian")
def test_the_add_person_dialog_names_the_roles_for_the_person_chosen(
    qtbot, unlocked_window: MainWindow
) -> None:
    case_id, ids = _case_with_people(unlocked_window.vault)
    view = unlocked_window.registry.open_case(case_id)
    view.add_party()
    dialog = view.findChild(AddPartyDialog)
    combo = dialog.role_combo

    def relative() -> str:
        return combo.itemText(combo.findData("relative"))

    assert relative() == "Родственник"  # nobody chosen yet
    dialog.picker.set_person(ids["Дильноза Рахимова"])
    assert relative() == "Родственница"  # before: "Родственник"
    assert combo.itemText(combo.findData("victim")) == "Пострадавшая"
    dialog.picker.set_person(ids["Азимжан Аскаров"])
    assert relative() == "Родственник"
    assert [combo.itemData(i) for i in range(combo.count())] == list(vocab.ROLES)


def test_english_names_a_role_alike_for_everyone(qapp) -> None:
    for code in vocab.ROLES:
        assert role_labels.role_label(code, "female") == role_labels.role_label(code, "male")
    assert role_labels.role_label("relative", "female") == "Relative"


def test_lupdate_offers_translators_every_role_for_a_woman(tmp_path: Path) -> None:
    # QT_TRANSLATE_NOOP3 would look right and give translators nothing: lupdate skips it.
    ts = tmp_path / "roles.ts"
    subprocess.run([str(LUPDATE), "-silent", role_labels.__file__, "-ts", str(ts)], check=True)
    found = {
        (message.findtext("source"), message.findtext("comment"))
        for message in ElementTree.parse(ts).iter("message")
    }
    sources = ("Victim", "Witness", "Alleged perpetrator", "Source", "Lawyer", "Relative", "Other")
    assert found == {(source, "female") for source in sources}
    assert len(sources) == len(vocab.ROLES)
