"""A list sorted by a coded column (a case's status, a person's sex) is in the vocabulary's
order, which reads the same in every language, page after page; not in the order of the codes'
English spelling ("closed" < "open" < "under_review"), which in Russian read "Закрыто, Открыто,
На рассмотрении"."""

from __future__ import annotations

import pytest

from desktop_app.core import listing
from desktop_app.core.listing import Row
from desktop_app.core.vault import Vault

STATUSES = ["closed", "open", "archived", "under_review", "open", "closed"]
NO_FILTER = listing.ListFilter()
SEXES = ["male", "", "unknown", "female", "other", "female"]


def _paged(vault: Vault, kind: str, sort: str, descending: bool) -> list[Row]:
    """Every row, read one a page as the window reads on scrolling."""
    rows: list[Row] = []
    after = None
    with vault.read() as session:
        while page := listing.fetch_page(session, kind, NO_FILTER, sort, descending, after, 1):
            rows += page
            after = listing.page_key(page[-1], sort)
    return rows


@pytest.mark.parametrize("descending", [False, True])
def test_codes_sort_in_their_vocabularys_order(tmp_vault: Vault, descending: bool) -> None:
    with tmp_vault.transaction() as session:
        writer = tmp_vault.writer(session)
        for number, status in enumerate(STATUSES):
            writer.create("case", {"reference": f"UZ-{number}", "title": "T", "status": status})
        for number, sex in enumerate(SEXES):
            writer.create("person", {"name": f"Gulnora {number}", "sex": sex})
    for kind, sort, expected in (
        ("case", "status", ["open", "open", "under_review", "closed", "closed", "archived"]),
        ("person", "sex", ["", "female", "female", "male", "other", "unknown"]),
    ):
        with tmp_vault.read() as session:
            whole = listing.fetch_page(session, kind, sort=sort, descending=descending)
        paged = _paged(tmp_vault, kind, sort, descending)
        assert [getattr(row, sort) for row in whole] == (expected[::-1] if descending else expected)
        assert [row.id for row in paged] == [row.id for row in whole]
