"""One read tells the sender what a bundle will carry: to whom everything again (a colleague
whose vault went back to a backup) and how many protected people by real name."""

from __future__ import annotations

from pathlib import Path

from desktop_app.core.exchange.export_plan import ExportPlan, plan_export
from tests.integration.exchange_support import Site, introduce, make_site
from tests.integration.test_bundle_to_restored_colleague_preview import alice_went_back


def _plan(site: Site, recipients: list[str], cases: tuple[str, ...] = ()) -> ExportPlan:
    with site.vault.read() as session:
        return plan_export(session, recipients, cases)


def test_a_restored_colleague_is_sent_everything_again_and_an_ordinary_one_is_not(
    tmp_path: Path,
) -> None:
    _, bob = alice_went_back(tmp_path)
    carol = make_site(tmp_path, "Carol")
    introduce(bob, carol)
    bob.export("Carol", since_last=True)  # Carol has the protected person already
    # Alice's vault went back: counted from the start, the person she was sent before too.
    assert _plan(bob, ["Alice"]) == ExportPlan(("Alice",), 1)
    assert _plan(bob, ["Carol"]) == ExportPlan((), 0)
    # Served as the one served least far, and Alice named once however she is named.
    assert _plan(bob, ["Carol", "Alice", "alice"]) == ExportPlan(("Alice",), 1)
    assert bob.export("Alice", "Carol", since_last=True).protected_people == 1
    assert _plan(bob, ["Alice", "Carol"]) == ExportPlan((), 0)  # back in step


def test_chosen_cases_go_whole_whatever_was_sent_before(tmp_path: Path) -> None:
    _, bob = alice_went_back(tmp_path)
    person = bob.write("person", {"name": "Nodira Yusupova", "protected": True, "pseudonym": "B"})
    case = bob.write("case", {"reference": "KG-2011-0001", "title": "Detention in Osh"})
    bob.write("case_party", {"case": str(case), "person": str(person), "role": "witness"})
    assert _plan(bob, ["Alice"], ("KG-2011-0001",)) == ExportPlan((), 1)
