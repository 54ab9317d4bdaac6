"""Adding a contact file again: the name inside it is not covered by the fingerprint, so it
never renames a contact the user named (or verified); a file pairing a known signing or
encryption key with another key is refused, naming the contact whose key it carries."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from desktop_app.core.errors import InvalidInput
from desktop_app.core.exchange.contacts import (
    ContactKeyReused,
    add_contact,
    list_contacts,
    my_contact_file,
    remove_contact,
)
from tests.integration.conftest import Sandiq
from tests.integration.exchange_support import Site, make_site

AZIZA = "Aziza (Toshkent)"


def _contact_file(site: Site) -> bytes:
    with site.vault.read() as session:
        return my_contact_file(session)


def _edited(data: bytes, **changes: str) -> bytes:
    """A copy of a contact file with some fields replaced, as anyone with a text editor can."""
    contact = json.loads(data)
    contact.update(changes)
    return json.dumps(contact, ensure_ascii=False).encode()


def _contacts(site: Site) -> list[tuple[str, bool]]:
    with site.vault.read() as session:
        return [(c.display_name, c.is_verified) for c in list_contacts(session)]


@pytest.fixture
def here_and_aziza(tmp_path: Path) -> tuple[Site, Site]:
    """A vault that added Aziza under a name of its own, verified."""
    here, aziza = make_site(tmp_path, "Here"), make_site(tmp_path, "Aziza")
    add_contact(here.vault, _contact_file(aziza), is_verified=True, display_name=AZIZA)
    return here, aziza


def test_an_edited_name_in_a_known_contact_file_changes_nothing(
    here_and_aziza: tuple[Site, Site],
) -> None:
    here, aziza = here_and_aziza
    renamed_copy = _edited(_contact_file(aziza), name="Azizx")
    info = add_contact(here.vault, renamed_copy)
    assert (info.display_name, info.is_verified) == (AZIZA, True)
    add_contact(here.vault, _contact_file(aziza))
    assert _contacts(here) == [(AZIZA, True)]
    # A name the user gives is a rename they asked for; the verified mark stays.
    add_contact(here.vault, renamed_copy, display_name="Aziza T.")
    assert _contacts(here) == [("Aziza T.", True)]


@pytest.mark.parametrize("which", ["signing", "encryption"])
def test_a_known_key_paired_with_another_is_refused(
    here_and_aziza: tuple[Site, Site], tmp_path: Path, which: str
) -> None:
    here, aziza = here_and_aziza
    stranger = json.loads(_contact_file(make_site(tmp_path / "other", "Stranger")))
    field = {"signing": "x25519", "encryption": "ed25519"}[which]
    forged = _edited(_contact_file(aziza), name="Aziza (new)", **{field: stranger[field]})
    with pytest.raises(ContactKeyReused) as refused:
        add_contact(here.vault, forged)
    assert isinstance(refused.value, InvalidInput)
    assert refused.value.other is not None and refused.value.other.display_name == AZIZA
    message = str(refused.value)
    assert "\n" not in message
    assert message.startswith(f"This contact file has the {which} key of your contact {AZIZA} (")
    assert _contacts(here) == [(AZIZA, True)]


def test_a_removed_contacts_key_and_this_vaults_own_are_refused_too(
    here_and_aziza: tuple[Site, Site], tmp_path: Path
) -> None:
    here, aziza = here_and_aziza
    stranger = json.loads(_contact_file(make_site(tmp_path / "other", "Stranger")))
    own = _edited(_contact_file(here), name="Me", x25519=stranger["x25519"])
    with pytest.raises(ContactKeyReused, match="the signing key of this vault with"):
        add_contact(here.vault, own)
    remove_contact(here.vault, AZIZA)
    forged = _edited(_contact_file(aziza), x25519=stranger["x25519"])
    with pytest.raises(ContactKeyReused, match=re.escape(f"your contact {AZIZA} (fingerprint")):
        add_contact(here.vault, forged)


def test_the_command_line_keeps_the_name_and_says_so(tmp_path: Path, sandiq: Sandiq) -> None:
    here, bekzod = make_site(tmp_path, "Here"), make_site(tmp_path, "Bekzod")
    stranger = json.loads(_contact_file(make_site(tmp_path / "other", "Stranger")))
    original = tmp_path / "bekzod.contact"
    original.write_bytes(_contact_file(bekzod))
    edited = tmp_path / "edited.contact"
    edited.write_bytes(_edited(original.read_bytes(), name="Контакт Bekzod обновлён"))
    forged = tmp_path / "forged.contact"
    forged.write_bytes(_edited(original.read_bytes(), x25519=stranger["x25519"]))
    here.vault.lock()
    vault = here.vault.path
    name = "Бекзод (Наманган)"

    sandiq.ok("contact", "add", str(original), "--yes", "--name", name, vault=vault)
    for again in (original, edited):
        run = sandiq.ok("contact", "add", str(again), "--yes", vault=vault)
        assert run.stdout == f"Already a contact as {name}; nothing changed.\n"
    as_json = json.loads(sandiq.ok("contact", "add", str(edited), "--json", vault=vault).stdout)
    assert (as_json["display_name"], as_json["changed"]) == (name, False)
    verified = sandiq.ok("contact", "add", str(edited), "--yes", "--verified", vault=vault)
    assert f"Shown as:    {name}" in verified.stdout
    assert verified.stdout.endswith(f"Updated contact {name}.\n")
    renamed = sandiq.ok("contact", "add", str(edited), "--yes", "--name", "Bekzod", vault=vault)
    assert renamed.stdout.endswith(f"Renamed contact {name} to Bekzod.\n")
    listed = sandiq.ok("contact", "list", vault=vault).stdout
    assert listed.startswith("Bekzod\t") and "\tverified\t" in listed

    refused = sandiq.fails("contact", "add", str(forged), "--yes", vault=vault)
    assert "the signing key of your contact Bekzod (fingerprint " in refused.stderr
    assert "Fingerprint:" not in refused.stdout  # refused before anything is asked
    assert len(sandiq.ok("contact", "list", vault=vault).stdout.splitlines()) == 1
