"""A dossier never prints a protected person's name as someone else's label: a pseudonym that
is or holds the name of anyone it must not name (in any script or look-alike letters) gives
way to a generated label."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from desktop_app.core.reports import DossierOptions, build_dossier
from desktop_app.core.vault_creation import create_vault
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.integration.test_report_pseudonyms import text_of

pytestmark = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="needs poppler-utils (make test installs it)"
)


@pytest.mark.parametrize(
    ("pseudonym", "shown"),
    [
        ("Dilnoza Karimova", "Dilnoza Karimova"),
        ("Дильноза Каримова", "Дильноза Каримова"),
        ("Dilnοza Karimοva", "Diln"),  # Greek omicrons: pdftotext may give either letter
        ("Informant Dilnoza Karimova", "Dilnoza Karimova"),
    ],
    ids=["latin", "cyrillic", "greek", "holds_it"],
)
def test_a_label_holding_another_protected_persons_name_is_not_printed(
    tmp_path: Path, pseudonym: str, shown: str
) -> None:
    vault = create_vault(tmp_path / "v", PASSPHRASE, kdf=FAST_KDF).vault
    with vault.transaction() as session:
        writer = vault.writer(session)
        case = writer.create("case", {"reference": "UZ-1", "title": "Detention in Andijan"})
        dilnoza = writer.create(
            "person", {"name": "Dilnoza Karimova", "protected": True, "pseudonym": "Witness A"}
        )
        # A seized colleague's key gave Ali her name as his pseudonym.
        ali = writer.create(
            "person", {"name": "Ali Valiev", "protected": True, "pseudonym": pseudonym}
        )
        for person, role in ((dilnoza, "witness"), (ali, "victim")):
            writer.create(
                "case_party", {"case": str(case.id), "person": str(person.id), "role": role}
            )
        case_id = case.id
    out = tmp_path / "d.pdf"
    build_dossier(vault, [case_id], out, DossierOptions(language="en"))
    vault.lock()
    text = text_of(out)
    assert shown not in text
    assert "Ali Valiev" not in text
    assert "Witness A Witness" in text  # her row in People: label, role
    assert "Person A Victim" in text  # his: a generated label
