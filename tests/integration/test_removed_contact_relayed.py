"""A contact this vault removed stays removed when a colleague passes its edits on: Dilya
removed Bekzod, and his edits reaching her through Aziza's bundle wait for her decision
instead of replacing her records; an author she never knew is a colleague's colleague."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from uuid import UUID

import pytest

from desktop_app.core.exchange.conflicts import list_conflicts, resolve_conflict
from desktop_app.core.exchange.contacts import remove_contact
from desktop_app.core.exchange.safeguards import BY_REMOVED_CONTACT
from tests.integration.conftest import Sandiq
from tests.integration.exchange_support import Site, introduce, make_site, sample_case

Team = tuple[Site, Site, Site, dict[str, UUID]]
TITLE = "Detention of Azimjan Askarov"


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
    """Bekzod's latest changes, imported by Aziza and sent on in her since-last bundle."""
    assert aziza.import_(bekzod.export("Aziza", since_last=True).path).conflicts == 0
    path = aziza.export("Dilya", since_last=True).path
    assert path is not None
    return path


def test_a_removed_contacts_edit_passed_on_by_a_colleague_is_held(team: Team) -> None:
    aziza, bekzod, dilya, ids = team
    bekzod.edit("case", ids["case"], title="Bekzod's title")
    report = dilya.import_(_relayed_by_aziza(aziza, bekzod))

    assert (report.updated, report.conflicts) == (0, 1)
    (change,) = report.changes
    assert change.reasons == (BY_REMOVED_CONTACT,)
    assert change.removed_authors == ("Bekzod",)
    assert dilya.content("case", ids["case"])["title"] == TITLE
    with dilya.vault.read() as session:
        (conflict,) = list_conflicts(session)
    assert conflict.is_held and conflict.reasons == (BY_REMOVED_CONTACT,)
    assert (conflict.sender, conflict.author, conflict.removed_authors) == (
        "Aziza",
        "Bekzod",
        ("Bekzod",),
    )
    resolve_conflict(dilya.vault, conflict.id, "theirs")  # her decision: she takes it
    assert dilya.content("case", ids["case"])["title"] == "Bekzod's title"


def test_an_edit_of_aziza_on_top_of_bekzods_is_held_too(team: Team) -> None:
    aziza, bekzod, dilya, ids = team
    bekzod.edit("case", ids["case"], title="Bekzod's title")
    aziza.import_(bekzod.export("Aziza", since_last=True).path)
    aziza.edit("case", ids["case"], summary="Aziza's summary, over Bekzod's title")
    report = dilya.import_(aziza.export("Dilya", since_last=True).path)

    assert (report.updated, report.conflicts) == (0, 1)
    assert report.changes[0].removed_authors == ("Bekzod",)
    assert dilya.content("case", ids["case"])["title"] == TITLE
    # Kept hers: Bekzod's edit is decided on, and Aziza's next edit comes in as usual.
    with dilya.vault.read() as session:
        (conflict,) = list_conflicts(session)
    resolve_conflict(dilya.vault, conflict.id, "mine")
    aziza.import_(dilya.export("Aziza", since_last=True).path)
    aziza.edit("case", ids["case"], status="closed")
    again = dilya.import_(aziza.export("Dilya", since_last=True).path)
    assert (again.updated, again.conflicts) == (1, 0)


def test_a_removed_contacts_new_record_comes_in_named(team: Team) -> None:
    aziza, bekzod, dilya, ids = team
    event = bekzod.write(
        "event",
        {"case": str(ids["case"]), "act_type": "harassment", "date": "2010-07"},
    )
    report = dilya.import_(_relayed_by_aziza(aziza, bekzod))

    assert report.inserted == 1
    (change,) = report.changes
    assert (change.record_id, change.action) == (event, "insert")
    assert change.removed_authors == ("Bekzod",)


def test_edits_by_an_author_dilya_never_knew_are_updates(tmp_path: Path, team: Team) -> None:
    aziza, _, dilya, ids = team
    farrukh = make_site(tmp_path, "Farrukh")  # Aziza's colleague; Dilya never knew him
    introduce(aziza, farrukh)
    farrukh.import_(aziza.export("Farrukh", since_last=True).path)
    farrukh.edit("case", ids["case"], title="Farrukh's title")
    report = dilya.import_(_relayed_by_aziza(aziza, farrukh))
    assert (report.updated, report.conflicts) == (1, 0)
    assert report.changes[0].removed_authors == ()
    farrukh.vault.lock()


def test_the_cli_says_why_it_is_held(team: Team, sandiq: Sandiq) -> None:
    aziza, bekzod, dilya, ids = team
    bekzod.edit("case", ids["case"], title="Bekzod's title")
    event = bekzod.write(
        "event",
        {"case": str(ids["case"]), "act_type": "harassment", "date": "2010-07"},
    )
    path = _relayed_by_aziza(aziza, bekzod)
    dilya.vault.lock()
    vault = dilya.vault.path

    imported = sandiq.ok("bundle", "import", str(path), vault=vault).stdout
    assert "inserted 1, updated 0, deleted 0" in imported
    assert (
        "  Held for your decision: Aziza's bundle passes on a version of case "
        "'KG-2010-0007 Bekzod's title' "
        "with edits by Bekzod, whom you removed from your contacts\n"
    ) in imported
    assert (
        "1 new record(s) with edits by Bekzod, whom you removed from your contacts, were added "
        "(Aziza's bundle passes them on); look at them, and delete what you do not trust:\n"
        f"  event {event}\t"
    ) in imported
    listed = sandiq.ok("conflicts", vault=vault).stdout
    assert "with edits by Bekzod, whom you removed from your contacts" in listed
    (conflict,) = json.loads(sandiq.ok("conflicts", "--json", vault=vault).stdout)
    shown = json.loads(
        sandiq.ok("conflicts", "show", str(conflict["id"]), "--json", vault=vault).stdout
    )
    assert shown["info"]["reasons"] == [BY_REMOVED_CONTACT]
    assert shown["info"]["removed_authors"] == ["Bekzod"]
    # Held: keeping theirs for every conflict leaves it open unless asked for.
    bulk = sandiq.ok("conflicts", "resolve", "--all", "--keep", "theirs", "--yes", vault=vault)
    assert "1 held conflict(s) left open" in bulk.stdout
