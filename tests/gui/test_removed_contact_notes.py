"""The import preview and summary say what a removed contact's edits, passed on by a colleague,
do here, as the CLI says it: a version held for the user's decision, and new records added
that the user should look at. Before, the preview skipped the reason and the new records."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from uuid import UUID

import pytest

from desktop_app.core.exchange.contacts import remove_contact
from desktop_app.ui.import_notes import import_notes
from tests.integration.exchange_support import Site, introduce, make_site, sample_case

Team = tuple[Site, Site, Site, dict[str, UUID]]


@pytest.fixture
def team(tmp_path: Path) -> Iterator[Team]:
    """Aziza, Bekzod and Dilya holding Aziza's case; then Dilya removes Bekzod."""
    aziza, bekzod, dilya = (make_site(tmp_path, n) for n in ("Aziza", "Bekzod", "Dilya"))
    introduce(aziza, bekzod, dilya)
    ids = sample_case(aziza)
    path = aziza.export("Bekzod", "Dilya", since_last=True).path
    bekzod.import_(path)
    dilya.import_(path)
    remove_contact(dilya.vault, "Bekzod")
    yield aziza, bekzod, dilya, ids
    for site in (aziza, bekzod, dilya):
        site.vault.lock()


def _relayed_by_aziza(aziza: Site, bekzod: Site) -> Path:
    aziza.import_(bekzod.export("Aziza", since_last=True).path)
    path = aziza.export("Dilya", since_last=True).path
    assert path is not None
    return path


def test_the_preview_and_summary_name_a_removed_contacts_edits(qtbot, team: Team) -> None:
    aziza, bekzod, dilya, ids = team
    bekzod.edit("case", ids["case"], title="Bekzod's title")
    bekzod.write("event", {"case": str(ids["case"]), "act_type": "harassment", "date": "2010-07"})
    path = _relayed_by_aziza(aziza, bekzod)

    preview = import_notes(dilya.import_(path, dry_run=True), is_done=False)
    assert preview == [
        "Held for your decision: Aziza's bundle passes on a version of “KG-2010-0007 Bekzod's "
        "title” with edits by Bekzod, whom you removed from your contacts.",
        "1 new record(s) with edits by Bekzod, whom you removed from your contacts, would be "
        "added (Aziza's bundle passes them on); look at them after the import, and delete what "
        "you do not trust: 2010-07 Threats and harassment",
    ]
    done = import_notes(dilya.import_(path), is_done=True)
    assert done == [
        preview[0],
        "1 new record(s) with edits by Bekzod, whom you removed from your contacts, were added "
        "(Aziza's bundle passes them on); look at them, and delete what you do not trust: "
        "2010-07 Threats and harassment",
    ]


def test_new_records_of_a_colleague_still_trusted_get_no_note(qtbot, team: Team) -> None:
    aziza, _, dilya, ids = team
    aziza.write("event", {"case": str(ids["case"]), "act_type": "harassment", "date": "2010-07"})
    report = dilya.import_(aziza.export("Dilya", since_last=True).path)
    assert report.inserted == 1
    assert import_notes(report, is_done=True) == []
