"""What the Exchange page tells besides an import's counts."""

from __future__ import annotations

import uuid

from desktop_app.core.exchange import sequences
from desktop_app.core.exchange.importer import ImportReport
from desktop_app.core.exchange.sequences import MissedBundles
from desktop_app.ui.import_notes import import_notes


def _report(sequence: int, last_sequence: int, missed: MissedBundles | None = None) -> ImportReport:
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
        missed=missed,
    )


def test_bundles_skipped_since_the_last_import_are_named(qtbot) -> None:
    assert import_notes(_report(5, 1), is_done=True) == [
        "Not imported here from Bakhtiyor: bundle(s) 2–4; bundles sent only to other "
        "colleagues never arrive here."
    ]


def test_a_bundle_that_says_what_it_followed_names_only_bundles_sent_here(qtbot) -> None:
    # Bundles 2-3 went to others (this one's sent_before says so): nothing to say about them.
    assert import_notes(_report(5, 1, MissedBundles()), is_done=True) == []
    lost = MissedBundles(certain=(range(4, 5),))
    assert import_notes(_report(5, 1, lost), is_done=True) == [
        "Not imported here from Bakhtiyor: bundle(s) 4, sent to this vault."
    ]
    some = MissedBundles(certain=(range(8, 9),), more=2, among=(range(2, 3), range(6, 8)))
    # Where only a count is known, the note says that the other numbers went to others, as
    # the CLI does (``sequences.missed_text``): "2 of bundle(s) 2, 6–7" read as if all four
    # had been sent here.
    assert import_notes(_report(9, 5, some), is_done=True) == [
        "Not imported here from Bakhtiyor: bundle(s) 8 and 2 more among bundle(s) 2, 6–7, sent "
        "to this vault; the rest of those numbers went to other colleagues only."
    ]
    unsure = MissedBundles(more=1, among=(range(2, 4),))
    assert import_notes(_report(5, 4, unsure), is_done=True) == [
        "Not imported here from Bakhtiyor: 1 bundle(s) among bundle(s) 2–3, sent to this vault; "
        "the rest of those numbers went to other colleagues only."
    ]
    for missed in (some, unsure):
        assert import_notes(_report(9, 5, missed), is_done=True) == [
            sequences.missed_text("Bakhtiyor", missed)
        ]


def test_nothing_is_said_for_the_next_bundle_or_the_first_one(qtbot) -> None:
    assert import_notes(_report(2, 1), is_done=True) == []
    assert import_notes(_report(7, 0), is_done=False) == []
