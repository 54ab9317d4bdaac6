"""What the Exchange page tells besides an import's counts."""

from __future__ import annotations

import uuid

from desktop_app.core.exchange.importer import ImportReport
from desktop_app.ui.import_notes import import_notes


def _report(sequence: int, last_sequence: int) -> ImportReport:
    return ImportReport(
        bundle_id=uuid.uuid4(),
        sequence=sequence,
        created_at="2026-11-27T10:00:00Z",
        sender_name="Bakhtiyor",
        sender_fingerprint="12345 67890",
        is_sender_known=True,
        is_dry_run=False,
        sender_refusal="",
        last_sequence=last_sequence,
    )


def test_bundles_skipped_since_the_last_import_are_named(qtbot) -> None:
    assert import_notes(_report(5, 1), is_done=True) == [
        "Not imported here from Bakhtiyor: bundle(s) 2–4; bundles sent only to other "
        "colleagues never arrive here."
    ]


def test_nothing_is_said_for_the_next_bundle_or_the_first_one(qtbot) -> None:
    assert import_notes(_report(2, 1), is_done=True) == []
    assert import_notes(_report(7, 0), is_done=False) == []
