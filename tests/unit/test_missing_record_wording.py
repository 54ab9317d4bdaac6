"""A bundle that needs a record it does not bring: when earlier bundles from the sender never
came, the refusal leads with which to import; otherwise it is an invalid record, in English
with the right article."""

from __future__ import annotations

from uuid import UUID

from desktop_app.core.exchange.incoming_records import MissingReference
from desktop_app.core.exchange.sequences import EarlierBundlesMissing, MissedBundles
from desktop_app.core.record_validation import with_article

ATTACHMENT = UUID("ccabc3e9-11d7-49c3-aab5-d8825cc6c1d3")
EVENT = UUID("93323083-8691-49dc-a90d-91a5ba11dcf2")


def _attachment_of_missing_event() -> MissingReference:
    return MissingReference("attachment", ATTACHMENT, "owner", "event", EVENT)


def test_a_missing_record_with_no_bundle_missing_is_an_invalid_record_with_its_article() -> None:
    assert str(_attachment_of_missing_event()) == (
        f"This bundle holds an invalid record: attachment {ATTACHMENT}: owner refers to an event "
        f"({EVENT}) that is neither in the bundle nor in this vault; import the sender's earlier "
        "bundles first."
    )


def test_a_missing_bundle_sent_here_is_named_first_as_the_fix() -> None:
    refusal = EarlierBundlesMissing(
        _attachment_of_missing_event(), "Aziza", missed=MissedBundles(certain=(range(3, 4),))
    )
    assert str(refusal) == (
        "Import bundle 3 from Aziza first: this bundle builds on it (an attachment belongs to "
        "an event it brought)."
    )
    several = EarlierBundlesMissing(
        MissingReference("event", EVENT, "sources", "testimony", ATTACHMENT),
        "Bekzod (Andijan)",
        missed=MissedBundles(certain=(range(2, 4),)),
    )
    assert str(several) == (
        "Import bundles 2–3 from Bekzod (Andijan) first: this bundle builds on them (an event "
        "rests on a testimony they brought)."
    )


def test_unsure_bundles_lead_with_the_fix_and_are_named_after_it() -> None:
    unsure = EarlierBundlesMissing(
        MissingReference("testimony", EVENT, "witness", "person", ATTACHMENT),
        "Dilya",
        missed=MissedBundles(certain=(range(8, 9),), more=2, among=(range(2, 3), range(4, 8))),
    )
    assert str(unsure) == (
        "Import the earlier bundles from Dilya first: this bundle builds on one of them (a "
        "testimony names a person one of them brought). Not imported here from Dilya: bundle(s) "
        "8 and 2 more among bundle(s) 2, 4–7, sent to this vault; the rest of those numbers went "
        "to other colleagues only."
    )


def test_kinds_take_a_or_an() -> None:
    assert [with_article(kind) for kind in ("event", "attachment", "case", "person")] == [
        "an event",
        "an attachment",
        "a case",
        "a person",
    ]
