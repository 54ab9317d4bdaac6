"""The conflict window says why a removed contact's edit, passed on by a colleague, was held."""

from __future__ import annotations

from pathlib import Path

from desktop_app.core.exchange.conflicts import conflict_detail, list_conflicts
from desktop_app.core.exchange.contacts import remove_contact
from desktop_app.ui.conflict_dialog import ConflictDialog
from tests.integration.exchange_support import introduce, make_site, sample_case


def test_the_dialog_names_the_removed_contact_and_who_passed_it_on(qtbot, tmp_path: Path) -> None:
    aziza, bekzod, dilya = (make_site(tmp_path, n) for n in ("Aziza", "Bekzod", "Dilya"))
    introduce(aziza, bekzod, dilya)
    ids = sample_case(aziza)
    path = aziza.export("Bekzod", "Dilya", since_last=True).path
    bekzod.import_(path)
    dilya.import_(path)
    remove_contact(dilya.vault, "Bekzod")
    bekzod.edit("case", ids["case"], title="Bekzod's title")
    aziza.import_(bekzod.export("Aziza", since_last=True).path)
    dilya.import_(aziza.export("Dilya", since_last=True).path)
    with dilya.vault.read() as session:
        (conflict,) = list_conflicts(session)
        dialog = ConflictDialog(conflict_detail(session, conflict.id))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.reason.isVisible()
    assert dialog.reason.text() == (
        "Aziza's version holds edits by Bekzod, whom you removed from your contacts: keep "
        "theirs only if you trust these edits."
    )
    for site in (aziza, bekzod, dilya):
        site.vault.lock()
