"""Details a tester found on the Exchange and Search pages: held conflicts marked in the list,
a bulk confirmation wide enough to read, whole date placeholders and fingerprints on a small
window."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from uuid import UUID

import pytest
from PySide6.QtCore import QPoint, Qt, QThreadPool
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QLineEdit, QStyle, QStyleOptionFrame, QTableView, QWidget

from desktop_app.core.exchange.contacts import list_contacts
from desktop_app.ui.exchange_models import ConflictListModel, ContactListModel
from desktop_app.ui.exchange_page import ExchangePage
from desktop_app.ui.i18n import install_translators
from desktop_app.ui.main_window import PAGE_EXCHANGE, PAGE_SEARCH, MainWindow
from tests.conftest import FAST_KDF
from tests.integration.exchange_support import Site, introduce, make_site, sample_case

Shared = tuple[Site, Site, dict[str, UUID]]
COLLEAGUE = "Bobur Toshmatov"


@pytest.fixture
def shared(tmp_path: Path) -> Iterator[Shared]:
    """Alice with three conflicts of plain edits and one held version (Bob unprotected the
    witness), all from Bob."""
    alice, bob = make_site(tmp_path, "Alice"), make_site(tmp_path, COLLEAGUE)
    introduce(alice, bob)
    ids = sample_case(alice)
    bob.import_(alice.export(COLLEAGUE, since_last=True).path)
    alice.import_(bob.export("Alice", since_last=True).path)
    for kind, field in (("case", "title"), ("testimony", "summary"), ("event", "description")):
        alice.edit(kind, ids[kind], **{field: f"Alice's {field}"})
        bob.edit(kind, ids[kind], **{field: f"Bob's {field}"})
    bob.edit("person", ids["witness"], protected=False)
    alice.import_(bob.export("Alice", since_last=True).path)
    yield alice, bob, ids
    QThreadPool.globalInstance().waitForDone()
    for site in (alice, bob):
        site.vault.lock()


@pytest.fixture
def page(qtbot, shared: Shared) -> ExchangePage:
    page = ExchangePage(lambda: shared[0].vault)
    qtbot.addWidget(page)
    page.resize(900, 700)
    page.show()
    qtbot.waitExposed(page)
    return page


def _shot(widget: QWidget, name: str) -> None:
    if folder := os.environ.get("SANDIQ_SCREENSHOTS"):
        widget.grab().save(str(Path(folder) / name))


def _fits(table: QTableView) -> bool:
    """True if every column is within the table's width (no horizontal scroll bar needed)."""
    return table.horizontalHeader().length() <= table.viewport().width()


def _records(model: ConflictListModel) -> list[UUID]:
    return [model.row_at(row).record_id for row in range(model.rowCount())]


def test_held_conflicts_are_marked_with_their_reason_and_listed_first(
    qtbot, page: ExchangePage, shared: Shared
) -> None:
    ids = shared[2]
    model, table = page.conflict_model, page.conflict_table
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    page.refresh()
    assert model.rowCount() == 4
    # Found last (the witness was edited last), listed first: before, it looked like the others.
    assert _records(model)[0] == ids["witness"]
    held = model.index(0, ConflictListModel.COL_HELD)
    assert model.headerData(ConflictListModel.COL_HELD, Qt.Orientation.Horizontal) == "Held"
    assert held.data() == "Held"
    assert isinstance(held.data(Qt.ItemDataRole.DecorationRole), QIcon)
    assert held.data(Qt.ItemDataRole.ToolTipRole) == (
        f"{COLLEAGUE}'s version removes this person's protection: reports would show their "
        "name instead of the pseudonym."
    )  # the conflict dialog's sentence
    assert held.data(Qt.ItemDataRole.AccessibleTextRole) == "Held"
    assert held.data(Qt.ItemDataRole.AccessibleDescriptionRole) == held.data(
        Qt.ItemDataRole.ToolTipRole
    )
    for row in (1, 2, 3):
        plain = model.index(row, ConflictListModel.COL_HELD)
        assert plain.data() == "" and plain.data(Qt.ItemDataRole.ToolTipRole) is None
        assert plain.data(Qt.ItemDataRole.AccessibleTextRole) == "Not held"
    # Whole at a glance, and sortable: the selected row stays selected as the order changes.
    assert table.columnWidth(ConflictListModel.COL_HELD) >= table.sizeHintForColumn(
        ConflictListModel.COL_HELD
    )
    table.selectRow(0)
    table.sortByColumn(ConflictListModel.COL_RECORD, Qt.SortOrder.AscendingOrder)
    labels = [model.index(r, ConflictListModel.COL_RECORD).data() for r in range(4)]
    assert labels == sorted(labels, key=str.casefold)
    selected = table.selectionModel().selectedRows()
    assert [model.row_at(i.row()).record_id for i in selected] == [ids["witness"]]
    page.refresh()  # read again, in the order chosen
    assert [model.index(r, ConflictListModel.COL_RECORD).data() for r in range(4)] == labels
    table.sortByColumn(ConflictListModel.COL_HELD, Qt.SortOrder.DescendingOrder)
    assert _records(model)[-1] == ids["witness"]
    table.sortByColumn(ConflictListModel.COL_HELD, Qt.SortOrder.AscendingOrder)
    assert _records(model)[0] == ids["witness"]
    _shot(page, "held_conflicts.png")


def test_bulk_confirmation_is_as_wide_as_other_confirmations(
    qtbot, page: ExchangePage, shared: Shared
) -> None:
    page.refresh()
    page.conflict_bulk.select_all_button.click()
    dialog = page.conflict_bulk.ask("mine")
    assert dialog is not None
    qtbot.waitExposed(dialog)
    char = dialog.fontMetrics().averageCharWidth()
    # Before: about 245 px, a word or two a line.
    assert dialog.width() >= 60 * char
    assert dialog.width() <= QGuiApplication.primaryScreen().availableGeometry().width()
    _shot(dialog, "bulk_mine.png")
    dialog.reject()


@pytest.fixture
def translated_window(request, qtbot, settings, vault_dir, shared: Shared) -> Iterator[MainWindow]:
    """The main window in a language (request.param), showing Alice's vault."""
    install_translators(request.param)
    window = MainWindow(settings, vault_dir, FAST_KDF)
    qtbot.addWidget(window)
    window.show()
    window.attach(shared[0].vault)
    yield window
    window.registry.close_all_for_lock((window,))


def _text_room(edit: QLineEdit) -> int:
    """The width a line edit draws its text (or placeholder) in: its contents, less the
    2 px QLineEdit leaves each side."""
    option = QStyleOptionFrame()
    edit.initStyleOption(option)
    contents = edit.style().subElementRect(QStyle.SubElement.SE_LineEditContents, option, edit)
    margins = edit.textMargins()
    return contents.width() - margins.left() - margins.right() - 4


@pytest.mark.parametrize("translated_window", ["uz", "ru"], indirect=True)
def test_date_boxes_show_their_whole_placeholder_on_a_560_px_window(
    qtbot, translated_window: MainWindow
) -> None:
    translated_window.resize(560, 650)
    translated_window.go_to(PAGE_SEARCH)
    page = translated_window.search_page
    qtbot.waitUntil(lambda: page.width() < 480)
    # Before: "YYYY-OO..." and "ГГГГ-ММ..." at 560 px.
    for edit in (page.from_edit, page.to_edit):
        placeholder = edit.placeholderText()
        assert placeholder != "YYYY-MM-DD"
        assert edit.fontMetrics().horizontalAdvance(placeholder) <= _text_room(edit)
    # Every filter within the page: the row wraps instead of squeezing or cutting.
    for widget in (page.country_edit, page.from_edit, page.to_edit, page.role_combo):
        right = widget.mapTo(page, QPoint(widget.width(), 0)).x()
        assert right <= page.contentsRect().right() + 1
    _shot(translated_window, f"search_560_{QLineEdit().locale().name()}.png")


@pytest.mark.parametrize("translated_window", ["uz", "ru"], indirect=True)
def test_a_colleagues_fingerprint_is_whole_at_720_px(
    qtbot, translated_window: MainWindow, shared: Shared
) -> None:
    translated_window.resize(720, 700)
    translated_window.go_to(PAGE_EXCHANGE)
    page = translated_window.exchange_page
    table = page.contacts.table
    qtbot.waitUntil(lambda: table.viewport().width() < 560)
    with shared[0].vault.read() as session:
        fingerprint = list_contacts(session)[0].fingerprint
    index = page.contacts.model.index(0, ContactListModel.COL_FINGERPRINT)
    # Before: 105 px, "43640 95030 / 08240 20671 …", the rest cut off.
    needed = table.sizeHintForIndex(index)
    assert table.columnWidth(ContactListModel.COL_FINGERPRINT) >= needed.width()
    assert table.rowHeight(0) >= needed.height()
    # Every group, four to a line, read out to compare.
    lines = index.data().split("\n")
    assert len(lines) == 2 and " ".join(lines) == fingerprint
    assert _fits(table) and _fits(page.conflict_table)
    char = table.horizontalHeader().fontMetrics().averageCharWidth()
    name = table.columnWidth(ContactListModel.COL_NAME)
    assert name >= ContactListModel.STRETCH_MIN_CHARS * char
    assert name >= table.sizeHintForColumn(ContactListModel.COL_NAME)  # "Bobur Toshmatov"
    held = page.conflict_table.columnWidth(ConflictListModel.COL_HELD)
    assert held >= page.conflict_table.sizeHintForColumn(ConflictListModel.COL_HELD)
    _shot(translated_window, f"exchange_720_{QLineEdit().locale().name()}.png")
