"""A bundle that builds on a sender's bundle never imported here: the GUI leads with which
bundle to import, as the CLI does, in words a translator can decline (never core's English)."""

from __future__ import annotations

from uuid import UUID, uuid4

import pytest

from desktop_app.core.exchange.incoming_records import MissingReference
from desktop_app.core.exchange.references import references
from desktop_app.core.exchange.sequences import EarlierBundlesMissing, MissedBundles
from desktop_app.ui.refusals import bundle_refusal_text

ATTACHMENT = UUID("ccabc3e9-11d7-49c3-aab5-d8825cc6c1d3")
EVENT = UUID("93323083-8691-49dc-a90d-91a5ba11dcf2")


def _every_reference() -> list[MissingReference]:
    """A MissingReference for each (kind, field, target) a record can refer by."""
    ids = {
        field: str(uuid4())
        for field in ("case", "person", "witness", "victims", "perpetrators", "sources")
    }
    contents = {
        "case_party": {"case": ids["case"], "person": ids["person"]},
        "testimony": {"case": ids["case"], "witness": ids["witness"]},
        "event": {
            "case": ids["case"],
            "victims": [ids["victims"]],
            "perpetrators": [ids["perpetrators"]],
            "sources": [ids["sources"]],
        },
    }
    found = [
        MissingReference(kind, uuid4(), field, target, uid)
        for kind, content in contents.items()
        for field, target, uid in references(kind, content)
    ]
    for owner_kind in ("case", "person", "testimony", "event"):
        content = {"owner_kind": owner_kind, "owner": str(uuid4())}
        for field, target, uid in references("attachment", content):
            found.append(MissingReference("attachment", uuid4(), field, target, uid))
    return found


@pytest.mark.parametrize(
    "missed",
    [
        MissedBundles(certain=(range(3, 4),)),
        MissedBundles(certain=(range(2, 4),)),
        MissedBundles(certain=(range(8, 9),), more=2, among=(range(2, 3), range(4, 8))),
        None,
    ],
    ids=["one bundle", "two bundles", "unsure which", "not said what it followed"],
)
def test_the_gui_says_which_bundle_to_import_first_as_the_cli_does(qapp, missed) -> None:
    reference = MissingReference("attachment", ATTACHMENT, "owner", "event", EVENT)
    refusal = EarlierBundlesMissing(
        reference, "Aziza", missed=missed, missing=(range(1, 3),) if missed is None else ()
    )
    cli, gui = str(refusal), bundle_refusal_text(refusal)
    assert gui.startswith("Import ")
    if " Not imported here" in cli:
        # Unsure which bundle: the note naming the candidates follows the lead, in the words
        # of the import's notes (``missed_text``, ``not_imported_text``), checked on their own.
        lead = cli[: cli.index(" Not imported here")]
        assert gui.startswith(f"{lead} Not imported here from Aziza: ")
    else:
        assert gui == cli


def test_every_reference_a_record_makes_is_said_in_whole_words(qapp) -> None:
    for reference in _every_reference():
        refusal = EarlierBundlesMissing(
            reference, "Aziza", missed=MissedBundles(certain=(range(3, 4),))
        )
        assert bundle_refusal_text(refusal) == str(refusal), reference.field
