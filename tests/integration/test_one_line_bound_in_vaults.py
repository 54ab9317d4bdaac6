"""A name, a title or a place is bounded wherever it comes from: a colleague's bundle holding
a 10 MB name is refused whole, naming the record and the field, and changes nothing; a JSON
file the same. A vault that holds such a value from before still opens, shows and exports it,
and an edit of another field, or a re-import of its own export, is not refused for it."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path
from uuid import UUID

import pytest

from desktop_app.core.errors import BundleRejected, InvalidInput
from desktop_app.core.interchange import import_document
from desktop_app.core.records import get_record
from desktop_app.core.vault import unlock
from tests.conftest import PASSPHRASE
from tests.integration.exchange_support import Site, acquainted, sample_case
from tests.integration.held_from_before import held_from_before

HUGE = "N" * 10_000_000


@pytest.fixture
def pair(tmp_path: Path) -> Iterator[tuple[Site, Site, dict[str, UUID]]]:
    """Alice and Bob holding the same case, both up to date."""
    with acquainted(tmp_path, "Alice", "Bob") as (alice, bob):
        ids = sample_case(alice)
        bob.import_(alice.export("Bob", since_last=True).path)
        alice.import_(bob.export("Alice", since_last=True).path)
        yield alice, bob, ids


def hold(site: Site, kind: str, record_id: UUID, **values: object) -> None:
    """Give a record values no write accepts now (``held_from_before``)."""
    with site.vault.transaction() as session:
        held_from_before(get_record(session, kind, record_id), **values)


def test_a_bundle_with_a_ten_megabyte_name_is_refused_whole(
    pair: tuple[Site, Site, dict[str, UUID]],
) -> None:
    alice, bob, ids = pair
    bob.edit("case", ids["case"], summary="Updated by Bob.")
    person = bob.write("person", {"name": "placeholder"})
    hold(bob, "person", person, name=HUGE)
    bundle = bob.export("Alice", since_last=True).path
    before = alice.snapshot()
    started = time.monotonic()
    with pytest.raises(BundleRejected) as refused:
        alice.import_(bundle)
    # Before: imported in 47 s with 1 GB, then the People page froze for 8 s.
    assert time.monotonic() - started < 30
    message = str(refused.value)
    assert "\n" not in message
    assert message.endswith(
        f"person {person}: name: is too long (10,000,000 characters; at most 2,000)."
    )
    assert alice.snapshot() == before


def test_a_control_character_in_another_one_line_field_refuses_the_bundle(
    pair: tuple[Site, Site, dict[str, UUID]],
) -> None:
    alice, bob, ids = pair
    hold(bob, "case", ids["case"], region="Osh\x00oblast")
    bob.edit("case", ids["case"], summary="Updated by Bob.")  # the region held passes here
    before = alice.snapshot()
    with pytest.raises(BundleRejected, match="region: holds the control character U\\+0000"):
        alice.import_(bob.export("Alice", since_last=True).path)
    assert alice.snapshot() == before


def test_a_long_value_held_from_before_still_opens_shows_exports_and_edits(
    pair: tuple[Site, Site, dict[str, UUID]], tmp_path: Path
) -> None:
    alice, _, ids = pair
    title = "Detention of Azimjan Askarov " * 200  # 5,800 characters
    hold(alice, "case", ids["case"], title=title)
    folder = alice.vault.path
    alice.vault.lock()
    alice.vault = unlock(folder, PASSPHRASE)
    assert alice.content("case", ids["case"])["title"] == title
    document = alice.document()
    assert [case["title"] for case in document["cases"]] == [title]
    # Its own export imports back into it, unchanged.
    with alice.vault.transaction() as session:
        assert import_document(alice.vault.writer(session), document).unchanged > 0
    # Another field edited: the old title passes with it; a new long title does not.
    alice.edit("case", ids["case"], summary="Reviewed again.")
    assert alice.content("case", ids["case"])["summary"] == "Reviewed again."
    with pytest.raises(InvalidInput, match="title: is too long \\(5,801 characters"):
        alice.edit("case", ids["case"], title=title + "!")
    assert alice.content("case", ids["case"])["title"] == title
    # A bundle carries it (the recipient decides).
    assert alice.export("Bob", case_references=["KG-2010-0007"]).path.exists()


def test_a_json_file_with_a_long_place_is_refused(
    pair: tuple[Site, Site, dict[str, UUID]],
) -> None:
    alice, _, _ = pair
    document = alice.document()
    document["events"][0]["place"] = "Osh, " * 1_000
    event = document["events"][0]["id"]
    before = alice.snapshot()
    with (
        pytest.raises(InvalidInput) as refused,
        alice.vault.transaction() as session,
    ):
        import_document(alice.vault.writer(session), document)
    message = str(refused.value)
    assert message.startswith(f"event {event} ('2010-06-15 arbitrary_detention')")
    assert message.endswith(": place: is too long (5,000 characters; at most 2,000)")
    assert alice.snapshot() == before
