"""`sandiq person duplicates` printed nothing at all when it listed no pair: not that there
was none, nor how many marked pairs it left out."""

from __future__ import annotations

from desktop_app.core.person_merge import merge_persons
from desktop_app.core.vault import Vault
from tests.integration.conftest import Sandiq
from tests.integration.test_duplicates_not_same import NAMESAKES, add_people, mark


def test_no_pair_at_all_is_said_on_stderr(tmp_vault: Vault, sandiq: Sandiq) -> None:
    add_people(tmp_vault, "Karimov Rustam", "Yuldasheva Dilnoza")
    tmp_vault.lock()
    for options in ((), ("--all", "--include-marked"), ("--json",)):
        run = sandiq.ok("person", "duplicates", *options)
        assert run.stderr == "No possible duplicates.\n"
    assert sandiq.ok("person", "duplicates").stdout == ""


def test_only_a_marked_pair_says_it_was_left_out(tmp_vault: Vault, sandiq: Sandiq) -> None:
    first, second = add_people(tmp_vault, *NAMESAKES)
    assert mark(tmp_vault, first, second)
    tmp_vault.lock()
    run = sandiq.ok("person", "duplicates")
    assert run.stdout == ""
    assert run.stderr == (
        "No possible duplicates listed.\n"
        "1 pair marked as not the same person not listed (--include-marked lists it)\n"
    )
    listed = sandiq.ok("person", "duplicates", "--include-marked")
    assert listed.stdout.endswith("; marked as not the same person\n") and listed.stderr == ""


def test_a_marked_pair_merged_since_is_no_pair_to_list(tmp_vault: Vault, sandiq: Sandiq) -> None:
    first, second = add_people(tmp_vault, *NAMESAKES)
    assert mark(tmp_vault, first, second)
    with tmp_vault.transaction() as session:
        merge_persons(tmp_vault.writer(session), first, second)
    tmp_vault.lock()
    run = sandiq.ok("person", "duplicates", "--include-marked", "--all")
    assert (run.stdout, run.stderr) == ("", "No possible duplicates.\n")
