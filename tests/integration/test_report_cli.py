"""`sandiq report`: the dossier from the command line, as a script or a user runs it."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from desktop_app.core.vault import Vault
from tests.integration.conftest import Sandiq

pytestmark = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="needs poppler-utils (make test installs it)"
)


@pytest.fixture
def case_vault(tmp_vault: Vault) -> Vault:
    """A restricted case with a protected witness, and a vault locked as the CLI finds it."""
    with tmp_vault.transaction() as session:
        writer = tmp_vault.writer(session)
        case = writer.create(
            "case",
            {
                "reference": "UZ-2005-0013",
                "title": "Arrests in Andijan",
                "summary": "Шамсутдинова увезли в Ташкент.",
                "sensitivity": "restricted",
            },
        )
        witness = writer.create(
            "person", {"name": "Дилшод Шамсутдинов", "protected": True, "pseudonym": "Source K"}
        )
        writer.create(
            "case_party", {"case": str(case.id), "person": str(witness.id), "role": "witness"}
        )
    tmp_vault.lock()
    return tmp_vault


def text_of(path: Path) -> str:
    """The PDF's text, whitespace flattened."""
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, check=True, text=True)
    return " ".join(out.stdout.split())


def test_report_writes_a_redacted_dossier(
    sandiq: Sandiq, case_vault: Vault, tmp_path: Path
) -> None:
    out = tmp_path / "dossier.pdf"
    run = sandiq.ok("report", "UZ-2005-0013", "--out", str(out))
    assert "redaction on" in run.stdout and "pages" in run.stdout
    text = text_of(out)
    assert "Source K-а увезли в Ташкент." in text
    assert "Шамсутдинов" not in text
    assert "RESTRICTED" in text


def test_report_no_redact_shows_names(sandiq: Sandiq, case_vault: Vault, tmp_path: Path) -> None:
    out = tmp_path / "dossier.pdf"
    sandiq.ok("report", "UZ-2005-0013", "--out", str(out), "--no-redact", "--language", "ru")
    text = text_of(out)
    assert "Шамсутдинова увезли в Ташкент." in text
    assert "Хронология событий" in text


def test_report_refuses_to_replace_a_file_without_force(
    sandiq: Sandiq, case_vault: Vault, tmp_path: Path
) -> None:
    out = tmp_path / "dossier.pdf"
    out.write_bytes(b"keep me")
    run = sandiq.fails("report", "UZ-2005-0013", "--out", str(out))
    assert f"{out} exists already; choose another name or add --force" in run.stderr
    assert out.read_bytes() == b"keep me"
    sandiq.ok("report", "UZ-2005-0013", "--out", str(out), "--force")
    assert out.read_bytes().startswith(b"%PDF")


def test_report_on_an_unknown_case_fails_cleanly(
    sandiq: Sandiq, case_vault: Vault, tmp_path: Path
) -> None:
    out = tmp_path / "dossier.pdf"
    run = sandiq.fails("report", "UZ-2005-0013", "XX-0000", "--out", str(out))
    assert "no case with reference XX-0000" in run.stderr
    assert not out.exists()


def test_report_to_a_folder_or_an_empty_name_says_so(
    sandiq: Sandiq, case_vault: Vault, tmp_path: Path
) -> None:
    for out in (str(tmp_path), ""):
        run = sandiq.fails("report", "UZ-2005-0013", "--out", out, "--force")
        assert "is a folder; give the PDF a file name" in run.stderr
