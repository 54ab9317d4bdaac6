"""Keeping this vault's side for a held conflict that would bring back a record deleted here
says so: such a record has no protection for "keeping yours" to keep."""

from __future__ import annotations

from desktop_app.ui.exchange_page import ExchangePage
from tests.gui.test_conflict_bulk_gui import Shared, page, shared  # noqa: F401 (fixtures)
from tests.integration.test_exchange_safeguards_revival import revived_by_bob


def test_keeping_mine_for_a_revived_event_says_it_stays_deleted(
    qtbot,
    page: ExchangePage,  # noqa: F811
    shared: Shared,  # noqa: F811
) -> None:
    alice, bob, ids = shared
    revived_by_bob(alice, bob, ids["event"])
    alice.import_(bob.export("Alice", since_last=True).path)
    page.refresh()
    page.conflict_bulk.select_all_button.click()
    mine = page.conflict_bulk.ask("mine")
    assert mine is not None
    text = mine.held_label.text()
    assert "protection" not in text
    # ("were" until the English plural forms are filled in: "1 of them was held")
    assert text.startswith("1 of them w")
    assert (
        "held because the colleague's version would bring back a record deleted in this vault; "
        "keeping yours keeps it deleted:"
    ) in text
    mine.reject()
    theirs = page.conflict_bulk.ask("theirs")
    assert theirs is not None
    assert "protection" not in theirs.held_label.text()
    theirs.reject()
