"""The sandiq record commands refuse in a name, a title or a place what the JSON import refuses
there (one_line_text): a vault must not hold a name its own export cannot bring back, nor one
that a U+202E shows reversed in every list."""

from __future__ import annotations

import json
from concurrent.futures import ThreadPoolExecutor

import pytest

from desktop_app.core.vault import Vault
from tests.integration.conftest import Run, Sandiq, snapshot


@pytest.fixture
def records(tmp_vault: Vault) -> dict[str, str]:
    """The ids of a case UZ-1 with a person, a testimony and an event, the vault locked."""
    with tmp_vault.transaction() as session:
        writer = tmp_vault.writer(session)
        case = writer.create("case", {"reference": "UZ-1", "title": "Detention"})
        person = writer.create("person", {"name": "Azimjan Askarov"})
        testimony = writer.create("testimony", {"case": str(case.id), "place": "Osh"})
        event = writer.create(
            "event", {"case": str(case.id), "act_type": "arbitrary_detention", "place": "Osh"}
        )
        ids = {"person": str(person.id), "testimony": str(testimony.id), "event": str(event.id)}
    tmp_vault.lock()
    return ids


def test_control_direction_and_invisible_characters_are_refused_naming_the_option(
    sandiq: Sandiq, records: dict[str, str]
) -> None:
    # Before: each was stored, and `sandiq export-json` wrote a file the import refused.
    person, testimony, event = records["person"], records["testimony"], records["event"]
    refusals: list[tuple[tuple[str, ...], str]] = [
        (
            ("case", "add", "--reference", "UZ-2", "--title", "A\x07B"),
            "--title holds the control character U+0007",
        ),
        (
            ("case", "add", "--reference", "UZ-2", "--title", "T", "--place", "Osh\u2066"),
            "--place holds the text direction control U+2066",
        ),
        (("case", "edit", "UZ-1", "--title", "\x1b[2J"), "--title holds the control character"),
        (
            ("person", "add", "--name", "Ali\u202eX"),
            "--name holds the text direction control U+202E",
        ),
        (
            ("person", "add", "--name", "Ali", "--other-name", "Aly", "--other-name", "\ufeffAli"),
            "--other-name holds the invisible character U+FEFF",
        ),
        (
            ("person", "add", "--name", "Ali", "--protected", "--pseudonym", "W\u200bA"),
            "--pseudonym holds the invisible character U+200B",
        ),
        (("person", "edit", person, "--name", "Ali\tKarim"), "--name holds the control character"),
        (
            ("person", "edit", person, "--other-name", "A" * 32_768),
            "--other-name is too long (32,768 characters; at most 2,000)",
        ),
        (
            ("testimony", "add", "--case", "UZ-1", "--place", "Osh\n"),
            "--place holds the control character U+000A",
        ),
        (("testimony", "edit", testimony, "--place", "\u202dOsh"), "--place holds the text"),
        (
            ("event", "add", "--case", "UZ-1", "--type", "torture", "--place", "O\x85sh"),
            "--place holds the control character U+0085",
        ),
        (("event", "edit", event, "--place", "O\u2060sh"), "--place holds the invisible"),
    ]
    before = snapshot(sandiq.vault_dir)

    def run(args: tuple[str, ...]) -> Run:
        return sandiq.fails(*args, stdin="")

    with ThreadPoolExecutor(max_workers=2) as pool:
        runs = list(pool.map(run, (args for args, _ in refusals)))
    for (args, message), result in zip(refusals, runs, strict=True):
        assert result.error_lines[0].startswith(f"sandiq: error: {message}"), (args, result)
        assert result.stdout == "", args
    assert snapshot(sandiq.vault_dir) == before


def test_a_name_the_vault_already_holds_does_not_stop_an_edit_of_another_field(
    sandiq: Sandiq, tmp_vault: Vault
) -> None:
    # A bundle or an older version may have stored it; `edit --notes` must still work, as the
    # JSON import lets a value the record already has through.
    with tmp_vault.transaction() as session:
        person = tmp_vault.writer(session).create("person", {"name": "Bob\u202eby"})
        person_id = str(person.id)
    tmp_vault.lock()
    sandiq.ok("person", "edit", person_id, "--notes", "met in Osh")
    shown = json.loads(sandiq.ok("person", "show", person_id, "--json").stdout)
    assert (shown["name"], shown["notes"]) == ("Bob\u202eby", "met in Osh")


def test_names_a_keyboard_types_are_stored_as_given(
    sandiq: Sandiq, records: dict[str, str]
) -> None:
    # Persian ZWNJ, a right-to-left mark, Uzbek oʻ: all allowed, as in the import.
    name = "\u0645\u06cc\u200c\u0631\u0632\u0627 \u200fAli Oʻgʻli"
    added = json.loads(sandiq.ok("person", "add", "--name", name, "--json").stdout)
    assert added["name"] == name
