"""Several conflicts resolved at once from the Exchange page, and held notes naming the kind."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from uuid import UUID

import pytest
from PySide6.QtCore import QItemSelectionModel, QThreadPool

from desktop_app.core.exchange.conflicts import conflict_detail, list_conflicts
from desktop_app.ui.conflict_bulk import BulkResolveDialog
from desktop_app.ui.conflict_dialog import ConflictDialog
from desktop_app.ui.exchange_dialogs import ImportPreviewDialog
from desktop_app.ui.exchange_page import ExchangePage
from tests.integration.exchange_support import Site, introduce, make_site, sample_case

WAIT_MS = 60_000
Shared = tuple[Site, Site, dict[str, UUID]]


@pytest.fixture
def shared(tmp_path: Path) -> Iterator[Shared]:
    """Alice and Bob holding the same case, received from Alice, both up to date."""
    alice, bob = make_site(tmp_path, "Alice"), make_site(tmp_path, "Bob")
    introduce(alice, bob)
    ids = sample_case(alice)
    bob.import_(alice.export("Bob", since_last=True).path)
    alice.import_(bob.export("Alice", since_last=True).path)
    yield alice, bob, ids
    QThreadPool.globalInstance().waitForDone()
    for site in (alice, bob):
        site.vault.lock()


@pytest.fixture
def page(qtbot, shared: Shared) -> ExchangePage:
    alice = shared[0]
    page = ExchangePage(lambda: alice.vault)
    qtbot.addWidget(page)
    page.resize(900, 700)
    page.show()
    qtbot.waitExposed(page)
    return page


def three_plain_and_one_held(alice: Site, bob: Site, ids: dict[str, UUID]) -> None:
    for kind, field in (("case", "title"), ("testimony", "summary"), ("event", "description")):
        alice.edit(kind, ids[kind], **{field: f"Alice's {field}"})
        bob.edit(kind, ids[kind], **{field: f"Bob's {field}"})
    bob.edit("person", ids["witness"], protected=False)
    alice.import_(bob.export("Alice", since_last=True).path)


def select_rows(page: ExchangePage, rows: list[int]) -> None:
    selection = page.conflict_table.selectionModel()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for row in rows:
        selection.select(page.conflict_model.index(row, 0), flags)


def row_of(page: ExchangePage, record_id: UUID) -> int:
    model = page.conflict_model
    return next(r for r in range(model.rowCount()) if model.row_at(r).record_id == record_id)


def test_three_selected_conflicts_are_resolved_as_theirs_at_once(
    qtbot, page: ExchangePage, shared: Shared, messages
) -> None:
    alice, bob, ids = shared
    for kind, field in (("case", "title"), ("testimony", "summary"), ("event", "description")):
        alice.edit(kind, ids[kind], **{field: f"Alice's {field}"})
        bob.edit(kind, ids[kind], **{field: f"Bob's {field}"})
    alice.import_(bob.export("Alice", since_last=True).path)
    page.refresh()
    assert page.conflict_model.rowCount() == 3
    assert not page.conflict_bulk.theirs_button.isEnabled()  # nothing selected yet
    select_rows(page, [0, 1, 2])
    assert page.conflict_bulk.theirs_button.isEnabled()
    dialog = page.conflict_bulk.ask("theirs")
    assert isinstance(dialog, BulkResolveDialog)
    assert dialog.question_label.text() == (
        "Keep the colleague's version of 3 records? This vault's versions are replaced."
    )
    assert not dialog.held_label.isVisibleTo(dialog) and not dialog.held_check.isVisibleTo(dialog)
    assert dialog.ok_button.text() == "Keep theirs (3)"
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: page.conflict_model.rowCount() == 0, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: "3 conflicts resolved." in messages.texts(), timeout=WAIT_MS)
    assert alice.content("case", ids["case"])["title"] == "Bob's title"
    assert alice.content("testimony", ids["testimony"])["summary"] == "Bob's summary"
    assert alice.content("event", ids["event"])["description"] == "Bob's description"


def test_held_versions_are_named_and_kept_as_theirs_only_when_ticked(
    qtbot, page: ExchangePage, shared: Shared, messages, tmp_path: Path
) -> None:
    alice, bob, ids = shared
    three_plain_and_one_held(alice, bob, ids)
    page.refresh()
    page.conflict_bulk.select_all_button.click()
    dialog = page.conflict_bulk.ask("theirs")
    assert dialog is not None
    assert dialog.held_label.isVisibleTo(dialog) and dialog.held_check.isVisibleTo(dialog)
    held_text = dialog.held_label.text()
    assert held_text.startswith("1 of them was held, not applied: the colleague's version")
    assert held_text.endswith("\n• Witness A")  # the pseudonym, never the protected name
    assert dialog.ok_button.text() == "Keep theirs (3)"
    if os.environ.get("SANDIQ_SCREENSHOTS"):
        page.grab().save(str(Path(os.environ["SANDIQ_SCREENSHOTS"]) / "bulk-page.png"))
        dialog.grab().save(str(Path(os.environ["SANDIQ_SCREENSHOTS"]) / "bulk-dialog.png"))
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: page.conflict_model.rowCount() == 1, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: len(messages.texts()) == 1, timeout=WAIT_MS)
    assert "1 held conflict stays open" in messages.texts()[0]
    assert alice.content("person", ids["witness"])["protected"] is True

    select_rows(page, [0])
    dialog = page.conflict_bulk.ask("theirs")
    assert dialog is not None and not dialog.ok_button.isEnabled()
    dialog.held_check.setChecked(True)
    assert dialog.ok_button.isEnabled() and dialog.ok_button.text() == "Keep theirs (1)"
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: page.conflict_model.rowCount() == 0, timeout=WAIT_MS)
    assert alice.content("person", ids["witness"])["protected"] is False


def test_cancelling_the_confirmation_changes_nothing(
    qtbot, page: ExchangePage, shared: Shared
) -> None:
    alice, bob, ids = shared
    three_plain_and_one_held(alice, bob, ids)
    page.refresh()
    before = alice.snapshot()
    page.conflict_bulk.select_all_button.click()
    dialog = page.conflict_bulk.ask("mine")
    assert dialog is not None
    assert dialog.held_label.text().startswith(
        "1 of them was held because the colleague's version would weaken a protection; "
        "keeping yours keeps it:"
    )
    assert not dialog.held_check.isVisibleTo(dialog) and dialog.ok_button.text() == "Keep mine (4)"
    dialog.reject()
    QThreadPool.globalInstance().waitForDone()
    assert page.conflict_model.rowCount() == 4 and alice.snapshot() == before


@pytest.mark.parametrize(
    ("kind", "note", "reason"),
    [
        ("testimony", "moves the testimony “", "moves this testimony to another case"),
        ("event", "moves the event “", "moves this event to another case"),
        ("party", "moves the case party “", "moves this case party (a person's role in a case)"),
    ],
)
def test_a_record_moved_to_another_case_is_named_by_its_kind(
    qtbot, shared: Shared, kind: str, note: str, reason: str
) -> None:
    alice, bob, ids = shared
    other = bob.write("case", {"reference": "KG-2011-0001", "title": "Public report"})
    bob.edit("case_party" if kind == "party" else kind, ids[kind], case=str(other))
    path = bob.export("Alice", since_last=True).path
    preview = ImportPreviewDialog(alice.import_(path, dry_run=True))
    qtbot.addWidget(preview)
    assert f"Held for your decision: Bob's bundle {note}" in preview.summary_label.text()
    alice.import_(path)
    with alice.vault.read() as session:
        (conflict,) = [c for c in list_conflicts(session) if c.record_id == ids[kind]]
        dialog = ConflictDialog(conflict_detail(session, conflict.id))
    qtbot.addWidget(dialog)
    assert f"Bob's version {reason}" in dialog.reason.text()
