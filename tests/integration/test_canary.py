"""Nothing a user types reaches the disk in the clear: a canary written into every text field
is in no file of the vault folder, nor in any file the CLI leaves in HOME or TMPDIR."""

from __future__ import annotations

import io
import unicodedata
from pathlib import Path

import pytest

from desktop_app.core.attachments import add_attachment
from desktop_app.core.search.folding import fold
from desktop_app.core.vault import Vault, unlock
from desktop_app.core.verify import verify_vault
from tests.conftest import CANARY, FAST_KDF
from tests.integration.conftest import Sandiq

CYRILLIC_PART = "Ҷӯрабек"
HEX_PART = "7f3a9c"


def _needles() -> dict[str, bytes]:
    """Every byte form the canary (or a telling part of it) could take on disk."""
    texts = {CANARY, CANARY.lower(), CANARY.upper(), CYRILLIC_PART, CYRILLIC_PART.lower()}
    texts |= {unicodedata.normalize("NFD", t) for t in set(texts)}
    texts |= {fold(CANARY), "CANARY-"}
    needles: dict[str, bytes] = {}
    for text in texts:
        for encoding in ("utf-8", "utf-16-le", "utf-16-be", "utf-32-le"):
            needles[f"{text!r} as {encoding}"] = text.encode(encoding)
    needles[f"{HEX_PART} as ascii"] = HEX_PART.encode()
    return needles


NEEDLES = _needles()


def assert_no_canary(*folders: Path) -> None:
    """Fail naming the file and the form if any file under folders holds the canary."""
    scanned = 0
    for folder in folders:
        for path in sorted(folder.rglob("*")):
            if not path.is_file():
                continue
            data = path.read_bytes()
            scanned += 1
            for form, needle in NEEDLES.items():
                assert needle not in data, f"{form} found in {path}"
    assert scanned > 0


def _fill_every_field(vault: Vault) -> None:
    c = CANARY
    with vault.transaction() as session:
        writer = vault.writer(session)
        case = writer.create(
            "case",
            {
                "reference": f"REF-{c}",
                "title": f"Case {c}",
                "summary": f"Summary {c}",
                "region": f"Region {c}",
                "place": f"Place {c}",
                "tags": [f"tag-{c}"],
            },
        )
        person = writer.create(
            "person",
            {
                "name": f"Name {c}",
                "other_names": [f"Other {c}"],
                "ethnicity": c,
                "nationality": c,
                "occupation": c,
                "contact": f"+998 {c}",
                "notes": f"Notes {c}",
                "protected": True,
                "pseudonym": f"Witness {c}",
            },
        )
        session.flush()
        writer.create("case_party", {"case": str(case.id), "person": str(person.id)})
        testimony = writer.create(
            "testimony",
            {
                "case": str(case.id),
                "witness": str(person.id),
                "interviewer": c,
                "place": c,
                "interpreter": c,
                "narrative": f"{c} " * 500,
                "summary": f"Summary {c}",
                "translations": {"ru": f"Перевод {c}"},
            },
        )
        event = writer.create(
            "event",
            {
                "case": str(case.id),
                "act_type": "torture",
                "place": c,
                "description": f"Description {c}",
                "institutions": [f"Institution {c}"],
                "victims": [str(person.id)],
                "sources": [str(testimony.id)],
            },
        )
        content = (f"{c}\n" * 100_000).encode()  # spans several chunks
        add_attachment(writer, "testimony", testimony.id, io.BytesIO(content), f"{c}.txt")
        add_attachment(
            writer, "event", event.id, io.BytesIO(c.encode("utf-16")), f"{c}.doc", note=c
        )
    with vault.transaction() as session:  # an edit, so that old versions are on disk too
        writer = vault.writer(session)
        writer.update(case, {"reference": f"REF-{c}", "title": f"Renamed {c}"})


def test_canary_is_in_no_vault_file_through_the_life_of_a_vault(tmp_vault: Vault) -> None:
    _fill_every_field(tmp_vault)
    with tmp_vault.read() as session:  # the canary is really there, behind the key
        from desktop_app.core.search.service import search

        assert search(session, CANARY.split("-")[1])
    assert_no_canary(tmp_vault.path)  # unlocked: database, WAL and shared memory
    tmp_vault.change_passphrase("another passphrase entirely", kdf=FAST_KDF)
    assert_no_canary(tmp_vault.path)
    assert verify_vault(tmp_vault) == []
    assert_no_canary(tmp_vault.path)
    tmp_vault.lock()
    assert_no_canary(tmp_vault.path)
    vault = unlock(tmp_vault.path, "another passphrase entirely")
    assert_no_canary(tmp_vault.path)
    vault.lock()


@pytest.fixture
def inputs(tmp_path: Path) -> Path:
    """Files the user feeds to the CLI, outside the folders that are scanned."""
    folder = tmp_path / "inputs"
    folder.mkdir()
    (folder / f"{CANARY}.jpg").write_bytes(CANARY.encode() * 1000)
    return folder


def test_cli_leaves_no_canary_in_vault_home_or_temp(
    sandiq: Sandiq, locked_vault: Path, inputs: Path
) -> None:
    c = CANARY
    sandiq.ok("case", "add", "--reference", "R-1", "--title", c, "--summary", c, "--place", c)
    person = sandiq.ok("person", "add", "--name", c, "--other-name", c, "--notes", c).stdout
    testimony = sandiq.ok(
        "testimony", "add", "--case", "R-1", "--witness", person.strip(), "--summary", c,
        stdin=f"{c}\n" * 200,
    ).stdout.strip()  # fmt: skip
    sandiq.ok("attach", testimony, str(inputs / f"{c}.jpg"), "--note", c)
    assert CYRILLIC_PART in sandiq.ok("search", CYRILLIC_PART, "--json").stdout
    assert CANARY in sandiq.ok("history", testimony, "--show", "1").stdout
    sandiq.ok("verify")
    new_passphrase = sandiq.home / "new-passphrase"
    new_passphrase.write_text("another passphrase entirely")
    sandiq.ok("passwd", "--new-passphrase-file", str(new_passphrase))
    new_passphrase.unlink()
    assert_no_canary(locked_vault, sandiq.home)
    assert not (sandiq.home / "xdg-data" / "sandiq").exists()  # --vault was honoured
    vault = unlock(locked_vault, "another passphrase entirely")  # and the data is there
    with vault.read() as session:
        from desktop_app.core.stats import vault_stats

        assert vault_stats(session)["attachment"] == 1
    vault.lock()


def test_canary_check_would_find_plaintext(tmp_path: Path) -> None:
    # The scan itself works: plaintext in any of the forms is found.
    (tmp_path / "leak.txt").write_bytes(CANARY.encode("utf-16-le"))
    with pytest.raises(AssertionError, match="utf-16-le"):
        assert_no_canary(tmp_path)
    (tmp_path / "leak.txt").write_bytes(f"x{fold(CANARY)}x".encode())
    with pytest.raises(AssertionError, match="found in"):
        assert_no_canary(tmp_path)
