"""`sandiq verify` names every live record still referring to a deleted record, as a warning,
for as long as it is left so (an import or a resolution names it only once)."""

from __future__ import annotations

import io
import json
from pathlib import Path
from uuid import UUID

from desktop_app.core.attachments import add_attachment
from desktop_app.core.exchange.dangling import all_dangling_references, dangling_references
from desktop_app.core.records import get_record
from desktop_app.core.vault import Vault
from desktop_app.core.verify import verify_report
from tests.integration.conftest import Sandiq, report_of
from tests.integration.exchange_support import introduce, make_site


def _every_link_to_deleted_records(vault: Vault) -> dict[str, UUID]:
    """A case whose witness, victim, testimony and event are tombstoned (as an import from a
    colleague who deleted them would leave them), while the records using them stay live."""
    with vault.transaction() as session:
        w = vault.writer(session)
        case = w.create("case", {"reference": "UZ-2021-0042", "title": "Andijan raid"}).id
        other_case = w.create("case", {"reference": "UZ-2021-0043", "title": "Namangan"}).id
        witness = w.create("person", {"name": "Раъно Юсупова"}).id
        victim = w.create("person", {"name": "Oʻtkir Toʻxtayev"}).id
        ids = {
            "party": w.create(
                "case_party", {"case": str(case), "person": str(victim), "role": "victim"}
            ).id,
            "testimony": w.create(
                "testimony", {"case": str(case), "witness": str(witness), "summary": "Raid"}
            ).id,
            "cited": w.create("testimony", {"case": str(case), "summary": "Cited"}).id,
            "gone_event": w.create("event", {"case": str(case), "act_type": "torture"}).id,
            "in_other_case": w.create("event", {"case": str(other_case), "act_type": "torture"}).id,
        }
        session.flush()
        ids["event"] = w.create(
            "event",
            {
                "case": str(case),
                "act_type": "torture",
                "victims": [str(victim)],
                "perpetrators": [str(witness)],
                "sources": [str(ids["cited"])],
            },
        ).id
        session.flush()
        ids["photo"] = add_attachment(
            w, "event", ids["gone_event"], io.BytesIO(b"JPEG"), "photo.jpg"
        ).id
        for kind, uid in (
            ("person", witness),
            ("person", victim),
            ("testimony", ids["cited"]),
            ("event", ids["gone_event"]),
            ("case", other_case),
        ):
            w.delete(get_record(session, kind, uid))
    return {**ids, "witness": witness, "victim": victim, "other_case": other_case}


def test_every_kind_of_link_to_a_deleted_record_is_found_in_the_whole_vault(
    tmp_vault: Vault,
) -> None:
    ids = _every_link_to_deleted_records(tmp_vault)
    with tmp_vault.read() as session:
        found = all_dangling_references(session)
        targets = [
            ("person", ids["witness"]),
            ("person", ids["victim"]),
            ("testimony", ids["cited"]),
            ("event", ids["gone_event"]),
            ("case", ids["other_case"]),
        ]
        # The same records, labels and order as an import names for the records it touched.
        assert found == dangling_references(session, targets)
    assert sorted((d.kind, d.record_id, d.field, d.target_id) for d in found) == sorted(
        [
            ("attachment", ids["photo"], "owner", ids["gone_event"]),
            ("case_party", ids["party"], "person", ids["victim"]),
            ("event", ids["event"], "perpetrators", ids["witness"]),
            ("event", ids["event"], "sources", ids["cited"]),
            ("event", ids["event"], "victims", ids["victim"]),
            ("event", ids["in_other_case"], "case", ids["other_case"]),
            ("testimony", ids["testimony"], "witness", ids["witness"]),
        ]
    )
    report = verify_report(tmp_vault)
    assert report.problems == []  # a warning, not a failure of integrity
    assert report.dangling == found


def test_verify_names_them_on_the_command_line_and_still_succeeds(
    sandiq: Sandiq, tmp_vault: Vault
) -> None:
    ids = _every_link_to_deleted_records(tmp_vault)
    tmp_vault.lock()
    printed = report_of(sandiq.ok("verify").stdout)
    assert printed.startswith(
        "records referring to deleted records: 7 (open them in the Sandiq "
        "window and choose again, or restore what was deleted: Vault > Deleted records)\n"
    )
    assert printed.endswith("\nvault verified: OK\n")  # the verdict last, for scripts
    assert (
        f"  testimony {ids['testimony']} (Raid, case UZ-2021-0042) names person "
        f"{ids['witness']} (Раъно Юсупова) as its witness; that person was deleted here\n"
    ) in printed
    assert (
        f"  attachment {ids['photo']} (photo.jpg) belongs to event {ids['gone_event']} "
        "(torture); that event was deleted here\n"
    ) in printed
    listed = json.loads(sandiq.ok("verify", "--json").stdout)
    assert (listed["ok"], listed["problems"], len(listed["dangling"])) == (True, [], 7)
    assert {"kind": "attachment", "field": "owner"}.items() <= listed["dangling"][0].items()


def test_a_testimony_left_without_its_witness_by_an_exchange_is_still_named_later(
    tmp_path: Path,
) -> None:
    # The import named it once; nothing named it again after that.
    alice, bob = make_site(tmp_path, "Alice"), make_site(tmp_path, "Bob")
    introduce(alice, bob)
    case = alice.write("case", {"reference": "KZ-2026-001", "title": "Raid in Almaty"})
    witness = alice.write("person", {"name": "Рустам Шамсутдинов"})
    bob.import_(alice.export("Bob", since_last=True).path)
    testimony = bob.write(
        "testimony", {"case": str(case), "witness": str(witness), "summary": "Bob's"}
    )
    alice.delete("person", witness)
    assert [
        d.record_id for d in bob.import_(alice.export("Bob", since_last=True).path).dangling
    ] == [testimony]
    bob.write("person", {"name": "Someone else"})  # later work does not hide it
    report = verify_report(bob.vault)
    assert report.problems == []
    assert [(d.record_id, d.target_id) for d in report.dangling] == [(testimony, witness)]
