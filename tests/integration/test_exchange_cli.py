"""The exchange commands as a user runs them: identity, contact, bundle and conflicts."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from desktop_app.core.vault import unlock
from tests.conftest import PASSPHRASE
from tests.integration.conftest import Run, Sandiq
from tests.integration.exchange_support import Site, make_site, sample_case


@dataclass
class Desk:
    """One colleague at the command line: a locked vault and a sandiq that uses it."""

    name: str
    vault_dir: Path
    sandiq: Sandiq

    def ok(self, *args: str) -> Run:
        return self.sandiq.ok(*args, vault=self.vault_dir)

    def fails(self, *args: str) -> Run:
        return self.sandiq.fails(*args, vault=self.vault_dir)

    def site(self) -> Site:
        """The vault unlocked in this process (lock it again before the next command)."""
        return Site(self.name, unlock(self.vault_dir, PASSPHRASE), self.vault_dir.parent)


@pytest.fixture
def desks(tmp_path: Path, sandiq: Sandiq) -> Iterator[tuple[Desk, Desk]]:
    """Alice (with a case) and Bob, strangers to each other, with their contact files."""
    alice_site, bob_site = make_site(tmp_path, "Alice"), make_site(tmp_path, "Bob")
    sample_case(alice_site)
    desks = []
    for site in (alice_site, bob_site):
        site.vault.lock()
        desks.append(Desk(site.name, site.vault.path, sandiq))
    alice, bob = desks
    alice.ok("identity", "export", "--out", str(tmp_path / "alice.contact"))
    bob.ok("identity", "export", "--out", str(tmp_path / "bob.contact"))
    yield alice, bob


def introduce(alice: Desk, bob: Desk, root: Path) -> None:
    alice.ok("contact", "add", str(root / "bob.contact"), "--yes")
    bob.ok("contact", "add", str(root / "alice.contact"), "--yes")


def test_identity_shows_the_fingerprint_to_read_aloud(desks: tuple[Desk, Desk]) -> None:
    alice, _ = desks
    run = alice.ok("identity")
    assert "Name:        Alice" in run.stdout
    fingerprint = run.stdout.split("Fingerprint: ")[1].splitlines()[0]
    assert len(fingerprint.split()) == 8 and all(len(g) == 5 for g in fingerprint.split())
    shown = json.loads(alice.ok("identity", "--json").stdout)
    assert shown["fingerprint"] == fingerprint and len(shown["key_id"]) == 64


def test_contact_add_shows_fingerprint_and_needs_confirmation(
    desks: tuple[Desk, Desk], tmp_path: Path
) -> None:
    alice, bob = desks
    bob_fingerprint = json.loads(bob.ok("identity", "--json").stdout)["fingerprint"]
    refused = alice.fails("contact", "add", str(tmp_path / "bob.contact"))
    assert refused.returncode == 1
    assert f"Fingerprint: {bob_fingerprint}" in refused.stdout
    assert "repeat with --yes" in refused.stderr
    assert alice.ok("contact", "list").stdout == ""
    added = alice.ok("contact", "add", str(tmp_path / "bob.contact"), "--yes")
    assert "Added contact Bob." in added.stdout
    listed = alice.ok("contact", "list").stdout
    assert listed.startswith(f"Bob\t{bob_fingerprint}\tunverified")
    alice.ok("contact", "verify", "Bob")
    assert "\tverified\t" in alice.ok("contact", "list").stdout
    again = alice.ok("contact", "add", str(tmp_path / "bob.contact"), "--yes")
    assert again.stdout == "Already a contact as Bob; nothing changed.\n"  # not "Added"
    as_json = json.loads(alice.ok("contact", "add", str(tmp_path / "bob.contact"), "--yes",
                                  "--json").stdout)  # fmt: skip
    assert (as_json["display_name"], as_json["fingerprint"]) == ("Bob", bob_fingerprint)
    assert as_json["updated"] is True and as_json["is_verified"] is True
    own = alice.fails("contact", "add", str(tmp_path / "alice.contact"), "--yes")
    assert "this vault's own identity" in own.stderr
    junk = tmp_path / "junk.contact"
    junk.write_bytes(b"\x00" * 10_000)
    assert "not a Sandiq contact file" in alice.fails("contact", "add", str(junk), "--yes").stderr


def test_bundle_round_trip_on_the_command_line(
    desks: tuple[Desk, Desk], tmp_path: Path, sandiq: Sandiq
) -> None:
    alice, bob = desks
    introduce(alice, bob, tmp_path)
    out = tmp_path / "to-bob.sandiq"
    run = alice.ok("bundle", "export", "--to", "Bob", "--case", "KG-2010-0007", "--out", str(out))
    assert f"Bundle 1 written to {out} for Bob: 8 records (0 deleted), 2 attachments" in run.stdout
    preview = bob.ok("bundle", "import", str(out), "--dry-run")
    assert "would insert\tcase\t" in preview.stdout
    assert "Dry run, nothing changed. It would be: inserted 8, updated 0" in preview.stdout
    assert bob.ok("case", "list").stdout == ""
    imported = bob.ok("bundle", "import", str(out))
    assert "Bundle 1 from Alice" in imported.stdout
    assert (
        "inserted 8, updated 0, deleted 0, unchanged 0, older (kept ours) 0, new conflicts 0\n"
        in imported.stdout
    )
    assert "KG-2010-0007" in bob.ok("case", "list").stdout
    again = bob.ok("bundle", "import", str(out))
    assert "already imported" in again.stdout
    nothing = alice.ok("bundle", "export", "--to", "Bob", "--since-last", "--out", str(out) + "2")
    assert "Bundle 2 written" in nothing.stdout  # the first since-last carries everything
    nothing = sandiq(
        "bundle", "export", "--to", "Bob", "--since-last", "--out", "x", vault=alice.vault_dir
    )
    assert (nothing.returncode, nothing.stdout) == (
        3,  # nothing to send: a script's `export && send` stops
        "Nothing changed since the last bundle to Bob; no file written.\n",
    )
    # Staging lived in the sealed cache folder, encrypted, and is gone; nothing else was written.
    staging = sandiq.home / "xdg-cache" / "sandiq" / "staging"
    assert staging.is_dir() and list(staging.iterdir()) == []
    assert list((sandiq.home / "tmp").iterdir()) == []


def test_conflicts_are_listed_shown_and_resolved(desks: tuple[Desk, Desk], tmp_path: Path) -> None:
    alice, bob = desks
    introduce(alice, bob, tmp_path)
    first = tmp_path / "1.sandiq"
    alice.ok("bundle", "export", "--to", "Bob", "--since-last", "--out", str(first))
    bob.ok("bundle", "import", str(first))
    assert bob.ok("conflicts").stdout == "No open conflicts.\n"
    for desk, title in ((alice, "Alice's title"), (bob, "Bob's title")):
        site = desk.site()
        with site.vault.read() as session:
            from db.models import Case

            case_id = session.query(Case.id).scalar()
        site.edit("case", case_id, title=title)
        site.vault.lock()
    to_bob, to_alice = tmp_path / "2.sandiq", tmp_path / "3.sandiq"
    alice.ok("bundle", "export", "--to", "Bob", "--since-last", "--out", str(to_bob))
    bob.ok("bundle", "export", "--to", "Alice", "--since-last", "--out", str(to_alice))
    imported = bob.ok("bundle", "import", str(to_bob))
    assert "new conflicts 1" in imported.stdout and "sandiq conflicts" in imported.stdout
    listed = bob.ok("conflicts").stdout
    # Named as Bob's vault has it, as he knows it from his other lists.
    assert listed.startswith("1\tcase\tKG-2010-0007 Bob's title\tfrom Alice\t")
    shown = bob.ok("conflicts", "show", "1").stdout
    assert "title:\n  mine:   Bob's title\n  theirs: Alice's title" in shown
    assert "kept theirs" in bob.ok("conflicts", "resolve", "1", "--keep", "theirs").stdout
    assert bob.ok("conflicts").stdout == "No open conflicts.\n"
    assert "\ttheirs" in bob.ok("conflicts", "--all").stdout
    assert "already resolved" in bob.fails("conflicts", "resolve", "1", "--keep", "mine").stderr
    assert "no conflict 9" in bob.fails("conflicts", "resolve", "9", "--keep", "mine").stderr


def test_errors_are_one_line(desks: tuple[Desk, Desk], tmp_path: Path) -> None:
    alice, bob = desks
    introduce(alice, bob, tmp_path)
    garbage = tmp_path / "garbage.sandiq"
    garbage.write_bytes(b"not a bundle" * 1000)
    assert "not a Sandiq bundle" in bob.fails("bundle", "import", str(garbage)).stderr
    assert (
        "no contact named 'Nobody'"
        in alice.fails(
            "bundle", "export", "--to", "Nobody", "--since-last", "--out", str(tmp_path / "x")
        ).stderr
    )
    usage = alice.sandiq("bundle", "export", "--to", "Bob", "--out", "x", vault=alice.vault_dir)
    assert usage.returncode == 2 and len(usage.error_lines) == 1
    out = tmp_path / "b.sandiq"
    alice.ok("bundle", "export", "--to", "Bob", "--since-last", "--out", str(out))
    exists = alice.fails(
        "bundle", "export", "--to", "Bob", "--case", "KG-2010-0007", "--out", str(out)
    )
    assert "already exists" in exists.stderr
    assert "Removed contact Alice" in bob.ok("contact", "remove", "Alice").stdout
    refused = bob.fails("bundle", "import", str(out))
    assert "removed from your contacts" in refused.stderr
    assert "Alice\t" in bob.ok("contact", "list", "--all").stdout
    missing = bob.fails("bundle", "import", str(tmp_path / "nowhere.sandiq"))
    assert "Could not read the bundle file" in missing.stderr


def test_this_vaults_own_bundle_is_named_so(desks: tuple[Desk, Desk], tmp_path: Path) -> None:
    alice, bob = desks
    introduce(alice, bob, tmp_path)
    out = tmp_path / "to-bob.sandiq"
    alice.ok("bundle", "export", "--to", "Bob", "--case", "KG-2010-0007", "--out", str(out))
    own = "This bundle was made by this vault for Bob; there is nothing to import."
    for dry_run in (("--dry-run",), ()):
        refused = alice.fails("bundle", "import", str(out), *dry_run)
        assert refused.error_lines == [f"sandiq: error: {own}"]
    assert "inserted 8" in bob.ok("bundle", "import", str(out)).stdout


def test_an_import_that_skips_a_bundle_says_which(desks: tuple[Desk, Desk], tmp_path: Path) -> None:
    alice, bob = desks
    introduce(alice, bob, tmp_path)
    bundles = []
    for number in (1, 2, 3):
        site = alice.site()
        site.write("person", {"name": f"Witness {number}"})
        site.vault.lock()
        bundles.append(str(tmp_path / f"to-bob-{number}.sandiq"))
        alice.ok("bundle", "export", "--to", "Bob", "--since-last", "--out", bundles[-1])
    assert "Not imported here" not in bob.ok("bundle", "import", bundles[0]).stdout
    preview = json.loads(bob.ok("bundle", "import", bundles[2], "--dry-run", "--json").stdout)
    assert preview["missed"] == {"certain": [[2, 2]], "more": 0, "among": []}
    run = bob.ok("bundle", "import", bundles[2])
    assert run.stdout.startswith("Bundle 3 from Alice")
    # Bundle 2 says nothing of itself; bundle 3 signs that it was Bob's second.
    assert (
        "\nNot imported here from Alice: bundle(s) 2, sent to this vault.\ninserted 1, updated 0"
        in run.stdout
    )
