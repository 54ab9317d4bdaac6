"""Windows fit small laptop screens: forms scroll, Save stays reachable, long texts scroll,
lists keep their titles and names readable."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from desktop_app.core import drafts
from desktop_app.core.exchange.importer import import_bundle
from desktop_app.core.vault_creation import create_vault
from desktop_app.ui.drafts_dialog import DraftModel, DraftsDialog
from desktop_app.ui.exchange_models import ConflictListModel, ContactListModel
from desktop_app.ui.i18n import install_translators
from desktop_app.ui.list_models import CaseListModel, PersonListModel, TestimonyListModel
from desktop_app.ui.main_window import PAGE_EXCHANGE, MainWindow
from desktop_app.ui.row_models import PartyModel, TimelineModel
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.gui.test_exchange_page import _send, add_case, edit_title, introduce

SMALL_HEIGHT = 600  # a 1024x600 netbook, still common in the field


def _available_height() -> int:
    return QGuiApplication.primaryScreen().availableGeometry().height()


@pytest.mark.parametrize("kind", ["case", "person", "event", "testimony"])
def test_a_form_opens_within_the_screen_and_shrinks_to_a_small_one(qtbot, unlocked_window, kind):
    vault = unlocked_window.vault
    initial = {}
    if kind in ("event", "testimony"):
        with vault.transaction() as session:
            case = vault.writer(session).create("case", {"reference": "R-1", "title": "T"})
            initial = {"case": str(case.id)}
    form = unlocked_window.registry.open_form(kind, initial=initial)
    assert form.height() <= _available_height()
    assert form.width() <= QGuiApplication.primaryScreen().availableGeometry().width()
    # Before: the case form could not be made shorter than 635 px, so Save was off-screen.
    assert form.minimumSizeHint().height() < SMALL_HEIGHT - 100
    form.resize(form.width(), SMALL_HEIGHT - 100)
    qtbot.waitUntil(lambda: form.height() == SMALL_HEIGHT - 100)
    save = form.save_button
    assert save.mapTo(form, save.rect().bottomRight()).y() <= form.height()


def test_a_long_case_summary_scrolls_inside_the_case_window(qtbot, unlocked_window):
    vault = unlocked_window.vault
    paragraph = "Задержание в Андижане; the lawyer was not admitted for eleven days. " * 6
    with vault.transaction() as session:
        case = vault.writer(session).create(
            "case",
            {"reference": "UZ-2005-0001", "title": "T", "summary": "\n\n".join([paragraph] * 40)},
        )
        case_id = case.id
    view = unlocked_window.registry.open_case(case_id)
    view.show()
    qtbot.waitExposed(view)
    # Before: the summary stretched the window to 1,497 px and was still cut off.
    assert view.minimumSizeHint().height() < SMALL_HEIGHT
    assert view.height() <= _available_height()


def test_the_main_window_opens_within_the_screen(qtbot, window):
    available = QGuiApplication.primaryScreen().availableGeometry()
    assert window.width() <= available.width() and window.height() <= available.height()


THEIRS = 2  # the conflict dialog's column of the colleague's version
LONG_NAME = "Правозащитный центр «Мемориал» — Андижанский филиал"


@pytest.fixture
def translated_window(request, qtbot, settings, vault_dir, tmp_vault) -> Iterator[MainWindow]:
    """The main window made in a language (request.param), showing an unlocked, empty vault."""
    install_translators(request.param)
    main = MainWindow(settings, vault_dir, FAST_KDF)
    qtbot.addWidget(main)
    main.show()
    main.attach(tmp_vault)
    yield main
    main.registry.close_all_for_lock((main,))


def _fits(table) -> bool:
    """True if every column is within the table's width (no horizontal scroll bar needed)."""
    return table.horizontalHeader().length() <= table.viewport().width()


@pytest.mark.parametrize("translated_window", ["en", "ru"], indirect=True)
@pytest.mark.parametrize(
    ("page", "main_column"),
    [
        ("cases_page", CaseListModel.COL_TITLE),
        ("people_page", PersonListModel.COL_NAME),
        ("testimonies_page", TestimonyListModel.COL_WITNESS),
    ],
)
def test_a_list_keeps_its_title_readable_on_an_800_px_screen(
    qtbot, translated_window, page, main_column
):
    with translated_window.vault.transaction() as session:
        translated_window.vault.writer(session).create(
            "case",
            {"reference": "KG-2010-0007", "title": "Detention of A. Askarov in Bazar-Korgon"},
        )
    translated_window.resize(720, 540)
    table = getattr(translated_window, page).table
    translated_window.stack.setCurrentWidget(getattr(translated_window, page))
    qtbot.waitUntil(lambda: table.viewport().width() < 600)
    header = table.horizontalHeader()
    char = header.fontMetrics().averageCharWidth()
    # Before: the title got what the other columns left (3 characters, "…"), behind a scroll bar.
    assert header.sectionSize(main_column) >= 20 * char
    assert _fits(table) and table.horizontalScrollBar().maximum() == 0
    if page != "people_page":  # a case reference stays whole
        reference = table.fontMetrics().horizontalAdvance("KG-2010-0007")
        assert header.sectionSize(0) > reference
    translated_window.resize(1200, 720)
    qtbot.waitUntil(lambda: table.viewport().width() > 900)
    titles = [table.model().headerData(c, Qt.Orientation.Horizontal) for c in range(header.count())]
    assert all(
        header.sectionSize(c) > header.fontMetrics().horizontalAdvance(t)
        for c, t in enumerate(titles)
    )  # with room to spare, every column title is whole again
    assert _fits(table) and header.sectionSize(main_column) > 40 * char


def test_a_column_the_user_widens_keeps_its_width(qtbot, unlocked_window):
    unlocked_window.resize(1200, 720)
    table = unlocked_window.cases_page.table
    qtbot.waitUntil(lambda: table.viewport().width() > 900)
    header = table.horizontalHeader()
    title = header.sectionSize(CaseListModel.COL_TITLE)
    header.resizeSection(
        CaseListModel.COL_STATUS, header.sectionSize(CaseListModel.COL_STATUS) + 50
    )
    assert header.sectionSize(CaseListModel.COL_TITLE) == title - 50  # the title made room
    unlocked_window.resize(1100, 720)
    qtbot.waitUntil(lambda: header.sectionSize(CaseListModel.COL_TITLE) < title - 50)
    assert _fits(table)


def _conflict_with(alice, colleague_name: str, folder: Path) -> None:
    """A case changed by alice and by a colleague called colleague_name at the same time."""
    bob = create_vault(folder / "bob", PASSPHRASE, display_name=colleague_name, kdf=FAST_KDF).vault
    introduce(alice, bob)
    case_id = add_case(alice)
    import_bundle(bob, _send(alice, folder, colleague_name, "1"), staging_dir=folder)
    edit_title(alice, case_id, "Alice's title")
    edit_title(bob, case_id, "Bob's title")
    import_bundle(alice, _send(bob, folder, "Test", "2"), staging_dir=folder)
    bob.lock()


@pytest.mark.parametrize("translated_window", ["en", "ru"], indirect=True)
def test_exchange_lists_give_names_the_room_on_an_800_px_screen(qtbot, translated_window, tmp_path):
    _conflict_with(translated_window.vault, LONG_NAME, tmp_path)
    translated_window.resize(800, 600)
    translated_window.go_to(PAGE_EXCHANGE)
    page = translated_window.exchange_page
    contacts, conflicts = page.contacts.table, page.conflict_table
    qtbot.waitUntil(lambda: contacts.viewport().width() < 700)
    char = contacts.horizontalHeader().fontMetrics().averageCharWidth()
    # Before: the name got 4 characters ("Правo…") and the fingerprint most of the width.
    name = contacts.horizontalHeader().sectionSize(ContactListModel.COL_NAME)
    fingerprint = contacts.horizontalHeader().sectionSize(ContactListModel.COL_FINGERPRINT)
    assert name >= 40 * char and name > fingerprint
    state = contacts.horizontalHeader().sectionSize(ContactListModel.COL_STATE)
    # Whether the colleague was verified is never cut ("Не …" at 720 px before).
    assert state >= contacts.sizeHintForColumn(ContactListModel.COL_STATE)
    record = conflicts.horizontalHeader().sectionSize(ConflictListModel.COL_RECORD)
    sender = conflicts.horizontalHeader().sectionSize(ConflictListModel.COL_SENDER)
    assert record >= 40 * char and record > sender
    assert _fits(contacts) and _fits(conflicts)
    assert (
        page.conflict_model.data(
            page.conflict_model.index(0, ConflictListModel.COL_SENDER), Qt.ItemDataRole.ToolTipRole
        )
        == LONG_NAME
    )  # what is elided is whole in the tooltip


@pytest.mark.parametrize("size", [(720, 540), (900, 560)])
def test_conflict_dialog_shows_the_colleagues_whole_name(qtbot, unlocked_window, tmp_path, size):
    _conflict_with(unlocked_window.vault, LONG_NAME, tmp_path)
    unlocked_window.go_to(PAGE_EXCHANGE)
    page = unlocked_window.exchange_page
    page.conflict_table.selectRow(0)
    dialog = page.resolve()
    dialog.resize(*size)
    qtbot.waitUntil(lambda: dialog.width() == size[0])
    QApplication.processEvents()
    header = dialog.table.horizontalHeader()
    item = dialog.table.horizontalHeaderItem(THEIRS)
    # Before: one centred line cut at both ends ("равозащитный центр … Андижанский филиа").
    lines = item.text().split("\n")
    assert " ".join(lines) == LONG_NAME
    width = header.sectionSize(THEIRS)
    assert all(header.fontMetrics().horizontalAdvance(line) < width for line in lines)
    assert header.height() >= len(lines) * header.fontMetrics().height()
    assert item.toolTip() == LONG_NAME
    dialog.close()


def test_conflict_dialog_fits_the_screen_and_enter_picks_no_side(qtbot, unlocked_window, tmp_path):
    _conflict_with(unlocked_window.vault, "Bob", tmp_path)
    unlocked_window.go_to(PAGE_EXCHANGE)
    page = unlocked_window.exchange_page
    page.conflict_table.selectRow(0)
    dialog = page.resolve()
    qtbot.waitExposed(dialog)
    # Before: a fixed 900x560 cut "Keep theirs" and Close off an 800x600 screen.
    available = QGuiApplication.primaryScreen().availableGeometry()
    assert dialog.width() <= available.width() and dialog.height() <= available.height()
    for button in (dialog.mine_button, dialog.theirs_button):
        corner = button.mapTo(dialog, button.rect().bottomRight())
        assert corner.x() <= dialog.width() and corner.y() <= dialog.height()
    # Before: Enter meant "Keep mine".
    dialog.table.setFocus()
    qtbot.keyClick(dialog.table, Qt.Key.Key_Return)
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert page.conflict_model.rowCount() == 1
    dialog.reject()


@pytest.mark.parametrize("translated_window", ["ru", "uz"], indirect=True)
def test_roles_dates_and_acts_of_a_case_are_never_cut(qtbot, translated_window):
    vault = translated_window.vault
    with vault.transaction() as session:
        writer = vault.writer(session)
        case = writer.create("case", {"reference": "UZ-2005-0013", "title": "Andijan"})
        session.flush()
        person = writer.create("person", {"name": LONG_NAME})
        session.flush()
        ids = {"case": str(case.id), "person": str(person.id)}
        writer.create("case_party", {**ids, "role": "perpetrator"})
        writer.create("event", {"case": ids["case"], "act_type": "torture"})  # date unknown
        case_id = case.id
    view = translated_window.registry.open_case(case_id)
    view.show()
    qtbot.waitExposed(view)
    # Before: "Предполагаемый в…" (victim or perpetrator?) and "Дата неизв…", "Sana nomaʼ…".
    for tab, table, column in (
        (1, view.party_table, PartyModel.COL_ROLE),
        (3, view.timeline_table, TimelineModel.COL_DATE),
        (3, view.timeline_table, TimelineModel.COL_ACT),
    ):
        view.tabs.setCurrentIndex(tab)
        qtbot.waitExposed(table)
        width = table.horizontalHeader().sectionSize(column)
        assert width >= table.sizeHintForColumn(column), table.model().index(0, column).data()


@pytest.mark.parametrize("translated_window", ["ru", "uz"], indirect=True)
def test_the_unsaved_work_list_gives_what_each_draft_is_the_room(qtbot, translated_window):
    vault = translated_window.vault
    with vault.transaction() as session:
        drafts.save_draft(session, "person", None, {"name": ""})
        drafts.save_draft(session, "case", None, {"title": "Задержание в Андижане"})
        kept = drafts.list_drafts(session)
    dialog = DraftsDialog(translated_window.registry, kept, translated_window)
    dialog.show()
    qtbot.waitExposed(dialog)
    table = dialog.table
    header = table.horizontalHeader()
    # Before: the draft column was cut ("Незаконченн…") while the time had room to spare.
    for column in (DraftModel.COL_LABEL, DraftModel.COL_SAVED, DraftModel.COL_KIND):
        assert header.sectionSize(column) >= table.sizeHintForColumn(column), column
    dialog.reject()
