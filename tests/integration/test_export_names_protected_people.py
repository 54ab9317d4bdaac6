"""A bundle carries protected people's real names: the sender is told how many, before (the send
wizard asks ``plan_export``) and after (the report, which the CLI prints)."""

from __future__ import annotations

from pathlib import Path

from desktop_app.core.exchange.export_plan import plan_export
from tests.integration.conftest import Sandiq
from tests.integration.exchange_support import Site, introduce, make_site, sample_case

WARNING = (
    "This bundle carries the real name of 1 protected person; only the colleagues you chose "
    "can read it, and their Sandiq keeps it protected."
)


def _to_send(site: Site, recipients: list[str], cases: list[str]) -> int:
    with site.vault.read() as session:
        return plan_export(session, recipients, cases).protected_people


def test_the_count_before_writing_is_what_the_bundle_carries(tmp_path: Path) -> None:
    alice, bob = make_site(tmp_path, "Alice"), make_site(tmp_path, "Bob")
    introduce(alice, bob)
    ids = sample_case(alice)
    alice.write("case", {"reference": "KG-2011-0001", "title": "Nobody protected here"})
    assert _to_send(alice, ["Bob"], ["KG-2010-0007"]) == 1
    assert _to_send(alice, ["Bob"], ["KG-2011-0001"]) == 0
    assert _to_send(alice, ["Bob"], []) == 1  # since the last bundle: nothing sent yet
    report = alice.export("Bob", since_last=True)
    assert report.protected_people == 1
    assert _to_send(alice, ["Bob"], []) == 0  # she went with that bundle
    alice.edit("person", ids["victim"], notes="Released in 2020.")
    assert _to_send(alice, ["Bob"], []) == 0  # the change is not hers
    alice.edit("person", ids["witness"], notes="Moved to Bishkek.")
    assert _to_send(alice, ["Bob"], []) == 1
    assert alice.export("Bob", case_references=["KG-2010-0007"]).protected_people == 1
    assert alice.export("Bob", case_references=["KG-2011-0001"]).protected_people == 0


def test_bundle_export_tells_that_protected_names_travel(tmp_path: Path, sandiq: Sandiq) -> None:
    alice, bob = make_site(tmp_path, "Alice"), make_site(tmp_path, "Bob")
    introduce(alice, bob)
    sample_case(alice)
    alice.write("case", {"reference": "KG-2011-0001", "title": "Nobody protected here"})
    alice.vault.lock()
    out = tmp_path / "to-bob.sandiq"
    args = ("bundle", "export", "--to", "Bob", "--out")
    run = sandiq.ok(*args, str(out), "--case", "KG-2010-0007", vault=alice.vault.path)
    assert WARNING in run.stdout.splitlines()
    plain = sandiq.ok(*args, f"{out}2", "--case", "KG-2011-0001", vault=alice.vault.path)
    assert "protected" not in plain.stdout
