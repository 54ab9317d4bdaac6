"""`sandiq search Shamsutdinov -Andijan` with no match exited 0 and printed nothing at all: a
new user could not tell "no match" from "did not run". The note goes to stderr, so that a
script reading stdout sees the same empty output (or empty JSON list) as before."""

from __future__ import annotations

import json
from pathlib import Path

from tests.integration.conftest import Sandiq


def test_a_search_without_match_says_so_on_stderr_only(sandiq: Sandiq, locked_vault: Path) -> None:
    sandiq.ok("case", "add", "--reference", "UZ-2005-0013", "--title", "Andijan")
    sandiq.ok(
        "testimony", "add", "--case", "UZ-2005-0013", stdin="Shamsutdinov was seen in Andijan."
    )
    plain, as_json = sandiq.ok_all(
        ("search", "Shamsutdinov", "-Andijan"),
        ("search", "Shamsutdinov", "-Andijan", "--json"),
    )
    assert (plain.stdout, plain.stderr) == ("", "No matches.\n")
    assert json.loads(as_json.stdout) == []
    assert as_json.stderr == "No matches.\n"


def test_a_page_past_the_last_hit_says_there_are_no_more(
    sandiq: Sandiq, locked_vault: Path
) -> None:
    sandiq.ok("case", "add", "--reference", "UZ-2005-0013", "--title", "Andijan")
    past = sandiq.ok("search", "Andijan", "--offset", "1")
    assert (past.stdout, past.stderr) == ("", "No more matches.\n")


def test_a_search_with_hits_adds_no_note(sandiq: Sandiq, locked_vault: Path) -> None:
    sandiq.ok("case", "add", "--reference", "UZ-2005-0013", "--title", "Andijan")
    found = sandiq.ok("search", "Andijan")
    assert found.stdout.startswith("case\tUZ-2005-0013\t") and found.stderr == ""
