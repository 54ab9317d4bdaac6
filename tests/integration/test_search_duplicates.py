"""Duplicate persons: found across scripts and spellings, merged with nothing lost."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any
from uuid import UUID

import pytest
from sqlalchemy import select

from db import models
from db.models import CaseParty, Event, Person
from db.vault_bookkeeping import AuditEntry
from desktop_app.core.attachments import add_attachment, attachments_of
from desktop_app.core.duplicates import find_duplicate_persons
from desktop_app.core.errors import InvalidInput, RecordNotFound
from desktop_app.core.person_merge import merge_persons
from desktop_app.core.records import history
from desktop_app.core.search.service import search
from desktop_app.core.vault import Vault
from desktop_app.core.verify import verify_vault
from tests.integration.conftest import Sandiq


def add_persons(vault: Vault, *persons: dict[str, Any]) -> list[UUID]:
    with vault.transaction() as session:
        writer = vault.writer(session)
        return [writer.create("person", p).id for p in persons]


def test_same_person_in_two_scripts_and_spellings_is_listed(tmp_vault: Vault) -> None:
    yold_ru, yold_uz, askarov_en, askarov_ru = add_persons(
        tmp_vault,
        {"name": "Юлдашев Бахтиёр", "birth_date": "1975"},
        {"name": "Bakhtiyor Yoʻldoshev", "birth_date": "1975-03-02"},
        {"name": "Azimjan Askarov"},
        {"name": "Азимжан Аскаров", "sex": "male"},
    )
    with tmp_vault.read() as session:
        found = {frozenset((c.a, c.b)): c for c in find_duplicate_persons(session)}
    assert set(found) == {frozenset((yold_ru, yold_uz)), frozenset((askarov_en, askarov_ru))}
    yold = found[frozenset((yold_ru, yold_uz))]
    assert yold.score == 0.75
    names = {yold_ru: "'Юлдашев Бахтиёр'", yold_uz: "'Bakhtiyor Yoʻldoshev'"}
    assert tuple(reason.message for reason in yold.reasons) == (
        f"the same name in another spelling: {names[yold.a]} and {names[yold.b]}",
        "both born in 1975",
    )
    assert yold.names == (names[yold.a].strip("'"), names[yold.b].strip("'"))
    assert found[frozenset((askarov_en, askarov_ru))].score == 0.8
    assert list(found.values()) == sorted(found.values(), key=lambda c: -c.score)


def test_other_names_count_as_names(tmp_vault: Vault) -> None:
    a, b = add_persons(
        tmp_vault,
        {"name": "Dilnoza R.", "other_names": ["Дилноза Рахимова"]},
        {"name": "Rakhimova Dilnoza"},
    )
    with tmp_vault.read() as session:
        (candidate,) = find_duplicate_persons(session)
    assert {candidate.a, candidate.b} == {a, b}
    assert "'Дилноза Рахимова'" in candidate.reasons[0].message
    assert "'Rakhimova Dilnoza'" in candidate.reasons[0].message


@pytest.mark.parametrize(
    ("marked", "unmarked"),
    [
        ("Oʻtkirbek Gʻulomov", "Otkirbek Gulomov"),  # the tester's new person
        ("Ўткирбек Ғуломов", "Otkirbek Gulomov"),  # ў is the oʻ of Cyrillic script
        ("Qoʻchqorov Oʻtkir", "Qochqorov O‘tkir"),  # one mark left out, another typed as ‘
        ("Toʻxtayev Botir", "Toxtayev Botir"),
        ("Тўхтаев Ботир", "Toxtayev Botir"),
        ("Yo`ldosheva Dilnoza", "Yoldosheva Dilnoza"),  # ʻ typed as `
        ("Yo'ldosheva Dilnoza", "Yoldosheva Dilnoza"),  # ʻ typed as '
    ],
)
def test_names_that_differ_by_uzbek_oʻ_marks_are_listed(
    tmp_vault: Vault, marked: str, unmarked: str
) -> None:
    # Before, oʻ folded to u and a bare o stayed o, and o/u is no spelling variant: the person
    # made again with the mark left out was never listed.
    a, b = add_persons(tmp_vault, {"name": marked}, {"name": unmarked})
    with tmp_vault.read() as session:
        (candidate,) = find_duplicate_persons(session)
    assert {candidate.a, candidate.b} == {a, b}
    assert candidate.score >= 0.6
    assert candidate.reasons[0].message.startswith("the same name")


def test_a_name_written_twice_in_arabic_script_is_listed_as_written(tmp_vault: Vault) -> None:
    # Uyghur in Arabic script is neither folded nor read without marks: the same letters are
    # the same name, and an unmarked Uzbek Latin pair beside it is found as well.
    same = add_persons(tmp_vault, {"name": "ئۆتكۈر ئابدۇرېھىم"}, {"name": "ئۆتكۈر ئابدۇرېھىم"})
    latin = add_persons(tmp_vault, {"name": "Oʻtkir Abdurahimov"}, {"name": "Otkir Abdurahimov"})
    with tmp_vault.read() as session:
        found = {frozenset((c.a, c.b)): c.score for c in find_duplicate_persons(session)}
    assert found == {frozenset(same): 0.8, frozenset(latin): 0.6}


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ({"name": "Tukhvatullin Rinat"}, {"name": "Tukhbatullin Rinat"}),  # different names
        ({"name": "Askarov"}, {"name": "Askarova"}),  # a woman of the family
        ({"name": "Karimov R", "birth_date": "1960"}, {"name": "Каримов Р", "birth_date": "1985"}),
        ({"name": "Karimov Rustam", "sex": "male"}, {"name": "Каримов Рустам", "sex": "female"}),
        ({"name": "Azimjan Askarov"}, {"name": "Askarov"}),  # a surname alone says too little
        # No mark says an o is an unmarked oʻ: Osmanov and Usmanov, Nor and Nur are other names.
        ({"name": "Osmanov Rustam"}, {"name": "Usmanov Rustam"}),
        ({"name": "Norov Rustam"}, {"name": "Nurov Rustam"}),
        ({"name": "Oʻtkirbek Norov"}, {"name": "Otkirbek Nurov"}),  # a mark on another word
        ({"name": "ئۆتكۈر ئابدۇرېھىم"}, {"name": "ئۆتكۈر ئابدۇرەشىت"}),  # Uyghur, as written
    ],
)  # fmt: skip
def test_different_people_are_not_listed(
    tmp_vault: Vault, one: dict[str, str], other: dict[str, str]
) -> None:
    add_persons(tmp_vault, one, other)
    with tmp_vault.read() as session:
        assert find_duplicate_persons(session) == []


@pytest.fixture
def two_entries(tmp_vault: Vault) -> dict[str, UUID]:
    """One man entered twice, each entry with its own links (and one link they share)."""
    with tmp_vault.transaction() as session:
        w = tmp_vault.writer(session)
        ids = {
            "case1": w.create("case", {"reference": "KG-1", "title": "One"}).id,
            "case2": w.create("case", {"reference": "KG-2", "title": "Two"}).id,
            "keep": w.create("person", {"name": "Azimjan Askarov", "birth_date": "1951"}).id,
            "merge": w.create(
                "person",
                {"name": "Азимжан Аскаров", "other_names": ["Azimzhan Askarov", "Azimjan Askarov"],
                 "occupation": "journalist", "protected": True, "pseudonym": "Witness K",
                 "notes": "Interviewed in Osh."},
            ).id,
        }  # fmt: skip
        session.flush()
        c1, c2, keep, merge = (str(ids[k]) for k in ("case1", "case2", "keep", "merge"))
        ids["kept_party"] = w.create(
            "case_party", {"case": c2, "person": keep, "role": "victim"}
        ).id
        ids["party1"] = w.create("case_party", {"case": c1, "person": merge, "role": "witness"}).id
        ids["party2"] = w.create("case_party", {"case": c2, "person": merge, "role": "victim"}).id
        ids["testimony"] = w.create(
            "testimony", {"case": c1, "witness": merge, "narrative": "Told at night."}
        ).id
        ids["event"] = w.create(
            "event",
            {"case": c2, "act_type": "torture", "victims": [merge, keep], "perpetrators": [merge]},
        ).id
        session.flush()
        attachment = add_attachment(w, "person", UUID(merge), io.BytesIO(b"photo"), "face.jpg")
        ids["attachment"] = attachment.id
    return ids


def test_merge_moves_every_link_and_keeps_every_name(
    tmp_vault: Vault, two_entries: dict[str, UUID]
) -> None:
    ids = two_entries
    with tmp_vault.transaction() as session:
        summary = merge_persons(tmp_vault.writer(session), ids["keep"], ids["merge"])
    # Both were victims in case 2: the party with the smaller id stays (moved if it was the
    # merged one's), the other is removed, so that a merge the other way removes the same one.
    survivor, duplicate = sorted((ids["kept_party"], ids["party2"]), key=lambda uid: uid.int)
    moved_parties = 2 if survivor == ids["party2"] else 1
    assert (summary.case_parties, summary.testimonies, summary.events, summary.attachments) == (
        moved_parties,
        1,
        1,
        1,
    )
    assert summary.case_parties_removed == 1
    with tmp_vault.read() as session:
        keep = session.get(Person, ids["keep"])
        merged = session.get(Person, ids["merge"])
        assert keep is not None and merged is not None
        assert keep.other_names == ["Азимжан Аскаров", "Azimzhan Askarov"]
        assert (keep.birth_date, keep.occupation, keep.notes) == (
            "1951",
            "journalist",
            "Interviewed in Osh.",
        )
        assert keep.is_protected and keep.pseudonym == "Witness K"  # protection is never lost
        assert merged.is_deleted
        party1 = session.get(CaseParty, ids["party1"])
        assert party1 is not None and party1.person_id == ids["keep"]
        victims = session.scalars(
            select(CaseParty).where(
                CaseParty.case_id == ids["case2"], CaseParty.is_deleted.is_(False)
            )
        ).all()
        assert [(p.id, p.person_id, p.role) for p in victims] == [(survivor, ids["keep"], "victim")]
        assert session.get_one(CaseParty, duplicate).is_deleted
        testimony = session.get(models.Testimony, ids["testimony"])
        assert testimony is not None and testimony.witness_id == ids["keep"]
        event = session.get(Event, ids["event"])
        assert event is not None
        assert (event.victims, event.perpetrators) == ([str(ids["keep"])], [str(ids["keep"])])
        assert [a.id for a in attachments_of(session, ids["keep"])] == [ids["attachment"]]
        # Nothing lost: the merged entry's versions are all still there.
        assert [r.version for r in history(session, ids["merge"])] == [1, 2]
        assert history(session, ids["merge"])[0].data["name"] == "Азимжан Аскаров"
        entry = session.scalars(
            select(AuditEntry).where(AuditEntry.record_id == ids["keep"]).order_by(AuditEntry.seq)
        ).all()[-1]
        assert (entry.action, entry.version) == ("merge", 2)
        # Search finds the one person under every name either entry had.
        assert [h.record_id for h in search(session, "Азимжан") if h.kind == "person"] == [
            ids["keep"]
        ]
    assert verify_vault(tmp_vault) == []


@pytest.mark.parametrize("keep_the_smaller_party", [True, False])
def test_a_role_both_held_keeps_the_party_with_the_smaller_id_whichever_is_kept(
    tmp_vault: Vault, two_entries: dict[str, UUID], keep_the_smaller_party: bool
) -> None:
    # It kept the kept person's party: two colleagues merging the pair in opposite directions
    # deleted one party each, and with their next exchange the case lost the role in both.
    ids = two_entries
    parties = {ids["keep"]: ids["kept_party"], ids["merge"]: ids["party2"]}
    smaller, larger = sorted(parties, key=lambda person: parties[person].int)
    keep, merge = (smaller, larger) if keep_the_smaller_party else (larger, smaller)
    with tmp_vault.transaction() as session:
        summary = merge_persons(tmp_vault.writer(session), keep, merge)
    assert summary.case_parties_removed == 1
    # Moved: the party in case 1 if the merged one held it, and the survivor if it was not
    # the kept one's.
    assert summary.case_parties == (merge == ids["merge"]) + (not keep_the_smaller_party)
    with tmp_vault.read() as session:
        live = session.scalars(
            select(CaseParty).where(
                CaseParty.case_id == ids["case2"], CaseParty.is_deleted.is_(False)
            )
        ).all()
        assert [(p.id, p.person_id, p.role) for p in live] == [(parties[smaller], keep, "victim")]
        assert session.get_one(CaseParty, parties[larger]).is_deleted
    assert verify_vault(tmp_vault) == []


@pytest.mark.parametrize("which", ["itself", "unknown", "merged"])
def test_impossible_merge_is_refused_and_changes_nothing(
    tmp_vault: Vault, two_entries: dict[str, UUID], which: str
) -> None:
    ids = two_entries
    if which == "merged":
        with tmp_vault.transaction() as session:
            merge_persons(tmp_vault.writer(session), ids["keep"], ids["merge"])
    with tmp_vault.read() as session:
        before = session.scalar(select(AuditEntry.seq).order_by(AuditEntry.seq.desc()).limit(1))
    other = {"itself": ids["keep"], "unknown": UUID(int=7), "merged": ids["merge"]}[which]
    error = InvalidInput if which == "itself" else RecordNotFound
    with pytest.raises(error), tmp_vault.transaction() as session:
        merge_persons(tmp_vault.writer(session), ids["keep"], other)
    with tmp_vault.read() as session:
        after = session.scalar(select(AuditEntry.seq).order_by(AuditEntry.seq.desc()).limit(1))
    assert after == before


def test_cli_lists_duplicates_and_merges_them(sandiq: Sandiq, locked_vault: Path) -> None:
    keep = sandiq.ok("person", "add", "--name", "Shamsutdinov Rustam").stdout.strip()
    merge = sandiq.ok("person", "add", "--name", "Шамсутдинов Рустам").stdout.strip()
    (listed,) = json.loads(sandiq.ok("person", "duplicates", "--json").stdout)
    assert {listed["a"], listed["b"]} == {keep, merge}
    assert sorted(listed["names"]) == ["Shamsutdinov Rustam", "Шамсутдинов Рустам"]
    assert listed["score"] == 0.8
    first, second = listed["names"]
    assert listed["reasons"] == [f"the same name: {first!r} and {second!r}"]
    assert sandiq.ok("person", "duplicates").stdout.startswith("0.80\t")
    run = sandiq.ok("person", "merge", keep, merge)
    assert run.stdout.startswith(f"merged {merge} into {keep}")
    assert sandiq.ok("person", "duplicates").stdout == ""
    assert sandiq.fails("person", "merge", keep, keep).error_lines == [
        "sandiq: error: a person cannot be merged with itself"
    ]


def test_cli_tells_a_party_removed_from_one_moved(sandiq: Sandiq, locked_vault: Path) -> None:
    # It said "1 case parties ... moved" of a party it had deleted.
    sandiq.ok("case", "add", "--reference", "UZ-1", "--title", "Namangan")
    keep = sandiq.ok("person", "add", "--name", "Gʻulomov Oʻktam", "--case", "UZ-1:victim")
    merge = sandiq.ok("person", "add", "--name", "Ғуломов Ўктам", "--case", "UZ-1:victim")
    keep_id, merge_id = keep.stdout.strip(), merge.stdout.strip()
    run = sandiq.ok("person", "merge", keep_id, merge_id)
    assert run.stdout in (
        f"merged {merge_id} into {keep_id}: {moved} case parties, 0 testimonies, 0 events, "
        "0 attachments moved; 1 case parties removed (both held the same role in the same case)\n"
        for moved in (0, 1)  # 1 if the merged one's party had the smaller id
    )
