"""What the window says of a bundle that reuses the id of one imported before (not the same
bundle again), and of one refused for a case reference that differs from this vault's only in
letter case (both spellings, so the user knows which cases to rename)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop_app.core.errors import BundleRejected
from desktop_app.ui.exchange_dialogs import ImportPreviewDialog, exchange_error_text
from desktop_app.ui.i18n import format_timestamp
from tests.integration.exchange_support import Site, introduce, make_site
from tests.integration.test_reused_bundle_id import reused_bundle


@pytest.fixture
def alice_and_bob(tmp_path: Path) -> Iterator[tuple[Site, Site]]:
    """Two colleagues who know each other."""
    alice, bob = make_site(tmp_path, "Alice"), make_site(tmp_path, "Bob")
    introduce(alice, bob)
    yield alice, bob
    for site in (alice, bob):
        site.vault.lock()


def test_the_preview_names_the_bundle_that_used_the_id_first(qtbot, alice_and_bob) -> None:
    alice, bob = alice_and_bob
    first, reused = reused_bundle(alice, bob)

    preview = ImportPreviewDialog(bob.import_(reused, dry_run=True))
    qtbot.addWidget(preview)
    again = ImportPreviewDialog(bob.import_(first, dry_run=True))
    qtbot.addWidget(again)

    imported_on = format_timestamp(bob.import_(first).already_imported_at)
    # Before: "This bundle was already imported on …", as if it were bundle 1 again.
    assert preview.summary_label.text().splitlines()[2:] == [
        f"Bundle 2 from Alice uses the id of bundle 1, imported on {imported_on}: it cannot be "
        "imported. Sandiq gives every bundle a new id; ask Alice whether they made this one."
    ]
    assert not preview.import_button.isEnabled()
    assert again.summary_label.text().splitlines()[2:] == [
        f"This bundle was already imported on {imported_on}; nothing would change."
    ]


def test_a_letter_case_clash_names_both_spellings(qtbot, alice_and_bob) -> None:
    alice, bob = alice_and_bob
    ours = bob.write("case", {"reference": "UZ-2024-0001", "title": "Andijan detention"})
    theirs = alice.write("case", {"reference": "uz-2024-0001", "title": "Another case"})
    bundle = alice.export("Bob", case_references=["uz-2024-0001"]).path

    with pytest.raises(BundleRejected) as refusal:
        bob.import_(bundle)

    # Before: "…has the reference “uz-2024-0001”, which another case in this vault (…) already
    # has", which it does not: that case is UZ-2024-0001.
    assert exchange_error_text(refusal.value) == (
        f"The bundle was refused and nothing was changed: Case {theirs} in this bundle has the "
        "reference “uz-2024-0001”, which differs only in letter case from “UZ-2024-0001” of "
        f"another case in this vault ({ours}); references must differ in more than letter "
        "case: rename one of them first."
    )
