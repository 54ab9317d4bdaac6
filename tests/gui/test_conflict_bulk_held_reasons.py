"""The bulk confirmation says nothing untrue of held versions held for no protection: a removed
contact's edit passed on by a colleague neither weakens a protection nor brings a record back."""

from __future__ import annotations

from desktop_app.core.exchange.conflicts import list_conflicts
from desktop_app.ui.conflict_bulk import BulkResolveDialog
from tests.integration.test_removed_contact_relayed import (  # noqa: F401 (team is a fixture)
    Team,
    _relayed_by_aziza,
    team,
)


def test_keeping_theirs_for_a_removed_contacts_edit_claims_no_protection(
    qtbot,
    team: Team,  # noqa: F811
) -> None:
    aziza, bekzod, dilya, ids = team
    bekzod.edit("case", ids["case"], title="Bekzod's title")
    dilya.import_(_relayed_by_aziza(aziza, bekzod))
    with dilya.vault.read() as session:
        conflicts = list_conflicts(session)
    dialog = BulkResolveDialog("theirs", conflicts)
    qtbot.addWidget(dialog)
    text = dialog.held_label.text()
    # Before: "… would weaken a protection or bring back a record deleted here …"
    assert "protection" not in text
    assert "deleted" not in text
    assert "held, not applied: the colleague's version waits for your own decision" in text
    assert "tick the box below" in text
