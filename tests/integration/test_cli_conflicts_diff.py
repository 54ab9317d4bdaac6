"""`sandiq conflicts show` on a long narrative: the changed sentence, not both texts in full."""

from __future__ import annotations

import json
from pathlib import Path

from tests.integration.conftest import Sandiq
from tests.integration.exchange_support import introduce, make_site, sample_case

SENTENCE = "Свидетель {n} рассказал, что сотрудники милиции пришли ночью и увели соседей. "
NARRATIVE = "".join(SENTENCE.format(n=n) for n in range(260))  # about 20 KB
OLD = "Свидетель 130 рассказал"
NEW = "Свидетель 130 подтвердил"


def test_conflicts_show_prints_the_changed_words_of_a_long_narrative(
    tmp_path: Path, sandiq: Sandiq
) -> None:
    assert len(NARRATIVE.encode()) > 20_000
    alice, bob = make_site(tmp_path, "Alice"), make_site(tmp_path, "Bob")
    introduce(alice, bob)
    testimony = sample_case(alice)["testimony"]
    alice.edit("testimony", testimony, narrative=NARRATIVE)
    bob.import_(alice.export("Bob", since_last=True).path)
    alice.edit("testimony", testimony, narrative=NARRATIVE.replace(OLD, NEW))
    bob.edit("testimony", testimony, summary="Saw the arrest at night.")
    bob.import_(alice.export("Bob", since_last=True).path)
    bob.vault.lock()
    alice.vault.lock()

    shown = sandiq.ok("conflicts", "show", "1", vault=bob.vault.path).stdout
    # Before: both narratives in full, over 40 KB, the change somewhere inside.
    assert len(shown) < 1_000
    assert "narrative: 1 place differs" in shown
    assert "130 [-рассказал-]{+подтвердил+}, что сотрудники" in shown
    assert "summary:\n  mine:   Saw the arrest at night.\n  theirs: Saw the arrest." in shown
    assert "witness" not in shown and "interviewer" not in shown  # equal fields are left out

    data = json.loads(sandiq.ok("conflicts", "show", "1", "--json", vault=bob.vault.path).stdout)
    assert data["mine"]["narrative"] == NARRATIVE
    assert data["theirs"]["narrative"] == NARRATIVE.replace(OLD, NEW)
    differences = {d["name"]: d for d in data["differences"]}
    assert set(differences) == {"narrative", "summary"}
    narrative = differences["narrative"]
    assert narrative["places"] == 1
    assert [p for p in narrative["pieces"] if p["kind"] != "same"] == [
        {"kind": "mine", "text": "рассказал"},
        {"kind": "theirs", "text": "подтвердил"},
    ]
