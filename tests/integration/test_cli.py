"""Every sandiq command as a user runs it: its own process, the passphrase in the environment."""

from __future__ import annotations

import hashlib
import json
import os
import re
import subprocess
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any
from uuid import UUID

import pytest
from sqlalchemy import select

from db import models
from desktop_app.core import interchange, keys, recovery_shares
from desktop_app.core.attachments import iter_attachment_bytes
from desktop_app.core.vault import DATABASE_NAME, HEADER_NAME, Vault, unlock
from tests.conftest import PASSPHRASE
from tests.integration.conftest import Run, Sandiq, new_id, report_of, sample_document, snapshot
from tests.integration.held_from_before import held_from_before

NEW_PASSPHRASE = "a new passphrase for the border"


def _populate(vault: Vault) -> dict[str, Any]:
    document = sample_document()
    with vault.transaction() as session:
        interchange.import_document(vault.writer(session), document)
    return document


@pytest.fixture
def filled_vault(tmp_vault: Vault) -> tuple[Path, dict[str, Any]]:
    """A locked fast-KDF vault holding the sample document."""
    document = _populate(tmp_vault)
    tmp_vault.lock()
    return tmp_vault.path, document


def test_init_shows_recovery_key_once_and_both_keys_open_the_vault(sandiq: Sandiq) -> None:
    run = sandiq.ok("init", "--json", "--name", "Field team")
    created = json.loads(run.stdout)
    assert created["vault"] == str(sandiq.vault_dir)
    assert len(created["key_id"]) == 64
    assert re.fullmatch(r"\d{5}( \d{5}){7}", created["fingerprint"])  # what people read out
    recovery_key = created["recovery_key"]
    assert len(recovery_key.replace("-", "")) == 52
    header = (sandiq.vault_dir / HEADER_NAME).read_text()
    assert recovery_key not in header
    kdf = json.loads(header)["slots"][0]["kdf"]
    assert (kdf["memory_kib"], kdf["iterations"]) == (
        keys.DEFAULT_KDF.memory_kib,
        keys.DEFAULT_KDF.iterations,
    )
    # Lost passphrase: the recovery key sets a new one.
    key_file = sandiq.home / "recovery.txt"
    key_file.write_text(recovery_key.lower() + "\n")
    sandiq.ok(
        "passwd",
        "--recovery-key-file",
        str(key_file),
        env={"SANDIQ_NEW_PASSPHRASE": NEW_PASSPHRASE},
    )
    stats = sandiq.ok("stats", "--json", env={"SANDIQ_PASSPHRASE": NEW_PASSPHRASE})
    assert json.loads(stats.stdout)["case"] == 0


def test_colleagues_shares_set_a_new_passphrase_and_can_be_replaced_or_removed(
    sandiq: Sandiq, filled_vault: tuple[Path, dict[str, Any]]
) -> None:
    assert "no recovery shares" in sandiq.ok("shares").stdout
    made = json.loads(
        sandiq.ok("shares", "create", "--threshold", "2", "--count", "3", "--json").stdout
    )
    assert made["threshold"] == 2
    first, _, third = made["shares"]
    header = (filled_vault[0] / HEADER_NAME).read_text()
    assert json.loads(header)["slots"][-1]["kind"] == "shares"
    words = first.split()  # some share words ("salt", "kind") are also the header's keys
    assert not any(" ".join(words[i : i + 3]) in header for i in range(len(words) - 2))
    assert "can open this vault" in sandiq.ok("shares").stdout
    # Two colleagues read their shares out; they are typed into a file, one a line.
    shares_file = sandiq.home / "shares.txt"
    shares_file.write_text(f"{third.upper()}\n\n{first}\n")
    new = {"SANDIQ_NEW_PASSPHRASE": NEW_PASSPHRASE}
    sandiq.ok("passwd", "--shares-file", str(shares_file), env=new)
    opened = {"SANDIQ_PASSPHRASE": NEW_PASSPHRASE}
    assert json.loads(sandiq.ok("stats", "--json", env=opened).stdout)["case"] == 1
    # A new set retires the old one.
    text = sandiq.ok("shares", "create", "--threshold", "2", "--count", "2", env=opened).stdout
    assert text.endswith("These shares now open the vault.\nThe shares made before no longer do.\n")
    assert text.count("Share ") == 2
    run = sandiq.fails("passwd", "--shares-file", str(shares_file), env=new)
    assert "these shares do not open this vault" in run.stderr
    assert "Recovery shares removed." in sandiq.ok("shares", "remove", env=opened).stdout
    assert "no recovery shares" in sandiq.ok("shares", env=opened).stdout


def test_recovery_key_new_issues_a_key_once_and_retires_the_old_one(
    sandiq: Sandiq, recovery_vault: tuple[Vault, str]
) -> None:
    # For a vault whose init was killed before the key was shown, or a key that was lost.
    vault, first = recovery_vault
    vault.lock()
    before = snapshot(vault.path)
    assert "repeat with --new" in sandiq.fails("recovery-key").stderr
    assert snapshot(vault.path) == before
    text = sandiq.ok("recovery-key", "--new").stdout.splitlines()
    assert "shown only once" in text[0]
    second = text[1].strip()
    assert text[2] == "It replaces the old recovery key, which no longer opens the vault."
    made = json.loads(sandiq.ok("recovery-key", "--new", "--json").stdout)
    assert made["vault"] == str(vault.path)
    third = made["recovery_key"]
    assert len({first, second, third}) == 3
    assert len(second.replace("-", "")) == len(third.replace("-", "")) == 52
    header = (vault.path / HEADER_NAME).read_text()
    assert not any(key.replace("-", "") in header.replace("-", "") for key in (second, third))
    key_file = sandiq.home / "recovery.txt"
    new = {"SANDIQ_NEW_PASSPHRASE": NEW_PASSPHRASE}
    for retired in (first, second):
        key_file.write_text(retired)
        assert (
            "wrong recovery key"
            in sandiq.fails("passwd", "--recovery-key-file", str(key_file), env=new).stderr
        )
    key_file.write_text(third)
    sandiq.ok("passwd", "--recovery-key-file", str(key_file), env=new)
    stats = sandiq.ok("stats", "--json", env={"SANDIQ_PASSPHRASE": NEW_PASSPHRASE})
    assert json.loads(stats.stdout)["case"] == 0


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
def test_shares_that_cannot_be_printed_replace_nothing(
    sandiq: Sandiq, filled_vault: tuple[Path, dict[str, Any]]
) -> None:
    made = json.loads(
        sandiq.ok("shares", "create", "--threshold", "2", "--count", "2", "--json").stdout
    )
    header = (filled_vault[0] / HEADER_NAME).read_bytes()
    with open("/dev/full", "w") as full:  # the disk the output goes to is full
        run = sandiq.popen("shares", "create", "--threshold", "2", "--count", "3", stdout=full,
                           stderr=subprocess.PIPE, text=True)  # fmt: skip
        _, errors = run.communicate(timeout=60)
    assert run.returncode != 0 and "No space left on device" in errors
    assert (filled_vault[0] / HEADER_NAME).read_bytes() == header
    shares_file = sandiq.home / "shares.txt"
    shares_file.write_text("\n".join(made["shares"]))
    sandiq.ok(
        "passwd", "--shares-file", str(shares_file), env={"SANDIQ_NEW_PASSPHRASE": NEW_PASSPHRASE}
    )


def test_init_text_output_names_the_recovery_key(sandiq: Sandiq) -> None:
    run = sandiq.ok("init")
    assert "Recovery key" in run.stdout
    assert "shown only once" in run.stdout


def test_case_commands(sandiq: Sandiq, locked_vault: Path) -> None:
    added = sandiq.ok(
        "case", "add", "--reference", "KG-2010-0007", "--title", "Detention in Osh",
        "--country", "kg", "--start", "2010-06", "--type", "arbitrary_detention",
        "--type", "torture", "--tag", "osh-2010", "--sensitivity", "confidential",
    )  # fmt: skip
    case_id = UUID(added.stdout.strip())
    sandiq.ok("case", "add", "--reference", "KG-2010-0001", "--title", "Шамсутдинов")
    listed, as_json, shown, text = sandiq.ok_all(
        ("case", "list"),
        ("case", "list", "--json"),
        ("case", "show", "KG-2010-0007", "--json"),
        ("case", "show", "KG-2010-0007"),
    )
    assert listed.stdout.splitlines() == [
        "KG-2010-0001\topen\t\tШамсутдинов",
        "KG-2010-0007\topen\tKG\tDetention in Osh",
    ]
    assert [c["reference"] for c in json.loads(as_json.stdout)] == ["KG-2010-0001", "KG-2010-0007"]
    case = json.loads(shown.stdout)
    assert case["id"] == str(case_id)
    assert case["violation_types"] == ["arbitrary_detention", "torture"]
    assert (case["country"], case["start_date"], case["version"]) == ("KG", "2010-06", 1)
    assert "violation_types: arbitrary_detention, torture" in text.stdout


def test_person_commands(sandiq: Sandiq, filled_vault: tuple[Path, dict[str, Any]]) -> None:
    added = sandiq.ok(
        "person", "add", "--name", "Azimzhan Askarov", "--other-name", "Азимжан Аскаров",
        "--birth-date", "1951", "--protected", "--pseudonym", "Witness B",
        "--case", "UZ-2005-0013:witness",
    )  # fmt: skip
    person_id = added.stdout.strip()
    listed, as_json = sandiq.ok_all(("person", "list"), ("person", "list", "--json"))
    assert f"{person_id}\tAzimzhan Askarov (protected)" in listed.stdout.splitlines()
    people = {p["id"]: p for p in json.loads(as_json.stdout)}
    assert people[person_id]["other_names"] == ["Азимжан Аскаров"]
    assert people[person_id]["pseudonym"] == "Witness B"
    vault = unlock(filled_vault[0], PASSPHRASE)
    with vault.read() as session:
        exported = interchange.export_document(session)
    vault.lock()
    assert {"case": filled_vault[1]["cases"][0]["id"], "person": person_id, "role": "witness"} in [
        {k: p[k] for k in ("case", "person", "role")} for p in exported["case_parties"]
    ]


def test_testimony_add_from_file_and_from_stdin(
    sandiq: Sandiq, filled_vault: tuple[Path, dict[str, Any]]
) -> None:
    witness = filled_vault[1]["persons"][1]["id"]
    narrative = "Мени кечаси олиб кетишди.\nThey came at night.\n" * 50
    text_file = sandiq.home / "narrative.txt"
    text_file.write_text(narrative, encoding="utf-8")
    from_file = sandiq.ok(
        "testimony", "add", "--case", "UZ-2005-0013", "--witness", witness,
        "--text-file", str(text_file), "--date", "2005-07", "--language", "uz",
        "--consent", "reports", "--consent", "anonymised_only", "--status", "final",
    ).stdout.strip()  # fmt: skip
    from_stdin = sandiq.ok(
        "testimony", "add", "--case", "UZ-2005-0013", stdin="Typed into a pipe."
    ).stdout.strip()
    vault = unlock(filled_vault[0], PASSPHRASE)
    with vault.read() as session:
        first = session.get(models.Testimony, UUID(from_file))
        second = session.get(models.Testimony, UUID(from_stdin))
        assert first is not None and second is not None
        assert first.narrative == narrative
        assert str(first.witness_id) == witness
        assert first.consent_given and first.consent_scope == ["reports", "anonymised_only"]
        assert (first.date, first.status) == ("2005-07", "final")
        assert second.narrative == "Typed into a pipe."
        assert not second.consent_given
    vault.lock()


def test_attach_streams_the_file_and_prints_its_sha256(
    sandiq: Sandiq, filled_vault: tuple[Path, dict[str, Any]]
) -> None:
    testimony = filled_vault[1]["testimonies"][0]["id"]
    data = os.urandom(3 * 1024 * 1024 + 17)  # more than two chunks
    source = sandiq.home / "interview recording.ogg"
    source.write_bytes(data)
    run = sandiq.ok("attach", testimony, str(source), "--note", "second session")
    attachment_id, sha256, size = run.stdout.strip().split("\t")
    assert sha256 == hashlib.sha256(data).hexdigest()
    assert int(size) == len(data)
    as_json = json.loads(sandiq.ok("attach", testimony, str(source), "--again", "--json").stdout)
    assert as_json["file_name"] == "interview recording.ogg"
    assert as_json["owner"] == testimony
    assert as_json["owner_kind"] == "testimony"
    vault = unlock(filled_vault[0], PASSPHRASE)
    with vault.read() as session:
        stored = b"".join(iter_attachment_bytes(session, UUID(attachment_id)))
        attachment = session.get(models.Attachment, UUID(attachment_id))
        assert attachment is not None and attachment.note == "second session"
    vault.lock()
    assert stored == data


def test_attach_refuses_what_is_not_a_regular_file(
    sandiq: Sandiq, filled_vault: tuple[Path, dict[str, Any]]
) -> None:
    testimony = filled_vault[1]["testimonies"][0]["id"]
    pipe = sandiq.home / "pipe"
    os.mkfifo(pipe)
    for source in ("/dev/zero", str(pipe)):
        run = sandiq.fails("attach", testimony, source)
        assert run.error_lines == [f"sandiq: error: {source} is not a regular file"]


def test_search_json_names_kind_id_case_and_snippet(
    sandiq: Sandiq, filled_vault: tuple[Path, dict[str, Any]]
) -> None:
    found, by_name, nothing = sandiq.ok_all(
        ("search", "taken", "night", "--json"),
        ("search", "Askarov"),
        ("search", "nothing-like-this", "--json"),
    )
    hits = json.loads(found.stdout)
    assert len(hits) == 1
    (hit,) = hits
    assert hit["kind"] == "testimony"
    assert hit["id"] == filled_vault[1]["testimonies"][0]["id"]
    assert hit["case_reference"] == "UZ-2005-0013"
    assert "[taken]" in hit["snippet"]
    assert "[night]" in hit["snippet"]
    # A person's case column lists the cases the person is a party to.
    assert any(line.startswith("person\tUZ-2005-0013\t") for line in by_name.stdout.splitlines())
    assert json.loads(nothing.stdout) == []


def test_history_lists_versions_and_shows_one(
    sandiq: Sandiq, filled_vault: tuple[Path, dict[str, Any]]
) -> None:
    path, document = filled_vault
    testimony_id = document["testimonies"][0]["id"]
    vault = unlock(path, PASSPHRASE)
    for narrative in ("Second telling.", "Third telling."):
        with vault.transaction() as session:
            record = session.get(models.Testimony, UUID(testimony_id))
            assert record is not None
            content = interchange.to_content(record) | {"narrative": narrative}
            vault.writer(session).update(record, content)
    vault.lock()
    rows, as_json, first = sandiq.ok_all(
        ("history", testimony_id),
        ("history", testimony_id, "--json"),
        ("history", testimony_id, "--show", "1"),
    )
    assert [row.split("\t")[0] for row in rows.stdout.splitlines()] == ["1", "2", "3"]
    assert {row.split("\t")[2] for row in rows.stdout.splitlines()} == {"this vault"}
    versions = json.loads(as_json.stdout)
    assert [v["version"] for v in versions] == [1, 2, 3]
    assert {v["author"] for v in versions} == {vault.fingerprint}
    assert all(len(v["content_hash"]) == 64 for v in versions)
    assert json.loads(first.stdout)["narrative"] == "He was taken at night."


def test_export_import_round_trip_through_the_cli(
    sandiq: Sandiq, filled_vault: tuple[Path, dict[str, Any]], tmp_path: Path
) -> None:
    out = sandiq.home / "export.json"
    run = sandiq.ok("export-json", "--out", str(out))
    assert run.stderr.startswith("warning: the export is NOT encrypted")
    other = tmp_path / "other"
    from desktop_app.core.vault_creation import create_vault
    from tests.conftest import FAST_KDF

    create_vault(other, PASSPHRASE, kdf=FAST_KDF).vault.lock()
    imported = json.loads(sandiq.ok("import-json", str(out), "--json", vault=other).stdout)
    assert imported == {"inserted": 8, "updated": 0, "unchanged": 0}
    again = sandiq.ok("import-json", str(out), vault=other).stdout
    assert again.strip() == "inserted 0, updated 0, unchanged 8"
    exported = sandiq.ok("export-json", "--out", "-", "--plaintext-ok", vault=other)
    assert exported.stderr == ""
    assert exported.stdout.encode() == out.read_bytes()


def test_passwd_rewraps_only_the_header(
    sandiq: Sandiq, filled_vault: tuple[Path, dict[str, Any]]
) -> None:
    database = (filled_vault[0] / DATABASE_NAME).read_bytes()
    header = (filled_vault[0] / HEADER_NAME).read_bytes()
    new_file = sandiq.home / "new-passphrase"
    new_file.write_text(NEW_PASSPHRASE + "\n")
    run = sandiq.ok("passwd", "--new-passphrase-file", str(new_file))
    assert run.stdout.strip() == "Passphrase changed."
    assert (filled_vault[0] / DATABASE_NAME).read_bytes() == database
    assert (filled_vault[0] / HEADER_NAME).read_bytes() != header
    assert sorted(p.name for p in filled_vault[0].iterdir()) == [DATABASE_NAME, HEADER_NAME]
    assert sandiq.fails("stats").stderr.strip() == "sandiq: error: wrong passphrase"
    stats = json.loads(
        sandiq.ok("stats", "--json", env={"SANDIQ_PASSPHRASE": NEW_PASSPHRASE}).stdout
    )
    assert stats["testimony"] == 1


def test_verify_and_stats(sandiq: Sandiq, filled_vault: tuple[Path, dict[str, Any]]) -> None:
    verified, verified_json, stats_json, stats_text = sandiq.ok_all(
        ("verify",), ("verify", "--json"), ("stats", "--json"), ("stats",)
    )
    assert report_of(verified.stdout) == "vault verified: OK\n"
    assert json.loads(verified_json.stdout) == {
        "ok": True,
        "problems": [],
        "dangling": [],
        "missing": [],
        "advice": [],
        "salvage_notes": [],
    }
    stats = json.loads(stats_json.stdout)
    assert {k: stats[k] for k in ("case", "person", "case_party", "testimony", "event")} == {
        "case": 1,
        "person": 3,
        "case_party": 2,
        "testimony": 1,
        "event": 1,
    }
    assert stats["revisions"] == 8
    assert stats["audit_entries"] == 9  # creating the vault is the first entry
    assert "testimony: 1" in stats_text.stdout.splitlines()


def test_wipe_needs_yes_then_destroys(sandiq: Sandiq, locked_vault: Path) -> None:
    before = snapshot(locked_vault)
    assert "--yes" in sandiq.fails("wipe").stderr
    assert snapshot(locked_vault) == before
    assert sandiq.ok("wipe", "--yes").stdout.strip() == "Vault destroyed."
    assert not locked_vault.exists()  # nor the emptied folder, which would tell when
    assert "no vault at" in sandiq.fails("stats").stderr


def _error_cases(sandiq: Sandiq, document: dict[str, Any]) -> dict[str, tuple[dict, str]]:
    home = sandiq.home
    (home / "bad.json").write_text('{"format": "sandiq", "version": 1, "cases": [')
    wrong_act = sample_document()
    wrong_act["events"][0]["act_type"] = "beating"
    (home / "wrong-act.json").write_text(json.dumps(wrong_act))
    (home / "cp1251").write_bytes("Ташкент".encode("cp1251"))
    (home / "photo.jpg").write_bytes(b"\xff\xd8\xff")
    (home / "short").write_text("short\n")
    (home / "not-a-key").write_text(keys.new_recovery_key())
    (home / "shares").write_text("\n".join(recovery_shares.split(bytes(16), 2, 2)))
    testimony = document["testimonies"][0]["id"]
    no_pass: dict[str, str | None] = {"SANDIQ_PASSPHRASE": None}
    add_case = ("case", "add", "--title", "T", "--reference")
    add_testimony = ("testimony", "add", "--case", "UZ-2005-0013", "--witness")
    return {
        "wrong passphrase": (
            {"args": ("stats",), "env": {"SANDIQ_PASSPHRASE": "guess guess guess"}},
            "wrong passphrase",
        ),
        "no passphrase": ({"args": ("case", "list"), "env": no_pass}, "no passphrase: set"),
        "no new passphrase": (
            {"args": ("passwd",), "env": {"SANDIQ_NEW_PASSPHRASE": None}},
            "no passphrase: set SANDIQ_NEW_PASSPHRASE or use --new-passphrase-file",
        ),
        "passphrase file missing": (
            {"args": ("stats", "--passphrase-file", str(home / "none"))},
            "cannot read",
        ),
        "no vault there": ({"args": ("stats",), "vault": home / "empty"}, "no vault at"),
        "init over a vault": ({"args": ("init",)}, "a vault already exists"),
        "duplicate reference": ({"args": (*add_case, "UZ-2005-0013")}, "already exists"),
        "unknown case": ({"args": ("case", "show", "NOPE-1")}, "no case with reference NOPE-1"),
        "bad role": (
            {"args": ("person", "add", "--name", "A", "--case", "UZ-2005-0013:suspect")},
            "role: 'suspect'",
        ),
        "witness unknown": ({"args": (*add_testimony, new_id())}, "no person with id"),
        "consent scope unknown": (
            {"args": ("testimony", "add", "--case", "UZ-2005-0013", "--consent", "anonymised")},
            "consent.scope: unknown scope 'anonymised', not one of reports, partners, publish, "
            "anonymised_only",
        ),
        "narrative not utf-8": (
            {"args": ("testimony", "add", "--case", "UZ", "--text-file", str(home / "cp1251"))},
            "cannot read",
        ),
        "attach to nothing": ({"args": ("attach", new_id(), str(home / "photo.jpg"))}, "no record"),
        "import malformed": ({"args": ("import-json", str(home / "bad.json"))}, "not valid JSON"),
        "import unknown act": (
            {"args": ("import-json", str(home / "wrong-act.json"))},
            "unknown act type 'beating'",
        ),
        "export to missing folder": (
            {"args": ("export-json", "--out", str(home / "no" / "x.json"))},
            "No such file or directory",
        ),
        "history no such version": (
            {"args": ("history", testimony, "--show", "7")},
            "has no version 7",
        ),
        "passwd too short": (
            {"args": ("passwd", "--new-passphrase-file", str(home / "short"))},
            "at least 8 characters",
        ),
        "passwd wrong recovery key": (
            {"args": ("passwd", "--recovery-key-file", str(home / "not-a-key"))},
            "wrong recovery key",
        ),
        "passwd without shares made": (
            {"args": ("passwd", "--shares-file", str(home / "shares"))},
            "this vault has no recovery shares",
        ),
        "shares of one": (
            {"args": ("shares", "create", "--threshold", "1", "--count", "1")},
            "1 of 1 cannot be made",
        ),
        "endless passphrase file": (
            {"args": ("stats", "--passphrase-file", "/dev/zero")},
            "too large to hold a passphrase",
        ),
        "shares file is a folder": (
            {"args": ("passwd", "--shares-file", str(home))},
            "cannot read",
        ),
        "wipe without yes": ({"args": ("wipe",)}, "repeat with --yes"),
        "usage: missing option": ({"args": ("case", "add", "--title", "T")}, "--reference"),
    }


def test_every_error_is_one_line_and_leaves_the_vault_alone(
    sandiq: Sandiq, filled_vault: tuple[Path, dict[str, Any]]
) -> None:
    (sandiq.home / "empty").mkdir()
    cases = _error_cases(sandiq, filled_vault[1])
    before = snapshot(filled_vault[0])

    def run(case: dict) -> Run:
        return sandiq(*case["args"], env=case.get("env"), vault=case.get("vault"))

    with ThreadPoolExecutor(max_workers=2) as pool:
        runs = dict(zip(cases, pool.map(run, (c for c, _ in cases.values())), strict=True))
    for name, result in runs.items():
        message = cases[name][1]
        assert result.returncode != 0, name
        assert len(result.error_lines) == 1, (name, result.stderr)
        assert result.error_lines[0].startswith("sandiq: error: "), (name, result.stderr)
        assert message in result.stderr, (name, result.stderr)
        assert result.stdout == "", (name, result.stdout)
    assert snapshot(filled_vault[0]) == before
    assert not list((sandiq.home / "empty").iterdir())
    assert not (sandiq.home / "no").exists()


def test_unforeseen_damage_is_one_line_without_traceback(
    sandiq: Sandiq, locked_vault: Path
) -> None:
    (locked_vault / DATABASE_NAME).unlink()
    (locked_vault / DATABASE_NAME).mkdir()  # a folder where the database file should be
    run = sandiq.fails("stats")
    assert "Traceback" not in run.stderr


def test_testimony_add_help_names_the_consent_scopes(sandiq: Sandiq) -> None:
    shown = " ".join(sandiq.ok("testimony", "add", "--help").stdout.split())
    assert "consent given for SCOPE: one of reports, partners, publish, anonymised_only" in shown


def test_case_added_in_cli_is_stored_once(sandiq: Sandiq, locked_vault: Path) -> None:
    sandiq.ok("case", "add", "--reference", "R-1", "--title", "One")
    sandiq.fails("case", "add", "--reference", "R-1", "--title", "Two")
    vault = unlock(locked_vault, PASSPHRASE)
    with vault.read() as session:
        assert list(session.scalars(select(models.Case.title))) == ["One"]
        assert list(session.scalars(select(models.Person))) == []
    vault.lock()


def test_add_commands_print_the_new_record_as_json_with_json(
    sandiq: Sandiq, filled_vault: tuple[Path, dict[str, Any]]
) -> None:
    added = sandiq.ok("person", "add", "--name", "Дилноза Шамсутдинова", "--json")
    person = json.loads(added.stdout)
    assert person["name"] == "Дилноза Шамсутдинова"
    listed = json.loads(sandiq.ok("person", "list", "--json").stdout)
    assert person["id"] in {p["id"] for p in listed}
    added = sandiq.ok("case", "add", "--reference", "KG-9", "--title", "T", "--json")
    case = json.loads(added.stdout)
    assert case["reference"] == "KG-9"
    testimony = json.loads(
        sandiq.ok(
            "testimony", "add", "--case", "KG-9", "--witness", person["id"], "--json",
            stdin="Его забрали ночью.",
        ).stdout
    )  # fmt: skip
    assert (testimony["case"], testimony["narrative"]) == (case["id"], "Его забрали ночью.")


def test_exports_never_overwrite_a_file_unasked_nor_a_vaults_own_files(
    sandiq: Sandiq, filled_vault: tuple[Path, dict[str, Any]]
) -> None:
    precious = sandiq.home / "notes.txt"
    precious.write_text("precious")
    run = sandiq.fails("export-json", "--out", str(precious), "--plaintext-ok")
    assert "already exists" in run.error_lines[0] and "--force" in run.error_lines[0]
    assert precious.read_text() == "precious"
    header = sandiq.vault_dir / "vault.header"
    before = header.read_bytes()
    for command in (
        ("export-json", "--out", str(header), "--plaintext-ok", "--force"),
        ("export-json", "--out", str(sandiq.vault_dir / "copy.json"), "--plaintext-ok"),
        ("report", "UZ-2005-0013", "--out", str(sandiq.vault_dir / "vault.db"), "--force"),
    ):
        run = sandiq.fails(*command)
        assert "is a vault's folder" in run.error_lines[0], command
    assert header.read_bytes() == before
    assert not (sandiq.vault_dir / "copy.json").exists()
    sandiq.ok("verify")


def test_control_characters_in_records_never_reach_the_terminal(
    sandiq: Sandiq, tmp_vault: Vault
) -> None:
    hostile = "\x1b]0;pwned\x07\x1b[2J\x1b[31mRED\r\nfake line \u202eevil\x9b"
    with tmp_vault.transaction() as session:
        # Held from before one-line fields refused control characters (a vault may hold them).
        case = tmp_vault.writer(session).create("case", {"reference": "ESC-1", "title": "Esc"})
        held_from_before(case, title=hostile)
    tmp_vault.lock()
    for command in (
        ("case", "list"),
        ("case", "show", "ESC-1"),
        ("case", "show", "ESC-1", "--json"),
    ):
        out = sandiq.ok(*command).stdout
        assert not any(c in out for c in "\x1b\x07\r\x9b\u202e"), command
    listed = sandiq.ok("case", "list").stdout
    assert "\\x1b]0;pwned\\x07" in listed and "\\u202eevil" in listed


def test_a_vault_busy_in_another_process_is_named_as_such(sandiq: Sandiq, tmp_vault: Vault) -> None:
    with tmp_vault.transaction() as session:  # holds the write lock, as a long import would
        tmp_vault.writer(session).create("case", {"reference": "B-1", "title": "Busy"})
        session.flush()
        run = sandiq.fails("case", "add", "--reference", "B-2", "--title", "Waiting")
    assert run.error_lines == [
        "sandiq: error: the vault is in use by another Sandiq window or command; try again "
        "when it has finished (nothing was changed)"
    ]
    assert run.stdout == ""


def test_case_edit_changes_only_the_fields_given_and_keeps_references_unique(
    sandiq: Sandiq, filled_vault: tuple[Path, dict[str, Any]]
) -> None:
    before = json.loads(sandiq.ok("case", "show", "UZ-2005-0013", "--json").stdout)
    run = sandiq.ok("case", "edit", "uz-2005-0013", "--title", "Андижан, май 2005", "--json")
    after = json.loads(run.stdout)
    assert after["title"] == "Андижан, май 2005"
    assert {k: v for k, v in after.items() if k != "title"} == {
        k: v for k, v in before.items() if k not in ("title", "version", "updated_at")
    }
    sandiq.ok("case", "add", "--reference", "KG-2010-0007", "--title", "Osh")
    for taken in ("KG-2010-0007", " KG-2010-0007 "):  # as typed, and as it would be stored
        clash = sandiq.fails("case", "edit", "UZ-2005-0013", "--reference", taken)
        assert clash.error_lines == [
            "sandiq: error: a case with reference KG-2010-0007 already exists"
        ]
    renamed = sandiq.ok("case", "edit", "UZ-2005-0013", "--reference", "UZ-2005-0014").stdout
    assert renamed.strip() == "Case UZ-2005-0014 updated."
    sandiq.fails("case", "show", "UZ-2005-0013")
    nothing = sandiq.fails("case", "edit", "UZ-2005-0014")
    assert "nothing to change" in nothing.error_lines[0]


def test_version_and_a_missing_action_read_as_a_user_would_expect(sandiq: Sandiq) -> None:
    assert sandiq.ok("--version").stdout.startswith("sandiq ")
    missing = sandiq("case")
    assert missing.returncode == 2
    assert "ACTION" in missing.stderr and "case_command" not in missing.stderr


@pytest.mark.parametrize(
    "argv",
    [
        ("identity", "--vault", "A", "export", "--out", "x"),
        ("identity", "export", "--out", "x", "--vault", "A"),
        ("conflicts", "--vault", "A", "resolve", "1", "--keep", "mine"),
    ],
)
def test_options_given_before_an_action_are_kept(argv: tuple[str, ...]) -> None:
    from desktop_app.cli import build_parser

    # The action's own defaults overwrote them: `identity --vault A export` used the default.
    assert build_parser().parse_args(list(argv)).vault == "A"


def test_a_reader_that_goes_away_ends_the_output_quietly(sandiq: Sandiq, tmp_vault: Vault) -> None:
    with tmp_vault.transaction() as session:
        writer = tmp_vault.writer(session)
        for number in range(400):  # a list longer than a pipe holds
            writer.create("case", {"reference": f"R-{number}", "title": "Андижан " * 30})
    tmp_vault.lock()
    run = sandiq.popen("case", "list", stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    run.stdout.read(100)  # `sandiq case list | head -c 100`
    run.stdout.close()
    _, errors = run.communicate(timeout=60)
    assert errors == b""
    assert run.returncode in (0, 141)


def test_person_list_sorts_names_as_the_gui_does(
    sandiq: Sandiq, filled_vault: tuple[Path, dict[str, Any]]
) -> None:
    # By code point, Ájiniyaz came after every Latin name and Ёлкин before Аброр.
    names = [
        "Ёлкин Ёқуб",
        "Ozodov Olim",
        "Аброр Ахмедов",
        "Oʻrinboyeva Dilnoza",
        "Ájiniyaz Qosshıbaev",
    ]
    for name in names:
        sandiq.ok("person", "add", "--name", name)
    lines = sandiq.ok("person", "list").stdout.splitlines()
    listed = [line.split("\t")[1] for line in lines if line.split("\t")[1] in names]
    assert listed == [
        "Ájiniyaz Qosshıbaev",
        "Ozodov Olim",
        "Oʻrinboyeva Dilnoza",
        "Аброр Ахмедов",
        "Ёлкин Ёқуб",
    ]
