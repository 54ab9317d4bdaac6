"""The user guide's command-line exchange steps, run as printed, print what the guide shows."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

from desktop_app.core.exchange.contacts import my_contact_file
from desktop_app.core.vault import Vault
from desktop_app.core.vault_creation import create_vault
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.integration.conftest import REPO, Sandiq

GUIDE = REPO / "docs" / "user-guide.md"
BLOCK_INTRO = "The same from the command line, here Aziza's side"


def _guide_session() -> list[tuple[list[str], list[str]]]:
    """Each `$ sandiq …` line of the guide's exchange block, with the output shown under it."""
    text = GUIDE.read_text(encoding="utf-8")
    assert BLOCK_INTRO in text, "the guide no longer shows the command-line exchange steps"
    block = text.split(BLOCK_INTRO, 1)[1].split("```", 2)[1]
    steps: list[tuple[list[str], list[str]]] = []
    for line in block.strip().splitlines():
        if line.startswith("$ "):
            steps.append((shlex.split(line[2:]), []))
        else:
            steps[-1][1].append(line)
    return steps


def _shape(line: str) -> str:
    # Fingerprints and bundle numbers differ from vault to vault; the words must not.
    return re.sub(r"\d", "0", line)


def test_the_guides_exchange_commands_work_as_shown(
    sandiq: Sandiq, tmp_vault: Vault, tmp_path: Path
) -> None:
    tmp_vault.lock()
    bob = create_vault(tmp_path / "bob", PASSPHRASE, display_name="Bob", kdf=FAST_KDF).vault
    with bob.read() as session:
        (sandiq.home / "bob.contact").write_bytes(my_contact_file(session))
    bob.lock()
    sandiq.ok("case", "add", "--reference", "UZ-2026-0001", "--title", "Detention in Andijan")

    # Without a terminal, as the guide says, nobody is asked: --yes is needed.
    refused = sandiq.fails("contact", "add", "bob.contact")
    assert "compare the fingerprint, then repeat with --yes" in refused.stderr

    steps = _guide_session()
    assert [args[:2] for args, _ in steps] == [
        ["sandiq", "identity"],
        ["sandiq", "identity"],
        ["sandiq", "contact"],
        ["sandiq", "bundle"],
    ]
    for args, shown in steps:
        run = sandiq.ok(*args[1:])
        assert [_shape(line) for line in run.stdout.splitlines()] == [
            _shape(line) for line in shown
        ], args
    assert (sandiq.home / "aziza.contact").is_file()
    assert (sandiq.home / "to-bob.sandiq").is_file()
