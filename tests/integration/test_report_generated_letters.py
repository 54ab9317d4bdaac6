"""A lawyer files one case's dossier in English and Russian with a UN body and in Uzbek with a
court: a protected person without a pseudonym has the same letter in all three ("Witness G",
"Свидетель Г", "Guvoh G"), beside witnesses recorded as "Guvoh N", "Witness B" and "Свидетель Д",
and past the last letter too ("Witness AA", "Свидетель АА", "Guvoh AA")."""

from __future__ import annotations

import re
import shutil
import subprocess
import unicodedata
from pathlib import Path
from uuid import UUID

import pytest

from desktop_app.core.reports import DossierOptions, build_dossier
from desktop_app.core.vault import unlock
from desktop_app.core.vault_creation import create_vault
from tests.conftest import FAST_KDF, PASSPHRASE

pytestmark = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="needs poppler-utils (make test installs it)"
)

# In the order they testified: name, recorded pseudonym, the letter in Latin and in Cyrillic.
WITNESSES = [
    ("Aziza Aliyeva", "", "A", "А"),
    ("Malika Xoʻjayeva", "Guvoh N", "N", "Н"),
    ("Barno Bakirova", "", "G", "Г"),
    ("Nodira Yusupova", "Witness B", "B", "Б"),
    ("Feruza Fozilova", "", "E", "Е"),
    ("Dilnoza Qodirova", "Свидетель Д", "D", "Д"),
    ("Gavhar Haydarova", "", "I", "И"),
    ("Hilola Ismoilova", "", "K", "К"),
    ("Iroda Jalilova", "", "L", "Л"),
    ("Jamila Komilova", "", "M", "М"),
    ("Kamola Latipova", "", "R", "Р"),
    ("Laylo Mirzayeva", "", "S", "С"),
    ("Mohira Nazarova", "", "T", "Т"),
    ("Nargiza Olimova", "", "F", "Ф"),
    ("Oydin Rasulova", "", "X", "Х"),
    ("Sevara Saidova", "", "AA", "АА"),  # past the last letter: two, in every script
    ("Umida Toshpulatova", "", "AB", "АБ"),
]
VICTIM = ("Rustam Karimov", "A", "А")  # protected, no pseudonym, not a witness: "Person A"

LANGUAGES = {  # testimony heading, witness label, person label
    "en": ("Testimony {n}: ", "Witness {letter}", "Person {letter}"),
    "ru": ("Показание {n}: ", "Свидетель {letter}", "Лицо {letter}"),
    "uz": ("{n}-koʻrsatma: ", "Guvoh {letter}", "Shaxs {letter}"),
}


def printed_text(path: Path) -> str:
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, check=True, text=True)
    return " ".join(unicodedata.normalize("NFKC", out.stdout).split())


def make_case(vault_dir: Path) -> UUID:
    vault = create_vault(vault_dir, PASSPHRASE, kdf=FAST_KDF).vault
    with vault.transaction() as session:
        writer = vault.writer(session)
        case = writer.create("case", {"reference": "UZ-2023-0017", "title": "Tintuv"})
        victim = writer.create("person", {"name": VICTIM[0], "protected": True, "pseudonym": ""})
        writer.create(
            "case_party", {"case": str(case.id), "person": str(victim.id), "role": "victim"}
        )
        for day, (name, pseudonym, _, _) in enumerate(WITNESSES, start=1):
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
                    "narrative": f"Men {name}. {VICTIM[0]} hibsga olindi.",
                },
            )
        case_id = case.id
    vault.lock()
    return case_id


@pytest.fixture(scope="module")
def dossiers(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """The printed text of the case's dossier in each language, built from one vault."""
    tmp = tmp_path_factory.mktemp("letters")
    case_id = make_case(tmp / "v")
    texts = {}
    for language in LANGUAGES:
        vault = unlock(tmp / "v", PASSPHRASE)
        out = tmp / f"{language}.pdf"
        build_dossier(vault, [case_id], out, DossierOptions(language=language))
        vault.lock()
        texts[language] = printed_text(out)
    return texts


@pytest.mark.parametrize("language", list(LANGUAGES))
def test_each_witness_has_her_letter_in_the_dossiers_script(
    dossiers: dict[str, str], language: str
) -> None:
    text = dossiers[language]
    heading, witness, person = LANGUAGES[language]
    for n, (name, _, latin, cyrillic) in enumerate(WITNESSES, start=1):
        label = witness.format(letter=cyrillic if language == "ru" else latin)
        assert f"{heading.format(n=n)}{label}" in text
        assert f"Men {label}. " in text
        assert name.split()[1] not in text
    victim = person.format(letter=VICTIM[2] if language == "ru" else VICTIM[1])
    assert text.count(f"{victim} hibsga olindi.") == len(WITNESSES)
    assert "Karimov" not in text


def test_one_person_has_one_letter_in_all_three_dossiers(dossiers: dict[str, str]) -> None:
    """Read from the dossiers alone: testimony n's witness, in English, Russian and Uzbek."""
    found = {}
    for language, (heading, witness, _) in LANGUAGES.items():
        pattern = re.escape(heading + witness).replace(r"\{n\}", r"(\d+)")
        found[language] = dict(
            re.findall(pattern.replace(r"\{letter\}", r"(\w+)"), dossiers[language])
        )
    assert len(found["en"]) == len(WITNESSES)
    assert found["en"] == found["uz"]
    cyrillic = {latin: cyrillic for _, _, latin, cyrillic in WITNESSES}
    assert found["ru"] == {n: cyrillic[letter] for n, letter in found["en"].items()}
