"""person show/edit, testimony list/show/edit and event add/list/show/edit as a user runs them:
the real sandiq command in its own process, against a real vault."""

from __future__ import annotations

import json
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

from tests.integration.conftest import SAMPLE_CASE, Run, Sandiq, new_id, snapshot

BOOKKEEPING = ("version", "updated_at")


def _json(run: Run) -> Any:
    return json.loads(run.stdout)


def _unchanged_but(after: dict[str, Any], before: dict[str, Any], *fields: str) -> None:
    """Every field of before but the given ones (and the bookkeeping) is the same after."""
    kept = set(before) - set(fields) - set(BOOKKEEPING)
    assert {f: after[f] for f in kept} == {f: before[f] for f in kept}


def test_person_show_and_edit_keep_every_field_not_given(
    sandiq: Sandiq, locked_vault: Path
) -> None:
    person = sandiq.ok(
        "person", "add", "--name", "Gʻayrat Oʻrinboyev", "--other-name", "Гайрат Уринбоев",
        "--sex", "male", "--birth-date", "1968-03", "--nationality", "UZ",
        "--notes", "Farmer from Qoʻrgʻontepa.", "--protected", "--pseudonym", "Witness C",
    ).stdout.strip()  # fmt: skip
    text, before = sandiq.ok_all(("person", "show", person), ("person", "show", person, "--json"))
    # The vault owner sees a protected person's name as well as the pseudonym.
    assert "name: Gʻayrat Oʻrinboyev" in text.stdout.splitlines()
    assert "other_names: Гайрат Уринбоев" in text.stdout.splitlines()
    assert "pseudonym: Witness C" in text.stdout.splitlines()
    before = _json(before)
    assert (before["id"], before["protected"], before["version"]) == (person, True, 1)

    edited = sandiq.ok(
        "person", "edit", person, "--occupation", "деҳқон", "--other-name", "Gayrat Urinboev",
        "--other-name", "Ғайрат Ўринбоев", "--birth-date", "1968-03-02", "--json",
    )  # fmt: skip
    after = _json(edited)
    assert after["occupation"] == "деҳқон"
    assert after["other_names"] == ["Gayrat Urinboev", "Ғайрат Ўринбоев"]
    assert after["birth_date"] == "1968-03-02"
    _unchanged_but(after, before, "occupation", "other_names", "birth_date")

    assert sandiq.ok("person", "edit", person, "--not-protected").stdout == (
        f"Person {person} updated.\n"
    )
    assert sandiq.ok("person", "edit", person, "--not-protected").stdout == (
        f"Person {person} unchanged.\n"
    )
    sandiq.ok("person", "edit", person, "--other-name", "")
    shown = _json(sandiq.ok("person", "show", person, "--json"))
    assert (shown["protected"], shown["pseudonym"], shown["other_names"]) == (
        False,
        "Witness C",
        [],
    )
    assert shown["version"] == 4  # three edits that changed something, each one version
    nothing = sandiq.fails("person", "edit", person)
    assert nothing.error_lines == [
        "sandiq: error: nothing to change: give at least one option, e.g. --name"
    ]


def test_testimony_list_by_case_show_and_edit_keep_what_is_not_given(
    sandiq: Sandiq, archive: dict[str, Any]
) -> None:
    first = archive["testimonies"][0]["id"]
    witness = archive["persons"][1]  # protected, as "Witness A"
    sandiq.ok("case", "add", "--reference", "KG-2010-0007", "--title", "Ош, июнь 2010")
    second = sandiq.ok(
        "testimony", "add", "--case", "KG-2010-0007", "--date", "2010-06", stdin="Кечаси келишди."
    ).stdout.strip()
    listed, of_case, as_json, text, before = sandiq.ok_all(
        ("testimony", "list"),
        ("testimony", "list", "--case", "kg-2010-0007"),
        ("testimony", "list", "--json"),
        ("testimony", "show", first),
        ("testimony", "show", first, "--json"),
    )
    assert listed.stdout.splitlines() == [
        f"{second}\tKG-2010-0007\t2010-06\tdraft\t",
        f"{first}\t{SAMPLE_CASE}\t2005-07-02\tfinal\t{witness['name']}",
    ]
    assert of_case.stdout.splitlines() == [f"{second}\tKG-2010-0007\t2010-06\tdraft\t"]
    assert [t["id"] for t in _json(as_json)] == [second, first]
    lines = set(text.stdout.splitlines())
    assert f"witness: {witness['id']}" in lines
    assert {"time: 14:30", "consent.scope: reports", "translations.ru: Его забрали ночью."} <= lines
    before = _json(before)

    narrative = "Мени кечаси олиб кетишди.\nUch kun oʻtgach qoʻyib yuborishdi.\n"
    (sandiq.home / "narrative.txt").write_text(narrative, encoding="utf-8")
    after = _json(
        sandiq.ok(
            "testimony", "edit", first, "--text-file", str(sandiq.home / "narrative.txt"),
            "--summary", "Qoʻyib yuborildi.", "--consent", "partners", "--json",
        )
    )  # fmt: skip
    assert (after["narrative"], after["summary"]) == (narrative, "Qoʻyib yuborildi.")
    # Consent now covers partners only; "only anonymised" was not mentioned, so it stays.
    assert after["consent"] == {"given": True, "scope": ["partners"], "anonymise": True}
    _unchanged_but(after, before, "narrative", "summary", "consent")

    moved = sandiq.ok(
        "testimony", "edit", second, "--case", SAMPLE_CASE, "--witness", witness["id"]
    )
    assert moved.stdout == f"Testimony {second} updated.\n"
    withdrawn = sandiq.ok("testimony", "edit", first, "--no-consent", "--witness", "", "--json")
    assert _json(withdrawn)["consent"] == {"given": False, "scope": [], "anonymise": True}
    assert _json(withdrawn)["witness"] is None
    assert sandiq.ok("testimony", "list", "--case", "KG-2010-0007").stdout == ""
    second_shown, first_shown = sandiq.ok_all(
        ("testimony", "show", second, "--json"), ("testimony", "show", first)
    )
    second_now = _json(second_shown)
    assert (second_now["case"], second_now["witness"]) == (archive["cases"][0]["id"], witness["id"])
    assert second_now["narrative"] == "Кечаси келишди."
    # A narrative of several lines is shown below its name, indented.
    assert "narrative:\n  Мени кечаси олиб кетишди.\n  Uch kun oʻtgach" in first_shown.stdout


def test_event_keeps_a_partial_date_and_edit_keeps_what_is_not_given(
    sandiq: Sandiq, archive: dict[str, Any]
) -> None:
    victim, _, perpetrator = (p["id"] for p in archive["persons"])
    testimony = archive["testimonies"][0]["id"]
    sample_event = archive["events"][0]["id"]
    added = sandiq.ok(
        "event", "add", "--case", SAMPLE_CASE.lower(), "--type", "torture", "--date", "2005-05",
        "--place", "Андижон, Бобур майдони", "--description", "Soʻroq paytida kaltaklangan.",
        "--victim", victim, "--perpetrator", perpetrator, "--institution", "Andijon IIB",
        "--source", testimony, "--json",
    )  # fmt: skip
    event = _json(added)
    assert event["date"] == "2005-05"  # a month, kept as precise as it was given
    assert (event["victims"], event["perpetrators"]) == ([victim], [perpetrator])
    assert (event["institutions"], event["sources"]) == (["Andijon IIB"], [testimony])
    sandiq.ok("case", "add", "--reference", "KG-2010-0007", "--title", "Osh")
    other = sandiq.ok(
        "event", "add", "--case", "KG-2010-0007", "--type", "killing", "--date", "2010"
    ).stdout.strip()
    listed, of_case, text, shown = sandiq.ok_all(
        ("event", "list"),
        ("event", "list", "--case", "KG-2010-0007", "--json"),
        ("event", "show", event["id"]),
        ("event", "show", event["id"], "--json"),
    )
    assert listed.stdout.splitlines() == [
        f"{other}\tKG-2010-0007\t2010\tkilling\t",
        f"{event['id']}\t{SAMPLE_CASE}\t2005-05\ttorture\tАндижон, Бобур майдони",
        f"{sample_event}\t{SAMPLE_CASE}\t2005-05-13\tarbitrary_detention\tAndijan",
    ]
    assert [e["id"] for e in _json(of_case)] == [other]
    assert f"victims: {victim}" in text.stdout.splitlines()
    assert "institutions: Andijon IIB" in text.stdout.splitlines()
    before = _json(shown)
    assert before["version"] == 1

    after = _json(
        sandiq.ok(
            "event", "edit", event["id"], "--date", "2005-05-14", "--perpetrator", "",
            "--institution", "Andijon shahar IIB", "--institution", "SNB", "--json",
        )
    )  # fmt: skip
    assert (after["date"], after["perpetrators"]) == ("2005-05-14", [])
    assert after["institutions"] == ["Andijon shahar IIB", "SNB"]
    _unchanged_but(after, before, "date", "perpetrators", "institutions")
    moved = sandiq.ok(
        "event", "edit", other, "--case", SAMPLE_CASE, "--type", "enforced_disappearance"
    )
    assert moved.stdout == f"Event {other} updated.\n"
    assert _json(sandiq.ok("event", "list", "--case", "KG-2010-0007", "--json")) == []
    assert _json(sandiq.ok("event", "show", other, "--json"))["version"] == 2


def _deleted_person(sandiq: Sandiq) -> str:
    person = sandiq.ok("person", "add", "--name", "Шерзод Мирзаев").stdout.strip()
    sandiq.ok("delete", person)
    return person


def test_record_errors_are_one_line_and_change_nothing(
    sandiq: Sandiq, archive: dict[str, Any], vault_dir: Path
) -> None:
    person, witness = archive["persons"][0]["id"], archive["persons"][1]["id"]
    testimony, event = archive["testimonies"][0]["id"], archive["events"][0]["id"]
    gone = _deleted_person(sandiq)
    nobody = new_id()
    add_event = ("event", "add", "--case", SAMPLE_CASE, "--type")
    cases: dict[str, tuple[tuple[str, ...], str]] = {
        "person unknown": (("person", "show", nobody), f"no person with id {nobody}"),
        "person edit unknown": (("person", "edit", nobody, "--name", "A"), "no person with id"),
        "testimony unknown": (("testimony", "show", nobody), f"no testimony with id {nobody}"),
        "event unknown": (("event", "edit", nobody, "--place", "Osh"), "no event with id"),
        "an id of another kind": (("event", "show", person), f"no event with id {person}"),
        "not an id": (("testimony", "show", "UZ-1"), "'UZ-1' is not a testimony id"),
        "person deleted": (
            ("person", "show", gone),
            f"person {gone} is deleted; 'sandiq undelete {gone}' brings it back",
        ),
        "edit of a deleted person": (
            ("person", "edit", gone, "--name", "Sherzod Mirzayev"),
            f"person {gone} is deleted",
        ),
        "victim deleted": (("event", "edit", event, "--victim", gone), f"no person with id {gone}"),
        "witness not an id": (("testimony", "edit", testimony, "--witness", "W"), "not a person"),
        "source not an id": (("event", "edit", event, "--source", "T-1"), "'T-1' is not a test"),
        "bad birth date": (
            ("person", "edit", person, "--birth-date", "1979-02-30"),
            "birth_date: '1979-02-30': no such day",
        ),
        "bad event date": (
            (*add_event, "torture", "--date", "13.05.2005"),
            "date: '13.05.2005': not a date",
        ),
        "bad event date on edit": (("event", "edit", event, "--date", "2005-13"), "month out"),
        "bad testimony date": (("testimony", "edit", testimony, "--date", "2005-7"), "not a date"),
        "unknown act type": ((*add_event, "beating"), "unknown act type 'beating'"),
        "event of no case": (("event", "add", "--case", "NOPE", "--type", "torture"), "NOPE"),
        "list of no case": (("testimony", "list", "--case", "NOPE-1"), "no case with reference"),
        # In one transaction: the narrative given with an unknown case is not saved either.
        "moved to no case": (
            ("testimony", "edit", testimony, "--case", "NOPE", "--summary", "x"),
            "no case with reference NOPE",
        ),
        "testimony edit of nothing": (("testimony", "edit", testimony), "nothing to change"),
        "event edit of nothing": (("event", "edit", event), "nothing to change"),
        "usage: both protected and not": (
            ("person", "edit", witness, "--protected", "--not-protected"),
            "not allowed with argument",
        ),
    }
    before = snapshot(vault_dir)
    with ThreadPoolExecutor(max_workers=2) as pool:
        runs = dict(zip(cases, pool.map(lambda c: sandiq(*c[0]), cases.values()), strict=True))
    for name, run in runs.items():
        assert run.returncode != 0, name
        assert len(run.error_lines) == 1, (name, run.stderr)
        assert run.error_lines[0].startswith("sandiq: error: "), (name, run.stderr)
        assert cases[name][1] in run.error_lines[0], (name, run.stderr)
        assert run.stdout == "", (name, run.stdout)
    assert snapshot(vault_dir) == before
