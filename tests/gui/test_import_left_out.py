"""A record an import leaves out is named in the preview and in the summary after the import."""

from __future__ import annotations

from typing import Any

from desktop_app.core.exchange.importer import ImportReport
from desktop_app.core.exchange.sync_records import encode_records
from desktop_app.ui.exchange_dialogs import ImportPreviewDialog
from desktop_app.ui.i18n import fill
from desktop_app.ui.import_notes import import_notes, record_name
from tests.integration.test_exchange_hostile import (  # noqa: F401 (fixtures)
    from_alice,
    world,
)
from tests.integration.test_exchange_own_claims import shared, version  # noqa: F401
from tests.integration.test_exchange_relayed_clocks import made_up_keys, poison_carols_count

FORGED = (
    "1 record not imported (%1): its version claims edits by this vault that it never made — "
    "forged on the way, by the sender or a colleague of theirs."
)


def _named(text: str, report: ImportReport) -> str:
    (record,) = report.not_imported
    return fill(text, record_name(record))


def test_the_preview_and_the_summary_name_a_record_forged_on_the_way(
    qtbot,
    shared: dict[str, Any],  # noqa: F811
) -> None:
    _, bob, carol = poison_carols_count(shared)
    path = bob.export("Carol", since_last=True).path
    dry_run = carol.import_(path, dry_run=True)
    preview = ImportPreviewDialog(dry_run)
    qtbot.addWidget(preview)
    summary = preview.summary_label.text()
    assert _named(FORGED, dry_run) in summary.splitlines()
    assert "newer versions: 1" in summary  # the victim still comes
    assert preview.import_button.isEnabled()
    report = carol.import_(path)
    assert _named(FORGED, report) in import_notes(report, is_done=True)


def test_a_bundle_holding_only_a_made_up_clock_brings_nothing_new(
    qtbot,
    shared: dict[str, Any],  # noqa: F811
) -> None:
    witness = shared["ids"]["witness"]
    clock = {shared["alice_key"]: 2, **made_up_keys(300)}
    poisoned = version(shared["alice"], "person", witness, content={"notes": "?"}, clock=clock)
    path = from_alice(shared, "poisoned.sandiq", encode_records([poisoned]))
    dry_run = shared["bob"].import_(path, dry_run=True)
    preview = ImportPreviewDialog(dry_run)
    qtbot.addWidget(preview)
    wide = (
        "1 record not imported (%1): its version vector names more than 256 vaults, more "
        "than ever edit one record — made up on the way, by the sender or a colleague of theirs."
    )
    assert _named(wide, dry_run) in preview.summary_label.text().splitlines()
    assert "Nothing in this bundle is new here." in preview.summary_label.text()
    assert preview.import_button.isEnabled()  # only to record it, as the CLI does
