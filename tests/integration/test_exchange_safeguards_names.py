"""A protected person's name with one more word in it (a patronymic, a second surname) is still
hers: a contact's bundle that gives it to an unprotected person waits for the user, and a
dossier withholds it even where an unprotected person owns every word of it."""

from __future__ import annotations

import shutil
import subprocess
import unicodedata
from pathlib import Path
from uuid import UUID

import pytest

from desktop_app.core.exchange.conflicts import resolve_conflict
from desktop_app.core.reports import DossierOptions, build_dossier
from tests.integration.exchange_support import Site
from tests.integration.test_exchange_safeguards import (  # noqa: F401 (shared is a fixture)
    held_once,
    open_conflicts,
    send,
    shared,
)

Shared = tuple[Site, Site, dict[str, UUID]]
LONGER = "Dilnoza Bahodirovna Shamsutdinova"  # the protected witness's name, with a patronymic


@pytest.mark.parametrize(
    "changes",
    [
        {"other_names": [LONGER]},
        {"other_names": ["Дильноза Бахадировна Шамсутдинова"]},  # in Cyrillic
        {"name": "Shamsutdinova Dilnoza Bahodirovna"},  # in another order
        {"name": "Dilnoza Shamsutdinova-Karimova"},  # a second surname
    ],
    ids=["other_name", "cyrillic", "renamed", "second_surname"],
)
def test_an_unprotected_person_given_her_name_with_a_word_added_is_held(
    shared: Shared,  # noqa: F811
    changes: dict[str, object],
) -> None:
    alice, bob, ids = shared
    before = alice.content("person", ids["victim"])
    bob.edit("person", ids["victim"], **changes)
    held_once(send(bob, alice), "gives_protected_name")
    assert alice.content("person", ids["victim"]) == before
    (conflict,) = open_conflicts(alice)
    assert conflict.reasons == ("gives_protected_name",)


def test_a_name_sharing_only_some_of_her_words_is_a_plain_update(
    shared: Shared,  # noqa: F811
) -> None:
    alice, bob, ids = shared
    bob.edit("person", ids["victim"], other_names=["Dilnoza Bahodirovna Karimova"])
    report = send(bob, alice)
    assert (report.updated, report.conflicts) == (1, 0)


def printed_text(path: Path) -> str:
    """What a reader of the PDF sees, as one line."""
    pages = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, check=True)
    return " ".join(unicodedata.normalize("NFKC", pages.stdout.decode()).split())


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")
def test_the_dossier_withholds_her_name_inside_a_longer_unprotected_one(
    shared: Shared,  # noqa: F811
    tmp_path: Path,
) -> None:
    # The user kept their version (or a new person came with the name): the dossier itself
    # must not print her name because an unprotected person owns every word of it.
    alice, bob, ids = shared
    bob.edit("person", ids["victim"], other_names=[LONGER])
    bob.edit("testimony", ids["testimony"], narrative=f"{LONGER} saw it.")
    send(bob, alice)
    for conflict in open_conflicts(alice):
        resolve_conflict(alice.vault, conflict.id, "theirs")
    newcomer = bob.write("person", {"name": "Дильноза Бахадировна Шамсутдинова"})
    bob.write("case_party", {"case": str(ids["case"]), "person": str(newcomer), "role": "victim"})
    report = send(bob, alice)  # the newcomer waits for the user (``enters_with_protected_name``)
    assert (report.inserted, report.conflicts) == (1, 1)
    for conflict in open_conflicts(alice):  # who keeps it: the dossier guards her name still
        resolve_conflict(alice.vault, conflict.id, "theirs")
    out = tmp_path / "dossier.pdf"
    build_dossier(alice.vault, [ids["case"]], out, DossierOptions(redact=True), overwrite=True)
    text = printed_text(out)
    assert "Azimjan Askarov" in text  # the victim is still named by his own name
    assert "[name withheld] saw it." in text
    for word in ("Dilnoza", "Shamsutdinova", "Дильноза", "Шамсутдинова"):
        assert word not in text
