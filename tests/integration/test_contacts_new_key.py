"""A colleague's new key under the same name: the old key's bundles are refused with its
fingerprint and removal date (the dry run says the same), no two active contacts share a name,
and a history tells the old key's changes from the new one's."""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import pytest

from desktop_app.core.dates import utc_now
from desktop_app.core.errors import BundleRejected
from desktop_app.core.exchange.contacts import (
    OLD_KEY_ON,
    REMOVED_SENDER_ON,
    ContactNameTaken,
    add_contact,
    identity_info,
    list_contacts,
    my_contact_file,
    remove_contact,
)
from desktop_app.core.vault import unlock
from tests.conftest import PASSPHRASE
from tests.integration.conftest import Sandiq
from tests.integration.exchange_support import Site, introduce, make_site

DILNOZA = "Dilnoza (Samarqand)"


def _contact_file(site: Site) -> bytes:
    with site.vault.read() as session:
        return my_contact_file(session)


def _fingerprint(site: Site) -> str:
    with site.vault.read() as session:
        return identity_info(session).fingerprint


def _new_laptop(tmp_path: Path) -> Site:
    """Dilnoza's second vault: the same name, another key."""
    return make_site(tmp_path / "new-laptop", DILNOZA)


def test_a_bundle_from_a_replaced_key_names_it_and_does_not_invite_adding_it_again(
    tmp_path: Path,
) -> None:
    old, here = make_site(tmp_path, DILNOZA), make_site(tmp_path, "Bakhtiyor")
    introduce(old, here)
    old.write("case", {"reference": "UZ-2022-0003", "title": "Raid in Karakalpakstan"})
    from_old_key = old.export("Bakhtiyor", since_last=True).path
    new = _new_laptop(tmp_path)
    remove_contact(here.vault, DILNOZA)
    add_contact(here.vault, _contact_file(new))
    before = here.snapshot()

    with pytest.raises(BundleRejected) as refused:
        here.import_(from_old_key)

    expected = OLD_KEY_ON.format(DILNOZA, utc_now()[:10], _fingerprint(old), DILNOZA)
    assert str(refused.value) == expected
    assert "add the contact again" not in expected
    assert here.snapshot() == before
    with pytest.raises(BundleRejected) as previewed:
        here.import_(from_old_key, dry_run=True)
    assert str(previewed.value) == expected


def test_a_bundle_from_a_removed_contact_says_who_and_when_in_the_dry_run_too(
    tmp_path: Path,
) -> None:
    old, here = make_site(tmp_path, DILNOZA), make_site(tmp_path, "Bakhtiyor")
    introduce(old, here)
    old.write("case", {"reference": "UZ-2022-0003", "title": "Raid in Karakalpakstan"})
    bundle = old.export("Bakhtiyor", since_last=True).path
    remove_contact(here.vault, DILNOZA)

    with pytest.raises(BundleRejected) as refused:
        here.import_(bundle)

    expected = REMOVED_SENDER_ON.format(DILNOZA, utc_now()[:10], _fingerprint(old))
    assert str(refused.value) == expected
    with pytest.raises(BundleRejected) as previewed:
        here.import_(bundle, dry_run=True)
    assert str(previewed.value) == expected


@pytest.mark.parametrize(
    ("name", "spelling"),
    [
        (DILNOZA, DILNOZA),
        (DILNOZA, "DILNOZA (SAMARQAND)"),
        ("Zoë Ruiz", unicodedata.normalize("NFD", "zoë ruiz")),
    ],
)
def test_a_second_active_contact_with_the_same_name_is_refused(
    tmp_path: Path, name: str, spelling: str
) -> None:
    old, here = make_site(tmp_path, name), make_site(tmp_path, "Bakhtiyor")
    introduce(old, here)
    new = make_site(tmp_path / "new-laptop", spelling)  # case and Unicode form aside, the same

    with pytest.raises(ContactNameTaken, match="--name"):
        add_contact(here.vault, _contact_file(new))

    added = add_contact(here.vault, _contact_file(new), display_name="Dilnoza (new laptop)")
    with here.vault.read() as session:
        names = sorted(c.display_name for c in list_contacts(session))
    assert added.display_name == "Dilnoza (new laptop)"
    assert names == sorted([name, "Dilnoza (new laptop)"])


def test_adding_the_removed_old_key_again_needs_a_name_of_its_own(tmp_path: Path) -> None:
    old, here = make_site(tmp_path, DILNOZA), make_site(tmp_path, "Bakhtiyor")
    introduce(old, here)
    remove_contact(here.vault, DILNOZA)
    add_contact(here.vault, _contact_file(_new_laptop(tmp_path)))
    with pytest.raises(ContactNameTaken):
        add_contact(here.vault, _contact_file(old))


def test_contact_add_at_the_command_line_refuses_a_taken_name_and_takes_another(
    tmp_path: Path, sandiq: Sandiq
) -> None:
    old, here = make_site(tmp_path, DILNOZA), make_site(tmp_path, "Bakhtiyor")
    introduce(old, here)
    new = _new_laptop(tmp_path)
    contact = tmp_path / "dilnoza-new.contact"
    contact.write_bytes(_contact_file(new))
    old_fingerprint = _fingerprint(old)
    for site in (old, here, new):
        site.vault.lock()

    refused = sandiq.fails("contact", "add", str(contact), "--yes", vault=here.vault.path)
    assert refused.error_lines == [
        f"sandiq: error: another contact is already named '{DILNOZA}' (fingerprint "
        f"{old_fingerprint}); add this one under another name with --name NAME"
    ]
    assert refused.stdout == ""  # refused before the fingerprint is shown for comparing
    added = sandiq.ok(
        "contact", "add", str(contact), "--yes", "--name", "Dilnoza (new laptop)",
        vault=here.vault.path,
    )  # fmt: skip
    assert "Shown as:    Dilnoza (new laptop)" in added.stdout
    assert "Added contact Dilnoza (new laptop)." in added.stdout
    listed = json.loads(sandiq.ok("contact", "list", "--json", vault=here.vault.path).stdout)
    assert sorted(c["display_name"] for c in listed) == [DILNOZA, "Dilnoza (new laptop)"]


def test_the_dry_run_at_the_command_line_says_what_the_import_says(
    tmp_path: Path, sandiq: Sandiq
) -> None:
    old, here = make_site(tmp_path, DILNOZA), make_site(tmp_path, "Bakhtiyor")
    introduce(old, here)
    old.write("case", {"reference": "UZ-2022-0003", "title": "Raid in Karakalpakstan"})
    bundle = str(old.export("Bakhtiyor", since_last=True).path)
    remove_contact(here.vault, DILNOZA)
    add_contact(here.vault, _contact_file(_new_laptop(tmp_path)))
    for site in (old, here):
        site.vault.lock()

    refusal = sandiq.fails("bundle", "import", bundle, vault=here.vault.path).error_lines
    dry_run = sandiq.fails("bundle", "import", bundle, "--dry-run", vault=here.vault.path)
    assert f"{DILNOZA} now uses another key; this bundle is from the old one." in refusal[0]
    assert dry_run.error_lines == refusal and dry_run.stdout == ""


def test_history_tells_a_removed_key_and_an_unknown_key_from_a_colleague(
    tmp_path: Path, sandiq: Sandiq
) -> None:
    old, relay, here = (make_site(tmp_path, n) for n in (DILNOZA, "Carol", "Bakhtiyor"))
    introduce(old, relay)
    introduce(relay, here)
    case_id = old.write("case", {"reference": "UZ-2022-0003", "title": "Raid"})
    relay.import_(old.export("Carol", since_last=True).path)
    here.import_(relay.export("Bakhtiyor", since_last=True).path)
    vault_dir = here.vault.path
    short = " ".join(_fingerprint(old).split()[:2]) + "…"
    here.vault.lock()

    def authors() -> list[str]:
        lines = sandiq.ok("history", str(case_id), vault=vault_dir).stdout.splitlines()
        return [line.split("\t")[2] for line in lines]

    assert authors() == [f"unknown key {short}"]  # relayed by Carol, made by Dilnoza
    site = Site("Bakhtiyor", unlock(vault_dir, PASSPHRASE), here.folder)
    add_contact(site.vault, _contact_file(old))
    remove_contact(site.vault, DILNOZA)
    add_contact(site.vault, _contact_file(_new_laptop(tmp_path)))
    site.vault.lock()
    assert authors() == [f"{DILNOZA} — removed key {short}"]
