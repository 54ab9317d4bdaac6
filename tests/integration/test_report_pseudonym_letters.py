"""An Uzbek lawyer compares the Uzbek and the Russian dossier of one case: a protected witness
recorded as "Guvoh N" is "Свидетель Н" in the Russian one (not "Свидетель Р", which reads as
"Guvoh P"), and her photo "Malika_Xojayeva_portret.png" is listed as "Guvoh N_portret.png"
(her label once, not once per name word)."""

from __future__ import annotations

import io
import shutil
import subprocess
import unicodedata
from pathlib import Path
from uuid import UUID

import pytest
from PIL import Image

from desktop_app.core.attachments import add_attachment
from desktop_app.core.reports import DossierOptions, build_dossier
from desktop_app.core.vault import Vault
from desktop_app.core.vault_creation import create_vault
from tests.conftest import FAST_KDF, PASSPHRASE

pytestmark = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="needs poppler-utils (make test installs it)"
)

# Language → (Malika's label, Dilnoza's label, the label an unrecorded witness may not take).
PRINTED = {
    "uz": ("Guvoh N", "Guvoh P"),
    "ru": ("Свидетель Н", "Свидетель П"),
    "en": ("Witness N", "Witness P"),
}


UNRECORDED = [
    ("Aziza", "Aliyeva"),
    ("Barno", "Bakirova"),
    ("Dildora", "Davletova"),
    ("Feruza", "Fozilova"),
    ("Gavhar", "Haydarova"),
    ("Hilola", "Ismoilova"),
    ("Iroda", "Jalilova"),
    ("Jamila", "Komilova"),
    ("Kamola", "Latipova"),
    ("Laylo", "Mirzayeva"),
    ("Mohira", "Nazarova"),
    ("Nargiza", "Olimova"),
    ("Oydin", "Rasulova"),
    ("Sevara", "Saidova"),
    ("Umida", "Toshpulatova"),
]


def printed_text(path: Path) -> str:
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, check=True, text=True)
    return " ".join(unicodedata.normalize("NFKC", out.stdout).split())


def photo() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (40, 30), (120, 80, 40)).save(out, "PNG")
    return out.getvalue()


def make_case(vault: Vault) -> UUID:
    """Two protected witnesses with pseudonyms typed in the Uzbek interface, and fifteen
    witnesses with none who testified first, so that the letters given in order reach Н, П
    and Р in a Russian dossier."""
    with vault.transaction() as session:
        writer = vault.writer(session)
        case = writer.create("case", {"reference": "UZ-9", "title": "Tintuv"})
        witnesses = [(f"{name} {surname}", "") for name, surname in UNRECORDED]
        witnesses += [("Malika Xoʻjayeva", "Guvoh N"), ("Dilnoza Qodirova", "Guvoh P")]
        for day, (name, pseudonym) in enumerate(witnesses, start=1):
            person = writer.create(
                "person", {"name": name, "protected": True, "pseudonym": pseudonym}
            )
            writer.create(
                "testimony",
                {
                    "case": str(case.id),
                    "witness": str(person.id),
                    "date": f"2023-05-{day:02d}",
                    "consent": {"given": True, "scope": ["reports"]},
                    "narrative": f"Men {name}. Malika_Xoʻjayeva va Dilnoza Qodirova koʻrdi.",
                },
            )
            if pseudonym == "Guvoh N":
                add_attachment(
                    writer, "person", person.id, io.BytesIO(photo()), "Malika_Xojayeva_portret.png"
                )
        return case.id


@pytest.mark.parametrize("language", ["uz", "ru", "en"])
def test_a_recorded_label_keeps_its_letter_and_a_file_name_prints_it_once(
    tmp_path: Path, language: str
) -> None:
    vault = create_vault(tmp_path / "v", PASSPHRASE, kdf=FAST_KDF).vault
    case_id = make_case(vault)
    out = tmp_path / f"{language}.pdf"
    build_dossier(vault, [case_id], out, DossierOptions(language=language))
    vault.lock()
    text = printed_text(out)
    malika, dilnoza = PRINTED[language]
    assert f"{malika} va {dilnoza} koʻrdi." in text
    assert f"Men {malika}." in text and f"Men {dilnoza}." in text
    assert f"{malika}_portret.png" in text
    assert f"{malika}_{malika}" not in text
    # No witness without a pseudonym is given a letter that is Malika's or Dilnoza's in any
    # language, nor the Russian Р that was once Malika's.
    for other in PRINTED.values():
        for label in other:
            if label not in (malika, dilnoza):
                assert label not in text
    assert "Свидетель Р" not in text
    for name in ("Malika", "Xoʻjayeva", "Xojayeva", "Qodirova", *(s for _, s in UNRECORDED)):
        assert name not in text
